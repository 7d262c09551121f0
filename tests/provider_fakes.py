"""Fakes of one create endpoint (and the calls around it) for providers without a simulator.

Written from each provider's docs, for the client-side tests that script what the provider
answers (failures, refusals) apart from any simulator. Each keeps what it made, so a test can
count the objects.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx
import simplejson

from corridor import sentbe

ENTERPRISE_KEY = "ent_0d9c8b7a6f5e4d3c2b1a05f0c2a8e9b7d41c3a6e2f1d0b9c8a7e6d5c4b3a2f1e"


# The docs' "Get currency account" example, with a balance.
GBP_ACCOUNT = {
    "currency": "GBP",
    "status": "active",
    "balance": 12.5,
    "bankName": "SIM BANK",
    "bankAccountHolderName": "SIM ACCOUNT",
    "accountNumber": "12345678",
    "bicSwift": "SIM0000",
    "iban": "DE04700TESTIBAN0000084",
    "bankAddress": None,
    "bankCountry": None,
    "routingCodeList": None,
}

Answer = Callable[[httpx.Request], httpx.Response]


def gbp_account(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=GBP_ACCOUNT)


@dataclass
class ScriptedSettleGo:
    """A SettleGo whose answers are scripted. A login takes the next step of `login_script`,
    once it is used up a session token (`token-<n>` for the n-th login); every other call
    takes the next step of `script`, once it is used up `then` (the GBP account). `logins`
    counts the logins tried, `calls` keeps every other request."""

    script: list[Answer] = field(default_factory=list)
    then: Answer = gbp_account
    login_script: list[Answer] = field(default_factory=list)
    logins: int = 0
    calls: list[httpx.Request] = field(default_factory=list)

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/authentication/login"):
            self.logins += 1
            if self.login_script:
                return self.login_script.pop(0)(request)
            return httpx.Response(200, json={"token": f"token-{self.logins}"})
        self.calls.append(request)
        step = self.script.pop(0) if self.script else self.then
        return step(request)


# The docs' 422 for a transfer_id already used.
DUPLICATE = "A transaction with the same transfer_id already exists."

# One step of FakeSFox's script, consumed one per Create Transfer request:
#   "connect"  the connection fails before sFOX sees the request (nothing is created)
#   "lost"     sFOX creates the transfer but the answer never arrives (read timeout)
#   an int     sFOX answers that status without creating anything
Step = str | int


@dataclass
class FakeSFox:
    """Create Transfer and its history, as docs/sfox/transfers describe them, for the
    enterprise key: a used transfer_id is refused with 422 and the docs' duplicate message;
    each create meets the next step of `script` ("ok" once it is used up), and `refusal`
    answers every create with that 422 message."""

    script: list[Step] = field(default_factory=list)
    transfers: dict[str, dict[str, Any]] = field(default_factory=dict)
    bodies: list[dict[str, Any]] = field(default_factory=list)
    refusal: str | None = None

    def handler(self, request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == f"Bearer {ENTERPRISE_KEY}"
        if (request.method, request.url.path) == ("GET", "/v1/enterprise/transfer/history"):
            history = {"data": list(self.transfers.values())}
            return httpx.Response(200, content=simplejson.dumps(history, use_decimal=True))
        assert (request.method, request.url.path) == ("POST", "/v1/enterprise/transfer")
        body = json.loads(request.content, parse_float=Decimal)
        self.bodies.append(body)
        step = self.script.pop(0) if self.script else "ok"
        if step == "connect":
            raise httpx.ConnectError("connection refused", request=request)
        if isinstance(step, int):
            return httpx.Response(step, json={"error": "Service unavailable"})
        if self.refusal is not None:
            return httpx.Response(422, json={"error": self.refusal})
        if body["transfer_id"] in self.transfers:
            return httpx.Response(422, json={"error": DUPLICATE})
        created = {
            **body,
            "transfer_status_code": "PENDING",
            "atx_id_charged": 1728524,
            "atx_id_credited": 1728525,
            "atx_status_charged": 1127,
            "atx_status_credited": 1127,
            "transfer_date": "2023-09-07T16:56:56.000Z",
        }
        self.transfers[body["transfer_id"]] = created
        if step == "lost":
            raise httpx.ReadTimeout("timed out", request=request)
        return httpx.Response(201, content=simplejson.dumps({"data": created}, use_decimal=True))

    def transfer_ids_sent(self) -> list[str]:
        return [body["transfer_id"] for body in self.bodies]


@dataclass
class FakeP100:
    """Create User Account and Get User Balances (docs/p100/user/): externalUserId is unique
    per partner and reusing it fails; the docs give no status or code for that, the fake
    answers 400 P403."""

    users: dict[str, str] = field(default_factory=dict)
    ids: itertools.count[int] = field(default_factory=itertools.count)

    def handler(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "GET" and path.startswith("/v1/card/all/"):
            return httpx.Response(200, json={"cards": []})
        if request.method == "GET" and path.startswith("/v1/user/balances/"):
            if path.removeprefix("/v1/user/balances/") in self.users:
                return httpx.Response(200, json={"fiat": [], "crypto": []})
            return httpx.Response(404, json={"errorCode": "P412", "errorName": "invalid-user"})
        assert (request.method, path) == ("POST", "/v1/user/balances/crypto-and-fiat")
        external = json.loads(request.content)["externalUserId"]
        if external in self.users:
            reused = {"errorCode": "P403", "errorMessage": "externalUserId is already used"}
            return httpx.Response(400, json=reused)
        self.users[external] = f"user-{next(self.ids)}"
        answer = {"userId": self.users[external], "poaRequiredForExtended": False}
        return httpx.Response(200, json=answer)


SECRET_KEY = "sk-9f8e7d6c5b4a"
TRANSFER = {
    "transfer_info": {
        "user_id": 47,
        "recipient_id": 10,
        "transfer_id": 23,
        "sender_country": "KR",
        "receive_amount": 1000000.0,
        "receive_amount_currency": "KRW",
        "status": "Processing",
        "created_at": "2018-05-14T13:23:09.000+09:00",
    },
    "billing_info": [{"amount": 1000000.0, "currency": "KRW", "desc": "transfer"}],
}


@dataclass
class FakeSentbe:
    """Create Transfer (docs/sentbe/api/_create_transfer.md) reading its parameters from the
    encrypted SIGNATURE; a used external_id is refused with E0013 "Invalid external transfer
    id" (the docs list the code without saying when it is sent)."""

    transfers: dict[str, int] = field(default_factory=dict)

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.path == "/inbound/transfers":
            page = int(sentbe.decrypt(request.headers["SIGNATURE"], SECRET_KEY)["page"])
            made = [
                {**TRANSFER, "transfer_info": {**TRANSFER["transfer_info"], "transfer_id": n}}
                for n in sorted(self.transfers.values())
            ][(page - 1) * 5 : page * 5]
            return httpx.Response(200, json={"result": True, "data": made})
        assert (request.method, request.url.path) == ("POST", "/inbound/transfers")
        parameters = sentbe.decrypt(request.headers["SIGNATURE"], SECRET_KEY)
        external = parameters["external_id"]
        if external in self.transfers:
            refused = {"error_code": "E0013", "message": "Invalid external transfer id"}
            return httpx.Response(200, json={"result": False, "errors": [refused]})
        self.transfers[external] = len(self.transfers) + 1
        info = {**TRANSFER["transfer_info"], "transfer_id": self.transfers[external]}
        return httpx.Response(
            200, json={"result": True, "data": {**TRANSFER, "transfer_info": info}}
        )
