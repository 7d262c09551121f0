"""Contract tests for the generated sFOX client: one test per operation of specs/sfox.yaml.

Each test sends the request the spec documents as the operation's example through the generated
client to a fresh, strict simulator (which refuses to send any answer the spec does not allow),
then checks the typed result: the documented status, the model of that answer, and the values
that show the call did what the operation promises.

An example is changed only where it must name something that exists in the simulator (a user
registered first, a transfer_id just created, a code the simulator "sent"); every change is
spelled out where it is made. Operations without a documented request example (Verify Bank
Account's is a template that is not JSON, Update Setting has none) send the smallest request the
page describes. End users are registered, and user clients minted, through the generated client
as well; money from outside, withdrawals (started through the standard sFOX API) and EDD
requests (opened by sFOX) come through the simulator's control API.
"""

from __future__ import annotations

import copy
import io
import typing
from datetime import datetime, timedelta
from decimal import Decimal
from http import HTTPStatus
from types import ModuleType
from typing import Any, TypeVar

import pytest
from sfox_client import AuthenticatedClient
from sfox_client.api.end_users import (
    confirm_verification_code,
    create_edd_responses,
    create_end_user,
    create_user_auth_token,
    create_user_auth_tokens,
    deactivate_end_user,
    get_end_user,
    list_edd_prompts,
    list_edd_requests,
    list_end_users,
    request_verification_code,
    submit_documents,
)
from sfox_client.api.monetization import (
    create_monetization_setting,
    delete_monetization_setting,
    get_monetization_history,
    get_monetization_permissions,
    get_monetization_settings,
    update_monetization_setting,
)
from sfox_client.api.payments import (
    amend_plaid_processors,
    create_bank_account,
    create_plaid_bank_account,
    delete_bank_account,
    get_ach_agreement_status,
    get_ach_deposit_limit,
    get_bank_account,
    get_plaid_processors,
    get_wire_instructions,
    request_ach_onboarding,
    verify_bank_account,
)
from sfox_client.api.transfers import (
    cancel_transfer,
    confirm_transfer,
    create_transfer,
    list_transfers,
    resend_transfer_otp,
)
from sfox_client.api.withdrawals import (
    cancel_withdrawal,
    confirm_withdrawal,
    resend_withdrawal_otp,
)
from sfox_client.models import (
    AccountType,
    AchAgreementStatusResponse,
    AchDepositLimitResponse,
    BankAccountCreatedResponse,
    BankAccountMicroDeposits,
    BankAccountsResponse,
    BankAccountVerificationResponse,
    CreateEndUserRequest,
    DocumentsUploadedResponse,
    EddForm,
    EddPromptListResponse,
    EddRequestListResponse,
    EddResponsesResult,
    EndUserListResponse,
    EndUserRegistrationResponse,
    EndUserResponse,
    EndUserStatus,
    ListEndUsersAccountRole,
    MonetizationHistoryResponse,
    MonetizationPermissionListResponse,
    MonetizationSettingListResponse,
    MonetizationSettingResponse,
    PlaidProcessorListResponse,
    SubmitDocumentsRequest,
    SuccessResponse,
    TransferListResponse,
    TransferResponse,
    UpdateMonetizationSettingRequest,
    UserAuthTokenListResponse,
    UserAuthTokenResponse,
    VerificationCodeSentResponse,
    VerificationConfirmedResponse,
    WireInstructionsResponse,
    WithdrawalActionResponse,
)
from sfox_client.types import UNSET, File, Response

from corridor import sfox
from corridor.providers.control import SimulatorControl
from corridor.spec import iter_operations, load_spec

SPEC = load_spec("sfox")
OPERATIONS = {
    operation.operation_id: operation.definition
    for operation in iter_operations(SPEC)
    if operation.kind == "path" and operation.operation_id
}
Model = TypeVar("Model")


# ---- the documented examples, as generated request models and arguments ---------------------


def operation_id(operation: ModuleType) -> str:
    """`sfox_client.api.transfers.create_transfer` -> `createTransfer`."""
    first, *rest = operation.__name__.rsplit(".", 1)[-1].split("_")
    return first + "".join(word.capitalize() for word in rest)


def documented(operation: ModuleType, example: str | None = None, /, **replacements: Any) -> Any:
    """The operation's documented request example (the first, or the one named) as JSON, with
    `replacements` applied."""
    content = OPERATIONS[operation_id(operation)]["requestBody"]["content"]
    examples = next(iter(content.values()))["examples"]
    value = copy.deepcopy(examples[example or next(iter(examples))]["value"])
    return value | replacements


def documented_body(
    operation: ModuleType, example: str | None = None, /, **replacements: Any
) -> Any:
    """The documented example as the operation's generated request model."""
    request_model = typing.get_type_hints(operation.sync_detailed)["body"]
    for candidate in typing.get_args(request_model) or (request_model,):
        if hasattr(candidate, "from_dict"):
            return candidate.from_dict(documented(operation, example, **replacements))
    raise AssertionError(f"{operation.__name__} takes no request model")


def parameter_example(operation: ModuleType, name: str) -> Any:
    for listed in OPERATIONS[operation_id(operation)].get("parameters", []):
        parameter = listed
        if "$ref" in listed:
            parameter = SPEC["components"]["parameters"][listed["$ref"].rsplit("/", 1)[-1]]
        if parameter["name"] == name:
            return parameter["example"]
    raise KeyError(name)


def ok(response: Response[Any], model: type[Model], status: int = HTTPStatus.OK) -> Model:
    """The parsed answer, which must have `status` and be an instance of the generated `model`."""
    assert response.status_code == status, response.content
    assert isinstance(response.parsed, model), response.parsed
    return response.parsed


def ok_without_body(response: Response[Any]) -> None:
    assert response.status_code == HTTPStatus.OK, response.content
    assert response.parsed is None


# ---- prerequisite state -------------------------------------------------------------------


def register(client: AuthenticatedClient, user_id: str, **fields: Any) -> None:
    """The documented registration (an individual client) under `user_id`, unlinked from the
    example's advisor unless `fields` say otherwise."""
    body = documented(create_end_user) | {"user_id": user_id} | fields
    if "advisor_user_id" not in fields:
        body.pop("advisor_user_id")
    response = create_end_user.sync_detailed(
        client=client, body=CreateEndUserRequest.from_dict(body)
    )
    assert response.status_code == HTTPStatus.CREATED, response.content


def user_of(client: AuthenticatedClient, user_id: str) -> AuthenticatedClient:
    """A registered user's client, verified (tokens are only for verified users; the control
    API's shortcut, so the inbox holds only the codes a test asks for), its token minted
    through Create User Auth Token."""
    register(client, user_id)
    verify(client, user_id)
    return sfox.user_client(client, user_id)


def verify(client: AuthenticatedClient, user_id: str) -> None:
    done = client.get_httpx_client().post(
        "/_simulator/actions/verify-user", json={"user_id": user_id}
    )
    assert done.status_code == 200, done.text


def last_code(control: SimulatorControl, user_id: str) -> str:
    codes = [message["code"] for message in control.inbox(user_id) if message["code"]]
    assert codes, f"no code was sent to {user_id}"
    return str(codes[-1])


def balance(control: SimulatorControl, owner: str | None, currency: str) -> dict[str, Decimal]:
    found = control.act("balances", owner=owner)["balances"].get(currency)
    if found is None:
        return {"available": Decimal(0), "held": Decimal(0)}
    return {part: Decimal(amount) for part, amount in found.items()}


def link_plaid(user: AuthenticatedClient, example: str = "sfoxAndDwolla") -> str:
    """Link the documented Plaid tokens; the id of the linked bank account."""
    body = documented_body(create_plaid_bank_account, example)
    linked = ok(
        create_plaid_bank_account.sync_detailed(client=user, body=body), PlaidProcessorListResponse
    )
    bank_account_id = linked.data[0].bank_account_id
    assert isinstance(bank_account_id, str)
    return bank_account_id


def start_withdrawal(control: SimulatorControl, user_id: str, amount: str = "10") -> int:
    control.credit("usd", "100", owner=user_id)
    return int(control.act("withdrawal", user_id=user_id, currency="usd", amount=amount)["atx_id"])


def make_payment(client: AuthenticatedClient, control: SimulatorControl) -> str:
    """The documented gift card PAYMENT (0.1 ETH) of its user, ClientAccount1, who holds 1 ETH."""
    body = documented(create_transfer)
    register(client, body["user_id"])
    control.credit("eth", "1", owner=body["user_id"])
    response = create_transfer.sync_detailed(client=client, body=documented_body(create_transfer))
    ok(response, TransferResponse, HTTPStatus.CREATED)
    return str(body["transfer_id"])


# ---- End Users ---------------------------------------------------------------------------


def test_create_end_user(sfox_client: AuthenticatedClient) -> None:
    body = documented(create_end_user)
    # the example links the user to its advisor, which must exist first
    register(sfox_client, body["advisor_user_id"], account_role="advisor")

    response = create_end_user.sync_detailed(
        client=sfox_client, body=documented_body(create_end_user)
    )

    ok(response, EndUserRegistrationResponse, HTTPStatus.CREATED)
    found = ok(get_end_user.sync_detailed(body["user_id"], client=sfox_client), EndUserResponse)
    assert found.data.advisor_user_id == body["advisor_user_id"]
    assert found.data.email == body["email"]
    assert found.data.status == EndUserStatus.PENDING


def test_request_verification_code(
    sfox_client: AuthenticatedClient, sfox_control: SimulatorControl
) -> None:
    user_id = parameter_example(request_verification_code, "user_id")
    register(sfox_client, user_id)

    response = request_verification_code.sync_detailed(
        user_id, client=sfox_client, body=documented_body(request_verification_code)
    )

    sent = ok(response, VerificationCodeSentResponse)
    assert sent.data.email == documented(create_end_user)["email"]
    (message,) = sfox_control.inbox(user_id)
    assert message["channel"] == "email"
    assert len(message["code"]) == 6


def test_confirm_verification_code(
    sfox_client: AuthenticatedClient, sfox_control: SimulatorControl
) -> None:
    user_id = parameter_example(confirm_verification_code, "user_id")
    register(sfox_client, user_id)
    request_verification_code.sync_detailed(
        user_id, client=sfox_client, body=documented_body(request_verification_code)
    )
    # the example's otp is the docs' own; the simulator sent another
    body = documented_body(confirm_verification_code, otp=last_code(sfox_control, user_id))

    response = confirm_verification_code.sync_detailed(user_id, client=sfox_client, body=body)

    assert ok(response, VerificationConfirmedResponse).data.success is True
    found = ok(get_end_user.sync_detailed(user_id, client=sfox_client), EndUserResponse)
    assert found.data.requirements is not UNSET
    assert found.data.requirements.email is False
    assert found.data.requirements.sms is True


def test_create_user_auth_token(
    sfox_client: AuthenticatedClient, sfox_control: SimulatorControl
) -> None:
    user_id = parameter_example(create_user_auth_token, "user_id")
    register(sfox_client, user_id)
    verify(sfox_client, user_id)

    response = create_user_auth_token.sync_detailed(user_id, client=sfox_client)

    minted = ok(response, UserAuthTokenResponse, HTTPStatus.CREATED).data
    assert minted.partner_user_id == user_id
    assert len(minted.token) == 64
    now = datetime.fromisoformat(sfox_control.now())
    assert minted.expires == now + timedelta(hours=24)


def test_create_user_auth_tokens(sfox_client: AuthenticatedClient) -> None:
    user_ids = documented(create_user_auth_tokens)["data"]
    for user_id in user_ids:
        register(sfox_client, user_id)
        verify(sfox_client, user_id)

    response = create_user_auth_tokens.sync_detailed(
        client=sfox_client, body=documented_body(create_user_auth_tokens)
    )

    minted = ok(response, UserAuthTokenListResponse, HTTPStatus.CREATED).data
    assert [token.partner_user_id for token in minted] == user_ids
    assert len({token.token for token in minted}) == 2


def test_get_end_user(sfox_client: AuthenticatedClient) -> None:
    user_id = parameter_example(get_end_user, "user_id")
    register(sfox_client, user_id)

    response = get_end_user.sync_detailed(user_id, client=sfox_client)

    user = ok(response, EndUserResponse).data
    assert (user.user_id, user.account_type, user.account_role) == (user_id, "individual", "Client")
    assert user.status == EndUserStatus.PENDING


def test_list_end_users(sfox_client: AuthenticatedClient) -> None:
    register(sfox_client, "client-a")
    register(sfox_client, "advisor-a", account_role="advisor")

    response = list_end_users.sync_detailed(
        client=sfox_client, account_role=ListEndUsersAccountRole.CLIENT
    )

    assert [user.user_id for user in ok(response, EndUserListResponse).data] == ["client-a"]


def test_list_edd_requests(
    sfox_client: AuthenticatedClient, sfox_control: SimulatorControl
) -> None:
    register(sfox_client, "edd-user")
    sfox_control.act("edd-request", user_id="edd-user")

    response = list_edd_requests.sync_detailed(client=sfox_client, user_id="edd-user")

    (request,) = ok(response, EddRequestListResponse).data
    assert request.required_form == EddForm.EDDQ_INDIVIDUAL
    assert (request.ddq_id, request.status) == (1, "REQUESTED")


def test_list_edd_prompts(sfox_client: AuthenticatedClient) -> None:
    response = list_edd_prompts.sync_detailed(
        client=sfox_client, account_type=AccountType.INDIVIDUAL
    )

    prompts = ok(response, EddPromptListResponse).data
    assert prompts is not UNSET
    assert [prompt.prompt_id for prompt in prompts] == [1, 2, 3, 4, 5, 52, 53]
    assert {prompt.required_form for prompt in prompts} == {EddForm.EDDQ_INDIVIDUAL}


def test_create_edd_responses(
    sfox_client: AuthenticatedClient, sfox_control: SimulatorControl
) -> None:
    register(sfox_client, "edd-user")
    sfox_control.act("edd-request", user_id="edd-user")
    # the example's user is the placeholder ${USER_ID}
    body = documented_body(create_edd_responses, "individual", user_id="edd-user")

    response = create_edd_responses.sync_detailed(client=sfox_client, body=body)

    ok(response, EddResponsesResult)
    listed = list_edd_requests.sync_detailed(client=sfox_client, user_id="edd-user")
    # the answers name two files (id_file, por_file) that are not uploaded yet
    assert ok(listed, EddRequestListResponse).data[0].status == "PARTIAL_SUBMISSION"


def test_submit_documents(sfox_client: AuthenticatedClient) -> None:
    register(sfox_client, "documents-user")
    sent = documented(submit_documents)
    # the example's user is the placeholder ${USER_ID}; the file is named as file_types names it
    body = SubmitDocumentsRequest(
        user_id="documents-user",
        files=[File(io.BytesIO(b"\x89PNG\r\n"), "id_front.png", "image/png")],
        file_types=sent["file_types"],
    )

    response = submit_documents.sync_detailed(client=sfox_client, body=body)

    uploaded = ok(response, DocumentsUploadedResponse, HTTPStatus.ACCEPTED)
    assert uploaded.message == "Files uploaded successfully"


def test_deactivate_end_user(sfox_client: AuthenticatedClient) -> None:
    user_id = parameter_example(deactivate_end_user, "user_id")
    register(sfox_client, user_id)

    ok_without_body(deactivate_end_user.sync_detailed(user_id, client=sfox_client))

    with pytest.raises(sfox.SFoxError) as refused:
        get_end_user.sync_detailed(user_id, client=sfox_client)
    assert refused.value.status_code == HTTPStatus.NOT_FOUND


# ---- Payments (the end user's token) ---------------------------------------------------------


def test_create_plaid_bank_account(sfox_client: AuthenticatedClient) -> None:
    user = user_of(sfox_client, "plaid-user")

    response = create_plaid_bank_account.sync_detailed(
        client=user, body=documented_body(create_plaid_bank_account, "sfoxAndDwolla")
    )

    processors = ok(response, PlaidProcessorListResponse).data
    assert [(p.processor.value, p.status) for p in processors] == [
        ("sfox", "created"),
        ("dwolla", "created"),
    ]
    accounts = ok(get_bank_account.sync_detailed(client=user), BankAccountsResponse)
    assert accounts.usd is not UNSET
    assert accounts.usd[0].ach_enabled is True


def test_create_bank_account(
    sfox_client: AuthenticatedClient, sfox_control: SimulatorControl
) -> None:
    user = user_of(sfox_client, "manual-user")

    response = create_bank_account.sync_detailed(
        client=user, body=documented_body(create_bank_account)
    )

    ok(response, BankAccountCreatedResponse)
    accounts = ok(get_bank_account.sync_detailed(client=user), BankAccountsResponse)
    assert accounts.usd is not UNSET
    (account,) = accounts.usd
    assert (account.status, account.requires_verification) == ("pending verification", 1)
    assert account.account_number == "*******89"
    (statement,) = sfox_control.inbox("manual-user")
    assert all(Decimal(amount) < 1 for amount in statement["details"]["amounts"])


def test_get_bank_account(sfox_client: AuthenticatedClient) -> None:
    user = user_of(sfox_client, "plaid-user")
    bank_account_id = link_plaid(user)

    response = get_bank_account.sync_detailed(client=user)

    accounts = ok(response, BankAccountsResponse)
    assert accounts.usd is not UNSET
    (account,) = accounts.usd
    assert (account.id, account.status, account.currency) == (bank_account_id, "active", "usd")
    assert account.routing_number.startswith("*****")


def test_delete_bank_account(sfox_client: AuthenticatedClient) -> None:
    user = user_of(sfox_client, "plaid-user")
    link_plaid(user)

    ok_without_body(delete_bank_account.sync_detailed(client=user))

    assert ok(get_bank_account.sync_detailed(client=user), BankAccountsResponse).usd is UNSET
    with pytest.raises(sfox.SFoxError) as refused:  # docs/sfox/payments/delete-bank-account.md:29
        delete_bank_account.sync_detailed(client=user)
    assert refused.value.message == "User does not have an valid bank account"


def test_get_plaid_processors(sfox_client: AuthenticatedClient) -> None:
    user = user_of(sfox_client, "plaid-user")
    bank_account_id = link_plaid(user)

    response = get_plaid_processors.sync_detailed(bank_account_id, client=user)

    processors = ok(response, PlaidProcessorListResponse).data
    assert {p.processor.value for p in processors} == {"sfox", "dwolla"}
    assert {p.bank_account_id for p in processors} == {bank_account_id}


def test_amend_plaid_processors(sfox_client: AuthenticatedClient) -> None:
    user = user_of(sfox_client, "plaid-user")
    bank_account_id = link_plaid(user, "sfoxOnly")
    before = ok(get_bank_account.sync_detailed(client=user), BankAccountsResponse)
    assert before.usd is not UNSET
    assert before.usd[0].ach_enabled is False

    response = amend_plaid_processors.sync_detailed(
        bank_account_id,
        client=user,
        body=documented_body(amend_plaid_processors, "sfoxAndDwolla"),
    )

    amended = ok(response, PlaidProcessorListResponse).data
    assert [p.processor.value for p in amended] == ["sfox", "dwolla"]
    accounts = ok(get_bank_account.sync_detailed(client=user), BankAccountsResponse)
    assert accounts.usd is not UNSET
    assert accounts.usd[0].ach_enabled is True


def test_verify_bank_account(
    sfox_client: AuthenticatedClient, sfox_control: SimulatorControl
) -> None:
    user = user_of(sfox_client, "manual-user")
    create_bank_account.sync_detailed(client=user, body=documented_body(create_bank_account))
    (statement,) = sfox_control.inbox("manual-user")
    first, second = (Decimal(amount) for amount in statement["details"]["amounts"])
    # the page's example is a template with unquoted placeholders: the two amounts received
    body = BankAccountMicroDeposits(amount1=first, amount2=second)

    response = verify_bank_account.sync_detailed(client=user, body=body)

    assert ok(response, BankAccountVerificationResponse).success is True
    accounts = ok(get_bank_account.sync_detailed(client=user), BankAccountsResponse)
    assert accounts.usd is not UNSET
    assert accounts.usd[0].status == "active"


def test_get_wire_instructions(sfox_client: AuthenticatedClient) -> None:
    user = user_of(sfox_client, "wire-user")

    response = get_wire_instructions.sync_detailed(client=user)

    wire = ok(response, WireInstructionsResponse).data
    assert (wire.bank_name, wire.bank_routing_swift) == ("MVB Bank", "PNCCUS33")
    assert len(wire.sfox_user_ref_id) == 5
    again = ok(get_wire_instructions.sync_detailed(client=user), WireInstructionsResponse)
    assert again.data.sfox_user_ref_id == wire.sfox_user_ref_id


def test_get_ach_agreement_status(sfox_client: AuthenticatedClient) -> None:
    user = user_of(sfox_client, "ach-user")

    response = get_ach_agreement_status.sync_detailed(client=user)

    assert ok(response, AchAgreementStatusResponse).data.dwolla is False


def test_request_ach_onboarding(sfox_client: AuthenticatedClient) -> None:
    user = user_of(sfox_client, "ach-user")
    bank_account_id = link_plaid(user, "sfoxOnly")
    # the example is a template naming ${BANK_ACCOUNT_DISPLAY_ID}: the linked account's id
    body = documented_body(request_ach_onboarding, bank_account_display_id=bank_account_id)

    response = request_ach_onboarding.sync_detailed(client=user, body=body)

    assert ok(response, SuccessResponse).data.success is True
    status = get_ach_agreement_status.sync_detailed(client=user)
    assert ok(status, AchAgreementStatusResponse).data.dwolla is True


def test_get_ach_deposit_limit(
    sfox_client: AuthenticatedClient, sfox_control: SimulatorControl
) -> None:
    user = user_of(sfox_client, "ach-user")
    link_plaid(user)
    sfox_control.credit("usd", "1000.00", owner="ach-user", sender="ach")

    response = get_ach_deposit_limit.sync_detailed(client=user)

    assert ok(response, AchDepositLimitResponse).data.weekly_deposit_limit == Decimal("499000")


# ---- Withdrawals (the end user's token) ------------------------------------------------------


def test_confirm_withdrawal(
    sfox_client: AuthenticatedClient, sfox_control: SimulatorControl
) -> None:
    user = user_of(sfox_client, "withdrawing-user")
    atx_id = start_withdrawal(sfox_control, "withdrawing-user")
    body = documented_body(
        confirm_withdrawal, atx_id=atx_id, otp=last_code(sfox_control, "withdrawing-user")
    )

    response = confirm_withdrawal.sync_detailed(client=user, body=body)

    action = ok(response, WithdrawalActionResponse).data
    assert (action.success, action.atx_id, action.tx_status) == (True, atx_id, 1160)
    sfox_control.advance_clock(30 * 60)
    assert balance(sfox_control, "withdrawing-user", "usd") == {
        "available": Decimal(90),
        "held": Decimal(0),
    }


def test_resend_withdrawal_otp(
    sfox_client: AuthenticatedClient, sfox_control: SimulatorControl
) -> None:
    user = user_of(sfox_client, "withdrawing-user")
    atx_id = start_withdrawal(sfox_control, "withdrawing-user")
    first = last_code(sfox_control, "withdrawing-user")

    response = resend_withdrawal_otp.sync_detailed(
        client=user, body=documented_body(resend_withdrawal_otp, atx_id=atx_id)
    )

    action = ok(response, WithdrawalActionResponse).data
    assert (action.success, action.tx_status) == (True, 1100)
    assert len(sfox_control.inbox("withdrawing-user")) == 2
    stale = documented_body(confirm_withdrawal, atx_id=atx_id, otp=first)
    if first == last_code(sfox_control, "withdrawing-user"):  # one chance in a million
        return
    # the resent code replaced the first: a wrong code is the 422 every one-time code gets
    with pytest.raises(sfox.SFoxError, match=r"Invalid confirmation code\."):
        confirm_withdrawal.sync_detailed(client=user, body=stale)


def test_cancel_withdrawal(
    sfox_client: AuthenticatedClient, sfox_control: SimulatorControl
) -> None:
    user = user_of(sfox_client, "withdrawing-user")
    atx_id = start_withdrawal(sfox_control, "withdrawing-user")
    assert balance(sfox_control, "withdrawing-user", "usd")["held"] == 10

    ok_without_body(cancel_withdrawal.sync_detailed(atx_id, client=user))

    assert balance(sfox_control, "withdrawing-user", "usd") == {
        "available": Decimal(100),
        "held": Decimal(0),
    }


# ---- Transfers --------------------------------------------------------------------------------


def test_create_transfer(sfox_client: AuthenticatedClient, sfox_control: SimulatorControl) -> None:
    body = documented(create_transfer)
    register(sfox_client, body["user_id"])
    sfox_control.credit("eth", "1", owner=body["user_id"])

    response = create_transfer.sync_detailed(
        client=sfox_client, body=documented_body(create_transfer)
    )

    created = ok(response, TransferResponse, HTTPStatus.CREATED).data
    assert (created.transfer_id, created.transfer_status_code) == (body["transfer_id"], "PENDING")
    assert created.quantity == Decimal("0.1")
    assert balance(sfox_control, body["user_id"], "eth") == {
        "available": Decimal("0.9"),
        "held": Decimal("0.1"),
    }


def test_confirm_transfer(sfox_client: AuthenticatedClient, sfox_control: SimulatorControl) -> None:
    transfer_id = make_payment(sfox_client, sfox_control)
    user_id = documented(create_transfer)["user_id"]
    body = documented_body(confirm_transfer, otp=last_code(sfox_control, user_id))

    response = confirm_transfer.sync_detailed(client=sfox_client, body=body)

    confirmed = ok(response, TransferResponse, HTTPStatus.CREATED).data
    assert (confirmed.transfer_id, confirmed.transfer_status_code) == (transfer_id, "COMPLETE")
    assert balance(sfox_control, None, "eth")["available"] == Decimal("0.1")


def test_resend_transfer_otp(
    sfox_client: AuthenticatedClient, sfox_control: SimulatorControl
) -> None:
    make_payment(sfox_client, sfox_control)
    user_id = documented(create_transfer)["user_id"]

    response = resend_transfer_otp.sync_detailed(
        client=sfox_client, body=documented_body(resend_transfer_otp)
    )

    assert ok(response, SuccessResponse).data.success is True
    assert len([m for m in sfox_control.inbox(user_id) if m["code"]]) == 2


def test_cancel_transfer(sfox_client: AuthenticatedClient, sfox_control: SimulatorControl) -> None:
    make_payment(sfox_client, sfox_control)
    transfer_id = parameter_example(cancel_transfer, "transfer_id")

    response = cancel_transfer.sync_detailed(transfer_id, client=sfox_client)

    assert ok(response, SuccessResponse).data.success is True
    user_id = documented(create_transfer)["user_id"]
    assert balance(sfox_control, user_id, "eth") == {"available": Decimal(1), "held": Decimal(0)}


def test_list_transfers(sfox_client: AuthenticatedClient, sfox_control: SimulatorControl) -> None:
    payment = make_payment(sfox_client, sfox_control)
    sfox_control.credit("usd", "50")
    payout = documented(create_transfer, transfer_id="payout-1", type="PAYOUT", currency="usd")
    create_transfer.sync_detailed(
        client=sfox_client, body=documented_body(create_transfer, **payout)
    )

    response = list_transfers.sync_detailed(client=sfox_client)

    listed = ok(response, TransferListResponse).data
    assert [(t.transfer_id, t.transfer_status_code) for t in listed] == [
        ("payout-1", "COMPLETE"),
        (payment, "PENDING"),
    ]


# ---- Monetization --------------------------------------------------------------------------------


def make_setting(client: AuthenticatedClient) -> int:
    """The documented 1% spot trading fee of client25."""
    register(client, documented(create_monetization_setting)["user_id"])
    response = create_monetization_setting.sync_detailed(
        client=client, body=documented_body(create_monetization_setting)
    )
    return ok(response, MonetizationSettingResponse, HTTPStatus.CREATED).data.monetization_id


def test_create_monetization_setting(sfox_client: AuthenticatedClient) -> None:
    register(sfox_client, documented(create_monetization_setting)["user_id"])

    response = create_monetization_setting.sync_detailed(
        client=sfox_client, body=documented_body(create_monetization_setting)
    )

    setting = ok(response, MonetizationSettingResponse, HTTPStatus.CREATED).data
    assert (setting.monetization_feature, setting.monetization_method) == (
        "Spot Trading",
        "Fee Rate",
    )
    assert (setting.monetization_amount, setting.user_id) == (Decimal("0.01"), "client25")
    assert setting.currency_pair is None


def test_get_monetization_settings(sfox_client: AuthenticatedClient) -> None:
    make_setting(sfox_client)
    rfq = {"feature": "RFQ", "method": "SPREAD_ADJUSTMENT", "amount": 0.01}
    create_monetization_setting.sync_detailed(
        client=sfox_client, body=documented_body(create_monetization_setting, **rfq)
    )

    response = get_monetization_settings.sync_detailed(
        client=sfox_client, body=documented_body(get_monetization_settings)
    )

    (listed,) = ok(response, MonetizationSettingListResponse).data
    assert listed.monetization_feature_code == "SPOT_TRADE"


def test_update_monetization_setting(sfox_client: AuthenticatedClient) -> None:
    setting_id = make_setting(sfox_client)
    # the page gives no request example; the one field it documents
    body = UpdateMonetizationSettingRequest(new_monetization_amount=Decimal("0.02"))

    response = update_monetization_setting.sync_detailed(setting_id, client=sfox_client, body=body)

    updated = ok(response, MonetizationSettingResponse).data
    assert (updated.monetization_id, updated.monetization_amount) == (setting_id, Decimal("0.02"))


def test_delete_monetization_setting(sfox_client: AuthenticatedClient) -> None:
    setting_id = make_setting(sfox_client)

    response = delete_monetization_setting.sync_detailed(setting_id, client=sfox_client)

    assert ok(response, SuccessResponse).data.success is True
    remaining = get_monetization_settings.sync_detailed(client=sfox_client)
    assert ok(remaining, MonetizationSettingListResponse).data == []


def test_get_monetization_permissions(sfox_client: AuthenticatedClient) -> None:
    response = get_monetization_permissions.sync_detailed(client=sfox_client)

    permissions = ok(response, MonetizationPermissionListResponse).data
    documented_pairs = [
        (pair["monetized_feature"], pair["monetization_method"])
        for pair in OPERATIONS["getMonetizationPermissions"]["responses"]["200"]["content"][
            "application/json"
        ]["examples"]["permissions"]["value"]["data"]
    ]
    assert [(p.monetized_feature, p.monetization_method) for p in permissions] == documented_pairs


def test_get_monetization_history(
    sfox_client: AuthenticatedClient, sfox_control: SimulatorControl
) -> None:
    user = user_of(sfox_client, "withdrawing-user")
    flat_fee = {
        "feature": "WITHDRAW",
        "method": "FEE_FLAT",
        "amount": 2,
        "user_id": "withdrawing-user",
    }
    create_monetization_setting.sync_detailed(
        client=sfox_client, body=documented_body(create_monetization_setting, **flat_fee)
    )
    atx_id = start_withdrawal(sfox_control, "withdrawing-user")
    confirm = documented_body(
        confirm_withdrawal, atx_id=atx_id, otp=last_code(sfox_control, "withdrawing-user")
    )
    confirm_withdrawal.sync_detailed(client=user, body=confirm)
    sfox_control.advance_clock(30 * 60)  # the fee is listed once processed

    response = get_monetization_history.sync_detailed(
        client=sfox_client, user_id="withdrawing-user", currency="USD"
    )

    (fee,) = ok(response, MonetizationHistoryResponse).data
    assert (fee.atx_id, fee.monetized_feature_code, fee.fee_amount) == (atx_id, "WITHDRAW", 2)
    assert balance(sfox_control, None, "usd")["available"] == 2
