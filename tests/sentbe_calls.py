"""Calls to a Sentbe simulator as the docs describe them: PARTNER-ID, KEY and the parameters
encrypted into SIGNATURE with the facade's codec, on a `SimulatorSession`. Shared by the Sentbe
simulator tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx

from corridor.providers.control import SimulatorControl
from corridor.sentbe.codec import encrypt
from corridor.simulator import Simulator
from corridor.simulator.session import SimulatorSession

PARTNER = ("1", "test_id", "test_pw")  # the simulator's default partner: the docs' samples
OTHER_PARTNER = ("2", "other_id", "other_pw")

# docs/sentbe/api/_create_user.md:22-32
USER = {
    "phone_country_code": "US",
    "birth_date": "19890101",
    "last_name": "ryu",
    "email": "sanghyun.ryu@sentbe.com",
    "nationality": "US",
    "phone_number": "010-123-1234",
    "first_name": "sanghyun",
}
# docs/sentbe/api/_create_recipient.md:30-44, user_id replaced
RECIPIENT = {
    "bank_attributes": {
        "name": "002",
        "account_number": "12341234",
        "account_holder_name": "gildong hong",
    },
    "country": "KR",
    "phone_country_code": "KR",
    "birth_date": "19901201",
    "first_name": "gildong",
    "last_name": "hong",
    "email": "hong@sentbe.com",
    "phone_number": "010-5678-5678",
}
# docs/sentbe/api/_create_transfer.md:20-34, ids replaced
TRANSFER_INFO = {"send_amount": "1000000", "send_amount_currency": "KRW"}
WALLET_INFO = {"transfer_currency": "KRW", "fee_currency": "USD"}


@dataclass
class Sentbe:
    session: SimulatorSession
    http: httpx.Client  # no credentials: each call carries its partner's, as it builds them

    @classmethod
    def start(cls, **options: Any) -> Sentbe:
        session = SimulatorSession("sentbe", **options)
        return cls(session, session.anonymous())

    @property
    def simulator(self) -> Simulator:
        return self.session.simulator

    @property
    def control(self) -> SimulatorControl:
        return self.session.control

    def call(
        self,
        method: str,
        path: str,
        params: Any = None,
        *,
        partner: tuple[str, str, str] = PARTNER,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        partner_id, access_id, secret_key = partner
        sent = {
            "Content-Type": "application/json; charset=utf-8",
            "PARTNER-ID": partner_id,
            "KEY": access_id,
        }
        if params is not None:
            sent["SIGNATURE"] = encrypt(params, secret_key)
        sent.update(headers or {})
        return self.http.request(method, path, headers=sent)

    def ok(self, method: str, path: str, params: Any = None, **options: Any) -> Any:
        """The `data` of a successful answer, amounts read as exact Decimals."""
        answer = self.call(method, path, params, **options)
        assert answer.status_code == 200, answer.text
        body = json.loads(answer.text, parse_float=Decimal)
        assert body["result"] is True
        return body["data"]

    def refused(
        self, method: str, path: str, params: Any = None, **options: Any
    ) -> tuple[int, str]:
        """(HTTP status, first error code) of a refusal in Sentbe's error envelope."""
        answer = self.call(method, path, params, **options)
        body = answer.json()
        assert body["result"] is False, answer.text
        assert body["errors"] and all(e["message"] for e in body["errors"])
        return answer.status_code, body["errors"][0]["error_code"]

    # ---- prerequisite state --------------------------------------------------------------------

    def user(self, **fields: Any) -> dict[str, Any]:
        data: dict[str, Any] = self.ok("POST", "/inbound/users", USER | fields)
        return data

    def recipient(self, user_id: Any, **fields: Any) -> dict[str, Any]:
        data: dict[str, Any] = self.ok(
            "POST", "/inbound/recipients", RECIPIENT | {"user_id": str(user_id)} | fields
        )
        return data

    def fund(self, usd: str = "1000.00", krw: str = "10000000") -> None:
        self.control.credit("USD", usd)
        self.control.credit("KRW", krw)

    def transfer_params(
        self, user_id: Any, recipient_id: Any, external_id: str = "23", **wallets: str
    ) -> dict[str, Any]:
        return {
            "user_id": str(user_id),
            "recipient_id": str(recipient_id),
            "external_id": external_id,
            "transfer_info": TRANSFER_INFO,
            "wallet_info": WALLET_INFO | wallets,
        }

    def transfer(
        self, user_id: Any, recipient_id: Any, external_id: str = "23", **wallets: str
    ) -> Any:
        params = self.transfer_params(user_id, recipient_id, external_id, **wallets)
        return self.ok("POST", "/inbound/transfers", params)

    def balances(self) -> dict[str, Decimal]:
        return {b["currency"]: Decimal(b["amount"]) for b in self.ok("GET", "/inbound/balances")}

    def status(self, transfer_id: int) -> str:
        status: str = self.ok("GET", f"/inbound/transfers/{transfer_id}")["transfer_info"]["status"]
        return status
