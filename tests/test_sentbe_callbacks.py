"""Sentbe's status callback: trusted only when its token is the partner's access_id."""

from __future__ import annotations

import json

import pytest
import sentbe_models as models

from corridor.sentbe import SentbeWebhookError, parse_callback
from corridor.spec import load_spec

SPEC = load_spec("sentbe")
DOCS_CALLBACK: dict[str, str] = SPEC["webhooks"]["transferStatusChanged"]["post"]["requestBody"][
    "content"
]["application/json"]["examples"]["transferStatus"]["value"]
ACCESS_ID = DOCS_CALLBACK["token"]  # "partner_access_id", as in the docs' sample


def body(**changes: object) -> bytes:
    return json.dumps({**DOCS_CALLBACK, **changes}).encode()


def test_the_docs_sample_callback_parses_into_a_typed_event() -> None:
    event = parse_callback(body(), ACCESS_ID)
    assert isinstance(event, models.TransferStatusCallback)
    assert event.external_id == "23"
    assert event.status is models.TransferStatus.WAITING_VERIFICATION


# The docs' "Callback transfer status > 3. Transfer status" list.
DOCS_STATUSES = [
    "Waiting verification",
    "Processing",
    "AML filtered",
    "Complete",
    "Canceled",
    "Expired",
    "Refunded",
]


@pytest.mark.parametrize("status", DOCS_STATUSES)
def test_every_documented_status_is_accepted(status: str) -> None:
    assert parse_callback(body(status=status), ACCESS_ID).status == status


def test_a_body_already_decoded_by_the_web_framework_is_accepted() -> None:
    assert parse_callback(dict(DOCS_CALLBACK), ACCESS_ID).external_id == "23"
    assert parse_callback(body().decode(), ACCESS_ID).external_id == "23"


@pytest.mark.parametrize(
    "token", ["someone_elses_id", "partner_access_id ", "PARTNER_ACCESS_ID", "partner_access_i"]
)
def test_a_callback_whose_token_is_not_the_access_id_is_rejected(token: str) -> None:
    with pytest.raises(SentbeWebhookError, match="not this partner's access_id") as raised:
        parse_callback(body(token=token), ACCESS_ID)
    assert token not in str(raised.value)
    assert ACCESS_ID not in str(raised.value)


@pytest.mark.parametrize("token", [None, "", 12345])
def test_a_callback_without_a_token_is_rejected(token: object) -> None:
    with pytest.raises(SentbeWebhookError, match="no 'token'"):
        parse_callback(body(token=token), ACCESS_ID)


def test_the_token_is_checked_before_the_rest_of_the_body() -> None:
    with pytest.raises(SentbeWebhookError, match="access_id"):
        parse_callback(body(token="intruder", status="Hacked"), ACCESS_ID)


def test_an_undocumented_status_is_rejected_naming_the_field() -> None:
    with pytest.raises(SentbeWebhookError, match="status"):
        parse_callback(body(status="Lost"), ACCESS_ID)


def test_a_callback_without_external_id_is_rejected_naming_the_field() -> None:
    document = dict(DOCS_CALLBACK)
    del document["external_id"]
    with pytest.raises(SentbeWebhookError, match="external_id"):
        parse_callback(json.dumps(document), ACCESS_ID)


@pytest.mark.parametrize(
    ("raw", "complaint"),
    [
        (b"token=partner_access_id&status=Complete", "not JSON"),
        (b"\xff", "not JSON"),
        (b'["partner_access_id"]', "not a JSON object"),
    ],
)
def test_a_body_that_is_not_a_json_object_is_rejected(raw: bytes, complaint: str) -> None:
    with pytest.raises(SentbeWebhookError, match=complaint):
        parse_callback(raw, ACCESS_ID)


def test_an_empty_access_id_is_refused_so_that_no_token_can_match_it() -> None:
    with pytest.raises(ValueError, match="access_id"):
        parse_callback(body(token=""), "")
