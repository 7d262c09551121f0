"""SettleGo's webhooks: which the simulator sends, their payloads, and how each travels.

Each event goes to the engine's outbox under its webhookType code, its payload in SettleGo's
shape (`render`):

- ACCCRE a currency account is opened; PAISUP a pay-in arrives;
- PAYCRE a payment is made, PAYROL its payment date rolls to the next working day, PAYSUP its
  status changes;
- CONCRE a conversion is made, CONSUP it settles;
- CLICRE a linked client is made, CLISUP its status changes; TRASUP a transfer is made.

The three beneficiary events have no documented webhookType, so the simulator sends none of
them rather than invent codes.

On the wire, each attempt POSTs `{webhookType, webhookReference, nonce, payload}` with the
simulator's RSA signature of the body in `DigitalSignature`, using the facade's own `sign`. The
docs: the nonce "differentiates repeated requests having the same reference", so every attempt
gets a fresh one. The listener must answer 200 with `{"nonce": <that nonce>}`, signed with the
partner's key (registered with the listener). The docs allow a retry no sooner than 15 minutes
later and stop retrying 24 hours after the first attempt.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from datetime import timedelta
from typing import Any, Protocol

import httpx
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from corridor.settlego.errors import SettleGoWebhookError
from corridor.settlego.webhooks import SIGNATURE_HEADER, load_public_key, sign, verify_signature
from corridor.simulator.delivery import Attempt, Event, EveryInterval, ListenerRefused
from corridor.simulator.settlego import render
from corridor.simulator.settlego.domain import conversions, payments
from corridor.simulator.settlego.domain.clients import Client
from corridor.simulator.settlego.domain.conversions import Conversion
from corridor.simulator.settlego.domain.ledger import Account, PayIn
from corridor.simulator.settlego.domain.payments import Payment
from corridor.simulator.settlego.domain.transfers import Transfer
from corridor.simulator.wire import JSON, encode_json

# the webhookType of each change the domain reports
PAYMENT_EVENTS = {
    payments.CREATED: "PAYCRE",
    payments.ROLLED: "PAYROL",
    payments.UPDATED: "PAYSUP",
}
CONVERSION_EVENTS = {conversions.CREATED: "CONCRE", conversions.UPDATED: "CONSUP"}
EVENTS = (
    "ACCCRE",
    "PAISUP",
    *PAYMENT_EVENTS.values(),
    *CONVERSION_EVENTS.values(),
    "CLICRE",
    "CLISUP",
    "TRASUP",
)
RETRIES = EveryInterval(interval=timedelta(minutes=15), give_up_after=timedelta(hours=24))


class Emit(Protocol):
    def __call__(self, event_type: str, payload: dict[str, Any]) -> None: ...


class WebhookNotifier:
    """The domain's events, as the webhooks they become."""

    def __init__(self, emit: Emit) -> None:
        self.emit = emit

    def account_created(self, account: Account) -> None:
        self.emit("ACCCRE", render.account_event(account))

    def pay_in_arrived(self, pay_in: PayIn) -> None:
        # capitalised, as the docs' example sends it (settlego-api.txt:6738)
        self.emit("PAISUP", render.pay_in(pay_in) | {"status": "Completed"})

    def payment_event(self, event: str, payment: Payment) -> None:
        self.emit(PAYMENT_EVENTS[event], render.payment_event(payment))

    def conversion_event(self, event: str, conversion: Conversion) -> None:
        self.emit(CONVERSION_EVENTS[event], render.conversion(conversion))

    def client_created(self, client: Client) -> None:
        self.emit("CLICRE", render.linked_client(client))

    def client_status_changed(self, client: Client) -> None:
        self.emit("CLISUP", render.linked_client(client))

    def transfer_made(self, transfer: Transfer) -> None:
        self.emit("TRASUP", render.transfer_event(transfer))


class SettleGoWebhookWire:
    def __init__(self, signing_key: rsa.RSAPrivateKey | None = None, **_: Any) -> None:
        self._signing_key = signing_key

    @property
    def signing_key(self) -> rsa.RSAPrivateKey:
        """Made on first use: generating an RSA key costs more than building the simulator."""
        if self._signing_key is None:
            self._signing_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        return self._signing_key

    def listener(self, settings: Mapping[str, Any]) -> rsa.RSAPublicKey:
        """The partner's public key (PEM), which its acknowledgements are checked with."""
        pem = settings.get("publicKey")
        if not isinstance(pem, str) or not pem.strip():
            raise ListenerRefused("publicKey (the partner's RSA public key, PEM) is required")
        try:
            return load_public_key(pem)
        except (ValueError, TypeError, UnsupportedAlgorithm, SettleGoWebhookError) as error:
            raise ListenerRefused(f"publicKey: {error}") from None

    def attempt(self, event: Event, listener: Any) -> Attempt:
        nonce = f"{secrets.randbelow(10**6):06d}"  # six digits, like the docs' example
        body = encode_json(
            {
                "webhookType": event.type,
                "webhookReference": event.id,
                "nonce": nonce,
                "payload": event.payload,
            }
        )
        headers = {SIGNATURE_HEADER: sign(body, self.signing_key), "Content-Type": JSON}
        return Attempt(body, headers, expect=nonce)

    def acknowledged(self, response: httpx.Response, attempt: Attempt, listener: Any) -> str:
        try:
            verify_signature(response.content, response.headers.get(SIGNATURE_HEADER), listener)
            echoed = json.loads(response.content).get("nonce")
        except (SettleGoWebhookError, ValueError, AttributeError) as error:
            return str(error)
        return "" if echoed == attempt.expect else "the nonce does not match"

    def verification_key(self) -> tuple[bytes, str]:
        pem = self.signing_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return pem, "application/x-pem-file"

    def __getstate__(self) -> dict[str, Any]:
        # A key object does not pickle; its PKCS#8 form does. The key is kept, not remade, so a
        # listener that trusts it keeps verifying webhooks from a restored world.
        key = self._signing_key
        pem = None
        if key is not None:
            pem = key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        return {"signing_key": pem}

    def __setstate__(self, state: dict[str, Any]) -> None:
        pem = state["signing_key"]
        key = None if pem is None else serialization.load_pem_private_key(pem, password=None)
        if key is not None and not isinstance(key, rsa.RSAPrivateKey):
            raise TypeError("a SettleGo signing key is an RSA key")
        self._signing_key = key
