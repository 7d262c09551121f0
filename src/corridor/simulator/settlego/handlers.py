"""One thin handler per SettleGo operationId: read the call, ask the backend, render the answer.

No rule lives here: ownership, money, statuses and refusals are the backend's; wire shapes are
`render`'s. Handlers only pick arguments out of the validated request.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any, TypeVar

from corridor.simulator import paging
from corridor.simulator.definition import HandlerSet
from corridor.simulator.dialect import Answer, Call
from corridor.simulator.settlego import reference, render
from corridor.simulator.settlego.domain.backend import Backend
from corridor.simulator.settlego.domain.beneficiaries import documented_fields
from corridor.simulator.settlego.domain.clients import Session
from corridor.simulator.settlego.domain.errors import NotFound, found
from corridor.simulator.settlego.domain.payments import PaymentOrder

MAX_PAGE_SIZE = 100
T = TypeVar("T")

handlers: HandlerSet[Backend] = HandlerSet()
operation = handlers.operation


# ---- who is asking, for whom, and which page ----------------------------------------------


def caller(call: Call) -> Session:
    session: Session = call.principal
    return session


def on_behalf_of(call: Call) -> str | None:
    value = call.query.get("onBehalfOf")
    if value is None and isinstance(call.body, dict):
        value = call.body.get("onBehalfOf")
    return None if value is None else str(value)


def acting(backend: Backend, call: Call) -> str:
    return backend.clients.acting(caller(call).client_id, on_behalf_of(call))


def visible(backend: Backend, call: Call) -> list[str]:
    scope = str(call.query.get("scope", "all"))
    return backend.clients.visible(caller(call).client_id, scope, on_behalf_of(call))


def listing(
    call: Call,
    key: str,
    items: Iterable[T],
    render_item: Callable[[T], Any],
    total: int | None = None,
) -> Answer:
    """One page of `items` under `key`; `total`, when known, saves walking past the page.

    maximumPageSize is the page size in effect: the docs' examples echo the pageSize asked for
    (10 or 100); the simulator serves at most 100 a page. SettleGo reports absent neighbouring
    pages as page 0."""
    size = min(int(call.query["pageSize"]), MAX_PAGE_SIZE)
    number = int(call.query["pageNumber"])
    if total is None:
        items = list(items)
        total = len(items)
    chunk = paging.page(items, number, size, total)
    pages = paging.page_count(total, size)
    pagination = {
        "totalEntryCount": total,
        "totalPageCount": pages,
        "currentPage": number,
        "maximumPageSize": size,
        "currentPageSize": len(chunk),
        "previousPage": number - 1 if 1 < number <= pages + 1 else 0,
        "nextPage": number + 1 if number < pages else 0,
    }
    return Answer({"pagination": pagination, key: [render_item(item) for item in chunk]})


def within(value: Any, low: Any, high: Any) -> bool:
    return (low is None or Decimal(str(low)) <= value) and (
        high is None or value <= Decimal(str(high))
    )


def between(text: str, low: Any, high: Any) -> bool:
    return (low is None or str(low) <= text) and (high is None or text <= str(high))


def matches(value: Any, wanted: Any) -> bool:
    return wanted is None or wanted == value


# ---- sessions -------------------------------------------------------------------------------


@operation("startSession")
def start_session(backend: Backend, call: Call) -> Answer:
    client, session = backend.clients.log_in(call.body["loginId"], call.body["apiKey"])
    body = {
        "token": session.token,
        "tfaEnabled": False,
        "tfaType": None,
        "phoneList": None,
        "email": client.email,
        "mobilePhoneVerified": False,
    }
    return Answer(body)


@operation("endSession")
def end_session(backend: Backend, call: Call) -> Answer:
    backend.clients.log_out(caller(call).token)
    return Answer()


# ---- currency accounts, balance history, pay-ins ------------------------------------------


@operation("createCurrencyAccount")
def create_currency_account(backend: Backend, call: Call) -> Answer:
    account = backend.open_account(acting(backend, call), call.body["currency"])
    return Answer(render.account(account))


@operation("listCurrencyAccounts")
def list_currency_accounts(backend: Backend, call: Call) -> Answer:
    q = call.query
    accounts = backend.ledger.accounts.of(visible(backend, call))
    if any(name in q for name in ("currency", "status", "minBalance", "maxBalance")):
        accounts = (
            a
            for a in accounts
            if matches(a.currency, q.get("currency"))
            and matches(a.status, q.get("status"))
            and within(a.balance, q.get("minBalance"), q.get("maxBalance"))
        )
    return listing(call, "currencyAccountList", accounts, render.account)


@operation("getCurrencyAccount")
def get_currency_account(backend: Backend, call: Call) -> Answer:
    currency = call.path["currency"]
    account = backend.ledger.find(acting(backend, call), currency)
    if account is None:
        raise NotFound(f"no {currency} currency account", "currency")
    return Answer(render.account(account))


@operation("listBalanceHistories")
def list_balance_histories(backend: Backend, call: Call) -> Answer:
    q = call.query
    rows = backend.ledger.daily_balances(
        acting(backend, call), q.get("currency"), q.get("minDate"), q.get("maxDate")
    )
    return listing(call, "balanceList", rows, lambda row: row)


@operation("getPayIn")
def get_pay_in(backend: Backend, call: Call) -> Answer:
    pay_in = backend.ledger.pay_ins.owned(acting(backend, call), call.path["id"])
    return Answer(render.pay_in(found(pay_in, f"no such pay-in: {call.path['id']}")))


@operation("listPayIns")
def list_pay_ins(backend: Backend, call: Call) -> Answer:
    q = call.query
    pay_ins = (
        p
        for p in backend.ledger.pay_ins.of(visible(backend, call))
        if matches(p.currency, q.get("currency"))
        and within(p.amount, q.get("minTransactionAmount"), q.get("maxTransactionAmount"))
        and between(
            p.at.date().isoformat(), q.get("minTransactionDate"), q.get("maxTransactionDate")
        )
    )
    return listing(call, "transactionList", pay_ins, render.pay_in)


# ---- payments -------------------------------------------------------------------------------


def payment_order(backend: Backend, call: Call) -> tuple[str, PaymentOrder]:
    """The acting client and what it asks to pay; validation and creation read it alike."""
    body = call.body
    client_id = acting(backend, call)
    order = PaymentOrder(
        currency=body["currency"],
        amount=body["amount"],
        payment_date=body["paymentDate"],
        beneficiary_id=body["beneficiaryId"],
        payment_type=body["paymentType"],
        reason_code=body["reasonCode"],
        reason=body.get("reason"),
        payment_reference=body["paymentReference"],
        external_id=body.get("externalId"),
        on_behalf_of=None if client_id == caller(call).client_id else client_id,
    )
    return client_id, order


@operation("validatePayment")
def validate_payment(backend: Backend, call: Call) -> Answer:
    client_id, order = payment_order(backend, call)
    terms = backend.payments.terms(client_id, order)
    body = {
        "currency": order.currency,
        "amount": terms.price.amount,
        "paymentDate": terms.payment_date.isoformat(),
        "beneficiaryId": order.beneficiary_id,
        "paymentType": terms.payment_type,
        "reasonCode": order.reason_code,
        "reason": order.reason,
        "paymentReference": order.payment_reference,
        "feeQuoteReference": backend.payments.new_id(),
        **render.price(terms.price),
        **render.pay_in_instructions(
            backend.ledger, client_id, order.currency, terms.price.has_enough_balance
        ),
    }
    return Answer(body)


@operation("createPayment")
def create_payment(backend: Backend, call: Call) -> Answer:
    payment = backend.payments.create(*payment_order(backend, call))
    return Answer(render.payment(backend.ledger, payment))


@operation("listPayments")
def list_payments(backend: Backend, call: Call) -> Answer:
    q = call.query
    clients = visible(backend, call)
    payments: Iterator[Any] = backend.payments.records.of(clients)
    filters = set(q) - {"pageNumber", "pageSize", "scope", "onBehalfOf"}
    total = backend.payments.records.count(clients) if not filters else None
    if filters:
        payments = (
            p
            for p in payments
            if between(
                p.created_at.date().isoformat(), q.get("minCreationDate"), q.get("maxCreationDate")
            )
            and between(
                p.payment_date.isoformat(), q.get("minPaymentDate"), q.get("maxPaymentDate")
            )
            and matches(p.order.payment_reference, q.get("reference"))
            and matches(p.order.currency, q.get("currency"))
            and within(p.price.amount, q.get("minAmount"), q.get("maxAmount"))
            and matches(p.order.beneficiary_id, q.get("beneficiaryId"))
            and matches(p.status, q.get("paymentStatus"))
        )
    return listing(call, "paymentList", payments, render.payment_list_item, total)


@operation("getPayment")
def get_payment(backend: Backend, call: Call) -> Answer:
    payment = backend.payments.get(acting(backend, call), call.path["id"])
    return Answer(render.payment_detail(payment))


@operation("getPaymentByExternalId")
def get_payment_by_external_id(backend: Backend, call: Call) -> Answer:
    payment = backend.payments.by_external_id(acting(backend, call), call.path["id"])
    return Answer(render.payment_detail(payment))


@operation("cancelPayment")
def cancel_payment(backend: Backend, call: Call) -> Answer:
    backend.payments.cancel(backend.payments.get(acting(backend, call), call.path["id"]))
    return Answer()


@operation("cancelPaymentByExternalId")
def cancel_payment_by_external_id(backend: Backend, call: Call) -> Answer:
    client_id = acting(backend, call)
    backend.payments.cancel(backend.payments.by_external_id(client_id, call.path["id"]))
    return Answer()


# ---- beneficiaries --------------------------------------------------------------------------


@operation("createBeneficiary")
def create_beneficiary(backend: Backend, call: Call) -> Answer:
    client_id = acting(backend, call)
    beneficiary = backend.beneficiaries.create(client_id, documented_fields(call.body))
    return Answer(render.beneficiary(beneficiary))


@operation("validateBeneficiary")
def validate_beneficiary(backend: Backend, call: Call) -> Answer:
    acting(backend, call)
    fields = documented_fields(call.body)
    backend.beneficiaries.check(fields)
    body = {
        "bankName": fields["bankName"],
        "bankAccountType": None,
        "bankAddress": fields["bankAddress"],
    }
    return Answer(body)


@operation("listBeneficiaries")
def list_beneficiaries(backend: Backend, call: Call) -> Answer:
    q = call.query
    clients = visible(backend, call)
    beneficiaries: Iterator[Any] = backend.beneficiaries.records.of(clients)
    filters = set(q) - {"pageNumber", "pageSize", "scope", "onBehalfOf"}
    total = backend.beneficiaries.records.count(clients) if not filters else None
    if filters:
        name = str(q.get("beneficiaryName", "")).lower()
        beneficiaries = (
            b
            for b in beneficiaries
            if name in b.fields["name"].lower()
            and matches(b.fields["currency"], q.get("currency"))
            and matches(b.fields["bankAccountCountry"], q.get("bankCountry"))
            and ("paymentType" not in q or q["paymentType"] in b.fields["paymentTypeList"])
            and matches(b.external_id, q.get("externalId"))
        )
    return listing(call, "beneficiaryList", beneficiaries, render.beneficiary_summary, total)


@operation("getBeneficiary")
def get_beneficiary(backend: Backend, call: Call) -> Answer:
    beneficiary = backend.beneficiaries.get(acting(backend, call), call.path["id"])
    return Answer(render.beneficiary(beneficiary))


@operation("getBeneficiaryByExternalId")
def get_beneficiary_by_external_id(backend: Backend, call: Call) -> Answer:
    beneficiary = backend.beneficiaries.by_external_id(acting(backend, call), call.path["id"])
    return Answer(render.beneficiary(beneficiary))


@operation("updateBeneficiary")
def update_beneficiary(backend: Backend, call: Call) -> Answer:
    beneficiary = backend.beneficiaries.get(acting(backend, call), call.path["id"])
    return Answer(render.beneficiary(backend.beneficiaries.update(beneficiary, call.body)))


@operation("deleteBeneficiary")
def delete_beneficiary(backend: Backend, call: Call) -> Answer:
    backend.beneficiaries.delete(backend.beneficiaries.get(acting(backend, call), call.path["id"]))
    return Answer()


@operation("deleteBeneficiaryByExternalId")
def delete_beneficiary_by_external_id(backend: Backend, call: Call) -> Answer:
    client_id = acting(backend, call)
    backend.beneficiaries.delete(backend.beneficiaries.by_external_id(client_id, call.path["id"]))
    return Answer()


# ---- conversions ----------------------------------------------------------------------------


@operation("createConversionQuote")
def create_conversion_quote(backend: Backend, call: Call) -> Answer:
    body = call.body
    quote = backend.conversions.quote(
        acting(backend, call),
        body["sellCurrency"],
        body["buyCurrency"],
        body["amount"],
        body["fixedSide"],
        body["conversionDate"],
    )
    return Answer(render.quote(quote))


@operation("createConversion")
def create_conversion(backend: Backend, call: Call) -> Answer:
    body = call.body
    conversion = backend.conversions.convert(
        acting(backend, call), body["quoteId"], body["externalId"], body["termAgreement"]
    )
    return Answer(render.conversion(conversion))


@operation("listConversions")
def list_conversions(backend: Backend, call: Call) -> Answer:
    q = call.query
    conversions = (
        c
        for c in backend.conversions.records.of(visible(backend, call))
        if matches(c.quote.sell_currency, q.get("sellCurrency"))
        and matches(c.quote.buy_currency, q.get("buyCurrency"))
        and within(c.quote.sell_amount, q.get("minSellAmount"), q.get("maxSellAmount"))
        and within(c.quote.buy_amount, q.get("minBuyAmount"), q.get("maxBuyAmount"))
        and matches(c.status, q.get("status"))
        and between(
            c.quote.settles_at.date().isoformat(),
            q.get("minSettlementDate"),
            q.get("maxSettlementDate"),
        )
        and between(
            c.created_at.date().isoformat(), q.get("minCreationDate"), q.get("maxCreationDate")
        )
        and matches(c.transaction_reference, q.get("transactionReference"))
    )
    return listing(call, "conversionList", conversions, render.conversion)


@operation("getConversion")
def get_conversion(backend: Backend, call: Call) -> Answer:
    conversion = backend.conversions.get(acting(backend, call), call.path["id"])
    return Answer(render.conversion(conversion))


@operation("getConversionByExternalId")
def get_conversion_by_external_id(backend: Backend, call: Call) -> Answer:
    conversion = backend.conversions.by_external_id(acting(backend, call), call.path["id"])
    return Answer(render.conversion(conversion))


# ---- linked clients -------------------------------------------------------------------------


@operation("createLinkedClient")
def create_linked_client(backend: Backend, call: Call) -> Answer:
    client = backend.add_linked_client(caller(call).client_id, dict(call.body))
    return Answer(render.linked_client(client))


@operation("listLinkedClients")
def list_linked_clients(backend: Backend, call: Call) -> Answer:
    q = call.query
    clients = (
        c
        for c in backend.clients.records.of([caller(call).client_id])
        if matches(c.status, q.get("status"))
        and matches(c.details.get("nickname"), q.get("nickname"))
        and matches(c.internal_id, q.get("internalId"))
    )
    return listing(call, "clientList", clients, render.linked_client_summary)


@operation("getLinkedClient")
def get_linked_client(backend: Backend, call: Call) -> Answer:
    client = backend.clients.linked_client(caller(call).client_id, call.path["id"])
    return Answer(render.linked_client(client))


# ---- transfers ------------------------------------------------------------------------------


@operation("createTransfer")
def create_transfer(backend: Backend, call: Call) -> Answer:
    body = call.body
    transfer = backend.transfers.create(
        family=backend.clients.family(caller(call).client_id),
        sender=acting(backend, call),
        receiver=body["receiverClientId"],
        currency=body["currency"],
        amount=body["amount"],
        external_id=body["externalId"],
        transfer_reference=body.get("transferReference"),
        transfer_reason=body.get("transferReason"),
    )
    return Answer(render.transfer(transfer))


@operation("listTransfers")
def list_transfers(backend: Backend, call: Call) -> Answer:
    transfers = backend.transfers.records.of(visible(backend, call))
    return listing(call, "transferList", transfers, render.transfer)


@operation("getTransfer")
def get_transfer(backend: Backend, call: Call) -> Answer:
    transfer = backend.transfers.visible(acting(backend, call), call.path["id"])
    return Answer(render.transfer(transfer))


@operation("getTransferByExternalId")
def get_transfer_by_external_id(backend: Backend, call: Call) -> Answer:
    transfer = backend.transfers.by_external_id(acting(backend, call), call.path["id"])
    return Answer(render.transfer(transfer))


# ---- reference data -------------------------------------------------------------------------


def known_currency(code: str, field: str) -> str:
    if code not in reference.CURRENCIES:
        raise NotFound(f"{code} is not a currency SettleGo offers", field)
    return code


def known_country(code: str, field: str = "alpha2Code") -> str:
    if code not in reference.COUNTRIES:
        raise NotFound(f"{code} is not a country SettleGo knows", field)
    return code


@operation("listCurrencies")
def list_currencies(backend: Backend, call: Call) -> Answer:
    return Answer({"currencyList": [reference.currency_json(c) for c in reference.CURRENCIES]})


@operation("getCurrency")
def get_currency(backend: Backend, call: Call) -> Answer:
    code = known_currency(call.path["code"], "code")
    return Answer({"currencyList": [reference.currency_json(code)]})


@operation("listCountries")
def list_countries(backend: Backend, call: Call) -> Answer:
    return Answer({"countryList": [reference.country_json(c) for c in reference.COUNTRIES]})


@operation("getCountry")
def get_country(backend: Backend, call: Call) -> Answer:
    return Answer(reference.country_json(known_country(call.path["alpha2Code"])))


@operation("listStates")
def list_states(backend: Backend, call: Call) -> Answer:
    country = known_country(call.path["alpha2Code"])
    codes = reference.STATES.get(country, {})
    return Answer({"stateList": [reference.state_json(country, code) for code in codes]})


@operation("getState")
def get_state(backend: Backend, call: Call) -> Answer:
    country = known_country(call.path["alpha2Code"])
    code = call.path["code"]
    if code not in reference.STATES.get(country, {}):
        raise NotFound(f"{country} has no state {code}", "code")
    return Answer(reference.state_json(country, code))


@operation("listPaymentDates")
def list_payment_dates(backend: Backend, call: Call) -> Answer:
    known_currency(call.query["currency"], "currency")
    now = backend.clock.now()
    body = {
        "firstAvailablePaymentDate": reference.first_working_day(now).isoformat(),
        "unavailablePaymentDateList": reference.unavailable_dates(now),
    }
    return Answer(body)


@operation("listConversionDates")
def list_conversion_dates(backend: Backend, call: Call) -> Answer:
    pair = call.query["currencyPair"]
    known_currency(pair[:3], "currencyPair")
    known_currency(pair[3:], "currencyPair")
    now = backend.clock.now()
    first = reference.first_working_day(now).isoformat()
    body = {
        "firstAvailableConversionDate": first,
        "mandatoryConversionDate": first,
        "unavailableConversionDateList": reference.unavailable_dates(now),
    }
    return Answer(body)


@operation("getBeneficiaryRequiredDetails")
def get_beneficiary_required_details(backend: Backend, call: Call) -> Answer:
    q = call.query
    currency = known_currency(q["currency"], "currency")
    known_country(q["bankAccountCountry"], "bankAccountCountry")
    if "beneficiaryCountry" in q:
        known_country(q["beneficiaryCountry"], "beneficiaryCountry")
    return Answer({"metadataList": reference.requirements(currency, q["beneficiaryType"])})
