"""A fresh, strict P100 simulator (a `SimulatorSession`) with the partner's requests and users."""

from __future__ import annotations

from typing import Any

import httpx

from corridor.simulator.p100 import Backend
from corridor.simulator.session import SimulatorSession

JAN = {"firstName": "Jan", "lastName": "Kowalski", "country": "PL", "citizenship": "PL"}


class World:
    def __init__(self, **options: Any) -> None:
        self.session = SimulatorSession("p100", **options)
        self.simulator = self.session.simulator
        self.api = self.session.http
        self.control = self.session.control

    def client(self, api_key: str | None = None) -> httpx.Client:
        headers = {} if api_key is None else {"x-api-key": api_key}
        return self.session.anonymous(headers=headers)

    @property
    def backend(self) -> Backend:
        backend: Backend = self.session.backend
        return backend

    def ok(self, method: str, path: str, **kwargs: Any) -> Any:
        answer = self.api.request(method, path, **kwargs)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def refused(self, method: str, path: str, status: int, **kwargs: Any) -> dict[str, Any]:
        answer = self.api.request(method, path, **kwargs)
        assert answer.status_code == status, answer.text
        assert answer.headers["content-type"] == "application/json"
        body: dict[str, Any] = answer.json()
        return body

    def user(self, external_id: str = "user-1", *, verified: bool = True, **profile: Any) -> str:
        """A registered user (Jan Kowalski from Poland unless told otherwise), verified by
        method B and with balances generated when `verified`."""
        body = {"externalUserId": external_id, "hasAcceptedP100Tc": True, **JAN, **profile}
        self.ok("POST", "/v1/user/balances/crypto-and-fiat", json=body)
        if verified:
            self.ok("POST", "/v1/kyc", json={"externalUserId": external_id})
            self.control.act(
                "kyc-decisions", externalUserId=external_id, attemptStatus="SUCCESSFUL"
            )
            self.ok("POST", "/v1/user/verification", json={"externalUserId": external_id})
        return external_id

    def balance(self, currency: str, user: str | None = None) -> str:
        path = "/v1/partner/balances" if user is None else f"/v1/user/balances/{user}"
        balances = self.ok("GET", path)
        everything = balances["fiatBalances"] + balances["cryptoBalances"]
        return str(next(b["amount"] for b in everything if b["name"] == currency))
