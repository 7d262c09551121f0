"""Signed webhook delivery to the partner's registered listener, with retries on the clock.

Each event is POSTed with the simulator's RSA signature of the body in `DigitalSignature`. The
listener must answer 200 with `{"nonce": <the event's nonce>}`, signed with the partner's key
(registered with the listener URL). Anything else is a failed attempt: the docs allow a retry
no sooner than 15 minutes later and stop retrying 24 hours after the first attempt.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric import rsa

from corridor.settlego.webhooks import SIGNATURE_HEADER, WebhookError, sign, verify_signature
from corridor.simulator.engine import encode_json
from corridor.simulator.settlego.state import SettleGoState, timestamp
from corridor.simulator.store import Record

RETRY_AFTER = timedelta(minutes=15)
RETRY_FOR = timedelta(hours=24)
DELIVERY_TIMEOUT_SECONDS = 10.0


class WebhookHandlers(SettleGoState):
    signing_key: rsa.RSAPrivateKey
    webhook_transport: httpx.AsyncBaseTransport | None

    def register_listener(self, url: str, partner_key: rsa.RSAPublicKey) -> None:
        self.store.put("webhookListener", "listener", {"url": url, "publicKey": partner_key})

    def emit(self, webhook_type: str, payload: dict[str, Any]) -> None:
        """Queue an event; without a registered listener there is no one to tell."""
        if self.store.get("webhookListener", "listener") is None:
            return
        event = {
            "webhookType": webhook_type,
            "webhookReference": self.new_id(),
            "nonce": self.new_id(),
            "payload": payload,
        }
        now = self.clock.now()
        delivery: Record = {
            "id": event["webhookReference"],
            "webhookType": webhook_type,
            "body": encode_json(event),
            "nonce": event["nonce"],
            "status": "pending",
            "attempts": [],
            "firstAttemptAt": None,
            "nextAttemptAt": now,
        }
        self.store.put("webhookDeliveries", delivery["id"], delivery)
        # the outbox holds only undelivered ids, so checking for due work on every request stays
        # cheap however many deliveries have been made
        self.store.put("webhookOutbox", delivery["id"], {"id": delivery["id"]})

    def pending_work(self) -> Callable[[], Awaitable[None]] | None:
        """Claim the deliveries that are due now, so no two tasks send the same one."""
        now = self.clock.now()
        waiting = (
            self.store.get("webhookDeliveries", entry["id"])
            for entry in self.store.values("webhookOutbox")
        )
        due = [d for d in waiting if d and d["status"] == "pending" and d["nextAttemptAt"] <= now]
        if not due:
            return None
        for delivery in due:
            delivery["status"] = "sending"

        async def deliver() -> None:
            for delivery in due:
                await self.deliver(delivery)

        return deliver

    async def deliver(self, delivery: Record) -> None:
        listener = self.store.get("webhookListener", "listener")
        now = self.clock.now()
        if delivery["firstAttemptAt"] is None:
            delivery["firstAttemptAt"] = now
        outcome = "no listener registered"
        if listener is not None:
            outcome = await self.attempt(listener, delivery)
        delivery["attempts"].append({"at": timestamp(now), "outcome": outcome})
        if outcome == "acknowledged":
            delivery["status"] = "delivered"
            self.store.delete("webhookOutbox", delivery["id"])
        elif now + RETRY_AFTER > delivery["firstAttemptAt"] + RETRY_FOR:
            delivery["status"] = "failed"
            self.store.delete("webhookOutbox", delivery["id"])
        else:
            delivery["status"] = "pending"
            delivery["nextAttemptAt"] = now + RETRY_AFTER
        self.store.put("webhookDeliveries", delivery["id"], delivery)

    async def attempt(self, listener: Record, delivery: Record) -> str:
        """POST the event once; returns "acknowledged" or why the attempt failed."""
        headers = {
            SIGNATURE_HEADER: sign(delivery["body"], self.signing_key),
            "Content-Type": "application/json",
        }
        try:
            async with httpx.AsyncClient(
                transport=self.webhook_transport, timeout=DELIVERY_TIMEOUT_SECONDS
            ) as client:
                response = await client.post(
                    listener["url"], content=delivery["body"], headers=headers
                )
        except httpx.HTTPError as error:
            return f"listener unreachable: {type(error).__name__}"
        if response.status_code != 200:
            return f"listener answered {response.status_code}"
        try:
            verify_signature(
                response.content, response.headers.get(SIGNATURE_HEADER), listener["publicKey"]
            )
            echoed = json.loads(response.content).get("nonce")
        except (WebhookError, ValueError, AttributeError) as error:
            return f"acknowledgement rejected: {error}"
        if echoed != delivery["nonce"]:
            return "acknowledgement rejected: the nonce does not match"
        return "acknowledged"


def delivery_json(delivery: Record) -> dict[str, Any]:
    return {
        "id": delivery["id"],
        "webhookType": delivery["webhookType"],
        "status": delivery["status"],
        "attempts": delivery["attempts"],
        "event": json.loads(delivery["body"]),
    }
