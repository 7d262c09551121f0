"""Conversion quotes and conversions between a client's currency accounts.

A quote is good for 20 seconds of simulator time. Converting needs `termAgreement: "true"`, an
unexpired quote of the same client, and both currency accounts. The sold amount is debited as
soon as it is available (until then the conversion is `pending_awaiting_funds`); the bought
amount is credited when the conversion settles on its conversion date.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal
from typing import Any

from corridor.simulator.rules import ApiError, SimRequest, SimResponse
from corridor.simulator.settlego import reference
from corridor.simulator.settlego.state import SettleGoState, money, timestamp
from corridor.simulator.store import Record


class ConversionHandlers(SettleGoState):
    def create_conversion_quote(self, request: SimRequest) -> SimResponse:
        client_id = self.acting_client(request)
        body = request.body
        sell, buy = body["sellCurrency"], body["buyCurrency"]
        for field, currency in (("sellCurrency", sell), ("buyCurrency", buy)):
            if currency not in reference.CURRENCIES:
                raise ApiError(409, f"{currency} is not a supported currency", field)
        if sell == buy:
            raise ApiError(409, "sellCurrency and buyCurrency must differ", "buyCurrency")
        mid = reference.mid_market_rate(sell, buy)
        offered = (mid * (1 - reference.CONVERSION_SPREAD)).quantize(mid)
        amount = Decimal(str(body["amount"]))
        if body["fixedSide"] == "sell":
            sell_amount = money(amount, sell)
            buy_amount = money(sell_amount * offered, buy)
        else:
            buy_amount = money(amount, buy)
            sell_amount = money(buy_amount / offered, sell)
        if sell_amount <= 0 or buy_amount <= 0:
            raise ApiError(409, "the amount is too small to convert", "amount")
        now = self.clock.now()
        settlement = self.settlement_time(body["conversionDate"])
        quote = {
            "id": self.new_id(),
            "clientId": client_id,
            "buyCurrency": buy,
            "sellCurrency": sell,
            "buyAmount": buy_amount,
            "sellAmount": sell_amount,
            "fixedSide": body["fixedSide"],
            "midMarketRate": mid,
            "offeredRate": offered,
            "expiresAt": now + timedelta(seconds=reference.QUOTE_SECONDS),
            "settlesAt": settlement,
        }
        self.store.put("quotes", quote["id"], quote)
        return SimResponse(200, quote_json(quote))

    def create_conversion(self, request: SimRequest) -> SimResponse:
        client_id = self.acting_client(request)
        body = request.body
        if body["termAgreement"] != "true":
            raise ApiError(409, "the conversion terms must be agreed to", "termAgreement")
        quote = self.store.get("quotes", body["quoteId"])
        if quote is None or quote["clientId"] != client_id:
            raise ApiError(404, "no such conversion quote", "quoteId")
        if quote["expiresAt"] <= self.clock.now():
            raise ApiError(409, "the conversion quote has expired", "quoteId")
        sell_account = self.account(client_id, quote["sellCurrency"])
        self.account(client_id, quote["buyCurrency"])
        conversion_id = self.new_id()
        self.claim_external_id("conversions", client_id, body["externalId"], conversion_id)
        self.store.delete("quotes", quote["id"])  # a quote is used once
        now = self.clock.now()
        conversion = {
            "id": conversion_id,
            "clientId": client_id,
            "externalId": body["externalId"],
            "transactionReference": self.transaction_reference(),
            **{
                key: quote[key]
                for key in ("sellCurrency", "buyCurrency", "sellAmount", "buyAmount")
            },
            "status": "pending_awaiting_funds",
            "offeredRate": quote["offeredRate"],
            "midMarketRate": quote["midMarketRate"],
            "creationDateTime": timestamp(now),
            "settlementDateTime": timestamp(quote["settlesAt"]),
            "completionDateTime": None,
            "settlesAt": quote["settlesAt"],
            "funded": False,
        }
        self.store.put("conversions", conversion_id, conversion)
        self.emit("CONCRE", conversion_webhook_payload(conversion))
        if sell_account["balance"] >= conversion["sellAmount"]:
            self.fund_conversion(conversion)
        return SimResponse(200, conversion_json(conversion))

    def list_conversions(self, request: SimRequest) -> SimResponse:
        clients = self.visible_clients(request)
        q = request.query

        def within(value: Any, low: str, high: str) -> bool:
            return bool(
                Decimal(str(q.get(low, value))) <= value <= Decimal(str(q.get(high, value)))
            )

        conversions = [
            c
            for c in self.store.values("conversions")
            if c["clientId"] in clients
            and q.get("sellCurrency", c["sellCurrency"]) == c["sellCurrency"]
            and q.get("buyCurrency", c["buyCurrency"]) == c["buyCurrency"]
            and within(c["sellAmount"], "minSellAmount", "maxSellAmount")
            and within(c["buyAmount"], "minBuyAmount", "maxBuyAmount")
            and q.get("status", c["status"]) == c["status"]
            and q.get("minSettlementDate", "") <= c["settlementDateTime"][:10]
            and c["settlementDateTime"][:10] <= q.get("maxSettlementDate", "9999")
            and q.get("minCreationDate", "") <= c["creationDateTime"][:10]
            and c["creationDateTime"][:10] <= q.get("maxCreationDate", "9999")
            and q.get("transactionReference", c["transactionReference"])
            == c["transactionReference"]
        ]
        pagination, entries = self.page(request, conversions, conversion_json)
        return SimResponse(200, {"pagination": pagination, "conversionList": entries})

    def get_conversion(self, request: SimRequest) -> SimResponse:
        conversion = self.owned("conversions", request.path["id"], request)
        return SimResponse(200, conversion_json(conversion))

    def get_conversion_by_external_id(self, request: SimRequest) -> SimResponse:
        conversion = self.by_external_id("conversions", request.path["id"], request)
        return SimResponse(200, conversion_json(conversion))

    # ---- rules ---------------------------------------------------------------------------

    def settlement_time(self, conversion_date: str) -> datetime:
        """Settlement is at the cut-off hour of the conversion date, rolled to a working day."""
        now = self.clock.now()
        day = max(datetime.fromisoformat(conversion_date).date(), reference.first_working_day(now))
        while not reference.is_working_day(day):
            day += timedelta(days=1)
        return datetime.combine(day, time(reference.CUTOFF_HOUR), tzinfo=now.tzinfo)

    def fund_conversion(self, conversion: Record) -> None:
        client_id, sell = conversion["clientId"], conversion["sellCurrency"]
        self.move(client_id, sell, -conversion["sellAmount"], "conversion")
        conversion["funded"] = True
        self.store.put("conversions", conversion["id"], conversion)
        self.schedule(conversion["settlesAt"], "conversion_settled", conversion["id"])

    def fund_waiting_conversions(self, client_id: str, currency: str) -> None:
        for conversion in self.store.values("conversions"):
            if (
                conversion["clientId"] == client_id
                and conversion["sellCurrency"] == currency
                and not conversion["funded"]
                and self.account(client_id, currency)["balance"] >= conversion["sellAmount"]
            ):
                self.fund_conversion(conversion)

    def on_conversion_settled(self, conversion_id: str) -> None:
        conversion = self.store.get("conversions", conversion_id)
        if conversion is None or conversion["status"] != "pending_awaiting_funds":
            return
        client_id = conversion["clientId"]
        self.move(client_id, conversion["buyCurrency"], conversion["buyAmount"], "conversion")
        conversion["status"] = "completed"
        conversion["completionDateTime"] = timestamp(self.clock.now())
        self.store.put("conversions", conversion_id, conversion)
        self.emit("CONSUP", conversion_webhook_payload(conversion))


def quote_json(quote: Record) -> dict[str, Any]:
    hidden = ("clientId", "expiresAt", "settlesAt")
    return {key: value for key, value in quote.items() if key not in hidden} | {
        "expirationDateTime": timestamp(quote["expiresAt"]),
        "settlementCutOffDateTime": timestamp(quote["settlesAt"]),
    }


def conversion_json(conversion: Record) -> dict[str, Any]:
    return {key: value for key, value in conversion.items() if key not in ("settlesAt", "funded")}


def conversion_webhook_payload(conversion: Record) -> dict[str, Any]:
    return conversion_json(conversion)
