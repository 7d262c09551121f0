"""The domain's events as P100 webhook payloads, handed to the engine's outbox.

Event types are the webhooks' names in the spec (`kycFileAdded`, ...), which is also the kind
`corridor.p100.webhooks.receive` takes. Only the four webhooks the spec specifies are sent: the
docs show no payload for the others (User SEPA Transfer, Exchange, Order status, ...).
"""

from __future__ import annotations

from typing import Any, Protocol

from corridor.simulator.p100 import render
from corridor.simulator.p100.domain.crypto import CryptoDeposit
from corridor.simulator.p100.domain.sepa import SepaTransfer
from corridor.simulator.p100.domain.users import User

KYC_FILE_ADDED = "kycFileAdded"
KYC_VERIFICATION_STATUS = "kycVerificationStatus"
PARTNER_SEPA_TRANSFER = "partnerSepaTransfer"
CRYPTO_DEPOSIT = "cryptoDeposit"
EVENT_TYPES = (KYC_FILE_ADDED, KYC_VERIFICATION_STATUS, PARTNER_SEPA_TRANSFER, CRYPTO_DEPOSIT)


class Emit(Protocol):
    def __call__(self, event_type: str, payload: dict[str, Any]) -> None: ...


class WebhookNotifier:
    def __init__(self, emit: Emit) -> None:
        self.emit = emit

    def kyc_file_added(self, user: User, status: str) -> None:
        self.emit(KYC_FILE_ADDED, {"externalUserId": user.external_id, "status": status})

    def kyc_status_changed(self, user: User) -> None:
        self.emit(KYC_VERIFICATION_STATUS, render.kyc_status(user))

    def sepa_transfer_finished(self, transfer: SepaTransfer) -> None:
        if transfer.user is None:  # a user's payout has its own, unspecified webhook
            self.emit(PARTNER_SEPA_TRANSFER, render.partner_sepa_event(transfer))

    def crypto_deposit_changed(self, deposit: CryptoDeposit) -> None:
        self.emit(CRYPTO_DEPOSIT, render.crypto_deposit(deposit))
