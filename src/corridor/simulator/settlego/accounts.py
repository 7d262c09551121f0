"""Sessions, currency accounts, balance history and pay-ins."""

from __future__ import annotations

import secrets
from datetime import timedelta
from decimal import Decimal
from typing import Any

from corridor.simulator.rules import ApiError, SimRequest, SimResponse
from corridor.simulator.settlego import reference
from corridor.simulator.settlego.state import (
    SESSION_SECONDS,
    Caller,
    SettleGoState,
    money,
    timestamp,
)
from corridor.simulator.store import Record


class SessionHandlers(SettleGoState):
    def start_session(self, request: SimRequest) -> SimResponse:
        login_id, api_key = request.body["loginId"], request.body["apiKey"]
        client = next(
            (
                c
                for c in self.store.values("clients")
                if c.get("loginId") == login_id and secrets.compare_digest(c["apiKey"], api_key)
            ),
            None,
        )
        if client is None:
            raise ApiError(401, "unknown loginId or wrong apiKey")
        token = f"{self.random.getrandbits(128):032x}"
        expires = self.clock.now() + timedelta(seconds=SESSION_SECONDS)
        self.store.put("sessions", token, {"clientId": client["id"], "expiresAt": expires})
        body = {
            "token": token,
            "tfaEnabled": False,
            "tfaType": None,
            "phoneList": None,
            "email": client["email"],
            "mobilePhoneVerified": False,
        }
        return SimResponse(200, body)

    def end_session(self, request: SimRequest) -> SimResponse:
        self.store.delete("sessions", self.caller(request).token)
        return SimResponse(200)

    def authenticate(self, scheme: str, credential: str) -> Caller | None:
        session = self.store.get("sessions", credential)
        if session is None:
            return None
        if session["expiresAt"] <= self.clock.now():
            self.store.delete("sessions", credential)
            return None
        return Caller(session["clientId"], credential)


class AccountHandlers(SettleGoState):
    def create_currency_account(self, request: SimRequest) -> SimResponse:
        client_id = self.acting_client(request)
        currency = request.body["currency"]
        if currency not in reference.CURRENCIES:
            raise ApiError(409, f"{currency} is not a supported currency", "currency")
        key = f"{client_id}:{currency}"
        if self.store.get("accounts", key) is not None:
            raise ApiError(409, f"a {currency} currency account already exists", "currency")
        digits = f"{self.random.randrange(10**8):08d}"
        account = {
            "clientId": client_id,
            "currency": currency,
            "status": "active",
            "balance": money(0, currency),
            "bankName": "Simulated Clearing Bank",
            "bankAccountHolderName": self.store.get("clients", client_id)["legalName"],  # type: ignore[index]
            "accountNumber": digits,
            "bicSwift": "SIMLGB2L",
            "iban": f"GB{self.random.randrange(10, 99)}SIML04050{digits}",
            "bankAddress": "1 Simulation Street, London",
            "bankCountry": "GB",
            "routingCodeList": [{"key": "sort_code", "value": "040509"}],
        }
        self.store.put("accounts", key, account)
        self.emit("ACCCRE", self.account_webhook_payload(account))
        return SimResponse(200, account_json(account))

    def list_currency_accounts(self, request: SimRequest) -> SimResponse:
        clients = self.visible_clients(request)
        query = request.query
        accounts = [
            a
            for a in self.store.values("accounts")
            if a["clientId"] in clients
            and query.get("currency", a["currency"]) == a["currency"]
            and query.get("status", a["status"]) == a["status"]
            and a["balance"] >= Decimal(str(query.get("minBalance", a["balance"])))
            and a["balance"] <= Decimal(str(query.get("maxBalance", a["balance"])))
        ]
        pagination, entries = self.page(request, accounts, account_json)
        return SimResponse(200, {"pagination": pagination, "currencyAccountList": entries})

    def get_currency_account(self, request: SimRequest) -> SimResponse:
        client_id = self.acting_client(request)
        account = self.store.get("accounts", f"{client_id}:{request.path['currency']}")
        if account is None:
            raise ApiError(404, f"no {request.path['currency']} currency account", "currency")
        return SimResponse(200, account_json(account))

    def list_balance_histories(self, request: SimRequest) -> SimResponse:
        client_id = self.acting_client(request)
        query = request.query
        days: dict[tuple[str, str], dict[str, Any]] = {}
        for entry in self.store.values("ledger"):
            if entry["clientId"] != client_id:
                continue
            if query.get("currency", entry["currency"]) != entry["currency"]:
                continue
            day = entry["date"].isoformat()
            if not query.get("minDate", day) <= day <= query.get("maxDate", day):
                continue
            row = days.setdefault(
                (entry["currency"], day),
                {
                    "currency": entry["currency"],
                    "date": day,
                    "openingBalance": entry["balance"] - entry["amount"],
                },
            )
            row["closingBalance"] = entry["balance"]
        pagination, entries = self.page(request, days.values(), lambda row: row)
        return SimResponse(200, {"pagination": pagination, "balanceList": entries})

    def get_pay_in(self, request: SimRequest) -> SimResponse:
        return SimResponse(200, pay_in_json(self.owned("payIns", request.path["id"], request)))

    def list_pay_ins(self, request: SimRequest) -> SimResponse:
        clients = self.visible_clients(request)
        query = request.query
        pay_ins = [
            p
            for p in self.store.values("payIns")
            if p["clientId"] in clients
            and query.get("currency", p["currency"]) == p["currency"]
            and p["amount"] >= Decimal(str(query.get("minTransactionAmount", p["amount"])))
            and p["amount"] <= Decimal(str(query.get("maxTransactionAmount", p["amount"])))
            and query.get("minTransactionDate", p["day"]) <= p["day"]
            and p["day"] <= query.get("maxTransactionDate", p["day"])
        ]
        pagination, entries = self.page(request, pay_ins, pay_in_json)
        return SimResponse(200, {"pagination": pagination, "transactionList": entries})

    def credit_pay_in(self, client_id: str, currency: str, amount: Decimal, sender: str) -> Record:
        """A deposit arrives in a client's currency account (control API)."""
        if amount <= 0:
            raise ApiError(400, "a pay-in amount must be positive", "amount")
        amount = money(amount, currency)
        self.move(client_id, currency, amount, "pay-in")
        now = self.clock.now()
        pay_in: Record = {
            "id": self.new_id(),
            "clientId": client_id,
            "amount": amount,
            "currency": currency,
            "transactionReference": self.transaction_reference(),
            "transactionDateTime": timestamp(now),
            "day": now.date().isoformat(),
            "senderName": sender,
            "senderAddress": None,
            "senderBic": "SNDRGB2L",
            "senderIban": None,
            "senderInformation": None,
        }
        self.store.put("payIns", pay_in["id"], pay_in)
        self.emit("PAISUP", {**pay_in_json(pay_in), "status": "completed"})
        self.fund_waiting(client_id, currency)
        return pay_in

    def account_webhook_payload(self, account: Record) -> dict[str, Any]:
        return {
            "status": account["status"],
            "balance": str(account["balance"]),
            "clientId": account["clientId"],
            "currency": account["currency"],
        }


def account_json(account: Record) -> dict[str, Any]:
    return dict(account)


def pay_in_json(pay_in: Record) -> dict[str, Any]:
    return {key: value for key, value in pay_in.items() if key != "day"}
