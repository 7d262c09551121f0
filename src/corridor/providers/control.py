"""The client of a simulator's control API (`/_simulator`), in process or served.

What a test, a seeder or a fixture does to a simulator that a provider's API cannot: move the
clock, credit money from outside, inject faults, read the codes it "sent" end users, run the
provider's control actions. It speaks HTTP only (httpx), so a verification can ask any URL
whether a simulator serves it without loading the simulator; the server is
`corridor.simulator.control`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx

CONTROL_PREFIX = "/_simulator"


class ControlRefusedError(RuntimeError):
    """The control API refused a call (a fault rule naming no operation, an unknown owner...):
    `status` is its HTTP status, the message its answer."""

    def __init__(self, status: int, answer: str) -> None:
        super().__init__(f"simulator control call failed ({status}): {answer}")
        self.status = status


class SimulatorControl:
    """Drives a running simulator from tests: `control.credit("GBP", "100.00")`."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def advance_clock(self, seconds: float) -> str:
        """Move simulator time forward; due status changes and webhook retries then happen."""
        return str(self._call("POST", "/clock/advance", {"seconds": seconds})["now"])

    def now(self) -> str:
        return str(self._call("GET", "/clock")["now"])

    def credit(
        self,
        currency: str,
        amount: Decimal | str,
        *,
        owner: str | None = None,
        sender: str | None = None,
        client_id: str | None = None,
    ) -> dict[str, Any]:
        """Money arrives from outside for `owner` (default: the simulator's main account
        holder); `client_id` is another name for `owner`."""
        body: dict[str, Any] = {"currency": currency, "amount": str(amount)}
        if owner or client_id:
            body["owner"] = owner or client_id
        if sender is not None:
            body["sender"] = sender
        return self._call("POST", "/deposits", body)

    def inject_faults(
        self,
        *rules: str | dict[str, Any],
        seed: int | None = None,
        delivery: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Replace the fault rules: `"503=0.2"`, `"lost=0.1@createPayment"`, or JSON rules;
        `delivery` sets imperfect webhook delivery (`{"duplicate": 0.5, "late": ...}`)."""
        body: dict[str, Any] = {"rules": list(rules)}
        if seed is not None:
            body["seed"] = seed
        if delivery is not None:
            body["delivery"] = delivery
        return self._call("PUT", "/faults", body)

    def clear_faults(self) -> None:
        self._call("DELETE", "/faults")

    def injected_faults(self) -> list[dict[str, Any]]:
        """Every fault injected so far, with the request it hit, oldest first."""
        injected: list[dict[str, Any]] = self._call("GET", "/faults")["injected"]
        return injected

    def limit_rate(self, requests: int | None = None, seconds: float = 1) -> dict[str, Any]:
        """Enforce a request limit per credential: the provider's documented one by default."""
        body = {} if requests is None else {"requests": requests, "seconds": seconds}
        return self._call("PUT", "/rate-limit", body)

    def register_webhook_listener(
        self, url: str, public_key_pem: str | None = None, **settings: Any
    ) -> None:
        body = {"url": url, **settings}
        if public_key_pem is not None:
            body["publicKey"] = public_key_pem
        self._call("PUT", "/webhooks/listener", body)

    def webhook_public_key(self) -> str:
        response = self._http.get(f"{CONTROL_PREFIX}/webhooks/public-key")
        self._check(response)
        return response.text

    def webhook_deliveries(self) -> list[dict[str, Any]]:
        deliveries: list[dict[str, Any]] = self._call("GET", "/webhooks/deliveries")["deliveries"]
        return deliveries

    def actions(self) -> dict[str, str]:
        """The provider's control actions: name -> what it does."""
        listed = self._call("GET", "/actions")["actions"]
        return {str(action["name"]): str(action["description"]) for action in listed}

    def act(self, name: str, **fields: Any) -> dict[str, Any]:
        """Run one of the provider's control actions (see `actions()`) with `fields`."""
        return self._call("POST", f"/actions/{name}", fields)

    def inbox(self, to: str | None = None) -> list[dict[str, Any]]:
        """The messages the simulator "sent" (codes by email or SMS...), oldest first."""
        params = {"to": to} if to is not None else None
        response = self._http.get(f"{CONTROL_PREFIX}/inbox", params=params)
        self._check(response)
        messages: list[dict[str, Any]] = response.json()["messages"]
        return messages

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        response = self._http.request(method, f"{CONTROL_PREFIX}{path}", json=body)
        self._check(response)
        answer: dict[str, Any] = response.json()
        return answer

    @staticmethod
    def _check(response: httpx.Response) -> None:
        if response.status_code != 200:
            raise ControlRefusedError(response.status_code, response.text)
