"""SettleGo state shared by every handler group: clients, accounts, money movements, lists.

Collections in the store:
  clients       id -> main client (has loginId/apiKey) or linked client (has parentId)
  sessions      token -> {clientId, expiresAt}
  accounts      "<clientId>:<currency>" -> currency account, balance as Decimal
  ledger        sequence -> one balance movement (for balance history)
  payIns, payments, beneficiaries, quotes, conversions, transfers   id -> record
  externalIds   "<kind>:<clientId>:<externalId>" -> id of the object that holds it
  timers        sequence -> a scheduled status change, run by `run_due_timers`
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from corridor.simulator.rules import ApiError, ProviderRules, SimRequest
from corridor.simulator.settlego import reference
from corridor.simulator.store import Record

SESSION_SECONDS = 30 * 60
MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class Caller:
    """The logged-in main client."""

    client_id: str
    token: str


def timestamp(moment: datetime) -> str:
    """SettleGo's date-time style: local ISO time with milliseconds and no offset."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}"


def money(value: Any, currency: str) -> Decimal:
    """An exact amount, rounded to the currency's minor unit."""
    places = reference.decimal_places(currency)
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


class SettleGoState(ProviderRules):
    """Helpers every SettleGo handler group uses; holds no handlers itself."""

    spec_name = "settlego"

    # ---- who is asking, and for whom -------------------------------------------------

    def caller(self, request: SimRequest) -> Caller:
        caller: Caller = request.principal
        return caller

    def acting_client(self, request: SimRequest) -> str:
        """The client an operation addresses: the caller, or the linked client in onBehalfOf."""
        caller = self.caller(request)
        on_behalf_of = request.query.get("onBehalfOf")
        if on_behalf_of is None and isinstance(request.body, dict):
            on_behalf_of = request.body.get("onBehalfOf")
        if on_behalf_of is None or on_behalf_of == caller.client_id:
            return caller.client_id
        linked = self.store.get("clients", on_behalf_of)
        if linked is None or linked.get("parentId") != caller.client_id:
            raise ApiError(403, "onBehalfOf is not one of your linked clients", "onBehalfOf")
        return str(on_behalf_of)

    def visible_clients(self, request: SimRequest) -> set[str]:
        """Clients whose objects a list shows, per `scope` (default all) and onBehalfOf."""
        caller = self.caller(request)
        scope = request.query.get("scope", "all")
        if request.query.get("onBehalfOf") is not None:
            return {self.acting_client(request)}
        linked = {
            client["id"]
            for client in self.store.values("clients")
            if client.get("parentId") == caller.client_id
        }
        if scope == "main":
            return {caller.client_id}
        if scope == "linked":
            return linked
        return {caller.client_id} | linked

    def owned(self, collection: str, object_id: str, request: SimRequest) -> Record:
        """An object of the acting client, or 404 (another client's objects are never shown)."""
        record = self.store.get(collection, object_id)
        if record is None or record["clientId"] != self.acting_client(request):
            raise ApiError(404, f"no such {collection[:-1]}: {object_id}", "id")
        return record

    def by_external_id(self, kind: str, external_id: str, request: SimRequest) -> Record:
        key = f"{kind}:{self.acting_client(request)}:{external_id}"
        holder = self.store.get("externalIds", key)
        if holder is None:
            raise ApiError(404, f"no {kind[:-1]} with externalId {external_id}", "id")
        return self.owned(kind, holder["id"], request)

    def claim_external_id(
        self, kind: str, client_id: str, external_id: str | None, oid: str
    ) -> None:
        """externalId is unique per client and kind; a second use is refused."""
        if external_id is None:
            return
        key = f"{kind}:{client_id}:{external_id}"
        if self.store.get("externalIds", key) is not None:
            raise ApiError(409, f"externalId {external_id} is already used", "externalId")
        self.store.put("externalIds", key, {"id": oid})

    def release_external_id(self, kind: str, client_id: str, external_id: str | None) -> None:
        if external_id is not None:
            self.store.delete("externalIds", f"{kind}:{client_id}:{external_id}")

    # ---- money -------------------------------------------------------------------------

    def account(self, client_id: str, currency: str) -> Record:
        record = self.store.get("accounts", f"{client_id}:{currency}")
        if record is None:
            raise ApiError(409, f"no {currency} currency account for this client", "currency")
        return record

    def move(self, client_id: str, currency: str, amount: Decimal, reason: str) -> None:
        """Credit (positive) or debit (negative) an account; a balance never goes negative."""
        account = self.account(client_id, currency)
        balance: Decimal = account["balance"] + amount
        if balance < 0:
            raise ApiError(409, f"insufficient {currency} balance", "amount")
        account["balance"] = balance
        self.store.put("accounts", f"{client_id}:{currency}", account)
        sequence = self.next_sequence("ledger")
        self.store.put(
            "ledger",
            sequence,
            {
                "clientId": client_id,
                "currency": currency,
                "date": self.clock.now().date(),
                "amount": amount,
                "balance": balance,
                "reason": reason,
            },
        )

    def transaction_reference(self) -> str:
        alphabet = string.ascii_uppercase + string.digits
        suffix = "".join(self.random.choice(alphabet) for _ in range(6))
        return f"{self.clock.now():%Y%m%d}-{suffix}"

    def next_sequence(self, collection: str) -> str:
        counter = self.store.get("counters", collection) or {"value": 0}
        counter["value"] += 1
        self.store.put("counters", collection, counter)
        return f"{counter['value']:012d}"

    # ---- lists -------------------------------------------------------------------------

    def page(
        self, request: SimRequest, records: Iterable[Record], render: Callable[[Record], Any]
    ) -> tuple[dict[str, int], list[Any]]:
        """Cut one page out of `records`; SettleGo reports absent neighbours as page 0."""
        entries = list(records)
        size = min(int(request.query["pageSize"]), MAX_PAGE_SIZE)
        number = int(request.query["pageNumber"])
        pages = (len(entries) + size - 1) // size
        chunk = entries[(number - 1) * size : number * size]
        pagination = {
            "totalEntryCount": len(entries),
            "totalPageCount": pages,
            "currentPage": number,
            "maximumPageSize": MAX_PAGE_SIZE,
            "currentPageSize": len(chunk),
            "previousPage": number - 1 if 1 < number <= pages + 1 else 0,
            "nextPage": number + 1 if number < pages else 0,
        }
        return pagination, [render(record) for record in chunk]

    # ---- hooks the handler groups provide ----------------------------------------------

    def emit(self, webhook_type: str, payload: dict[str, Any]) -> None:
        raise NotImplementedError  # webhooks.py

    def fund_waiting(self, client_id: str, currency: str) -> None:
        """After a deposit, fund what was waiting for money, oldest first, while it lasts."""
        self.fund_waiting_payments(client_id, currency)
        self.fund_waiting_conversions(client_id, currency)

    def fund_waiting_payments(self, client_id: str, currency: str) -> None:
        raise NotImplementedError  # payments.py

    def fund_waiting_conversions(self, client_id: str, currency: str) -> None:
        raise NotImplementedError  # conversions.py

    # ---- scheduled status changes ------------------------------------------------------

    def schedule(self, due: datetime, action: str, target: str) -> None:
        """Run `on_<action>(target)` once the simulator clock reaches `due`."""
        key = self.next_sequence("timers")
        self.store.put("timers", key, {"id": key, "due": due, "action": action, "target": target})

    def run_due_timers(self) -> None:
        """Apply every scheduled status change whose time has come, oldest first."""
        now = self.clock.now()
        due = sorted(
            (timer for timer in self.store.values("timers") if timer["due"] <= now),
            key=lambda timer: (timer["due"], timer["id"]),
        )
        for timer in due:
            self.store.delete("timers", timer["id"])
            getattr(self, f"on_{timer['action']}")(timer["target"])
