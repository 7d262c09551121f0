"""A small client for a simulator's test-only control API (credit deposits, move the clock)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx

from corridor.simulator.engine import CONTROL_PREFIX


class SimulatorControl:
    """Drives a running simulator from tests: `control.credit("GBP", "100.00")`."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def advance_clock(self, seconds: float) -> str:
        """Move simulator time forward; due status changes and webhook retries then happen."""
        return str(self._post("/clock/advance", {"seconds": seconds})["now"])

    def now(self) -> str:
        return str(self._answer(self._http.get(f"{CONTROL_PREFIX}/clock"))["now"])

    def credit(
        self, currency: str, amount: Decimal | str, *, client_id: str | None = None
    ) -> dict[str, Any]:
        """A SettleGo pay-in arrives in the client's (default: the main client's) account."""
        body: dict[str, Any] = {"currency": currency, "amount": str(amount)}
        if client_id is not None:
            body["clientId"] = client_id
        return self._post("/pay-ins", body)

    def register_webhook_listener(self, url: str, public_key_pem: str) -> None:
        self._answer(
            self._http.put(
                f"{CONTROL_PREFIX}/webhooks/listener",
                json={"url": url, "publicKey": public_key_pem},
            )
        )

    def webhook_deliveries(self) -> list[dict[str, Any]]:
        deliveries: list[dict[str, Any]] = self._answer(
            self._http.get(f"{CONTROL_PREFIX}/webhooks/deliveries")
        )["deliveries"]
        return deliveries

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        return self._answer(self._http.post(f"{CONTROL_PREFIX}{path}", json=body))

    @staticmethod
    def _answer(response: httpx.Response) -> dict[str, Any]:
        if response.status_code != 200:
            raise RuntimeError(
                f"simulator control call failed ({response.status_code}): {response.text}"
            )
        answer: dict[str, Any] = response.json()
        return answer
