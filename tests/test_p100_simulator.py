"""The P100 simulator's business rules, each checked against the docs line it comes from."""

from __future__ import annotations

from decimal import Decimal

import pytest
from p100_world import World

from corridor.simulator.p100 import reference


@pytest.fixture
def world() -> World:
    return World()


def deposit_to(world: World, user: str, amount: str, sender: str) -> dict[str, object]:
    result: dict[str, object] = world.control.act(
        "sepa-deposits", amount=amount, senderName=sender, externalUserId=user
    )
    return result


# ---- authentication and the error shape ------------------------------------------------


def test_a_missing_key_is_access_denied_xo1_as_plain_text(world: World) -> None:
    # docs/p100/getting-started/authentication.md:21
    answer = world.client().get("/v1/partner/balances")
    assert (answer.status_code, answer.text) == (401, "Access Denied. xo1")
    assert answer.headers["content-type"] == "text/plain"


@pytest.mark.parametrize("key", ["wrong", "p100-sandbox-api-key ", "ключ", "P100-SANDBOX-API-KEY"])
def test_a_wrong_key_is_access_denied_xo2(world: World, key: str) -> None:
    # docs/p100/getting-started/authentication.md:22
    headers = {"x-api-key": key.encode("utf-8")}
    answer = world.client().get("/v1/partner/balances", headers=headers)
    assert (answer.status_code, answer.text) == (401, "Access Denied. xo2")


def test_a_validation_error_is_p403_without_error_name_naming_the_field(world: World) -> None:
    # docs/p100/integration/error-handling.md:35
    body = world.refused(
        "GET",
        "/v1/crypto-withdrawal/get-network-fee",
        400,
        params={"currency": "eth", "network": "tron"},
    )
    assert set(body) == {"errorCode", "errorMessage"}
    assert body["errorCode"] == "P403"
    assert "network" in body["errorMessage"]


def test_an_unknown_network_fee_currency_is_answered_as_the_page_prints_it(world: World) -> None:
    # docs/p100/user/get-network-fee.md:36-41 {"errorCode": "P410", "errorName": "invalid-currency"}
    # (the errorMessage the current pages add beside them: integration/error-handling.md:12-25)
    body = world.refused(
        "GET", "/v1/crypto-withdrawal/get-network-fee", 400, params={"currency": "xrp"}
    )
    assert (body["errorCode"], body["errorName"]) == ("P410", "invalid-currency")
    assert set(body) == {"errorCode", "errorName", "errorMessage"}


def test_an_unknown_path_or_method_is_plain_text_never_p403_at_another_status(
    world: World,
) -> None:
    # docs/p100/integration/error-handling.md:35: P403's HTTP status is always 400
    unknown = world.api.get("/v1/no-such-thing")
    assert (unknown.status_code, unknown.text) == (404, "Not Found")
    assert unknown.headers["content-type"] == "text/plain"
    wrong = world.api.delete("/v1/partner/balances")
    assert (wrong.status_code, wrong.text, wrong.headers["allow"]) == (
        405,
        "Method Not Allowed",
        "GET",
    )


def test_every_failure_of_a_request_is_listed_in_one_message(world: World) -> None:
    # docs/p100/integration/error-handling.md:35 ("may concatenate several validation failures")
    body = world.refused("POST", "/v1/card/virtual", 400, json={"label": "x", "pin": "12345"})
    message = body["errorMessage"]
    assert all(name in message for name in ("externalUserId", "label", "pin"))


def test_an_unknown_user_is_p412_invalid_user(world: World) -> None:
    # docs/p100/ERRORS.md:11
    body = world.refused("GET", "/v1/user/balances/nobody", 400)
    assert (body["errorCode"], body["errorName"]) == ("P412", "invalid-user")
    assert body["errorMessage"]


# ---- users and KYC -----------------------------------------------------------------------


ACCEPTED = {"hasAcceptedP100Tc": True}


@pytest.mark.parametrize("consent", [{}, {"hasAcceptedP100Tc": False}])
def test_a_user_who_has_not_accepted_p100s_terms_is_not_registered(
    world: World, consent: dict[str, bool]
) -> None:
    # docs/p100/user/create-user-account.md:19,122 (must be true for all new users)
    body = {"externalUserId": "jan", "citizenship": "PL"} | consent
    refused = world.refused("POST", "/v1/user/balances/crypto-and-fiat", 400, json=body)
    assert refused["errorCode"] == "P403" and "hasAcceptedP100Tc" in refused["errorMessage"]
    assert len(world.backend.users) == 0


def test_a_reused_external_user_id_is_refused(world: World) -> None:
    # docs/p100/user/create-user-account.md:121
    world.user("jan", verified=False)
    body = world.refused(
        "POST",
        "/v1/user/balances/crypto-and-fiat",
        400,
        json={"externalUserId": "jan", "citizenship": "PL", "hasAcceptedP100Tc": True},
    )
    # no code shown for a reuse: P403, the generic invalid-input code, never the transient P500
    # docs/p100/integration/error-handling.md:35,39
    assert body == {
        "errorCode": "P403",
        "errorMessage": "a user with externalUserId 'jan' exists",
    }
    assert len(world.backend.users) == 1


def test_an_external_user_id_holding_a_slash_is_addressable_percent_encoded(world: World) -> None:
    # docs/p100/user/create-user-account.md:18 (any string id); %2F must not split the path
    user = world.user("team/42", verified=False)
    balances = world.ok("GET", "/v1/user/balances/team%2F42")
    assert balances["fiatBalances"][0]["status"] == "WAITING_TO_BE_ACTIVATED"
    # the user is found (no verification yet: P445), not P412 invalid-user or a 404 route
    assert world.refused("GET", "/v1/kyc/status/team%2F42", 404)["errorCode"] == "P445"
    world.ok("POST", "/v1/kyc", json={"externalUserId": user})
    assert world.ok("GET", "/v1/kyc/status/team%2F42")["attemptStatus"] == "PENDING"
    unknown = world.refused("GET", "/v1/user/balances/team%2F43", 400)
    assert unknown["errorCode"] == "P412"


@pytest.mark.parametrize(("country", "needed"), [("UA", True), ("PL", False)])
def test_proof_of_address_is_flagged_for_the_documented_countries(
    world: World, country: str, needed: bool
) -> None:
    # docs/p100/reference/supported-countries.md:12, docs/p100/user/create-user-account.md:123
    body = {"externalUserId": "u", "citizenship": country, "country": country} | ACCEPTED
    answer = world.ok("POST", "/v1/user/balances/crypto-and-fiat", json=body)
    assert answer["poaRequiredForExtended"] is needed


def test_a_new_users_balances_wait_without_iban_or_wallets(world: World) -> None:
    # docs/p100/user/create-user-account.md:124
    user = world.user(verified=False)
    balances = world.ok("GET", f"/v1/user/balances/{user}")
    assert balances["fiatBalances"][0]["status"] == "WAITING_TO_BE_ACTIVATED"
    assert balances["fiatBalances"][0]["iban"] is None
    assert {b["wallet"] for b in balances["cryptoBalances"]} == {None}


def test_a_hosted_verification_moves_on_the_clock_to_verified(world: World) -> None:
    # docs/p100/webhooks/kyc-verification-status.md:19-20
    user = world.user(verified=False)
    world.ok("POST", "/v1/kyc", json={"externalUserId": user})
    seen = []
    for seconds in (0, 10, 50):
        world.control.advance_clock(seconds)
        status = world.ok("GET", f"/v1/kyc/status/{user}")
        seen.append((status["verificationStatus"], status["attemptStatus"]))
    assert seen == [
        ("NOT_VERIFIED", "PENDING"),
        ("NOT_VERIFIED", "VERIFICATION"),
        ("VERIFIED", "SUCCESSFUL"),
    ]


def test_a_rejected_attempt_keeps_the_user_unverified_and_a_new_session_starts_over(
    world: World,
) -> None:
    # docs/p100/webhooks/kyc-verification-status.md:20-21
    user = world.user(verified=False)
    world.ok("POST", "/v1/kyc", json={"externalUserId": user})
    world.control.act(
        "kyc-decisions",
        externalUserId=user,
        attemptStatus="REJECTED_BY_PROVIDER",
        rejectionReason="NO_FACE_FOUND",
    )
    world.control.advance_clock(120)  # the superseded review steps change nothing
    status = world.ok("GET", f"/v1/kyc/status/{user}")
    assert (status["attemptStatus"], status["rejectionReason"]) == (
        "REJECTED_BY_PROVIDER",
        "NO_FACE_FOUND",
    )
    again = world.ok("POST", "/v1/kyc", json={"externalUserId": user})
    assert (again["verificationStatus"], again["attemptStatus"]) == ("NOT_VERIFIED", "PENDING")


def test_kyc_status_of_a_user_without_verification_is_p445_not_found(world: World) -> None:
    # docs/p100/user/method-b-get-kyc-status.md:36-37
    user = world.user(verified=False)
    assert world.refused("GET", f"/v1/kyc/status/{user}", 404)["errorCode"] == "P445"
    assert world.refused("GET", "/v1/kyc/status/nobody", 400)["errorCode"] == "P412"


def test_balances_are_generated_only_for_a_verified_user(world: World) -> None:
    # docs/p100/user/method-b-creating-kyc-verification.md:20
    # docs/p100/user/add-user-verification.md:18
    user = world.user(verified=False)
    refused = world.refused("POST", "/v1/user/verification", 400, json={"externalUserId": user})
    assert refused["errorCode"] == "P459"
    world.ok("POST", f"/v1/user/kyc-files/{user}")
    world.control.advance_clock(5 + 60)  # the document is handled, then reviewed
    balances = world.ok("POST", "/v1/user/verification", json={"externalUserId": user})
    assert balances["fiatBalances"][0]["status"] == "ACTIVE"
    assert balances["fiatBalances"][0]["iban"].startswith("LT")
    wallets = {b["name"]: b["wallet"] for b in balances["cryptoBalances"]}
    # one address for every EVM token, as the partner balances example shows
    assert wallets["usdc"] == wallets["usdt"] == wallets["eth"] != wallets["btc"]


# ---- SEPA deposits, the whitelist and payouts --------------------------------------------


def test_a_deposit_in_the_users_own_name_is_credited_and_whitelists_the_iban(world: World) -> None:
    # shared/seeds/002_28d5352483078ece.txt:155-156
    user = world.user()
    deposit = deposit_to(world, user, "1.00", "JAN  kowalski")
    assert (deposit["status"], deposit["whitelisted"]) == ("CREDITED", True)
    assert world.balance("eur", user) == "1.00"
    contacts = world.backend.sepa.contacts(world.backend.users.get(user).owner)
    assert [(c.iban, c.status) for c in contacts] == [(deposit["senderIban"], "APPROVED")]


def test_a_deposit_from_another_name_is_returned(world: World) -> None:
    # shared/seeds/002_28d5352483078ece.txt:157
    user = world.user()
    deposit = deposit_to(world, user, "1.00", "Someone Else")
    assert (deposit["status"], deposit["whitelisted"]) == ("RETURNED", False)
    assert world.balance("eur", user) == "0.00"
    assert world.simulator.provider.broken_invariants() == []


def test_a_deposit_whose_reference_names_no_account_is_returned(world: World) -> None:
    # docs/p100/partner/get-sepa-deposit-info.md:51
    deposit = world.control.act(
        "sepa-deposits", amount="5.00", senderName="Anyone", title="no-such-reference"
    )
    assert deposit["status"] == "RETURNED"


def test_a_partner_deposit_with_the_deposit_info_reference_is_credited(world: World) -> None:
    # docs/p100/partner/get-sepa-deposit-info.md:22
    info = world.ok("GET", "/v1/partner/sepa-deposit/info")
    deposit = world.control.act(
        "sepa-deposits", amount="250.00", senderName="A Customer", title=info["title"]
    )
    assert (deposit["status"], deposit["whitelisted"]) == ("CREDITED", False)
    assert world.balance("eur") == "250.00"


def test_a_user_payout_reaches_only_an_approved_iban(world: World) -> None:
    # shared/seeds/002_28d5352483078ece.txt:161, docs/p100/user/create-a-sepa-transfer.md:50
    user = world.user()
    own = deposit_to(world, user, "50.00", "Jan Kowalski")["senderIban"]
    stranger = "PL49109024028743516259813188"
    paid = world.ok(
        "POST",
        "/v1/sepa-transfer",
        json={"externalUserId": user, "amount": "10", "currency": "eur", "destinationIban": own},
    )["transferId"]
    refused = world.ok(
        "POST",
        "/v1/sepa-transfer",
        json={"externalUserId": user, "amount": 10, "currency": "eur", "destinationIban": stranger},
    )["transferId"]  # accepted: the whitelist is a business rule, checked later
    world.control.advance_clock(10)
    done = world.ok("GET", f"/v1/sepa-transfer/details/{paid}")
    failed = world.ok("GET", f"/v1/sepa-transfer/details/{refused}")
    assert done["status"] == "SUCCESSFUL"
    # the verified name is used: shared/seeds/002_28d5352483078ece.txt:162
    assert (done["receiverFirstName"], done["receiverLastName"]) == ("Jan", "Kowalski")
    assert done["user"]["externalUserId"] == user
    assert failed["status"] == "FAILED"
    assert failed["error"]["errorCode"] == "P403"  # error-handling.md:39, never P500
    assert "not an APPROVED contact" in failed["error"]["errorMessage"]
    assert Decimal(world.balance("eur", user)) == Decimal(50) - 10 - reference.USER_SEPA_FEE


def test_insufficient_funds_fail_a_transfer_later_not_at_the_call(world: World) -> None:
    # docs/p100/partner/create-a-sepa-transfer.md:37, docs/p100/ERRORS.md:15
    iban = world.control.credit("eur", "5.00")["senderIban"]
    body = {"amount": "6", "currency": "eur", "destinationIban": iban, "transferTitle": "t"}
    transfer = world.ok("POST", "/v1/partner/sepa-transfer", json=body)["transferId"]
    assert world.ok("GET", f"/v1/sepa-transfer/details/{transfer}")["status"] == "PENDING"
    world.control.advance_clock(10)
    details = world.ok("GET", f"/v1/sepa-transfer/details/{transfer}")
    assert (details["status"], details["error"]["errorCode"]) == ("FAILED", "P433")
    assert world.balance("eur") == "5.00"


def test_an_invalid_iban_fails_the_transfer_later_not_at_the_call(world: World) -> None:
    # docs/p100/user/create-a-sepa-transfer.md:50: business errors are not checked at request
    # time; an IBAN's checksum is no rule the request's schema can state
    world.control.credit("eur", "50.00")
    body = {"amount": "6", "currency": "eur", "destinationIban": "0", "transferTitle": "t"}
    transfer = world.ok("POST", "/v1/partner/sepa-transfer", json=body)["transferId"]
    world.control.advance_clock(10)
    details = world.ok("GET", f"/v1/sepa-transfer/details/{transfer}")
    assert (details["status"], details["error"]["errorCode"]) == ("FAILED", "P403")
    assert "not a valid IBAN" in details["error"]["errorMessage"]
    assert world.balance("eur") == "50.00"


def test_level_1_refuses_receiver_fields(world: World) -> None:
    # docs/p100/partner/create-a-sepa-transfer.md:22-24,36
    body = {
        "amount": "1",
        "currency": "eur",
        "destinationIban": "PL49109024028743516259813188",
        "transferTitle": "t",
        "receiverFirstName": "John",
    }
    refused = world.refused("POST", "/v1/partner/sepa-transfer", 400, json=body)
    assert refused["errorCode"] == "P403" and "receiverFirstName" in refused["errorMessage"]
    assert world.backend.sepa.transfers == {}


def test_level_2_pays_a_third_party_named_in_the_request() -> None:
    # docs/p100/partner/create-a-sepa-transfer.md:36
    world = World(sepa_level=2)
    world.control.credit("eur", "10.00")
    body = {
        "amount": "1",
        "currency": "eur",
        "destinationIban": "PL49109024028743516259813188",
        "transferTitle": "t",
        "receiverType": "INDIVIDUAL",
        "receiverFirstName": "John",
        "receiverLastName": "Doe",
    }
    transfer = world.ok("POST", "/v1/partner/sepa-transfer", json=body)["transferId"]
    world.control.advance_clock(10)
    details = world.ok("GET", f"/v1/sepa-transfer/details/{transfer}")
    assert (details["status"], details["receiverFirstName"]) == ("SUCCESSFUL", "John")


def test_a_user_payout_without_a_source_user_is_p424(world: World) -> None:
    # docs/p100/ERRORS.md:13
    body = {"amount": 1, "currency": "eur", "destinationIban": "PL49109024028743516259813188"}
    refused = world.refused("POST", "/v1/sepa-transfer", 400, json=body)
    assert (refused["errorCode"], refused["errorMessage"]) == (
        "P424",
        "Source or destination must be provided.",
    )


def test_an_unknown_transfer_is_p428_not_found(world: World) -> None:
    # docs/p100/ERRORS.md:14
    body = world.refused(
        "GET", "/v1/sepa-transfer/details/45e69696-98bb-44f6-9996-9bb28834a538", 404
    )
    assert (body["errorCode"], body["errorName"]) == ("P428", "sepa-transfer-not-found")


def test_sepa_currency_other_than_eur_is_p410(world: World) -> None:
    # docs/p100/ERRORS.md:10, shared/seeds/002_28d5352483078ece.txt:122 (the module moves EUR)
    body = {
        "amount": 1,
        "currency": "usd",
        "destinationIban": "PL49109024028743516259813188",
        "transferTitle": "t",
    }
    assert world.refused("POST", "/v1/partner/sepa-transfer", 400, json=body)["errorCode"] == "P410"


# ---- exchanges -------------------------------------------------------------------------------


def test_an_exchange_reserves_at_once_and_credits_when_completed(world: World) -> None:
    # docs/p100/partner/create-and-finalize-an-exchange.md:60-61
    world.control.credit("eth", "10")
    lock = world.control.act("exchange-locks", currencyFrom="eth", currencyTo="eur")
    body = {"amount": 10, "currencyFrom": "eth", "currencyTo": "eur", "lockId": lock["lockId"]}
    world.ok("POST", "/v1/partner/exchange", json=body)
    assert (world.balance("eth"), world.balance("eur")) == ("0.00000000", "0.00")
    world.control.advance_clock(reference.EXCHANGE_SETTLEMENT_SECONDS)
    expected = (Decimal(10) * Decimal(str(lock["rate"]))).quantize(Decimal("0.01"), "ROUND_DOWN")
    assert Decimal(world.balance("eur")) == expected
    mid = reference.EUR_RATES["eth"]
    assert Decimal(str(lock["rate"])) == (mid * (1 - reference.EXCHANGE_SPREAD)).quantize(
        Decimal("1e-8")
    )


def test_a_lock_is_refused_after_expiry_or_a_second_time(world: World) -> None:
    # docs/p100/partner/create-and-finalize-an-exchange.md:60 (the locked rate), FAQ rate vs lock
    world.control.credit("eth", "100")
    used = world.control.act("exchange-locks", currencyFrom="eth", currencyTo="eur")
    late = world.control.act("exchange-locks", currencyFrom="eth", currencyTo="eur")
    world.ok("POST", "/v1/partner/exchange", json={"amount": 1, "lockId": used["lockId"]})
    twice = world.refused(
        "POST", "/v1/partner/exchange", 400, json={"amount": 1, "lockId": used["lockId"]}
    )
    world.control.advance_clock(reference.EXCHANGE_LOCK_SECONDS)
    expired = world.refused(
        "POST", "/v1/partner/exchange", 400, json={"amount": 1, "lockId": late["lockId"]}
    )
    # error-handling.md:35,39: P403 without errorName, never the transient P500
    assert (twice["errorCode"], expired["errorCode"]) == ("P403", "P403")
    assert "errorName" not in twice and "used by" in twice["errorMessage"]
    assert "expired" in expired["errorMessage"]
    assert world.balance("eth") == "99.00000000"


def test_an_exchange_beyond_the_balance_is_p433_and_leaves_the_lock_usable(world: World) -> None:
    # docs/p100/ERRORS.md:15
    world.control.credit("eth", "1")
    lock = world.control.act("exchange-locks", currencyFrom="eth", currencyTo="eur")
    body = {"amount": 2, "lockId": lock["lockId"]}
    assert world.refused("POST", "/v1/partner/exchange", 400, json=body)["errorCode"] == "P433"
    world.ok("POST", "/v1/partner/exchange", json={"amount": 1, "lockId": lock["lockId"]})


def test_an_exchange_must_match_its_locks_currencies(world: World) -> None:
    # docs/p100/partner/create-and-finalize-an-exchange.md:60
    world.control.credit("eth", "1")
    lock = world.control.act("exchange-locks", currencyFrom="eth", currencyTo="eur")
    body = {"amount": 1, "currencyFrom": "btc", "lockId": lock["lockId"]}
    refused = world.refused("POST", "/v1/partner/exchange", 400, json=body)
    assert refused["errorCode"] == "P403" and "currencyFrom" in refused["errorMessage"]


# ---- orders ------------------------------------------------------------------------------


def test_an_order_lock_prices_the_settlement_in_crypto(world: World) -> None:
    # docs/p100/partner/retrieve-order-rate-and-create-a-lock.md:27,81
    lock = world.ok(
        "POST",
        "/v1/order/lock-rate",
        json={"currency": "usdc", "amount": "346.59", "network": "polygon"},
    )
    rate = Decimal(lock["rate"])
    assert Decimal(str(lock["amount"])) == (Decimal("346.59") / rate).quantize(
        Decimal("1e-6"), "ROUND_DOWN"
    )
    assert lock["destinationCurrency"] == "eur"


def test_an_order_goes_from_waiting_for_its_wallet_to_completed_and_settles(world: World) -> None:
    # docs/p100/partner/create-and-finalize-an-order.md:52-53
    # docs/p100/partner/get-order-details.md:68
    lock = world.ok("POST", "/v1/order/lock-rate", json={"currency": "usdc", "amount": "346.59"})
    order_id = world.ok("POST", "/v1/order", json={"lockId": lock["lockId"]})["orderId"]
    first = world.ok("GET", f"/v1/order/details/{order_id}")
    assert (first["status"], first["walletAddress"], first["expiresAt"]) == (
        "WAITING_FOR_WALLET_ADDRESS",
        None,
        None,
    )
    world.control.advance_clock(reference.ORDER_WALLET_SECONDS)
    world.control.act("order-payments", orderId=order_id)
    world.control.advance_clock(reference.ORDER_BLOCK_SECONDS * 3)  # one advance plays all blocks
    done = world.ok("GET", f"/v1/order/details/{order_id}")
    assert (done["status"], done["confirmations"], done["network"]) == ("COMPLETED", 3, "ETHEREUM")
    assert world.balance("eur") == "346.59"
    assert (
        world.refused("POST", "/v1/order", 400, json={"lockId": lock["lockId"]})["errorCode"]
        == "P403"
    )


def test_an_unpaid_order_expires_when_its_window_closes(world: World) -> None:
    # docs/p100/partner/get-order-details.md:36 (expiresAt)
    lock = world.ok("POST", "/v1/order/lock-rate", json={"currency": "btc", "amount": "100"})
    order_id = world.ok("POST", "/v1/order", json={"lockId": lock["lockId"]})["orderId"]
    world.control.advance_clock(
        reference.ORDER_WALLET_SECONDS + reference.ORDER_PAYMENT_WINDOW_SECONDS
    )
    assert world.ok("GET", f"/v1/order/details/{order_id}")["status"] == "EXPIRED"
    assert world.balance("eur") == "0.00"


def test_an_order_lock_needs_a_crypto_currency_and_an_amount(world: World) -> None:
    # docs/p100/partner/retrieve-order-rate-and-create-a-lock.md:18-20
    assert (
        world.refused("POST", "/v1/order/lock-rate", 400, json={"currency": "eur", "amount": "1"})[
            "errorCode"
        ]
        == "P410"
    )
    missing = world.refused("POST", "/v1/order/lock-rate", 400, json={"currency": "usdc"})
    assert missing["errorCode"] == "P403" and "amount" in missing["errorMessage"]


# ---- crypto ------------------------------------------------------------------------------


def test_the_network_fee_is_per_currency_and_network(world: World) -> None:
    # docs/p100/user/get-network-fee.md:18-19,36-42
    fee = world.ok("GET", "/v1/crypto-withdrawal/get-network-fee", params={"currency": "eth"})
    assert fee == {"networkFee": 0.000469}
    refused = world.refused(
        "GET",
        "/v1/crypto-withdrawal/get-network-fee",
        400,
        params={"currency": "btc", "network": "polygon"},
    )
    assert (refused["errorCode"], refused["errorName"]) == ("P410", "invalid-currency")


def test_a_withdrawal_debits_the_amount_and_the_network_fee(world: World) -> None:
    # docs/p100/user/create-crypto-withdrawal.md:18-26
    # shared/seeds/003_cdb0556882130fc4.txt:418-423
    user = world.user()
    world.control.credit("usdt", "100", owner=user)
    body = {
        "sourceExternalUserId": user,
        "currency": "USDT",
        "amount": 20,
        "walletAddress": "0x2e90ca5bbe46d5ae23f2df90457d020391b92673",
        "network": "POLYGON",
        "name": "Jan Kowalski",
        "walletType": "CUSTODIAL",
        "receiverType": "NATURAL",
    }
    answer = world.ok("POST", "/v1/crypto-withdrawal", json=body)
    assert (answer["network"], answer["fee"]) == ("polygon", 10)
    assert world.balance("usdt", user) == "70.000000"
    too_much = world.refused("POST", "/v1/crypto-withdrawal", 400, json=body | {"amount": 61})
    below_minimum = world.refused("POST", "/v1/crypto-withdrawal", 400, json=body | {"amount": 1})
    assert (too_much["errorCode"], below_minimum["errorCode"]) == ("P433", "P403")


def test_a_withdrawal_from_an_unverified_user_is_p459(world: World) -> None:
    # docs/p100/ERRORS.md:17
    user = world.user(verified=False)
    body = {
        "sourceExternalUserId": user,
        "currency": "btc",
        "amount": 0.005,
        "walletAddress": "tb1q",
        "name": "Jan Kowalski",
        "walletType": "OTHER",
        "receiverType": "LEGAL",
    }
    assert world.refused("POST", "/v1/crypto-withdrawal", 400, json=body)["errorCode"] == "P459"


def test_a_crypto_deposit_is_verified_on_the_clock_before_it_is_credited(world: World) -> None:
    # docs/p100/webhooks/crypto-deposit.md:26
    user = world.user()
    deposit = world.control.act(
        "crypto-deposits", externalUserId=user, currency="eth", amount="0.001"
    )
    assert deposit["status"] == "WAITING_FOR_VERIFICATION"
    assert world.balance("eth", user) == "0.00000000"
    world.control.advance_clock(reference.CRYPTO_VERIFICATION_SECONDS)
    assert world.balance("eth", user) == "0.00100000"


# ---- cards ---------------------------------------------------------------------------------


def test_every_card_call_is_refused_while_the_module_is_suspended(world: World) -> None:
    # shared/seeds/003_cdb0556882130fc4.txt:387-389
    user = world.user()
    card = {"externalUserId": user, "label": "Shopping", "pin": "1234"}
    for method, path, kwargs in (
        ("POST", "/v1/card/virtual", {"json": card}),
        ("GET", f"/v1/card/all/{user}", {}),
    ):
        body = world.refused(method, path, 400, **kwargs)
        assert (body["errorCode"], body["errorName"]) == ("P501", "service-temporarily-unavailable")


def test_cards_follow_the_country_and_creation_limits_once_resumed(world: World) -> None:
    # docs/p100/user/cards/create-virtual-card.md:13-16,62-64
    world.control.act("card-module", suspended=False)
    outside = world.user("us-user", country="US")
    refused = world.refused(
        "POST",
        "/v1/card/virtual",
        400,
        json={"externalUserId": outside, "label": "abc", "pin": "1234"},
    )
    assert refused["errorCode"] == "P451"
    user = world.user()
    for _ in range(5):
        world.ok(
            "POST", "/v1/card/virtual", json={"externalUserId": user, "label": "abc", "pin": "1234"}
        )
    sixth = world.refused(
        "POST",
        "/v1/card/virtual",
        400,
        json={"externalUserId": user, "label": "abc", "pin": "1234"},
    )
    assert sixth["errorCode"] == "P403" and "cards may be created" in sixth["errorMessage"]
    world.control.advance_clock(24 * 3600)
    world.ok(
        "POST", "/v1/card/virtual", json={"externalUserId": user, "label": "abc", "pin": "1234"}
    )
    assert len(world.ok("GET", f"/v1/card/all/{user}")["cards"]) == 6


# ---- the books ---------------------------------------------------------------------------


def test_the_transaction_history_pages_newest_first(world: World) -> None:
    # docs/p100/partner/get-transaction-history.md:31 (the endpoint has no wire details)
    for amount in ("1.00", "2.00", "3.00"):
        world.control.credit("eur", amount)
    page, total = world.backend.ledger.history("partner", offset=1, limit=1)
    assert total == 3
    assert [(m.amount, m.balance, m.kind) for m in page] == [
        (Decimal("2.00"), Decimal("3.00"), "sepa-deposit")
    ]


def test_the_books_balance_after_every_kind_of_movement(world: World) -> None:
    # the invariants: no negative balance, every balance its movements, money conserved
    user = world.user()
    world.control.credit("eur", "100.00", owner=user)
    world.control.credit("eth", "3")
    lock = world.control.act("exchange-locks", currencyFrom="eth", currencyTo="eur", amount="1")
    world.ok("POST", "/v1/partner/exchange", json={"lockId": lock["lockId"]})
    iban = world.control.credit("eur", "50.00")["senderIban"]
    body = {"amount": "20", "currency": "eur", "destinationIban": iban, "transferTitle": "t"}
    world.ok("POST", "/v1/partner/sepa-transfer", json=body)
    assert world.simulator.provider.broken_invariants() == []
    world.control.advance_clock(60)
    assert world.simulator.provider.broken_invariants() == []
    world.backend.ledger.balance("partner", "eur").amount += 1  # money from nowhere
    broken = world.simulator.provider.broken_invariants()
    assert any("balance" in problem and "movements" in problem for problem in broken)


@pytest.mark.parametrize(
    ("fault", "status", "code"), [("500", 500, "P500"), ("503", 503, "P501"), ("429", 429, "P501")]
)
def test_an_injected_fault_keeps_its_status_with_the_closest_documented_code(
    world: World, fault: str, status: int, code: str
) -> None:
    # docs/p100/ERRORS.md:18-19 (P500 "Unknown exception", P501 "Service temporarily unavailable")
    world.simulator.faults.inject(f"{fault}=1")
    answer = world.api.get("/v1/partner/balances")
    assert (answer.status_code, answer.json()["errorCode"]) == (status, code)
    assert ("retry-after" in answer.headers) is (status != 500)
