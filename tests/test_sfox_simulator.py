"""The sFOX simulator's business rules, each checked at the wire against the docs line it
follows (docs/sfox/... is shared/docs/sfox/ of the project's docs snapshot)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from corridor.providers.sfox.harness import HARNESS
from tests.sfox_wire import ENTERPRISE, SFoxWire, business, individual


@pytest.fixture
def wire() -> SFoxWire:
    return SFoxWire()


# ---- credentials -------------------------------------------------------------------------


def test_partner_operations_refuse_a_user_token_and_user_operations_the_enterprise_key(
    wire: SFoxWire,
) -> None:
    token = wire.user("u1")
    # docs/sfox/general/authentication.md:17 (Payments take the user token, the key is rejected)
    refused = wire.partner("GET", "/v1/user/wire-instructions")
    assert wire.error(refused) == (401, "user lookup failed")
    # docs/sfox/end-users/submit-documents.md:57 (the enterprise key's 401 message)
    refused = wire.as_user(token, "GET", "/v1/enterprise/users")
    assert wire.error(refused) == (401, "invalid token. check authorization header.")
    assert wire.as_user(token, "GET", "/v1/user/wire-instructions").status_code == 200


def test_a_user_token_expires_after_24_hours(wire: SFoxWire) -> None:
    token = wire.user("u1")
    # docs/sfox/end-users/create-user-auth-tokens.md:89
    wire.control.advance_clock(24 * 3600 - 1)
    assert wire.as_user(token, "GET", "/v1/account/accepted-ach").status_code == 200
    wire.control.advance_clock(1)
    assert wire.as_user(token, "GET", "/v1/account/accepted-ach").status_code == 401


def test_a_user_token_sees_only_its_own_user(wire: SFoxWire) -> None:
    first, second = wire.user("u1"), wire.user("u2")
    plaid = {"data": [{"processor": "sfox", "token": "processor-sandbox-1"}]}
    wire.as_user(first, "POST", "/v1/bank-accounts/plaid-processors", json=plaid)
    bank_id = wire.as_user(first, "GET", "/v1/user/bank").json()["usd"][0]["id"]
    # docs/sfox/general/authentication.md:10 (a token acts on a single end user's account)
    assert wire.as_user(second, "GET", "/v1/user/bank").json() == {}
    answer = wire.as_user(second, "GET", f"/v1/bank-accounts/{bank_id}/plaid-processors")
    assert answer.status_code == 404


def test_tokens_for_several_users_are_minted_together_or_not_at_all(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    wire.control.act("verify-user", user_id="u1")
    wire.register(individual("pending"))
    # a user still PENDING gets no token (docs/sfox/end-users/create-end-user-account.md:98:
    # verification is the step after registration), nor does anyone asked with it
    for path, body in (("/pending", None), ("", {"data": ["u1", "pending"]})):
        answer = wire.partner("POST", f"/v1/enterprise/user-tokens{path}", json=body)
        assert wire.error(answer) == (
            422,
            "User with user_id pending has not completed verification.",
        )
    # docs/sfox/end-users/create-user-auth-tokens.md:49 (a list of user_ids in the body)
    refused = wire.partner("POST", "/v1/enterprise/user-tokens", json={"data": ["u1", "ghost"]})
    assert refused.status_code == 404
    minted = wire.partner("POST", "/v1/enterprise/user-tokens", json={"data": ["u1", "u1"]})
    assert [token["partner_user_id"] for token in minted.json()["data"]] == ["u1"]


# ---- end users -----------------------------------------------------------------------------


def test_a_user_id_is_registered_once(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    # docs/sfox/end-users/create-end-user-account.md:22 (your own unique id for the user)
    refused = wire.partner("POST", "/v1/enterprise/register-account", json=individual("u1"))
    assert wire.error(refused) == (422, "A user with user_id u1 already exists.")


def test_advisor_user_id_must_name_an_advisor(wire: SFoxWire) -> None:
    wire.register(individual("client"))
    wire.register(individual("advisor", account_role="advisor"))
    # docs/sfox/end-users/create-end-user-account.md:23
    linked_to_client = individual("c2", advisor_user_id="client")
    answer = wire.partner("POST", "/v1/enterprise/register-account", json=linked_to_client)
    assert answer.status_code == 422
    wire.register(individual("c3", advisor_user_id="advisor"))
    found = wire.partner("GET", "/v1/enterprise/users/c3").json()["data"]
    assert (found["advisor_user_id"], found["account_role"]) == ("advisor", "Client")


def test_an_individual_verifies_email_then_phone_and_is_then_verified(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    send = "/v1/enterprise/users/send-verification/u1"
    # docs/sfox/end-users/request-verification-code.md:98 (email before SMS)
    assert wire.partner("POST", send, json={"type": "sms"}).status_code == 422
    for channel in ("email", "sms"):
        assert wire.partner("POST", send, json={"type": channel}).status_code == 200
        wrong = wire.partner(
            "POST", "/v1/enterprise/users/verify/u1", json={"type": channel, "otp": "000"}
        )
        # one answer for every wrong one-time code (docs/simulators/sfox.md, Errors)
        assert wire.error(wrong) == (422, "Invalid confirmation code.")
        code = wire.codes("u1")[-1]
        right = wire.partner(
            "POST", "/v1/enterprise/users/verify/u1", json={"type": channel, "otp": code}
        )
        assert right.json()["data"]["success"] is True
    user = wire.partner("GET", "/v1/enterprise/users/u1").json()["data"]
    assert (user["status"], user["requirements"]) == ("VERIFIED", {"email": False, "sms": False})
    # docs/sfox/end-users/request-verification-code.md:85 (the older page's 422)
    again = wire.partner("POST", send, json={"type": "email"})
    assert wire.error(again) == (422, "Email already verified")


def test_a_business_verifies_its_email_only(wire: SFoxWire) -> None:
    wire.register(business("b1"))
    send = "/v1/enterprise/users/send-verification/b1"
    # docs/sfox/end-users/request-verification-code.md:98
    assert wire.partner("POST", send, json={"type": "sms"}).status_code == 422
    wire.partner("POST", send, json={"type": "email"})
    verify = {"type": "email", "otp": wire.codes("b1")[-1]}
    wire.partner("POST", "/v1/enterprise/users/verify/b1", json=verify)
    assert wire.partner("GET", "/v1/enterprise/users/b1").json()["data"]["status"] == "VERIFIED"


def test_a_verification_code_expires(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    wire.partner("POST", "/v1/enterprise/users/send-verification/u1", json={"type": "email"})
    code = wire.codes("u1")[-1]
    wire.control.advance_clock(15 * 60)  # the simulator's code lifetime
    answer = wire.partner(
        "POST", "/v1/enterprise/users/verify/u1", json={"type": "email", "otp": code}
    )
    # docs/sfox/transfers/confirm-transfer.md:78, the one expired-code answer
    assert wire.error(answer) == (422, "Code expired. Request a new code for this verification.")


def test_a_deactivated_user_is_gone_and_its_tokens_stop_working(wire: SFoxWire) -> None:
    token = wire.user("u1")
    assert wire.partner("DELETE", "/v1/enterprise/account/u1").status_code == 200
    # docs/sfox/end-users/deactivate-user.md:52
    assert wire.partner("GET", "/v1/enterprise/users/u1").status_code == 404
    assert wire.partner("GET", "/v1/enterprise/users").json()["data"] == []
    assert wire.partner("POST", "/v1/enterprise/user-tokens/u1").status_code == 404
    assert wire.as_user(token, "GET", "/v1/user/wire-instructions").status_code == 401
    # docs/sfox/end-users/deactivate-user.md:42
    again = wire.partner("DELETE", "/v1/enterprise/account/u1")
    assert wire.error(again) == (404, "The account does not exist to be disabled.")
    # its user_id stays taken
    refused = wire.partner("POST", "/v1/enterprise/register-account", json=individual("u1"))
    assert refused.status_code == 422


def test_a_user_with_money_cannot_be_deactivated(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    wire.control.credit("btc", "0.00000001", owner="u1")
    # docs/sfox/end-users/deactivate-user.md:51
    answer = wire.partner("DELETE", "/v1/enterprise/account/u1")
    assert answer.status_code == 422
    assert answer.json()["error"].startswith("Can not disable account with non-zero balances")


# ---- EDD and documents ------------------------------------------------------------------------

INDIVIDUAL_ANSWERS = {
    **{str(n): {"response": "hello"} for n in (1, 2, 3, 4, 5)},
    "52": {"response": "id_file"},
    "53": {"response": "por_file"},
}


def test_edd_answers_missing_a_required_prompt_store_nothing(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    wire.control.act("edd-request", user_id="u1")
    partial = {"user_id": "u1", "prompts": {"1": {"response": "hello"}}}
    # docs/sfox/end-users/create-edd-responses.md:118
    refused = wire.partner("POST", "/v1/enterprise/eddq/responses", json=partial)
    assert refused.status_code == 422
    assert wire.backend.edd.outstanding(wire.backend.users.active("u1")).answers == {}
    listed = wire.partner("GET", "/v1/enterprise/eddq/requests").json()["data"]
    assert [request["status"] for request in listed] == ["REQUESTED"]


def test_edd_answers_wait_for_their_files_then_go_to_review(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    wire.control.act("edd-request", user_id="u1")
    answers = {"user_id": "u1", "prompts": INDIVIDUAL_ANSWERS}
    assert wire.partner("POST", "/v1/enterprise/eddq/responses", json=answers).status_code == 200

    def status() -> str:
        return str(wire.partner("GET", "/v1/enterprise/eddq/requests").json()["data"][0]["status"])

    # docs/sfox/end-users/create-edd-responses.md:119 (File-Upload answers name the file)
    assert status() == "PARTIAL_SUBMISSION"
    files = [
        ("files", ("id_file.png", b"\x89PNG", "image/png")),
        ("files", ("por_file.pdf", b"%PDF-1.4", "application/pdf")),
    ]
    types = '{"id_file.png": "ID", "por_file.pdf": "PoR"}'
    uploaded = wire.partner(
        "POST",
        "/v1/enterprise/ddq/upload",
        files=files,
        data={"user_id": "u1", "file_types": types},
    )
    assert uploaded.status_code == 202
    assert status() == "IN_REVIEW"
    wire.control.advance_clock(24 * 3600)
    assert status() == "REVIEWED"


def test_a_single_select_answer_must_be_one_of_the_options(wire: SFoxWire) -> None:
    wire.register(business("b1"))
    wire.control.act("edd-request", user_id="b1")
    prompts = wire.partner("GET", "/v1/enterprise/eddq/prompts?account_type=corporation")
    rows = prompts.json()["data"]
    answers = {
        str(row["prompt_id"]): {"response": (row["response_options"] or ["hello"])[0]}
        for row in rows
        if row["is_required"]
    }
    # docs/sfox/end-users/get-edd-prompts.md:34 (Single-Select: one of response_options)
    wrong = {**answers, "19": {"response": "Maybe"}}
    refused = wire.partner(
        "POST", "/v1/enterprise/eddq/responses", json={"user_id": "b1", "prompts": wrong}
    )
    assert refused.status_code == 422
    accepted = wire.partner(
        "POST", "/v1/enterprise/eddq/responses", json={"user_id": "b1", "prompts": answers}
    )
    assert accepted.json()["status"] == "IN_REVIEW"


def test_file_types_must_name_every_uploaded_file_exactly(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    files = [("files", ("id_front.png", b"\x89PNG", "image/png"))]
    # docs/sfox/end-users/submit-documents.md:70
    for types in ('{"id_front.jpg": "ID"}', '{"id_front.png": "Passport"}', "id_front.png"):
        answer = wire.partner(
            "POST",
            "/v1/enterprise/ddq/upload",
            files=files,
            data={"user_id": "u1", "file_types": types},
        )
        assert answer.status_code == 422, types
    unknown = wire.partner(
        "POST",
        "/v1/enterprise/ddq/upload",
        files=files,
        data={"user_id": "ghost", "file_types": '{"id_front.png": "ID"}'},
    )
    assert unknown.status_code == 404  # docs/sfox/end-users/submit-documents.md:61


def test_only_jpeg_png_and_pdf_documents_are_taken(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    # docs/sfox/end-users/submit-documents.md:22
    for name, media_type in (("notes.txt", "text/plain"), ("scan.gif", "application/octet-stream")):
        answer = wire.partner(
            "POST",
            "/v1/enterprise/ddq/upload",
            files=[("files", (name, b"data", media_type))],
            data={"user_id": "u1", "file_types": f'{{"{name}": "PoR"}}'},
        )
        assert answer.status_code == 422, name
    accepted = wire.partner(
        "POST",
        "/v1/enterprise/ddq/upload",
        files=[("files", ("scan.pdf", b"%PDF", "application/octet-stream"))],
        data={"user_id": "u1", "file_types": '{"scan.pdf": "PoR"}'},
    )
    assert accepted.status_code == 202


# ---- bank accounts ---------------------------------------------------------------------------

MANUAL = {
    "accountnumber": "123456789",
    "bankAccountType": "checking",
    "bankCurrency": "usd",
    "enableWires": True,
    "firstname": "Sean",
    "isInternational": False,
    "lastname": "Fox",
    "name": "Sean Fox",
    "routingnumber": "987654321",
    "type": "individual",
    "wireRoutingnumber": "987654321",
}


def test_one_bank_account_per_user_until_it_is_deleted(wire: SFoxWire) -> None:
    token = wire.user("u1")
    assert wire.as_user(token, "POST", "/v1/user/bank", json=MANUAL).status_code == 200
    # docs/sfox/payments/create-bank-account.md:64
    again = wire.as_user(token, "POST", "/v1/user/bank", json=MANUAL)
    assert again.status_code == 400
    plaid = {"data": [{"processor": "sfox", "token": "t"}]}
    assert (
        wire.as_user(token, "POST", "/v1/bank-accounts/plaid-processors", json=plaid).status_code
        == 400
    )
    assert wire.as_user(token, "DELETE", "/v1/user/bank").status_code == 200
    assert (
        wire.as_user(token, "POST", "/v1/bank-accounts/plaid-processors", json=plaid).status_code
        == 200
    )


def test_micro_deposits_verify_a_manual_bank_account_within_the_attempts(wire: SFoxWire) -> None:
    token = wire.user("u1")
    wire.as_user(token, "POST", "/v1/user/bank", json=MANUAL)
    (statement,) = wire.control.inbox("u1")
    first, second = statement["details"]["amounts"]
    # docs/sfox/payments/verify-bank-account.md:60 (two deposits under $1)
    assert Decimal(first) < 1 and Decimal(second) < 1
    verify = "/v1/user/bank/verify"
    wrong = wire.as_user(token, "POST", verify, json={"amount1": 0.001, "amount2": 0.002})
    assert wrong.json() == {"success": False}
    # either name pair (docs/sfox/payments/verify-bank-account.md:29), either order
    right = {"verifyAmount1": float(second), "verifyAmount2": float(first)}
    assert wire.as_user(token, "POST", verify, json=right).json() == {"success": True}
    assert wire.as_user(token, "GET", "/v1/user/bank").json()["usd"][0]["status"] == "active"


def test_too_many_wrong_micro_deposit_attempts_lock_verification(wire: SFoxWire) -> None:
    token = wire.user("u1")
    wire.as_user(token, "POST", "/v1/user/bank", json=MANUAL)
    amounts = wire.control.inbox("u1")[0]["details"]["amounts"]
    verify = "/v1/user/bank/verify"
    for _ in range(3):  # the simulator's maximum (the docs give none)
        wire.as_user(token, "POST", verify, json={"amount1": 0.001, "amount2": 0.002})
    right = {"amount1": float(amounts[0]), "amount2": float(amounts[1])}
    # docs/sfox/payments/verify-bank-account.md:55 and 64
    locked = wire.as_user(token, "POST", verify, json=right)
    assert locked.status_code == 400
    assert locked.json()["error"].startswith("You have exceeded the maximum attempts")
    assert wire.as_user(token, "GET", "/v1/user/bank").json()["usd"][0]["requires_support"] == 1


def test_ach_needs_a_dwolla_token_or_onboarding(wire: SFoxWire) -> None:
    token = wire.user("u1")
    plaid = {"data": [{"processor": "sfox", "token": "t"}]}
    wire.as_user(token, "POST", "/v1/bank-accounts/plaid-processors", json=plaid)
    bank = wire.as_user(token, "GET", "/v1/user/bank").json()["usd"][0]
    # docs/sfox/payments/create-bank-account-plaid.md:71
    assert bank["ach_enabled"] is False
    with pytest.raises(RuntimeError, match="ACH is not enabled"):
        wire.control.credit("usd", "10", owner="u1", sender="ach")
    onboard = {"bank_account_display_id": bank["id"]}
    assert wire.as_user(token, "POST", "/v1/account/onboard-ach", json=onboard).status_code == 200
    # docs/sfox/payments/get-ach-agreement-status.md:44 (acceptance recorded by onboarding)
    assert wire.as_user(token, "GET", "/v1/account/accepted-ach").json()["data"] == {"dwolla": True}
    assert wire.as_user(token, "GET", "/v1/user/bank").json()["usd"][0]["ach_enabled"] is True


def test_ach_deposits_count_against_the_weekly_limit_which_resets_on_monday(
    wire: SFoxWire,
) -> None:
    token = wire.user("u1")
    plaid = {"data": [{"processor": "sfox", "token": "s"}, {"processor": "dwolla", "token": "d"}]}
    wire.as_user(token, "POST", "/v1/bank-accounts/plaid-processors", json=plaid)
    wire.control.credit("usd", "499999.50", owner="u1", sender="ach")
    limit = "/v1/account/weekly-deposit-limit"
    # docs/sfox/payments/get-ach-deposit-limit.md:24 (the cap less this week's ACH deposits)
    assert wire.as_user(token, "GET", limit).json()["data"]["weekly_deposit_limit"] == 0.5
    with pytest.raises(RuntimeError, match="weekly ACH deposit limit"):
        wire.control.credit("usd", "1", owner="u1", sender="ach")
    wire.control.advance_clock(7 * 24 * 3600)  # the simulator starts on a Monday
    token = wire.token("u1")  # the first expired meanwhile
    assert wire.as_user(token, "GET", limit).json()["data"]["weekly_deposit_limit"] == 500000


# ---- withdrawals -------------------------------------------------------------------------------


def test_a_withdrawal_holds_its_amount_and_leaves_once_confirmed_and_processed(
    wire: SFoxWire,
) -> None:
    token = wire.user("u1")
    wire.control.credit("usd", "100", owner="u1")
    atx_id = wire.control.act("withdrawal", user_id="u1", currency="usd", amount="40")["atx_id"]
    assert wire.balance("u1", "usd") == (Decimal("60"), Decimal("40"))
    # docs/sfox/withdrawals/confirm-withdrawal.md:48 (the emailed 6-digit code)
    confirm = {"otp": wire.codes("u1")[-1], "atx_id": atx_id}
    answer = wire.as_user(token, "POST", "/v1/user/withdraw/confirm", json=confirm)
    assert answer.json()["data"] == {"success": True, "atx_id": atx_id, "tx_status": 1160}
    wire.control.advance_clock(30 * 60)
    assert wire.balance("u1", "usd") == (Decimal("60"), Decimal("0"))
    # docs/sfox/withdrawals/cancel-withdrawal.md:40 (a processed withdrawal cannot be cancelled)
    late = wire.as_user(token, "DELETE", f"/v1/transactions/{atx_id}")
    assert late.status_code == 422


def test_a_resent_withdrawal_code_replaces_the_first(wire: SFoxWire) -> None:
    token = wire.user("u1")
    wire.control.credit("usd", "100", owner="u1")
    atx_id = wire.control.act("withdrawal", user_id="u1", currency="usd", amount="40")["atx_id"]
    first = wire.codes("u1")[-1]
    # docs/sfox/withdrawals/resend-confirmation-code.md:11
    resent = wire.as_user(
        token, "POST", "/v1/user/withdraw/resend-confirmation", json={"atx_id": atx_id}
    )
    assert resent.json()["data"]["tx_status"] == 1100
    second = wire.codes("u1")[-1]
    stale = wire.as_user(
        token, "POST", "/v1/user/withdraw/confirm", json={"otp": first, "atx_id": atx_id}
    )
    if first == second:  # one chance in a million: the first code is the fresh one too
        assert stale.json()["data"]["success"] is True
        return
    assert wire.error(stale) == (422, "Invalid confirmation code.")
    fresh = wire.as_user(
        token, "POST", "/v1/user/withdraw/confirm", json={"otp": second, "atx_id": atx_id}
    )
    assert fresh.json()["data"]["success"] is True


def test_a_withdrawal_is_only_the_users_own_and_only_with_the_money_for_it(wire: SFoxWire) -> None:
    wire.user("u1")
    other = wire.user("u2")
    wire.control.credit("usd", "10", owner="u1")
    with pytest.raises(RuntimeError, match="Insufficient funds"):
        wire.control.act("withdrawal", user_id="u1", currency="usd", amount="10.01")
    atx_id = wire.control.act("withdrawal", user_id="u1", currency="usd", amount="10")["atx_id"]
    assert wire.as_user(other, "DELETE", f"/v1/transactions/{atx_id}").status_code == 404


def test_a_withdrawal_fee_setting_charges_the_user_and_pays_the_partner(wire: SFoxWire) -> None:
    token = wire.user("u1")
    fee = {"feature": "WITHDRAW", "method": "FEE_FLAT", "amount": 1.5, "currency": "usd"}
    assert wire.partner("POST", "/v1/enterprise/monetization/settings", json=fee).status_code == 201
    wire.control.credit("usd", "100", owner="u1")
    started = wire.control.act("withdrawal", user_id="u1", currency="usd", amount="40")
    assert (started["fee"], wire.balance("u1", "usd")) == (
        "1.5",
        (Decimal("58.5"), Decimal("41.5")),
    )
    confirm = {"otp": wire.codes("u1")[-1], "atx_id": started["atx_id"]}
    wire.as_user(token, "POST", "/v1/user/withdraw/confirm", json=confirm)
    # docs/sfox/monetization/get-monetization-history.md:11 (unprocessed fees are excluded)
    assert wire.partner("GET", "/v1/enterprise/monetization/history").json()["data"] == []
    wire.control.advance_clock(30 * 60)
    (entry,) = wire.partner("GET", "/v1/enterprise/monetization/history").json()["data"]
    assert (entry["fee_amount"], entry["atx_id"]) == (1.5, started["atx_id"])
    assert wire.balance(None, "usd") == (Decimal("1.5"), Decimal("0"))


# ---- transfers ---------------------------------------------------------------------------------


def test_a_payment_holds_the_users_funds_until_confirmed_with_the_emailed_code(
    wire: SFoxWire,
) -> None:
    wire.register(individual("u1"))
    wire.control.credit("eth", "1", owner="u1")
    created = wire.transfer("u1", "t1").json()["data"]
    # docs/sfox/transfers/create-transfer.md:113
    assert (created["transfer_status_code"], created["atx_status_charged"]) == ("PENDING", 1127)
    assert wire.balance("u1", "eth") == (Decimal("0.9"), Decimal("0.1"))
    wrong = wire.partner(
        "POST", "/v1/enterprise/transfer/confirm", json={"transfer_id": "t1", "otp": "1"}
    )
    assert wrong.status_code == 422
    confirm = {"transfer_id": "t1", "otp": wire.codes("u1")[-1]}
    done = wire.partner("POST", "/v1/enterprise/transfer/confirm", json=confirm)
    assert done.json()["data"]["transfer_status_code"] == "COMPLETE"
    assert (wire.balance("u1", "eth"), wire.balance(None, "eth")) == (
        (Decimal("0.9"), Decimal("0")),
        (Decimal("0.1"), Decimal("0")),
    )
    # docs/sfox/transfers/confirm-transfer.md:84
    again = wire.partner("POST", "/v1/enterprise/transfer/confirm", json=confirm)
    assert wire.error(again) == (422, "Funds transfer is not pending verification.")
    wire.control.advance_clock(60)
    history = wire.partner("GET", "/v1/enterprise/transfer/history").json()["data"]
    assert history[0]["atx_status_charged"] == 1200


def test_an_expired_payment_code_is_replaced_by_a_resent_one(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    wire.control.credit("eth", "1", owner="u1")
    wire.transfer("u1", "t1")
    wire.control.advance_clock(15 * 60)
    confirm = {"transfer_id": "t1", "otp": wire.codes("u1")[-1]}
    # docs/sfox/transfers/confirm-transfer.md:78
    expired = wire.partner("POST", "/v1/enterprise/transfer/confirm", json=confirm)
    assert wire.error(expired) == (422, "Code expired. Request a new code for this transfer.")
    resend = wire.partner(
        "POST", "/v1/enterprise/transfer/resend-confirmation", json={"transfer_id": "t1"}
    )
    assert resend.json()["data"] == {"success": True}
    confirm["otp"] = wire.codes("u1")[-1]
    assert wire.partner("POST", "/v1/enterprise/transfer/confirm", json=confirm).status_code == 201


def test_a_payout_is_processed_at_once_from_the_master_account(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    # docs/sfox/transfers/create-transfer.md:108 (the partner's balance too low)
    short = wire.transfer("u1", "p1", type="PAYOUT", currency="usd", quantity=25, rate=1)
    assert wire.error(short) == (422, "Insufficient funds.")
    wire.control.credit("usd", "100")
    paid = wire.transfer("u1", "p1", type="PAYOUT", currency="USD", quantity=25, rate=1)
    # docs/sfox/transfers/create-transfer.md:114
    assert paid.json()["data"]["transfer_status_code"] == "COMPLETE"
    assert (wire.balance(None, "usd"), wire.balance("u1", "usd")) == (
        (Decimal("75"), Decimal("0")),
        (Decimal("25"), Decimal("0")),
    )


def test_transfer_id_is_the_idempotency_key(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    wire.control.credit("eth", "1", owner="u1")
    assert wire.transfer("u1", "t1").status_code == 201
    # docs/sfox/transfers/create-transfer.md:96
    again = wire.transfer("u1", "t1", quantity=0.2)
    assert wire.error(again) == (422, "A transaction with the same transfer_id already exists.")
    assert wire.balance("u1", "eth") == (Decimal("0.9"), Decimal("0.1"))
    wire.partner("DELETE", "/v1/enterprise/transfer/t1")
    # a cancelled transfer keeps its transfer_id
    assert wire.transfer("u1", "t1").status_code == 422


def test_a_transfer_in_a_restricted_currency_or_beyond_the_funds_is_refused(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    wire.control.credit("eth", "1", owner="u1")
    # docs/sfox/transfers/create-transfer.md:102 and 108
    assert wire.error(wire.transfer("u1", "t1", currency="doge")) == (
        422,
        "Restricted currency for partner or end user.",
    )
    assert wire.error(wire.transfer("u1", "t2", quantity=1.5)) == (422, "Insufficient funds.")
    assert wire.transfer("ghost", "t3").status_code == 404


def test_a_partner_without_the_permission_cannot_make_that_transfer_type() -> None:
    wire = SFoxWire(transfer_permissions=["PAYOUT"])
    wire.register(individual("u1"))
    wire.control.credit("eth", "1", owner="u1")
    # docs/sfox/transfers/create-transfer.md:90 and 117
    assert wire.error(wire.transfer("u1", "t1")) == (
        403,
        "Partner transfer permission not granted.",
    )


def test_cancelling_a_payment_releases_its_funds_and_only_a_pending_one(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    wire.control.credit("eth", "1", owner="u1")
    wire.transfer("u1", "t1")
    # docs/sfox/transfers/cancel-transfer.md:66
    assert wire.partner("DELETE", "/v1/enterprise/transfer/t1").json()["data"] == {"success": True}
    assert wire.balance("u1", "eth") == (Decimal("1"), Decimal("0"))
    # docs/sfox/transfers/cancel-transfer.md:59
    again = wire.partner("DELETE", "/v1/enterprise/transfer/t1")
    assert wire.error(again) == (422, "Funds transfer is not pending verification.")
    unknown = wire.partner("DELETE", "/v1/enterprise/transfer/nope")
    assert wire.error(unknown) == (422, "Transfer with transfer_id nope not found.")


def test_transfer_history_filters_and_defaults_to_three_months(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    wire.control.credit("eth", "10", owner="u1")
    wire.control.credit("usd", "10")
    wire.transfer("u1", "old")
    wire.control.advance_clock(100 * 24 * 3600)
    wire.transfer("u1", "payment")
    wire.transfer("u1", "payout", type="PAYOUT", purpose="SERVICE", currency="usd", quantity=1)

    def history(**filters: object) -> list[str]:
        answer = wire.partner("GET", "/v1/enterprise/transfer/history", json=filters or None)
        return [t["transfer_id"] for t in answer.json()["data"]]

    # docs/sfox/transfers/get-transfer-history.md:120
    assert history() == ["payout", "payment"]
    assert history(type="PAYOUT") == ["payout"]
    assert history(purpose="GOOD", status="PENDING") == ["payment"]
    assert history(from_date=0) == ["payout", "payment", "old"]
    # docs/sfox/transfers/get-transfer-history.md:104 (a bad filter is a 422)
    bad = wire.partner("GET", "/v1/enterprise/transfer/history", json={"status": "DONE"})
    assert bad.status_code == 422


# ---- monetization ------------------------------------------------------------------------------


def test_only_permitted_feature_and_method_pairs_can_be_set(wire: SFoxWire) -> None:
    settings = "/v1/enterprise/monetization/settings"
    # docs/sfox/monetization/create-setting.md:105 (Get Permissions' Withdraw is a Flat Fee)
    rate = {"feature": "WITHDRAW", "method": "FEE_RATE", "amount": 0.01}
    assert wire.error(wire.partner("POST", settings, json=rate)) == (
        403,
        "You do not have FEE_RATE monetization permission for WITHDRAW",
    )
    restricted = SFoxWire(monetization_permissions=[("Spot Trading", "Fee Rate")])
    rfq = {"feature": "RFQ", "method": "FEE_RATE", "amount": 0.01}
    # docs/sfox/monetization/create-setting.md:89
    assert restricted.error(restricted.partner("POST", settings, json=rfq)) == (
        403,
        "You do not have RFQ monetization permission",
    )


def test_a_setting_scope_is_taken_once_and_free_again_after_deletion(wire: SFoxWire) -> None:
    settings = "/v1/enterprise/monetization/settings"
    body = {"feature": "RFQ", "method": "SPREAD_ADJUSTMENT", "amount": 0.01}
    created = wire.partner("POST", settings, json=body).json()["data"]
    # docs/sfox/monetization/create-setting.md:106
    assert wire.error(wire.partner("POST", settings, json=body)) == (
        422,
        "Monetization setting already exists",
    )
    assert (
        wire.partner("POST", settings, json={**body, "security_pair": "btcusd"}).status_code == 201
    )
    wire.partner("DELETE", f"{settings}/{created['monetization_id']}")
    assert wire.partner("POST", settings, json=body).status_code == 201


def test_a_rate_is_below_one_and_an_update_changes_only_the_amount(wire: SFoxWire) -> None:
    settings = "/v1/enterprise/monetization/settings"
    body = {"feature": "SPOT_TRADE", "method": "FEE_RATE", "amount": 1}
    # a rate of 1 or more is refused by the spec (CreateMonetizationSettingRequest's allOf)
    assert wire.partner("POST", settings, json=body).status_code == 400
    setting_id = wire.partner("POST", settings, json={**body, "amount": 0.01}).json()["data"][
        "monetization_id"
    ]
    # docs/sfox/monetization/update-setting.md:56 (a field error is a 422 here)
    zero = wire.partner("PUT", f"{settings}/{setting_id}", json={"new_monetization_amount": 0})
    assert zero.status_code == 422
    updated = wire.partner(
        "PUT", f"{settings}/{setting_id}", json={"new_monetization_amount": 0.02}
    )
    assert (
        updated.json()["data"]["monetization_amount"],
        updated.json()["data"]["monetization_feature_code"],
    ) == (
        0.02,
        "SPOT_TRADE",
    )
    # docs/sfox/monetization/update-setting.md:71
    unknown = wire.partner("PUT", f"{settings}/1", json={"new_monetization_amount": 0.02})
    assert wire.error(unknown) == (422, "Invalid monetization ID.")


def test_deleting_settings_needs_the_permission(wire: SFoxWire) -> None:
    locked = SFoxWire(may_delete_settings=False)
    settings = "/v1/enterprise/monetization/settings"
    body = {"feature": "RFQ", "method": "FEE_RATE", "amount": 0.01}
    setting_id = locked.partner("POST", settings, json=body).json()["data"]["monetization_id"]
    # docs/sfox/monetization/delete-setting.md:60
    assert locked.error(locked.partner("DELETE", f"{settings}/{setting_id}")) == (
        403,
        "Partner does not have permission to delete Feature Monetization.",
    )
    listed = wire.partner("GET", settings).json()["data"]
    assert listed == []


def test_settings_are_listed_by_their_filters(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    settings = "/v1/enterprise/monetization/settings"
    wire.partner("POST", settings, json={"feature": "RFQ", "method": "FEE_RATE", "amount": 0.01})
    wire.partner(
        "POST",
        settings,
        json={"feature": "SPOT_TRADE", "method": "FEE_RATE", "amount": 0.02, "user_id": "u1"},
    )
    # docs/sfox/monetization/get-settings.md:16 (filters in a JSON body on GET)
    by_user = wire.http.request("GET", settings, headers=ENTERPRISE, json={"user_id": "u1"})
    assert [s["monetization_feature_code"] for s in by_user.json()["data"]] == ["SPOT_TRADE"]
    everything = wire.partner("GET", settings).json()["data"]
    assert [s["monetization_feature_code"] for s in everything] == ["RFQ", "SPOT_TRADE"]


# ---- the books ---------------------------------------------------------------------------------


def test_the_books_balance_after_every_kind_of_movement(wire: SFoxWire) -> None:
    token = wire.user("u1")
    wire.control.credit("eth", "2", owner="u1")
    wire.control.credit("usd", "100")
    wire.transfer("u1", "paid")
    wire.partner(
        "POST",
        "/v1/enterprise/transfer/confirm",
        json={"transfer_id": "paid", "otp": wire.codes("u1")[-1]},
    )
    wire.transfer("u1", "cancelled")
    wire.partner("DELETE", "/v1/enterprise/transfer/cancelled")
    wire.transfer("u1", "pending")
    wire.transfer("u1", "payout", type="PAYOUT", currency="usd", quantity=30, rate=1)
    withdrawal = wire.control.act("withdrawal", user_id="u1", currency="usd", amount="10")
    wire.as_user(
        token,
        "POST",
        "/v1/user/withdraw/confirm",
        json={"otp": wire.codes("u1")[-1], "atx_id": withdrawal["atx_id"]},
    )
    wire.control.advance_clock(3600)
    assert wire.simulator.provider.broken_invariants() == []
    assert wire.balance("u1", "eth") == (Decimal("1.8"), Decimal("0.1"))
    assert wire.balance("u1", "usd") == (Decimal("20"), Decimal("0"))


def test_the_invariants_notice_a_balance_that_does_not_match_its_movements(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    wire.control.credit("usd", "10", owner="u1")
    wire.backend.ledger.balance("u1", "usd").available += 1  # a bug's shortcut past the ledger
    problems = wire.simulator.provider.broken_invariants()
    assert any("movements" in problem for problem in problems)
    assert any("the books say" in problem for problem in problems)


def test_the_business_refusals_verification_accepts_are_the_documented_ones() -> None:
    refusals = HARNESS.refusals
    assert refusals["createTransfer"] == frozenset({422})
    assert refusals["deleteBankAccount"] == frozenset({400})
    assert "getEndUser" not in refusals  # only the shared "malformed request" 400
