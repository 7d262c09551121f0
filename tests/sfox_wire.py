"""Talking to an in-process sFOX simulator at the wire, for the simulator's rules tests."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx

from corridor.simulator import Simulator
from corridor.simulator.session import SimulatorSession
from corridor.simulator.sfox import DEFAULT_ENTERPRISE_API_KEY

ENTERPRISE = {"Authorization": f"Bearer {DEFAULT_ENTERPRISE_API_KEY}"}


def individual(user_id: str, **fields: Any) -> dict[str, Any]:
    """An individual client's registration, as Create End User Account takes it."""
    return {
        "account_type": "individual",
        "account_role": "client",
        "user_id": user_id,
        "first_name": "Sean",
        "last_name": "Fox",
        "email": f"{user_id}@example.com",
        "phone_country_code": "US",
        "phone_number": "+12223334444",
        "account_purpose": "Investing",
        "individual": {"dob": "1990-10-15"},
        **fields,
    }


def business(user_id: str) -> dict[str, Any]:
    registration = individual(
        user_id,
        account_type="corporation",
        account_purpose="Treasury Management",
        business={"name": "Fox Ltd"},
        beneficial_owners=[{"first_name": "Sean"}],
    )
    registration.pop("individual")
    return registration


class SFoxWire:
    """The partner's side (enterprise key), end users' sides (user tokens), the control API."""

    def __init__(self, simulator: Simulator | None = None, **options: Any) -> None:
        self.session = SimulatorSession("sfox", simulator=simulator, **options)
        self.simulator = self.session.simulator
        self.http = self.session.anonymous()  # each call names whose side it is on
        self.control = self.session.control

    @property
    def backend(self) -> Any:
        return self.session.backend

    def partner(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.request(method, path, headers=ENTERPRISE, **kwargs)

    def register(self, registration: dict[str, Any]) -> str:
        answer = self.partner("POST", "/v1/enterprise/register-account", json=registration)
        assert answer.status_code == 201, answer.text
        return str(registration["user_id"])

    def token(self, user_id: str) -> str:
        """A token for the user, verified first (tokens are only for verified users)."""
        self.control.act("verify-user", user_id=user_id)
        answer = self.partner("POST", f"/v1/enterprise/user-tokens/{user_id}")
        assert answer.status_code == 201, answer.text
        return str(answer.json()["data"]["token"])

    def as_user(self, token: str, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"}
        return self.http.request(method, path, headers=headers, **kwargs)

    def user(self, user_id: str) -> str:
        """Register an individual and mint its token."""
        return self.token(self.register(individual(user_id)))

    def codes(self, user_id: str) -> list[str]:
        return [m["code"] for m in self.control.inbox(user_id) if m["code"] is not None]

    def balance(self, owner: str | None, currency: str) -> tuple[Decimal, Decimal]:
        """(available, held) of a user, or of the master account (owner None)."""
        found = self.control.act("balances", owner=owner)["balances"].get(currency)
        if found is None:
            return Decimal(0), Decimal(0)
        return Decimal(found["available"]), Decimal(found["held"])

    def transfer(self, user_id: str, transfer_id: str, **fields: Any) -> httpx.Response:
        body = {
            "transfer_id": transfer_id,
            "user_id": user_id,
            "type": "PAYMENT",
            "purpose": "GOOD",
            "description": "Gift card payment",
            "currency": "eth",
            "quantity": 0.1,
            "rate": 2000,
            **fields,
        }
        return self.partner("POST", "/v1/enterprise/transfer", json=body)

    def error(self, answer: httpx.Response) -> tuple[int, str]:
        return answer.status_code, str(answer.json()["error"])
