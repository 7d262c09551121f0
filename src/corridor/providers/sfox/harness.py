"""How verification and the fixtures reach sFOX Connect: the enterprise key, a user token for
the verification user, a user client for the documented end user, and the refusals the docs
give for well-formed requests."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from corridor.providers.harness import Harness, Signed
from corridor.providers.sfox.credentials import (
    DEFAULT_ENTERPRISE_API_KEY,
    ENTERPRISE,
    ENTERPRISE_API_KEY,
    USER,
)
from corridor.providers.sfox.seeds import VERIFICATION_USER, seed


def sign_in(http: httpx.Client, credentials: Mapping[str, str]) -> Signed:
    """The enterprise key, and a fresh user auth token for the verification user once the
    seeder has registered it."""
    enterprise = {"Authorization": f"Bearer {credentials[ENTERPRISE_API_KEY]}"}
    signed: Signed = {ENTERPRISE: enterprise}
    answer = http.post(f"/v1/enterprise/user-tokens/{VERIFICATION_USER}", headers=enterprise)
    if answer.status_code == 401:
        raise PermissionError("sFOX refused the enterprise key (401)")
    # Every sFOX answer is {"data": ...} or {"error": ...}; anything else (a 404 page, another
    # API) means the base URL is not sFOX's, which the caller reports in one line.
    body = answer.json()
    if not isinstance(body, dict) or not {"data", "error"} & body.keys():
        raise ValueError(f"an answer without sFOX's data or error ({answer.status_code})")
    if answer.status_code == 201:
        signed[USER] = {"Authorization": f"Bearer {body['data']['token']}"}
    return signed


def cli_auth(credentials: Mapping[str, str]) -> dict[str, Any]:
    """The enterprise key only: a user token needs a registered user, which a bare Schemathesis
    run never makes, so the user's own operations are answered 401 (a warning, not a failure)."""
    return {"openapi": {ENTERPRISE: {"bearer": credentials[ENTERPRISE_API_KEY]}}}


def connect(base_url: str, transport: httpx.BaseTransport, credentials: Mapping[str, str]) -> Any:
    """The facade's enterprise client, talking to the target through `transport`."""
    from corridor import sfox

    return sfox.connect(
        credentials[ENTERPRISE_API_KEY], base_url=base_url, httpx_args={"transport": transport}
    )


# The documented end user (Get End User's example), registered for a ready user client.
FIXTURE_USER: dict[str, Any] = {
    "account_type": "individual",
    "account_role": "client",
    "user_id": "client_account_1",
    "first_name": "Sean",
    "last_name": "Fox",
    "email": "user@example.com",
    "phone_country_code": "US",
    "phone_number": "+12345678900",
    "account_purpose": "Investing",
    "individual": {"dob": "1990-10-15"},
}


def connect_user(
    base_url: str, transport: httpx.BaseTransport, credentials: Mapping[str, str]
) -> Any:
    """A user client for the documented end user, registered through the enterprise client."""
    from sfox_client.api.end_users import create_end_user
    from sfox_client.models import CreateEndUserRequest

    from corridor import sfox

    enterprise = connect(base_url, transport, credentials)
    create_end_user.sync_detailed(
        client=enterprise, body=CreateEndUserRequest.from_dict(FIXTURE_USER)
    )
    _verify(base_url, transport, credentials, FIXTURE_USER["user_id"])
    return sfox.user_client(enterprise, FIXTURE_USER["user_id"])


def _verify(
    base_url: str, transport: httpx.BaseTransport, credentials: Mapping[str, str], user_id: str
) -> None:
    headers = {"Authorization": f"Bearer {credentials[ENTERPRISE_API_KEY]}"}
    with httpx.Client(transport=transport, base_url=base_url, headers=headers) as http:
        verify_with_inbox(http, user_id)


def verify_with_inbox(
    http: httpx.Client, user_id: str, channels: tuple[str, ...] = ("email", "sms")
) -> None:
    """Verify a user's channels through the API with the codes the simulator "sent" (a token
    is only for a verified user), `http` carrying the enterprise key; a target with no inbox
    to read (a real sandbox) leaves the user as it is."""
    for channel in channels:
        sent = http.post(
            f"/v1/enterprise/users/send-verification/{user_id}", json={"type": channel}
        )
        inbox = http.get("/_simulator/inbox", params={"to": user_id})
        if sent.status_code != 200 or inbox.status_code != 200:
            continue
        codes = [m["code"] for m in inbox.json()["messages"] if m.get("code")]
        http.post(
            f"/v1/enterprise/users/verify/{user_id}", json={"type": channel, "otp": codes[-1]}
        )


# The refusals of a schema-valid request the docs give, each for a reason that depends on state
# (what is stored, what was sent before, the partner's grants), with the docs line it rests on
# (docs/sfox/...). Every static rule is in the spec, so nothing else refuses a schema-valid
# request; Get Transfer History, Amend Plaid Processors and the rest refuse none.
DOCUMENTED_REFUSALS: dict[str, tuple[int, str]] = {
    # a user_id already taken, an advisor_user_id naming no advisor
    "createEndUser": (422, "end-users/create-end-user-account.md:21-22"),
    # the channel already verified; SMS before email (or for a business)
    "requestVerificationCode": (422, "end-users/request-verification-code.md:83-98"),
    # the channel already verified; a wrong or expired code (Confirm Transfer's answer)
    "confirmVerificationCode": (422, "transfers/confirm-transfer.md:74-78"),
    # a user still PENDING: verification comes before use
    "createUserAuthToken": (422, "end-users/create-end-user-account.md:98"),
    "createUserAuthTokens": (422, "end-users/create-end-user-account.md:98"),
    # a required prompt of the user's outstanding EDD request unanswered, or no request open
    "createEddResponses": (422, "end-users/create-edd-responses.md:118"),
    # file_types must name the attached files exactly (a JSON text the spec cannot check)
    "submitDocuments": (422, "end-users/submit-documents.md:63-70"),
    "deactivateEndUser": (422, "end-users/deactivate-user.md:33"),
    # a bank account already linked
    "createPlaidBankAccount": (400, "payments/create-bank-account-plaid.md:66"),
    "createBankAccount": (400, "payments/create-bank-account-plaid.md:66"),
    "deleteBankAccount": (400, "payments/delete-bank-account.md:29"),
    "verifyBankAccount": (400, "payments/verify-bank-account.md:51"),
    "requestAchOnboarding": (400, "payments/request-ach-onboarding.md:48"),
    # the withdrawal not awaiting its code, processed or cancelled; a wrong or expired code
    "confirmWithdrawal": (422, "withdrawals/confirm-withdrawal.md:11"),
    "resendWithdrawalOtp": (422, "withdrawals/resend-confirmation-code.md:11"),
    "cancelWithdrawal": (422, "withdrawals/cancel-withdrawal.md:41"),
    "createTransfer": (422, "transfers/create-transfer.md:93-105"),
    "confirmTransfer": (422, "transfers/confirm-transfer.md:74-82"),
    "resendTransferOtp": (422, "transfers/resend-confirmation-code.md:46-54"),
    "cancelTransfer": (422, "transfers/cancel-transfer.md:48-56"),
    "createMonetizationSetting": (422, "monetization/create-setting.md:79"),
    # no active setting with this id
    "updateMonetizationSetting": (422, "monetization/update-setting.md:66"),
    "deleteMonetizationSetting": (422, "monetization/delete-setting.md:50"),
}


def documented_refusals() -> dict[str, frozenset[int]]:
    """Per operation, the status of its documented state-dependent refusals."""
    return {
        operation: frozenset({status}) for operation, (status, _) in DOCUMENTED_REFUSALS.items()
    }


HARNESS = Harness(
    credentials={ENTERPRISE_API_KEY: DEFAULT_ENTERPRISE_API_KEY},
    sign_in=sign_in,
    connect=connect,
    seed=seed,
    connect_user=connect_user,
    refusals=documented_refusals(),
    cli_auth=cli_auth,
)
