"""Real SettleGo objects for a contract run, made through SettleGo's own API.

Every kind of object the spec can name by id exists before Schemathesis runs: currency accounts,
pay-ins (credited through the control API when simulated; listed otherwise), beneficiaries,
payments, quotes and conversions, linked clients with accounts, transfers between them. Their ids
and externalIds are bound to the parameters that take them.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from corridor.providers.seeding import SeedContext, Seeds
from corridor.providers.settlego.credentials import API_KEY, LOGIN_ID

CURRENCIES = ("GBP", "USD", "EUR")
TRANSFERRED = 20  # GBP, the documented transfer
FUNDING = "100000000.00"  # per currency: the documented payments (GBP 358,870 each) and more


def seed(context: SeedContext) -> Seeds:
    seeds = Seeds()
    # unique per run against a real service, whose externalIds outlive the run
    run = "seed" if context.simulated else f"seed-{uuid.uuid4().hex[:8]}"
    call = context.call
    seeds.bind("body.loginId", [context.credentials[LOGIN_ID]], operations=["startSession"])
    seeds.bind("body.apiKey", [context.credentials[API_KEY]], operations=["startSession"])

    held = {account["currency"] for account in _all(context, "/currency-accounts")}
    for currency in CURRENCIES:
        if currency not in held:
            call("POST", "/currency-accounts", json={"currency": currency})
        if context.control is not None:
            context.control.credit(currency, FUNDING)
    seeds.bind("path.currency", CURRENCIES, operations=["getCurrencyAccount"])
    supported = [c["code"] for c in call("GET", "/reference/currencies")["currencyList"]]
    unopened = [code for code in supported if code not in CURRENCIES and code not in held]
    seeds.bind("body.currency", unopened, operations=["createCurrencyAccount"])
    pay_ins = [pay_in["id"] for pay_in in _all(context, "/pay-ins")]
    seeds.bind("path.id", pay_ins, operations=["getPayIn"])

    # bank details the required details of GBP accept, so generated beneficiaries can qualify
    # (not beneficiaryType: a bound value would escape the schema's retail/corporate rules)
    documented = context.documented("createBeneficiary")
    for field in ("currency", "accountNumber", "iban", "bic"):
        seeds.bind(
            f"body.{field}",
            [documented[field]],
            operations=["createBeneficiary", "validateBeneficiary"],
        )
    beneficiaries = [
        call(
            "POST",
            "/beneficiaries",
            json=context.documented("createBeneficiary", externalId=f"{run}-beneficiary-{number}"),
        )
        for number in range(6)
    ]
    _bind_ids(seeds, beneficiaries, "Beneficiary", ("get", "update"))
    # a deleted beneficiary is gone: deleting gets beneficiaries nothing else uses
    doomed = [
        call(
            "POST",
            "/beneficiaries",
            json=context.documented("createBeneficiary", externalId=f"{run}-doomed-{number}"),
        )
        for number in range(6)
    ]
    _bind_ids(seeds, doomed[:3], "Beneficiary", ("delete",), by_external_id=False)
    _bind_ids(seeds, doomed[3:], "Beneficiary", ("delete",), by_id=False)
    seeds.bind(
        "body.beneficiaryId",
        [b["id"] for b in beneficiaries],
        operations=["createPayment", "validatePayment"],
    )

    def pay(number: int) -> Any:
        body = context.documented(
            "createPayment",
            beneficiaryId=beneficiaries[number % len(beneficiaries)]["id"],
            externalId=f"{run}-payment-{number}",
        )
        return call("POST", "/payments", json=body)

    # the docs' workflow, fund -> pay -> advance -> cancel refused: payments made before the
    # clock moves are processing by the time the run cancels them
    advanced = [pay(number) for number in range(12, 16)] if context.control is not None else []
    if context.control is not None:
        context.control.advance_clock(61)
    payments = [pay(number) for number in range(12)]
    _bind_ids(seeds, payments + advanced, "Payment", ("get",))
    # a cancelled payment cannot be cancelled again: each way of cancelling gets its own
    _bind_ids(seeds, payments[:6] + advanced[:2], "Payment", ("cancel",), by_external_id=False)
    _bind_ids(seeds, payments[6:] + advanced[2:], "Payment", ("cancel",), by_id=False)
    # the simulator lets a caller name itself in onBehalfOf (the docs are silent on it)
    seeds.bind("query.onBehalfOf", {payment["clientId"] for payment in payments})
    seeds.bind("body.onBehalfOf", {payment["clientId"] for payment in payments})

    quotes = [
        call("POST", "/conversions/quotes", json=context.documented("createConversionQuote"))
        for _ in range(15)
    ]
    conversions = [
        call(
            "POST",
            "/conversions",
            json=context.documented(
                "createConversion", quoteId=quote["id"], externalId=f"{run}-conversion-{number}"
            ),
        )
        for number, quote in enumerate(quotes[:3])
    ]
    # accepted once each; the unused ones stay open on a frozen clock
    seeds.bind(
        "body.quoteId", [quote["id"] for quote in quotes[3:]], operations=["createConversion"]
    )
    seeds.bind("body.termAgreement", ["true"], operations=["createConversion"])
    # money moves only between accounts that exist: the seeded currencies
    for side in ("body.sellCurrency", "body.buyCurrency"):
        seeds.bind(side, CURRENCIES, operations=["createConversionQuote"])
    # the seeded beneficiaries are the docs' GBP one, paid by standard; linked clients hold GBP
    seeds.bind("body.currency", ["GBP"], operations=["createPayment", "validatePayment"])
    seeds.bind("body.paymentType", ["standard"], operations=["createPayment", "validatePayment"])
    seeds.bind("body.currency", ["GBP"], operations=["createTransfer"])
    # externalIds are unique per client: fresh ones, so generated creates rarely collide
    for operation in ("createBeneficiary", "createPayment", "createConversion", "createTransfer"):
        fresh = [f"{run}-{operation}-{number}" for number in range(50)]
        seeds.bind("body.externalId", fresh, operations=[operation])
    _bind_ids(seeds, conversions, "Conversion", ("get",))

    clients = [
        call("POST", "/clients", json=context.documented("createLinkedClient", "corporate"))
        for _ in range(2)
    ]
    for client in clients:
        call("POST", "/currency-accounts", json={"currency": "GBP", "onBehalfOf": client["id"]})
    client_ids = [client["id"] for client in clients]
    seeds.bind("path.id", client_ids, operations=["getLinkedClient"])
    seeds.bind("body.receiverClientId", client_ids, operations=["createTransfer"])
    # a real sandbox can only transfer what its account holds; the simulator was credited above
    gbp = Decimal(str(call("GET", "/currency-accounts/GBP")["balance"]))
    transfers = [
        call(
            "POST",
            "/transfers",
            json=context.documented(
                "createTransfer", receiverClientId=client["id"], externalId=f"{run}-transfer-{n}"
            ),
        )
        for n, client in enumerate(clients)
        if gbp >= 2 * TRANSFERRED
    ]
    _bind_ids(seeds, transfers, "Transfer", ("get",))

    _bind_reference_data(context, seeds)
    return seeds


def _bind_ids(
    seeds: Seeds,
    objects: list[Any],
    kind: str,
    verbs: tuple[str, ...],
    *,
    by_id: bool = True,
    by_external_id: bool = True,
) -> None:
    """`getPayment`/`cancelPayment` take ids; `getPaymentByExternalId`... take externalIds."""
    ids = [item["id"] for item in objects]
    external = [item["externalId"] for item in objects if item.get("externalId")]
    for verb in verbs:
        if by_id:
            seeds.bind("path.id", ids, operations=[f"{verb}{kind}"])
        if by_external_id:
            seeds.bind("path.id", external, operations=[f"{verb}{kind}ByExternalId"])


def _bind_reference_data(context: SeedContext, seeds: Seeds) -> None:
    call = context.call
    currencies = [c["code"] for c in call("GET", "/reference/currencies")["currencyList"]]
    seeds.bind("path.code", currencies, operations=["getCurrency"])
    countries = [c["alpha2Code"] for c in call("GET", "/reference/countries")["countryList"]]
    seeds.bind("path.alpha2Code", countries, operations=["getCountry", "listStates"])
    states = {
        country: [
            s["code"] for s in call("GET", f"/reference/countries/{country}/states")["stateList"]
        ]
        for country in countries
    }
    seeds.bind("path.alpha2Code", [c for c in countries if states[c]], operations=["getState"])
    seeds.bind(
        "path.code", [code for codes in states.values() for code in codes], operations=["getState"]
    )


def _all(context: SeedContext, path: str) -> list[Any]:
    """The first page of a list, as large as SettleGo allows: seeding needs some, not all."""
    answer = context.call("GET", path, params={"pageNumber": 1, "pageSize": 100})
    lists = [value for name, value in answer.items() if name != "pagination"]
    return list(lists[0])
