"""A create's refusal that its own handle may explain is checked by the handle before it is
raised (corridor.kit.flow).

A provider may look at what a create consumes before its idempotency handle: SettleGo's docs
give no order, so a conversion whose first try used its quote up can hear "no such quote"
on a retry, and a transfer "insufficient balance". Against scripted providers (so that the
provider's order is whatever the script says): after a try that may have landed, such a
refusal resolves to the object the first try made; when the caller's own call was refused
but an object with its handle exists, it is the provider's duplicate error naming the handle;
and where there is nothing to look the object up by (Sentbe), the outcome is unknown rather
than a refusal that may be false.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
import pytest
from sentbe_client.api.transfers import create_transfer as create_sentbe_transfer
from sentbe_client.models import CreateTransferParameters
from settlego_client.api.conversions import create_conversion
from settlego_client.api.payments import create_payment
from settlego_client.models import CreateConversionRequest, CreatePaymentRequest
from test_settlego_docs_behaviour import docs_example

from corridor import sentbe, settlego
from corridor.errors import OutcomeUnknownError
from corridor.sentbe import SentbeDuplicateError, SentbeError
from corridor.settlego import SettleGoDuplicateError, SettleGoError
from tests.provider_fakes import SECRET_KEY
from tests.test_reliable_creates import payment

FAST = settlego.Retries(attempts=3, initial=0, maximum=0, jitter=0)
Step = Callable[[httpx.Request], httpx.Response]


@dataclass
class Script:
    """A provider that answers each call (logins aside) with the next scripted step."""

    steps: list[Step]
    calls: list[tuple[str, str]] = field(default_factory=list)

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/authentication/login"):
            return httpx.Response(200, json={"token": "token-1"})
        self.calls.append((request.method, request.url.path))
        return self.steps.pop(0)(request)


def answer(status: int, body: object) -> Step:
    return lambda request: httpx.Response(status, json=body)


def time_out(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("the answer came too late", request=request)


# ------------------------------------------------------------------------------- SettleGo

NO_QUOTE = {"status": 404, "error": "Not Found", "message": "no such conversion quote"}
CONVERSION = docs_example("createConversion") | {"externalId": "fx-1"}
CONVERT = {"quoteId": "q-1", "termAgreement": "true", "externalId": "fx-1"}
LOOKUP = ("GET", "/api/v1/conversions/external/fx-1")


def settlego_client(script: Script) -> settlego.AuthenticatedClient:
    return settlego.connect(
        "ops@example.com",
        "key",
        base_url="https://settlego.test/api/v1",
        retries=FAST,
        httpx_args={"transport": httpx.MockTransport(script.handler)},
    )


def convert(script: Script) -> object:
    body = CreateConversionRequest.from_dict(CONVERT)
    return create_conversion.sync(client=settlego_client(script), body=body)


def test_a_retry_refused_for_the_quote_its_first_try_used_answers_with_that_conversion() -> None:
    script = Script([time_out, answer(404, NO_QUOTE), answer(200, CONVERSION)])
    made = convert(script)
    assert made.external_id == "fx-1"  # type: ignore[attr-defined]
    assert made.id == CONVERSION["id"]  # type: ignore[attr-defined]
    assert script.calls[-1] == LOOKUP


def test_a_call_refused_for_a_used_quote_whose_handle_exists_is_the_duplicate_error() -> None:
    # another call with this externalId made the conversion (and used the quote)
    script = Script([answer(404, NO_QUOTE), answer(200, CONVERSION)])
    with pytest.raises(SettleGoDuplicateError) as raised:
        convert(script)
    duplicate = raised.value
    assert (duplicate.handle, duplicate.after_retry) == ("fx-1", False)
    assert str(duplicate).startswith("'fx-1' was already used by an earlier create")
    assert "GET /conversions/external/fx-1" in str(duplicate)


def test_a_refusal_whose_handle_names_nothing_stands() -> None:
    missing = {"status": 404, "error": "Not Found", "message": "no conversion with externalId"}
    script = Script([time_out, answer(404, NO_QUOTE), answer(404, missing)])
    with pytest.raises(SettleGoError) as raised:
        convert(script)
    assert not isinstance(raised.value, SettleGoDuplicateError)
    assert raised.value.message == "no such conversion quote"


def test_a_lookup_that_cannot_answer_after_a_retry_leaves_the_outcome_unknown() -> None:
    unavailable = {"status": 503, "error": "Service Unavailable", "message": "later"}
    script = Script([time_out, answer(404, NO_QUOTE)] + [answer(503, unavailable)] * 3)
    with pytest.raises(OutcomeUnknownError) as raised:
        convert(script)
    assert raised.value.handle == "fx-1"


@pytest.mark.parametrize("status", [401, 403, 429])
def test_refusals_of_the_caller_rather_than_the_request_are_not_looked_up(status: int) -> None:
    refused = {"status": status, "error": "Refused", "message": "not you"}
    script = Script([answer(status, refused)] * 4)
    with pytest.raises(SettleGoError):
        convert(script)
    assert LOOKUP not in script.calls


def test_a_handle_the_facade_made_up_is_not_looked_up_after_its_only_try() -> None:
    # no other call can know a fresh UUID: the refusal is this call's own
    no_beneficiary = {"status": 404, "error": "Not Found", "message": "no such beneficiary"}
    script = Script([answer(404, no_beneficiary)])
    body = CreatePaymentRequest.from_dict(payment("ben-1", 1))
    with pytest.raises(SettleGoError):
        create_payment.sync(client=settlego_client(script), body=body)
    assert script.calls == [("POST", "/api/v1/payments")]


# ------------------------------------------------------------------------------- Sentbe


def refused(code: str, message: str) -> Step:
    # Sentbe may refuse with HTTP 200: the body says it
    return answer(200, {"result": False, "errors": [{"error_code": code, "message": message}]})


def remit(script: Script) -> object:
    client = sentbe.connect(
        "partner-7",
        "AKID-1c0ffee",
        SECRET_KEY,
        base_url="https://sentbe.test",
        retries=FAST,
        httpx_args={"transport": httpx.MockTransport(script.handler)},
    )
    body = CreateTransferParameters.from_dict(
        {
            "user_id": "47",
            "recipient_id": "10",
            "external_id": "remit-1",
            "transfer_info": {"send_amount": "1000000", "send_amount_currency": "KRW"},
            "wallet_info": {"transfer_currency": "KRW", "fee_currency": "USD"},
        }
    )
    return create_sentbe_transfer.sync(client=client, body=body)


def test_without_a_lookup_a_retry_refused_for_the_balance_it_may_have_spent_is_unknown() -> None:
    script = Script([time_out, refused("E0014", "Low balance")])
    with pytest.raises(OutcomeUnknownError) as raised:
        remit(script)
    assert raised.value.handle == "remit-1"


def test_without_a_lookup_the_duplicate_answer_after_a_retry_is_taken_at_its_word() -> None:
    script = Script([time_out, refused("E0013", "Invalid external transfer id")])
    with pytest.raises(SentbeDuplicateError) as raised:
        remit(script)
    assert (raised.value.handle, raised.value.after_retry) == ("remit-1", True)


def test_without_a_lookup_a_refusal_on_the_only_try_is_the_refusal() -> None:
    script = Script([refused("E0014", "Low balance")])
    with pytest.raises(SentbeError) as raised:
        remit(script)
    assert raised.value.code == "E0014"
    assert not isinstance(raised.value, SentbeDuplicateError)
