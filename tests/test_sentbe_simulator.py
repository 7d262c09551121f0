"""The Sentbe simulator's wire and its users, recipients, banks and balances, as the docs say."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sentbe_calls import OTHER_PARTNER, RECIPIENT, USER, Sentbe

from corridor.sentbe.codec import encrypt
from corridor.simulator.sentbe.reference import BANKS


@pytest.fixture
def sentbe() -> Sentbe:
    return Sentbe.start(partners=[OTHER_PARTNER])


# ---- the wire -------------------------------------------------------------------------------


def test_a_success_is_wrapped_in_result_true_and_data(sentbe: Sentbe) -> None:
    # docs/sentbe/api/_create_user.md:50-61
    answer = sentbe.call("POST", "/inbound/users", USER)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    body = answer.json()
    assert body["result"] is True
    assert body["data"]["first_name"] == "sanghyun"


def test_missing_partner_id_or_key_is_an_invalid_header_key(sentbe: Sentbe) -> None:
    # docs/sentbe/_authentication.md:264-267 (every call carries both); _errors.md:14
    for missing in ("PARTNER-ID", "KEY"):
        answer = sentbe.http.get(
            "/inbound/banks", headers={"PARTNER-ID": "1", "KEY": "test_id"} | {missing: ""}
        )
        assert answer.status_code == 401
        assert answer.json()["errors"][0]["error_code"] == "E0003"
        assert answer.json()["errors"][0]["message"] == "Invalid header key"  # _errors.md:14


def test_an_unknown_partner_and_a_wrong_access_id_get_the_same_authentication_error(
    sentbe: Sentbe,
) -> None:
    # docs/sentbe/_errors.md:12
    wrong_key = sentbe.call("GET", "/inbound/banks", partner=("1", "not-it", "test_pw"))
    unknown = sentbe.call("GET", "/inbound/banks", partner=("99", "test_id", "test_pw"))
    assert wrong_key.status_code == unknown.status_code == 401
    assert wrong_key.json() == unknown.json()
    assert wrong_key.json()["errors"] == [
        {"message": "Authentication error -- auth_key/ip address", "error_code": "E0001"}
    ]


def test_parameters_travel_only_in_signature_never_in_a_body(sentbe: Sentbe) -> None:
    # docs/sentbe/_authentication.md:254-268 (parameters encrypted into the SIGNATURE header)
    answer = sentbe.http.post(
        "/inbound/users", headers={"PARTNER-ID": "1", "KEY": "test_id"}, json=USER
    )
    assert answer.status_code == 400
    assert answer.json()["errors"][0]["error_code"] == "E0005"
    assert answer.json()["errors"][0]["message"] == "Unpermitted parameter"  # _errors.md:16
    assert len(sentbe.simulator.provider.backend.users.records) == 0


def test_a_call_with_required_parameters_and_no_signature_needs_more(sentbe: Sentbe) -> None:
    # docs/sentbe/_errors.md:16 "Need more required parameter"
    answer = sentbe.call("POST", "/inbound/users")
    assert answer.status_code == 400
    error = answer.json()["errors"][0]
    assert error == {"message": "Need more required parameter", "error_code": "E0005"}


def test_a_list_without_signature_answers_its_first_page(sentbe: Sentbe) -> None:
    # docs/sentbe/_authentication.md:271 (SIGNATURE may be omitted); _user_info.md:12 (page 1)
    sentbe.user()
    assert len(sentbe.ok("GET", "/inbound/users")) == 1


def test_a_signature_made_with_another_partners_secret_is_an_invalid_signature(
    sentbe: Sentbe,
) -> None:
    # docs/sentbe/_errors.md:15
    signature = encrypt(USER, OTHER_PARTNER[2])
    status, code = sentbe.refused("POST", "/inbound/users", headers={"SIGNATURE": signature})
    assert (status, code) == (401, "E0004")
    assert len(sentbe.simulator.provider.backend.users.records) == 0


@pytest.mark.parametrize(
    "signature",
    [
        "not json",
        '{"ct": "AAAA", "iv": "00", "s": "00"}',
        '{"iv": "00112233445566778899aabbccddeeff", "s": "0011223344556677"}',
        "",
    ],
    ids=["not-json", "short-fields", "no-ct", "empty"],
)
def test_a_malformed_signature_is_an_invalid_signature(sentbe: Sentbe, signature: str) -> None:
    status, code = sentbe.refused("POST", "/inbound/users", headers={"SIGNATURE": signature})
    assert (status, code) == (401, "E0004")


def test_a_signature_holding_invalid_parameters_answers_the_docs_words_for_each(
    sentbe: Sentbe,
) -> None:
    # docs/sentbe/api/_create_user.md:10-19 (required parameters); _errors.md:16, 22
    answer = sentbe.call(
        "POST", "/inbound/users", {"first_name": 7, "phone_country_code": "usa", "extra": 1}
    )
    assert answer.status_code == 400
    errors = [(e["error_code"], e["message"]) for e in answer.json()["errors"]]
    assert ("E0005", "Unpermitted parameter") in errors  # first_name not text, extra unknown
    assert ("E0005", "Need more required parameter") in errors  # last_name and others
    assert ("E0011", "Invalid country code") in errors  # present, but no country code


def test_unknown_paths_and_methods_are_not_supported(sentbe: Sentbe) -> None:
    # docs/sentbe/_errors.md:17
    # one code, one status (docs/simulators/sentbe.md): E0006 is 405 for both
    unknown = sentbe.call("GET", "/inbound/nothing")
    assert unknown.status_code == 405 and unknown.headers["allow"] == ""
    assert unknown.json()["errors"] == [{"message": "Not supported method", "error_code": "E0006"}]
    answer = sentbe.call("DELETE", "/inbound/users")
    assert (answer.status_code, answer.json()["errors"][0]["error_code"]) == (405, "E0006")
    assert answer.json()["errors"][0]["message"] == "Not supported method"
    assert answer.headers["allow"] == "GET, POST"


def test_a_call_that_takes_no_parameters_ignores_a_signature(sentbe: Sentbe) -> None:
    # docs/sentbe/_authentication.md:271 (a call without parameters leaves SIGNATURE out); the
    # spec gives these calls no SIGNATURE scheme, so the header is ignored, whatever it holds
    assert sentbe.ok("GET", "/inbound/banks", {})
    assert sentbe.ok("GET", "/inbound/banks", {"page": "2"})
    assert sentbe.ok("GET", "/inbound/banks", headers={"SIGNATURE": "not a CryptoJS envelope"})


# ---- users ------------------------------------------------------------------------------------


def test_a_created_user_answers_the_documented_fields_in_korean_time(sentbe: Sentbe) -> None:
    # docs/sentbe/api/_create_user.md:36-45 (fields), 57 (created_at with +09:00)
    user = sentbe.user()
    assert set(user) == {
        "id",
        "first_name",
        "last_name",
        "email",
        "created_at",
        "phone_country_code",
        "phone_number",
    }
    assert isinstance(user["id"], int)
    assert user["created_at"] == "2026-01-05T18:00:00.000+09:00"  # the clock: 09:00 UTC


def test_a_user_is_read_back_by_its_id_and_an_unknown_id_is_an_invalid_model_id(
    sentbe: Sentbe,
) -> None:
    # docs/sentbe/api/_user_info.md:8; _errors.md:13
    user = sentbe.user()
    assert sentbe.ok("GET", f"/inbound/users/{user['id']}") == user
    assert sentbe.refused("GET", "/inbound/users/999") == (404, "E0002")


def test_users_are_listed_five_to_a_page_oldest_first(sentbe: Sentbe) -> None:
    # docs/sentbe/api/_user_info.md:12 ("default: 1, offset: 5"), 17-20 (page as a string)
    ids = [sentbe.user(first_name=f"user{n}")["id"] for n in range(7)]
    first = sentbe.ok("GET", "/inbound/users", {"page": 1})
    second = sentbe.ok("GET", "/inbound/users", {"page": "2"})
    assert [u["id"] for u in first] == ids[:5]
    assert [u["id"] for u in second] == ids[5:]
    assert sentbe.ok("GET", "/inbound/users", {"page": "99999999999999999999"}) == []


def test_one_partner_never_sees_another_partners_users(sentbe: Sentbe) -> None:
    user = sentbe.user()
    assert sentbe.refused("GET", f"/inbound/users/{user['id']}", partner=OTHER_PARTNER) == (
        404,
        "E0002",
    )
    assert sentbe.ok("GET", "/inbound/users", partner=OTHER_PARTNER) == []


def test_a_country_code_must_be_a_real_iso_code(sentbe: Sentbe) -> None:
    # docs/sentbe/api/_create_user.md:12,17 ("ISO ALPHA-2 Code"); _errors.md:22
    answer = sentbe.call("POST", "/inbound/users", USER | {"nationality": "ZZ"})
    assert answer.status_code == 400  # the spec's pattern lists the assigned codes
    assert answer.json()["errors"] == [{"message": "Invalid country code", "error_code": "E0011"}]
    assert len(sentbe.simulator.provider.backend.users.records) == 0


@pytest.mark.parametrize("birth_date", ["19891399", "00000000", "20230229"])
def test_a_birth_date_must_be_a_calendar_day(sentbe: Sentbe, birth_date: str) -> None:
    status, code = sentbe.refused("POST", "/inbound/users", USER | {"birth_date": birth_date})
    assert (status, code) == (400, "E0005")


def test_a_birth_date_still_to_come_is_not_refused(sentbe: Sentbe) -> None:
    # no documented error names it (specs/sentbe.yaml BirthDate's discrepancy)
    assert sentbe.ok("POST", "/inbound/users", USER | {"birth_date": "29990101"})["id"] == 1


def test_update_user_info_changes_only_the_given_details(sentbe: Sentbe) -> None:
    # docs/sentbe/api/_update_user_info.md:10-30
    user = sentbe.user()
    changed = sentbe.ok(
        "POST",
        "/inbound/update_user_info",
        {"user_id": str(user["id"]), "email": "sanghyun.ryu2@sentbe.com", "first_name": "x"},
    )
    assert changed == user | {"email": "sanghyun.ryu2@sentbe.com"}  # first_name is not changeable
    assert sentbe.ok("GET", f"/inbound/users/{user['id']}") == changed


def test_an_update_with_one_bad_detail_changes_nothing(sentbe: Sentbe) -> None:
    user = sentbe.user()
    params = {"user_id": user["id"], "email": "new@sentbe.com", "phone_country_code": "QQ"}
    assert sentbe.refused("POST", "/inbound/update_user_info", params) == (400, "E0011")
    assert sentbe.ok("GET", f"/inbound/users/{user['id']}")["email"] == USER["email"]


# ---- recipients -----------------------------------------------------------------------------


def test_a_recipient_answers_its_bank_account_with_a_null_branch(sentbe: Sentbe) -> None:
    # docs/sentbe/api/_create_recipient.md:67-81
    recipient = sentbe.recipient(sentbe.user()["id"])
    assert recipient["bank_attributes"] == RECIPIENT["bank_attributes"] | {"branch": None}
    assert recipient["birth_date"] == "19901201"
    assert sentbe.ok("GET", f"/inbound/recipients/{recipient['id']}") == recipient


def test_a_recipient_needs_an_existing_user_of_the_partner(sentbe: Sentbe) -> None:
    # docs/sentbe/api/_create_recipient.md:20 (user_id from create user)
    params = RECIPIENT | {"user_id": "47"}
    assert sentbe.refused("POST", "/inbound/recipients", params) == (404, "E0002")
    user = sentbe.user()
    params = RECIPIENT | {"user_id": user["id"]}
    assert sentbe.refused("POST", "/inbound/recipients", params, partner=OTHER_PARTNER) == (
        404,
        "E0002",
    )


def test_a_recipients_bank_must_be_in_the_bank_list(sentbe: Sentbe) -> None:
    # docs/sentbe/api/_create_recipient.md:22 ("See bank_info request"); _errors.md:23
    user = sentbe.user()
    bank = RECIPIENT["bank_attributes"] | {"name": "999"}
    params = RECIPIENT | {"user_id": user["id"], "bank_attributes": bank}
    assert sentbe.refused("POST", "/inbound/recipients", params) == (409, "E0012")
    assert len(sentbe.simulator.provider.backend.recipients.records) == 0


def test_recipients_are_listed_five_to_a_page(sentbe: Sentbe) -> None:
    # docs/sentbe/api/_recipient_info.md:12
    user = sentbe.user()
    ids = [sentbe.recipient(user["id"])["id"] for _ in range(6)]
    assert [r["id"] for r in sentbe.ok("GET", "/inbound/recipients")] == ids[:5]
    assert [r["id"] for r in sentbe.ok("GET", "/inbound/recipients", {"page": 2})] == ids[5:]


def test_update_recipient_info_changes_bank_details_it_is_given(sentbe: Sentbe) -> None:
    # docs/sentbe/api/_update_recipient_info.md:23-32 (request), 51-68 (answer)
    recipient = sentbe.recipient(sentbe.user()["id"])
    params = {
        "recipient_id": str(recipient["id"]),
        "email": "hong2@sentbe.com",
        "bank_attributes": {"name": "020", "account_number": "56785678"},
        "phone_country_code": "KR",
        "phone_number": "010-5566-7788",
    }
    changed = sentbe.ok("POST", "/inbound/update_recipient_info", params)
    assert changed["bank_attributes"] == {
        "name": "020",
        "account_number": "56785678",
        "account_holder_name": "gildong hong",
        "branch": None,
    }
    assert (changed["email"], changed["phone_number"]) == ("hong2@sentbe.com", "010-5566-7788")


def test_a_verified_recipient_can_no_longer_be_updated(sentbe: Sentbe) -> None:
    # docs/sentbe/api/_update_recipient_info.md:75; _errors.md:21
    recipient = sentbe.recipient(sentbe.user()["id"])
    sentbe.control.act("verify-recipient", recipient_id=recipient["id"])
    params = {"recipient_id": recipient["id"], "email": "hong2@sentbe.com"}
    assert sentbe.refused("POST", "/inbound/update_recipient_info", params) == (409, "E0010")
    assert sentbe.ok("GET", f"/inbound/recipients/{recipient['id']}")["email"] == RECIPIENT["email"]


# ---- banks and balances ---------------------------------------------------------------------


def test_the_bank_list_maps_codes_to_labels_including_the_documented_ones(sentbe: Sentbe) -> None:
    # docs/sentbe/api/_bank_info.md:17-25; the request examples' codes "002" and "020"
    banks = sentbe.ok("GET", "/inbound/banks")
    assert banks["10316"] == {"label": "새마을은행"}
    assert banks["10307"] == {"label": "IBK기업"}
    assert {"002", "020"} <= set(banks)
    assert banks == {code: {"label": label} for code, label in BANKS.items()}


def test_a_new_partner_holds_empty_usd_and_krw_wallets_that_deposits_fill(sentbe: Sentbe) -> None:
    # docs/sentbe/api/_balance_info.md:17 ("currently supported 'USD' and 'KRW'")
    assert sentbe.balances() == {"USD": Decimal("0.00"), "KRW": Decimal(0)}
    deposit = sentbe.control.credit("USD", "10000.005")
    assert deposit["partner_id"] == "1"
    assert sentbe.balances()["USD"] == Decimal("10000.01")  # rounded half-up to the cent
    assert sentbe.ok("GET", "/inbound/balances/USD") == {
        "amount": Decimal("10000.01"),
        "currency": "USD",
    }


def test_a_deposit_in_a_currency_without_a_wallet_is_refused(sentbe: Sentbe) -> None:
    with pytest.raises(RuntimeError, match="no wallet currency"):
        sentbe.control.credit("EUR", "10")
    with pytest.raises(RuntimeError, match="no partner"):
        sentbe.control.credit("USD", "10", owner="77")


def test_a_wallet_currency_other_than_usd_or_krw_is_not_available(sentbe: Sentbe) -> None:
    # docs/sentbe/_errors.md:18
    assert sentbe.refused("GET", "/inbound/balances/EUR") == (400, "E0007")
