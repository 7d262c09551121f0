"""Contract tests for the generated SettleGo client: one test per operation of specs/settlego.yaml.

Each test sends the request the spec documents as the operation's example through the generated
client to a fresh, strict simulator (which refuses to send any answer the spec does not allow),
then checks the typed result: status 200, the model of the 200 response, and the values that
show the call did what the operation promises.

An example is changed only where it has to name something that exists in the simulator (ids,
the receiver of a transfer, the login credentials, a date window); every change is spelled out
where it is made. Prerequisite state is created through the generated client as well; only a
pay-in, which SettleGo receives from outside, is credited through the simulator's control API.

The webhook operations of the spec are received by the partner, not called through the client;
tests/test_settlego_webhooks.py covers them.
"""

from __future__ import annotations

import copy
import datetime
import enum
import re
import typing
from http import HTTPStatus
from types import ModuleType
from typing import Any, TypeVar

import httpx
import pytest
from settlego_client import AuthenticatedClient, Client
from settlego_client.api.authentication import end_session, start_session
from settlego_client.api.beneficiaries import (
    create_beneficiary,
    delete_beneficiary,
    delete_beneficiary_by_external_id,
    get_beneficiary,
    get_beneficiary_by_external_id,
    list_beneficiaries,
    update_beneficiary,
    validate_beneficiary,
)
from settlego_client.api.conversions import (
    create_conversion,
    create_conversion_quote,
    get_conversion,
    get_conversion_by_external_id,
    list_conversions,
)
from settlego_client.api.currency_accounts import (
    create_currency_account,
    get_currency_account,
    list_balance_histories,
    list_currency_accounts,
)
from settlego_client.api.linked_clients import (
    create_linked_client,
    get_linked_client,
    list_linked_clients,
)
from settlego_client.api.pay_ins import get_pay_in, list_pay_ins
from settlego_client.api.payments import (
    cancel_payment,
    cancel_payment_by_external_id,
    create_payment,
    get_payment,
    get_payment_by_external_id,
    list_payments,
    validate_payment,
)
from settlego_client.api.reference_data import (
    get_beneficiary_required_details,
    get_country,
    get_currency,
    get_state,
    list_conversion_dates,
    list_countries,
    list_currencies,
    list_payment_dates,
    list_states,
)
from settlego_client.api.transfers import (
    create_transfer,
    get_transfer,
    get_transfer_by_external_id,
    list_transfers,
)
from settlego_client.models import (
    BalanceHistoryListResponse,
    Beneficiary,
    BeneficiaryListResponse,
    BeneficiaryRequiredDetails,
    BeneficiaryType,
    BeneficiaryValidation,
    Conversion,
    ConversionDates,
    ConversionListResponse,
    ConversionQuote,
    ConversionQuoteFixedSide,
    ConversionStatus,
    Country,
    CountryListResponse,
    CreateCurrencyAccountRequest,
    CurrencyAccount,
    CurrencyAccountListResponse,
    CurrencyAccountStatus,
    CurrencyListResponse,
    ErrorResponse,
    LinkedClient,
    LinkedClientLegalEntityType,
    LinkedClientListResponse,
    LoginResponse,
    PayIn,
    PayInListResponse,
    Payment,
    PaymentDates,
    PaymentDetail,
    PaymentListResponse,
    PaymentStatus,
    PaymentType,
    PaymentValidation,
    State,
    StateListResponse,
    Transfer,
    TransferListResponse,
    TransferStatus,
)
from settlego_client.types import UNSET, Response, Unset

from corridor.providers.control import SimulatorControl
from corridor.settlego import SettleGoError, session_of
from corridor.simulator import Simulator
from corridor.simulator.settlego import DEFAULT_API_KEY, DEFAULT_LOGIN_ID
from corridor.spec import iter_operations, load_spec

SPEC = load_spec("settlego")
OPERATIONS = {
    operation.operation_id: operation.definition
    for operation in iter_operations(SPEC)
    if operation.kind == "path" and operation.operation_id
}

# externalIds of the documented examples; every test has a fresh simulator, so they are unique
BENEFICIARY_EXTERNAL_ID = "12345678-1234-5678-1234-567812345678"
PAYMENT_EXTERNAL_ID = "testBankExt12"  # the cancel-by-externalId example; create shows none
CONVERSION_EXTERNAL_ID = "123434"
TRANSFER_EXTERNAL_ID = "REF14"

# covers the documented payment (GBP 358870) and its fee
PAYMENT_FUNDING = "360000.00"

Model = TypeVar("Model")


# ---- the documented examples, as generated request models and arguments ---------------------


def operation_id(operation: ModuleType) -> str:
    """`settlego_client.api.payments.list_pay_ins` -> `listPayIns`."""
    first, *rest = operation.__name__.rsplit(".", 1)[-1].split("_")
    return first + "".join(word.capitalize() for word in rest)


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (`#/components/...`) of the spec."""
    while "$ref" in node:
        target: Any = SPEC
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def documented_body(
    operation: ModuleType, example: str | None = None, /, **replacements: Any
) -> Any:
    """The operation's documented request example (the first, or the one named) as its
    generated request model, with `replacements` (JSON field names) applied."""
    content = OPERATIONS[operation_id(operation)]["requestBody"]["content"]["application/json"]
    fields = resolve(content["schema"]).get("properties", {})
    assert set(replacements) <= set(fields), (
        f"not request fields: {set(replacements) - set(fields)}"
    )
    examples = content["examples"]
    value = copy.deepcopy(examples[example or next(iter(examples))]["value"])
    request_model = typing.get_type_hints(operation.sync_detailed)["body"]
    return request_model.from_dict(value | replacements)


def documented_arguments(operation: ModuleType, /, **replacements: Any) -> dict[str, Any]:
    """The operation's documented parameter examples, with `replacements` (spec parameter names)
    applied, as keyword arguments of its `sync_detailed` (typed: dates, enums)."""
    values: dict[str, Any] = {}
    for listed in OPERATIONS[operation_id(operation)].get("parameters", []):
        parameter = resolve(listed)
        examples = parameter.get("schema", {}).get("examples", [])
        if "example" in parameter:
            values[parameter["name"]] = parameter["example"]
        elif examples:
            values[parameter["name"]] = examples[0]
    values |= replacements
    hints = typing.get_type_hints(operation.sync_detailed)
    python_names = {name.replace("_", ""): name for name in hints}
    arguments = {}
    for name, value in values.items():
        python_name = python_names[name.lower()]
        arguments[python_name] = typed(value, hints[python_name])
    return arguments


def typed(value: Any, annotation: Any) -> Any:
    """A JSON example value as the Python type the generated function takes."""
    for candidate in typing.get_args(annotation) or (annotation,):
        if candidate is datetime.date and isinstance(value, str):
            return datetime.date.fromisoformat(value)
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate(value)
    return value


# ---- the typed result --------------------------------------------------------------------


def ok(response: Response[Any], model: type[Model]) -> Model:
    """The parsed 200 answer, which must be an instance of the generated `model`."""
    assert response.status_code == HTTPStatus.OK, response.content
    assert isinstance(response.parsed, model), response.parsed
    return response.parsed


def ok_without_body(response: Response[Any]) -> None:
    assert response.status_code == HTTPStatus.OK, response.content
    assert response.parsed is None


# ---- prerequisite state, made through the generated client -------------------------------


def today(control: SimulatorControl) -> datetime.date:
    return datetime.datetime.fromisoformat(control.now()).date()


def open_account(
    client: AuthenticatedClient, currency: str, *, on_behalf_of: str | Unset = UNSET
) -> CurrencyAccount:
    response = create_currency_account.sync_detailed(
        client=client,
        body=CreateCurrencyAccountRequest(currency=currency),
        on_behalf_of=on_behalf_of,
    )
    return ok(response, CurrencyAccount)


def add_beneficiary(client: AuthenticatedClient) -> Beneficiary:
    """The documented corporate GBP beneficiary (IBAN and BIC, paid by `standard`)."""
    response = create_beneficiary.sync_detailed(
        client=client, body=documented_body(create_beneficiary)
    )
    return ok(response, Beneficiary)


def prepare_payment(client: AuthenticatedClient, control: SimulatorControl) -> Beneficiary:
    """A GBP account holding enough for the documented payment, and a beneficiary to pay."""
    open_account(client, "GBP")
    control.credit("GBP", PAYMENT_FUNDING)
    return add_beneficiary(client)


def make_payment(
    client: AuthenticatedClient, control: SimulatorControl, **replacements: Any
) -> Payment:
    """The documented payment, to the beneficiary made for it."""
    beneficiary = prepare_payment(client, control)
    body = documented_body(create_payment, beneficiaryId=beneficiary.id, **replacements)
    return ok(create_payment.sync_detailed(client=client, body=body), Payment)


def add_linked_client(client: AuthenticatedClient) -> LinkedClient:
    """The documented corporate linked client."""
    response = create_linked_client.sync_detailed(
        client=client, body=documented_body(create_linked_client, "corporate")
    )
    return ok(response, LinkedClient)


def quote(client: AuthenticatedClient) -> ConversionQuote:
    """The documented quote: buy USD 10.00, selling GBP."""
    response = create_conversion_quote.sync_detailed(
        client=client, body=documented_body(create_conversion_quote)
    )
    return ok(response, ConversionQuote)


def prepare_conversion(client: AuthenticatedClient) -> ConversionQuote:
    """GBP and USD accounts, and a fresh quote between them."""
    open_account(client, "GBP")
    open_account(client, "USD")
    return quote(client)


def convert(client: AuthenticatedClient) -> Conversion:
    """The documented conversion, accepting a fresh quote."""
    fresh = prepare_conversion(client)
    body = documented_body(create_conversion, quoteId=fresh.id)
    return ok(create_conversion.sync_detailed(client=client, body=body), Conversion)


def prepare_transfer(client: AuthenticatedClient, control: SimulatorControl) -> LinkedClient:
    """A funded GBP account of the main client, and a linked client with a GBP account."""
    open_account(client, "GBP")
    control.credit("GBP", "100.00")
    linked = add_linked_client(client)
    open_account(client, "GBP", on_behalf_of=linked.id)
    return linked


def make_transfer(client: AuthenticatedClient, control: SimulatorControl) -> Transfer:
    """The documented transfer (GBP 20), from the main client to its linked client."""
    linked = prepare_transfer(client, control)
    body = documented_body(create_transfer, receiverClientId=linked.id)
    return ok(create_transfer.sync_detailed(client=client, body=body), Transfer)


# ---- Authentication ----------------------------------------------------------------------


def test_start_session(settlego_transport: httpx.BaseTransport, settlego_base_url: str) -> None:
    anonymous = Client(base_url=settlego_base_url, httpx_args={"transport": settlego_transport})
    # the documented loginId/apiKey are not an account; log in with the simulator's account
    body = documented_body(start_session, loginId=DEFAULT_LOGIN_ID, apiKey=DEFAULT_API_KEY)

    login = ok(start_session.sync_detailed(client=anonymous, body=body), LoginResponse)

    assert login.token
    assert login.tfa_enabled is False


def test_end_session(
    settlego_client: AuthenticatedClient,
    settlego_transport: httpx.BaseTransport,
    settlego_base_url: str,
) -> None:
    token = session_of(settlego_client).token
    assert token is not None

    ok_without_body(end_session.sync_detailed(client=settlego_client))

    old_token_client = AuthenticatedClient(
        base_url=settlego_base_url,
        token=token,
        prefix="",
        auth_header_name="x-auth-token",
        httpx_args={"transport": settlego_transport},
    )
    refused = list_currencies.sync_detailed(client=old_token_client)
    assert refused.status_code == HTTPStatus.UNAUTHORIZED
    assert isinstance(refused.parsed, ErrorResponse)


# ---- Currency accounts -------------------------------------------------------------------


def test_list_currency_accounts(settlego_client: AuthenticatedClient) -> None:
    open_account(settlego_client, "GBP")
    open_account(settlego_client, "USD")

    response = list_currency_accounts.sync_detailed(
        client=settlego_client, **documented_arguments(list_currency_accounts)
    )

    page = ok(response, CurrencyAccountListResponse)
    assert [account.currency for account in page.currency_account_list] == ["GBP"]


def test_create_currency_account(settlego_client: AuthenticatedClient) -> None:
    response = create_currency_account.sync_detailed(
        client=settlego_client, body=documented_body(create_currency_account)
    )

    account = ok(response, CurrencyAccount)
    assert account.currency == "USD"
    assert account.status == CurrencyAccountStatus.ACTIVE
    assert account.balance == 0


def test_get_currency_account(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    open_account(settlego_client, "GBP")
    simulator_control.credit("GBP", "12.50")

    response = get_currency_account.sync_detailed(
        client=settlego_client, **documented_arguments(get_currency_account)
    )

    account = ok(response, CurrencyAccount)
    assert account.currency == "GBP"
    assert account.balance == 12.5


def test_list_balance_histories(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    open_account(settlego_client, "GBP")
    simulator_control.credit("GBP", "100.00")
    day = today(simulator_control)

    response = list_balance_histories.sync_detailed(
        client=settlego_client,
        # the documented window (2017) lies before the simulator's clock and would hide every day
        **documented_arguments(list_balance_histories, minDate=day, maxDate=day),
    )

    page = ok(response, BalanceHistoryListResponse)
    [entry] = page.balance_list
    assert (entry.currency, entry.date) == ("GBP", day)
    assert (entry.opening_balance, entry.closing_balance) == (0, 100)


# ---- Pay-ins -----------------------------------------------------------------------------


def test_get_pay_in(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    open_account(settlego_client, "GBP")
    pay_in_id = simulator_control.credit("GBP", "250.00")["id"]

    response = get_pay_in.sync_detailed(
        client=settlego_client, **documented_arguments(get_pay_in, id=pay_in_id)
    )

    pay_in = ok(response, PayIn)
    assert pay_in.id == pay_in_id
    assert (pay_in.currency, pay_in.amount) == ("GBP", 250)


def test_list_pay_ins(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    open_account(settlego_client, "GBP")
    pay_in_id = simulator_control.credit("GBP", "250.00")["id"]
    day = today(simulator_control)

    response = list_pay_ins.sync_detailed(
        client=settlego_client,
        # the documented window (2017) lies before the simulator's clock and would hide every pay-in
        **documented_arguments(list_pay_ins, minTransactionDate=day, maxTransactionDate=day),
    )

    page = ok(response, PayInListResponse)
    assert [pay_in.id for pay_in in page.transaction_list] == [pay_in_id]


# ---- Payments ----------------------------------------------------------------------------


def test_list_payments(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    payment = make_payment(settlego_client, simulator_control)
    day = today(simulator_control)

    response = list_payments.sync_detailed(
        client=settlego_client,
        # the documented windows (2017) lie before the simulator's clock and would hide every
        # payment; the documented minAmount (10) stays
        **documented_arguments(
            list_payments,
            minCreationDate=day,
            maxCreationDate=day,
            minPaymentDate=day,
            maxPaymentDate=day,
        ),
    )

    page = ok(response, PaymentListResponse)
    assert [listed.id for listed in page.payment_list] == [payment.id]
    assert page.pagination.total_entry_count == 1


def test_create_payment(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    beneficiary = prepare_payment(settlego_client, simulator_control)
    # the documented feeQuoteReference is kept: the simulator does not tie it to a validation
    body = documented_body(create_payment, beneficiaryId=beneficiary.id)

    payment = ok(create_payment.sync_detailed(client=settlego_client, body=body), Payment)

    assert (payment.currency, payment.amount) == ("GBP", 358870)
    assert payment.beneficiary_id == beneficiary.id
    assert payment.payment_type == PaymentType.STANDARD
    assert payment.has_enough_balance is True


def test_validate_payment(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    beneficiary = prepare_payment(settlego_client, simulator_control)
    body = documented_body(validate_payment, beneficiaryId=beneficiary.id)

    response = validate_payment.sync_detailed(client=settlego_client, body=body)

    validation = ok(response, PaymentValidation)
    assert (validation.currency, validation.amount) == ("GBP", 400)
    assert validation.total_debit_amount == validation.amount + validation.total_fees
    assert validation.has_enough_balance is True


def test_get_payment(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    payment = make_payment(settlego_client, simulator_control)

    response = get_payment.sync_detailed(
        client=settlego_client, **documented_arguments(get_payment, id=payment.id)
    )

    detail = ok(response, PaymentDetail)
    assert (detail.id, detail.amount) == (payment.id, 358870)
    assert detail.beneficiary_name == "Mysterious Beneficiary"


def test_get_payment_by_external_id(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    payment = make_payment(settlego_client, simulator_control, externalId=PAYMENT_EXTERNAL_ID)

    response = get_payment_by_external_id.sync_detailed(
        client=settlego_client,
        **documented_arguments(get_payment_by_external_id, id=PAYMENT_EXTERNAL_ID),
    )

    detail = ok(response, PaymentDetail)
    assert (detail.id, detail.external_id) == (payment.id, PAYMENT_EXTERNAL_ID)


def test_cancel_payment(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    payment = make_payment(settlego_client, simulator_control)

    ok_without_body(
        cancel_payment.sync_detailed(
            client=settlego_client, **documented_arguments(cancel_payment, id=payment.id)
        )
    )

    detail = ok(get_payment.sync_detailed(payment.id, client=settlego_client), PaymentDetail)
    assert detail.payment_status == PaymentStatus.CANCELED


def test_cancel_payment_by_external_id(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    # the create example carries no externalId; the payment gets the one this example cancels
    payment = make_payment(settlego_client, simulator_control, externalId=PAYMENT_EXTERNAL_ID)

    ok_without_body(
        cancel_payment_by_external_id.sync_detailed(
            client=settlego_client, **documented_arguments(cancel_payment_by_external_id)
        )
    )

    detail = ok(get_payment.sync_detailed(payment.id, client=settlego_client), PaymentDetail)
    assert detail.payment_status == PaymentStatus.CANCELED


# ---- Beneficiaries -----------------------------------------------------------------------


def test_list_beneficiaries(settlego_client: AuthenticatedClient) -> None:
    beneficiary = add_beneficiary(settlego_client)

    response = list_beneficiaries.sync_detailed(
        client=settlego_client, **documented_arguments(list_beneficiaries)
    )

    page = ok(response, BeneficiaryListResponse)
    [summary] = page.beneficiary_list
    assert (summary.id, summary.beneficiary_name) == (beneficiary.id, "Mysterious Beneficiary")


def test_create_beneficiary(settlego_client: AuthenticatedClient) -> None:
    response = create_beneficiary.sync_detailed(
        client=settlego_client, body=documented_body(create_beneficiary)
    )

    beneficiary = ok(response, Beneficiary)
    assert beneficiary.name == "Mysterious Beneficiary"
    assert beneficiary.external_id == BENEFICIARY_EXTERNAL_ID
    assert beneficiary.payment_type_list == [PaymentType.STANDARD]


def test_validate_beneficiary(settlego_client: AuthenticatedClient) -> None:
    response = validate_beneficiary.sync_detailed(
        client=settlego_client, body=documented_body(validate_beneficiary)
    )

    validation = ok(response, BeneficiaryValidation)
    assert validation.bank_name == "ABCD BANK"
    assert validation.bank_address == "12345 Main Street"
    assert validation.bank_account_type is None


def test_get_beneficiary(settlego_client: AuthenticatedClient) -> None:
    beneficiary = add_beneficiary(settlego_client)

    response = get_beneficiary.sync_detailed(
        client=settlego_client, **documented_arguments(get_beneficiary, id=beneficiary.id)
    )

    fetched = ok(response, Beneficiary)
    assert fetched.id == beneficiary.id
    assert fetched.iban == "GB85CLRB04050900000281"


def test_update_beneficiary(settlego_client: AuthenticatedClient) -> None:
    beneficiary = add_beneficiary(settlego_client)

    response = update_beneficiary.sync_detailed(
        beneficiary.id, client=settlego_client, body=documented_body(update_beneficiary)
    )

    updated = ok(response, Beneficiary)
    assert updated.id == beneficiary.id
    assert updated.name == "Sandbox Tester Updated"
    assert updated.iban == "GB11000010015555999966"
    assert updated.external_id == "12365748-1234-4444-1234-567812345678"


def test_delete_beneficiary(settlego_client: AuthenticatedClient) -> None:
    beneficiary = add_beneficiary(settlego_client)

    ok_without_body(
        delete_beneficiary.sync_detailed(
            client=settlego_client, **documented_arguments(delete_beneficiary, id=beneficiary.id)
        )
    )

    with pytest.raises(SettleGoError) as gone:
        get_beneficiary.sync_detailed(beneficiary.id, client=settlego_client)
    assert gone.value.status_code == HTTPStatus.NOT_FOUND


def test_get_beneficiary_by_external_id(settlego_client: AuthenticatedClient) -> None:
    beneficiary = add_beneficiary(settlego_client)

    response = get_beneficiary_by_external_id.sync_detailed(
        client=settlego_client,
        **documented_arguments(get_beneficiary_by_external_id, id=BENEFICIARY_EXTERNAL_ID),
    )

    fetched = ok(response, Beneficiary)
    assert (fetched.id, fetched.external_id) == (beneficiary.id, BENEFICIARY_EXTERNAL_ID)


def test_delete_beneficiary_by_external_id(settlego_client: AuthenticatedClient) -> None:
    beneficiary = add_beneficiary(settlego_client)

    ok_without_body(
        delete_beneficiary_by_external_id.sync_detailed(
            client=settlego_client,
            **documented_arguments(delete_beneficiary_by_external_id, id=BENEFICIARY_EXTERNAL_ID),
        )
    )

    with pytest.raises(SettleGoError) as gone:
        get_beneficiary.sync_detailed(beneficiary.id, client=settlego_client)
    assert gone.value.status_code == HTTPStatus.NOT_FOUND


# ---- Conversions -------------------------------------------------------------------------


def test_create_conversion_quote(settlego_client: AuthenticatedClient) -> None:
    open_account(settlego_client, "GBP")  # a quote needs both currency accounts
    open_account(settlego_client, "USD")
    response = create_conversion_quote.sync_detailed(
        client=settlego_client, body=documented_body(create_conversion_quote)
    )

    offer = ok(response, ConversionQuote)
    assert (offer.sell_currency, offer.buy_currency) == ("GBP", "USD")
    assert (offer.fixed_side, offer.buy_amount) == (ConversionQuoteFixedSide.BUY, 10)
    assert offer.sell_amount > 0


def test_list_conversions(settlego_client: AuthenticatedClient) -> None:
    conversion = convert(settlego_client)

    response = list_conversions.sync_detailed(
        client=settlego_client, **documented_arguments(list_conversions)
    )

    page = ok(response, ConversionListResponse)
    assert [listed.id for listed in page.conversion_list] == [conversion.id]


def test_create_conversion(settlego_client: AuthenticatedClient) -> None:
    fresh = prepare_conversion(settlego_client)
    body = documented_body(create_conversion, quoteId=fresh.id)

    conversion = ok(create_conversion.sync_detailed(client=settlego_client, body=body), Conversion)

    assert conversion.external_id == CONVERSION_EXTERNAL_ID
    assert (conversion.sell_amount, conversion.buy_amount) == (fresh.sell_amount, 10)
    assert conversion.status == ConversionStatus.PENDING_AWAITING_FUNDS


def test_get_conversion(settlego_client: AuthenticatedClient) -> None:
    conversion = convert(settlego_client)

    response = get_conversion.sync_detailed(
        client=settlego_client, **documented_arguments(get_conversion, id=conversion.id)
    )

    fetched = ok(response, Conversion)
    assert (fetched.id, fetched.buy_currency, fetched.buy_amount) == (conversion.id, "USD", 10)


def test_get_conversion_by_external_id(settlego_client: AuthenticatedClient) -> None:
    conversion = convert(settlego_client)

    response = get_conversion_by_external_id.sync_detailed(
        client=settlego_client,
        **documented_arguments(get_conversion_by_external_id, id=CONVERSION_EXTERNAL_ID),
    )

    fetched = ok(response, Conversion)
    assert (fetched.id, fetched.external_id) == (conversion.id, CONVERSION_EXTERNAL_ID)


# ---- Linked clients ----------------------------------------------------------------------


def test_list_linked_clients(settlego_client: AuthenticatedClient) -> None:
    linked = add_linked_client(settlego_client)

    response = list_linked_clients.sync_detailed(
        client=settlego_client, **documented_arguments(list_linked_clients)
    )

    page = ok(response, LinkedClientListResponse)
    [summary] = page.client_list
    assert (summary.id, summary.legal_name) == (linked.id, "TESTLAPTOP INC. 220")


@pytest.mark.parametrize(
    ("example", "entity_type", "email"),
    [
        ("corporate", LinkedClientLegalEntityType.CORPORATE, "elif@efttesting.com"),
        ("retail", LinkedClientLegalEntityType.RETAIL, "john@codespace.com"),
    ],
)
def test_create_linked_client(
    settlego_client: AuthenticatedClient,
    example: str,
    entity_type: LinkedClientLegalEntityType,
    email: str,
) -> None:
    response = create_linked_client.sync_detailed(
        client=settlego_client, body=documented_body(create_linked_client, example)
    )

    linked = ok(response, LinkedClient)
    assert (linked.legal_entity_type, linked.email) == (entity_type, email)


def test_get_linked_client(settlego_client: AuthenticatedClient) -> None:
    linked = add_linked_client(settlego_client)

    response = get_linked_client.sync_detailed(
        client=settlego_client, **documented_arguments(get_linked_client, id=linked.id)
    )

    fetched = ok(response, LinkedClient)
    assert (fetched.id, fetched.registration_number) == (linked.id, "1011010")


# ---- Transfers ---------------------------------------------------------------------------


def test_list_transfers(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    transfer = make_transfer(settlego_client, simulator_control)

    response = list_transfers.sync_detailed(
        client=settlego_client, **documented_arguments(list_transfers)
    )

    page = ok(response, TransferListResponse)
    assert [listed.id for listed in page.transfer_list] == [transfer.id]


def test_create_transfer(
    settlego_client: AuthenticatedClient,
    simulator_control: SimulatorControl,
    settlego_simulator: Simulator,
) -> None:
    linked = prepare_transfer(settlego_client, simulator_control)
    body = documented_body(create_transfer, receiverClientId=linked.id)

    transfer = ok(create_transfer.sync_detailed(client=settlego_client, body=body), Transfer)

    assert (transfer.currency, transfer.amount) == ("GBP", 20)
    assert transfer.sender_client_id == settlego_simulator.provider.backend.main_client_id
    assert transfer.receiver_client_id == linked.id
    assert transfer.transfer_status == TransferStatus.COMPLETED


def test_get_transfer(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    transfer = make_transfer(settlego_client, simulator_control)

    response = get_transfer.sync_detailed(
        client=settlego_client, **documented_arguments(get_transfer, id=transfer.id)
    )

    fetched = ok(response, Transfer)
    assert (fetched.id, fetched.amount) == (transfer.id, 20)


def test_get_transfer_by_external_id(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    transfer = make_transfer(settlego_client, simulator_control)

    response = get_transfer_by_external_id.sync_detailed(
        client=settlego_client,
        **documented_arguments(get_transfer_by_external_id, id=TRANSFER_EXTERNAL_ID),
    )

    fetched = ok(response, Transfer)
    assert (fetched.id, fetched.external_id) == (transfer.id, TRANSFER_EXTERNAL_ID)


# ---- Reference data ----------------------------------------------------------------------


def test_get_beneficiary_required_details(settlego_client: AuthenticatedClient) -> None:
    response = get_beneficiary_required_details.sync_detailed(
        client=settlego_client, **documented_arguments(get_beneficiary_required_details)
    )

    details = ok(response, BeneficiaryRequiredDetails)
    assert PaymentType.STANDARD in {entry.payment_type for entry in details.metadata_list}
    assert {entry.beneficiary_type for entry in details.metadata_list} == {
        BeneficiaryType.CORPORATE
    }


def test_list_payment_dates(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    response = list_payment_dates.sync_detailed(
        client=settlego_client, **documented_arguments(list_payment_dates)
    )

    dates = ok(response, PaymentDates)
    # the simulator's clock starts on a Monday morning, before the cut-off
    assert dates.first_available_payment_date == today(simulator_control)


def test_list_conversion_dates(
    settlego_client: AuthenticatedClient, simulator_control: SimulatorControl
) -> None:
    response = list_conversion_dates.sync_detailed(
        client=settlego_client, **documented_arguments(list_conversion_dates)
    )

    dates = ok(response, ConversionDates)
    assert dates.first_available_conversion_date == today(simulator_control)


def test_list_currencies(settlego_client: AuthenticatedClient) -> None:
    currencies = ok(list_currencies.sync_detailed(client=settlego_client), CurrencyListResponse)

    assert {"GBP", "EUR", "USD"} <= {currency.code for currency in currencies.currency_list}


def test_get_currency(settlego_client: AuthenticatedClient) -> None:
    response = get_currency.sync_detailed(
        client=settlego_client, **documented_arguments(get_currency)
    )

    [currency] = ok(response, CurrencyListResponse).currency_list
    assert (currency.code, currency.decimal_place) == ("GBP", 2)


def test_list_countries(settlego_client: AuthenticatedClient) -> None:
    countries = ok(list_countries.sync_detailed(client=settlego_client), CountryListResponse)

    assert {"GB", "US"} <= {country.alpha_2_code for country in countries.country_list}


def test_get_country(settlego_client: AuthenticatedClient) -> None:
    response = get_country.sync_detailed(
        client=settlego_client, **documented_arguments(get_country)
    )

    country = ok(response, Country)
    assert (country.alpha_2_code, country.alpha_3_code) == ("US", "USA")


def test_list_states(settlego_client: AuthenticatedClient) -> None:
    response = list_states.sync_detailed(
        client=settlego_client, **documented_arguments(list_states)
    )

    states = ok(response, StateListResponse).state_list
    assert states
    assert {state.country_alpha_2_code for state in states} == {"US"}


def test_get_state(settlego_client: AuthenticatedClient) -> None:
    response = get_state.sync_detailed(client=settlego_client, **documented_arguments(get_state))

    state = ok(response, State)
    assert (state.country_alpha_2_code, state.code) == ("US", "MD")


# ---- completeness ------------------------------------------------------------------------


def snake_case(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def test_every_operation_in_the_spec_has_a_contract_test() -> None:
    expected = {f"test_{snake_case(name)}" for name in OPERATIONS}
    written = {name for name in globals() if name.startswith("test_")} - {
        test_every_operation_in_the_spec_has_a_contract_test.__name__
    }
    assert sorted(expected - written) == [], "operations without a contract test"
    assert sorted(written - expected) == [], "tests of operations the spec no longer has"
