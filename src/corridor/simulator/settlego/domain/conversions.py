"""Conversion quotes and conversions between a client's currency accounts.

A quote needs both currency accounts; it is good for 20 seconds of simulator time and can be
used once. Its rates are quoted as the docs' examples show them: units of the other currency
per unit of the fixed side, so the other amount is the fixed amount times the offered rate
(settlego-api.txt:3765-3769 fixes buy, :3889-3894 sell). Converting needs
`termAgreement: "true"`, an unexpired quote of the same client, and both currency accounts. The
sold amount is debited as soon as it is available (until then the conversion is
`pending_awaiting_funds`); the bought amount is credited when the conversion settles at the
cut-off time of its conversion date. A used externalId is refused before anything else is
looked at (the docs give no order), so a retried conversion is told so whatever it used up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_DOWN, ROUND_UP, Decimal
from operator import attrgetter

from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.settlego import reference
from corridor.simulator.settlego.domain.errors import (
    Conflict,
    ExternalIdInUse,
    NotFound,
    QuoteExpired,
    UnsupportedCurrency,
    found,
)
from corridor.simulator.settlego.domain.ledger import FundingQueue, Ledger
from corridor.simulator.settlego.domain.money import money
from corridor.simulator.store import OwnedBy, Records

QUOTE_SECONDS = 20  # settlego-api.txt:3777: a sandbox quote expires after 20 seconds
# what happened to a conversion, for the webhook it becomes (`events` names each one's type)
CREATED, UPDATED = "created", "updated"


@dataclass(frozen=True)
class Quote:
    id: str
    client_id: str
    sell_currency: str
    buy_currency: str
    sell_amount: Decimal
    buy_amount: Decimal
    fixed_side: str
    mid_market_rate: Decimal
    offered_rate: Decimal
    expires_at: datetime
    settles_at: datetime


@dataclass
class Conversion:
    id: str
    client_id: str
    external_id: str
    quote: Quote
    transaction_reference: str
    created_at: datetime
    status: str = "pending_awaiting_funds"
    funded: bool = False
    completed_at: datetime | None = None


class Conversions:
    def __init__(
        self,
        clock: Clock,
        scheduler: Scheduler,
        new_id: Callable[[], str],
        ledger: Ledger,
        emit: Callable[[str, Conversion], None],
    ) -> None:
        self.clock = clock
        self.scheduler = scheduler
        self.new_id = new_id
        self.ledger = ledger
        self.emit = emit
        self.quotes: dict[str, Quote] = {}
        self.records: Records[Conversion] = Records(OwnedBy("client_id"))
        self._waiting: FundingQueue[Conversion] = FundingQueue(
            ledger, attrgetter("quote.sell_amount")
        )

    def quote(
        self,
        client_id: str,
        sell: str,
        buy: str,
        amount: Decimal | int,
        fixed_side: str,
        conversion_date: str,
    ) -> Quote:
        for field, currency in (("sellCurrency", sell), ("buyCurrency", buy)):
            if currency not in reference.CURRENCIES:
                raise UnsupportedCurrency(f"{currency} is not a supported currency", field)
        if sell == buy:
            raise Conflict("sellCurrency and buyCurrency must differ", "buyCurrency")
        self.ledger.account(client_id, sell)
        self.ledger.account(client_id, buy)
        selling = fixed_side == "sell"
        fixed, other = (sell, buy) if selling else (buy, sell)
        mid = reference.mid_market_rate(fixed, other)
        spread = -reference.CONVERSION_SPREAD if selling else reference.CONVERSION_SPREAD
        offered = (mid * (1 + spread)).quantize(mid)
        fixed_amount = money(amount, fixed)
        # rounded in SettleGo's favour, as the docs' examples are: down what the client gets,
        # up what it pays
        other_amount = money(
            fixed_amount * offered,
            other,
            "amount",
            ROUND_DOWN if selling else ROUND_UP,
        )
        sell_amount, buy_amount = (
            (fixed_amount, other_amount) if selling else (other_amount, fixed_amount)
        )
        if sell_amount <= 0 or buy_amount <= 0:
            raise Conflict("the amount is too small to convert", "amount")
        now = self.clock.now()
        quote = Quote(
            id=self.new_id(),
            client_id=client_id,
            sell_currency=sell,
            buy_currency=buy,
            sell_amount=sell_amount,
            buy_amount=buy_amount,
            fixed_side=fixed_side,
            mid_market_rate=mid,
            offered_rate=offered,
            expires_at=now + timedelta(seconds=QUOTE_SECONDS),
            settles_at=self.settlement_time(conversion_date),
        )
        self.quotes[quote.id] = quote  # kept after expiry, so using it says "expired"
        return quote

    def convert(
        self, client_id: str, quote_id: str, external_id: str, terms_agreed: str
    ) -> Conversion:
        # the externalId before the quote: a retry of a conversion that was made finds its
        # quote used up, and must hear that its externalId is taken, not "no such quote"
        if not self.records.external_id_free(client_id, external_id):
            raise ExternalIdInUse(f"externalId {external_id} is already used", "externalId")
        if terms_agreed != "true":
            raise Conflict("the conversion terms must be agreed to", "termAgreement")
        quote = self.quotes.get(quote_id)
        if quote is None or quote.client_id != client_id:
            raise NotFound("no such conversion quote", "quoteId")
        if quote.expires_at <= self.clock.now():
            raise QuoteExpired("the conversion quote has expired", "quoteId")
        sell_account = self.ledger.account(client_id, quote.sell_currency)
        self.ledger.account(client_id, quote.buy_currency)
        del self.quotes[quote.id]  # a quote is used once
        conversion = Conversion(
            id=self.new_id(),
            client_id=client_id,
            external_id=external_id,
            quote=quote,
            transaction_reference=self.ledger.transaction_reference(),
            created_at=self.clock.now(),
        )
        self.records.add(conversion, client_id, external_id)
        self.emit(CREATED, conversion)
        if sell_account.balance >= quote.sell_amount:
            self.fund(conversion)
        else:
            self._waiting.wait(client_id, quote.sell_currency, conversion)
        return conversion

    def get(self, client_id: str, conversion_id: str) -> Conversion:
        conversion = self.records.owned(client_id, conversion_id)
        return found(conversion, f"no such conversion: {conversion_id}")

    def by_external_id(self, client_id: str, external_id: str) -> Conversion:
        conversion = self.records.by_external_id(client_id, external_id)
        return found(conversion, f"no conversion with externalId {external_id}")

    def settlement_time(self, conversion_date: str) -> datetime:
        """Settlement is at the cut-off hour of the conversion date, rolled to a working day."""
        now = self.clock.now()
        day = max(datetime.fromisoformat(conversion_date).date(), reference.first_working_day(now))
        while not reference.is_working_day(day):
            day += timedelta(days=1)
        return datetime.combine(day, reference.CUTOFF, tzinfo=now.tzinfo)

    def fund(self, conversion: Conversion) -> None:
        quote = conversion.quote
        self.ledger.move(
            conversion.client_id, quote.sell_currency, -quote.sell_amount, "conversion"
        )
        conversion.funded = True
        self.scheduler.at(quote.settles_at, self._settle, conversion)

    def fund_waiting(self, client_id: str, currency: str) -> None:
        self._waiting.release(client_id, currency, self.fund)

    def _settle(self, conversion: Conversion) -> None:
        if conversion.status != "pending_awaiting_funds":
            return
        quote = conversion.quote
        self.ledger.move(conversion.client_id, quote.buy_currency, quote.buy_amount, "conversion")
        conversion.status = "completed"
        conversion.completed_at = self.clock.now()
        self.emit(UPDATED, conversion)
