"""Hostile input to the Sentbe simulator gets Sentbe's error envelope with a 4xx and changes
nothing: deep JSON, huge numbers, odd unicode and lone surrogates inside SIGNATURE, oversized
and non-ASCII headers, paths and queries that are not UTF-8. The simulator runs strict, so any
answer the spec does not allow (a 5xx included) fails the test."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sentbe_calls import RECIPIENT, USER, Sentbe

from corridor.sentbe.codec import derive_key_and_iv, encrypt, encrypt_text


@pytest.fixture
def sentbe() -> Sentbe:
    started = Sentbe.start()
    started.fund()
    return started


def nothing_stored(sentbe: Sentbe) -> bool:
    backend = sentbe.simulator.provider.backend
    return len(backend.users.records) == len(backend.transfers.records) == 0


@pytest.mark.parametrize("depth", [1_000, 20_000])  # 20,000 deep still fits in 64 KiB
def test_parameters_nested_thousands_deep_are_refused(sentbe: Sentbe, depth: int) -> None:
    deep = "[" * depth + "]" * depth
    signature = encrypt_text(deep, "test_pw")
    status, code = sentbe.refused("POST", "/inbound/users", headers={"SIGNATURE": signature})
    assert (status, code) == (401, "E0004")  # parameters that cannot be read, like any others
    assert nothing_stored(sentbe)


def test_a_signature_envelope_nested_thousands_deep_is_an_invalid_signature(
    sentbe: Sentbe,
) -> None:
    signature = "[" * 30_000 + "]" * 30_000
    assert sentbe.refused("POST", "/inbound/users", headers={"SIGNATURE": signature}) == (
        401,
        "E0004",
    )


def test_a_signature_beyond_its_size_limit_is_refused_without_decrypting(sentbe: Sentbe) -> None:
    params = USER | {"first_name": "x" * 100_000}
    assert sentbe.refused("POST", "/inbound/users", params) == (400, "E0005")  # one status a code
    assert nothing_stored(sentbe)


@pytest.mark.parametrize("amount", [10**26, "1" * 40, "1e26"])
def test_absurd_amounts_never_reach_the_books(sentbe: Sentbe, amount: object) -> None:
    user = sentbe.user()
    recipient = sentbe.recipient(user["id"])
    before = sentbe.balances()
    params = sentbe.transfer_params(user["id"], recipient["id"])
    params["transfer_info"] = {"send_amount": amount, "send_amount_currency": "KRW"}
    status, code = sentbe.refused("POST", "/inbound/transfers", params)
    assert (status, code) == (400, "E0005")
    assert (
        sentbe.refused(
            "POST",
            "/inbound/check_commission",
            {
                "transfer_info": params["transfer_info"],
                "wallet_info": params["wallet_info"],
            },
        )[1]
        == "E0005"
    )
    assert sentbe.balances() == before
    assert sentbe.ok("GET", "/inbound/transfers") == []


def test_a_whole_amount_written_with_a_fraction_is_read_exactly(sentbe: Sentbe) -> None:
    # 1000000.0 is a whole amount written with a fraction: read as a Decimal, it stays whole
    params = {
        "transfer_info": {"send_amount": 1e6, "send_amount_currency": "KRW"},
        "wallet_info": {"transfer_currency": "KRW", "fee_currency": "USD"},
    }
    quote = sentbe.ok("POST", "/inbound/check_commission", params)
    assert quote["transfer_info"]["receive_amount"] == 1000000
    assert isinstance(quote["transfer_info"]["receive_amount"], int)


@pytest.mark.parametrize(
    "name",
    ["홍길동", "\u202etxet", "a\x00b", "😀" * 50, "\ud83d\ude00"],
    ids=["hangul", "bidi-override", "nul", "emoji", "surrogate-pair"],
)
def test_odd_unicode_in_names_is_stored_and_answered_as_sent(sentbe: Sentbe, name: str) -> None:
    # json.dumps writes a character beyond the BMP as an escaped pair (\ud83d\ude00): one character
    signature = encrypt_text(json.dumps(USER | {"first_name": name}), "test_pw")
    answer = sentbe.call("POST", "/inbound/users", headers={"SIGNATURE": signature})
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["first_name"] == name.encode("utf-16", "surrogatepass").decode(
        "utf-16"
    )


def params_with(params: dict[str, Any], dotted: str, value: Any) -> dict[str, Any]:
    changed = json.loads(json.dumps(params))
    *parents, leaf = dotted.split(".")
    node = changed
    for name in parents:
        node = node[name]
    node[leaf] = value
    return changed


# (call, parameters, the field given a lone surrogate, the code the docs' table gives its kind)
SURROGATE_FIELDS = [
    ("/inbound/users", USER, "email", "E0005"),  # format: email
    ("/inbound/users", USER, "phone_country_code", "E0011"),  # pattern: two capitals
    ("/inbound/users", USER, "birth_date", "E0005"),  # pattern: eight digits
    ("/inbound/users", USER, "first_name", "E0005"),  # free text, stored before the fix
    ("/inbound/users", USER, "phone_number", "E0005"),
    ("/inbound/recipients", RECIPIENT, "bank_attributes.account_number", "E0005"),
    ("/inbound/recipients", RECIPIENT, "bank_attributes.name", "E0005"),
    ("/inbound/recipients", RECIPIENT, "country", "E0011"),
    ("/inbound/check_commission", None, "transfer_info.send_amount_currency", "E0007"),
    ("/inbound/check_commission", None, "wallet_info.fee_currency", "E0007"),
    ("/inbound/check_commission", None, "transfer_info.send_amount", "E0005"),
]


@pytest.mark.parametrize("lone", ["\ud800", "a\udfffb"], ids=["high", "low-inside"])
@pytest.mark.parametrize(
    ("path", "params", "field", "code"),
    SURROGATE_FIELDS,
    ids=[f"{case[0].rsplit('/', 1)[1]}-{case[2]}" for case in SURROGATE_FIELDS],
)
def test_a_lone_surrogate_in_any_parameter_is_refused_naming_it(
    sentbe: Sentbe, path: str, params: Any, field: str, code: str, lone: str
) -> None:
    """A lone surrogate is not Unicode text: refused with a 400 in Sentbe's envelope, never
    stored, echoed or a 500 (the schema's patterns and formats cannot even read it)."""
    if params is None:
        params = {"transfer_info": {"send_amount": "1000", "send_amount_currency": "KRW"}}
        params["wallet_info"] = {"transfer_currency": "KRW", "fee_currency": "USD"}
    sent = params_with(params, field, lone)
    # json.dumps escapes the surrogate (\ud800), as any JSON encoder that writes one must
    signature = encrypt_text(json.dumps(sent), "test_pw")
    answer = sentbe.call("POST", path, headers={"SIGNATURE": signature})
    assert answer.status_code == 400, answer.text
    (error,) = answer.json()["errors"]
    assert error["error_code"] == code
    # the docs' words for the code (_errors.md:16, 18, 22), never the input echoed
    assert error["message"] in (
        "Unpermitted parameter",
        "Not available currency",
        "Invalid country code",
    )
    assert nothing_stored(sentbe)


def test_a_lone_surrogate_in_a_parameter_name_is_refused(sentbe: Sentbe) -> None:
    signature = encrypt_text(json.dumps(USER | {"\udc80": "x"}), "test_pw")
    assert sentbe.refused("POST", "/inbound/users", headers={"SIGNATURE": signature}) == (
        400,
        "E0005",
    )
    assert nothing_stored(sentbe)


def openssl_envelope(plaintext: bytes, secret_key: str = "test_pw", *, pad: bool = True) -> str:
    """A SIGNATURE of any plaintext, made the way the codec makes one (EVP_BytesToKey, CBC)."""
    salt = bytes(range(8))
    key, iv = derive_key_and_iv(secret_key, salt)
    if pad:
        padder = padding.PKCS7(128).padder()
        plaintext = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    ciphertext = encryptor.update(plaintext) + encryptor.finalize()
    return json.dumps(
        {"ct": base64.b64encode(ciphertext).decode(), "iv": iv.hex(), "s": salt.hex()}
    )


def altered(signature: str, field: str, change: Any) -> str:
    envelope = json.loads(signature)
    envelope[field] = change(envelope[field])
    return json.dumps(envelope)


def flip_last_byte(ct: str) -> str:
    raw = bytearray(base64.b64decode(ct))
    raw[-1] ^= 0x40
    return base64.b64encode(bytes(raw)).decode()


UNREADABLE_SIGNATURES = {
    "bad padding": openssl_envelope(b"x" * 16, pad=False),
    "altered last block": altered(encrypt(USER, "test_pw"), "ct", flip_last_byte),
    "padding right, no JSON": openssl_envelope(b"not json at all"),
    "padding right, JSON but no string": openssl_envelope(json.dumps(USER).encode()),
    "padding right, not UTF-8": openssl_envelope(b'"\xff\xfe"'),
    "a string that is no JSON": encrypt_text("not json", "test_pw"),
    "parameters nested too deep": encrypt_text("[" * 5000 + "]" * 5000, "test_pw"),
    "an integer of 5000 digits": encrypt_text("1" * 5000, "test_pw"),
    "NaN": encrypt_text('{"first_name": NaN}', "test_pw"),
    "another secret_key": encrypt(USER, "other_pw"),
    "altered iv": altered(encrypt(USER, "test_pw"), "iv", lambda iv: "0" * 32),
    "cut short": altered(encrypt(USER, "test_pw"), "ct", lambda ct: ct[:24]),
    "ct not base64": altered(encrypt(USER, "test_pw"), "ct", lambda ct: "***"),
    "no envelope": "not json",
    "an envelope of no object": "[]",
    "empty": "",
}


def test_every_unreadable_signature_gets_the_same_answer(sentbe: Sentbe) -> None:
    """AES-CBC without a MAC: an answer that told bad padding apart from a plaintext that is
    no JSON would be a padding oracle, decrypting any SIGNATURE a byte at a time. So every
    SIGNATURE that cannot be read, whatever the reason, gets one answer: E0004, with the
    meaning the docs' error table gives it."""
    answers = set()
    for name, signature in UNREADABLE_SIGNATURES.items():
        answer = sentbe.call("POST", "/inbound/users", headers={"SIGNATURE": signature})
        assert answer.status_code == 401, (name, answer.text)
        answers.add(answer.content)
    assert answers == {
        b'{"result":false,"errors":[{"message":"Invalid signature","error_code":"E0004"}]}'
    }
    assert nothing_stored(sentbe)


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/inbound/users/%FF", "path id"),
        ("/inbound/users/%ED%A0%80", "path id"),  # a surrogate, UTF-8 encoded
        ("/inbound/recipients/%C0%AF", "path id"),  # an overlong "/"
    ],
)
def test_a_path_parameter_that_is_not_utf8_is_refused_naming_it(
    sentbe: Sentbe, path: str, problem: str
) -> None:
    # the server would read those bytes as U+FFFD, which looks like an id like any other
    answer = sentbe.call("GET", path)
    assert answer.status_code == 400, answer.text
    (error,) = answer.json()["errors"]
    assert error["error_code"] == "E0005"
    assert error["message"] == "Unpermitted parameter"  # docs/sentbe/_errors.md:16


def test_non_ascii_credentials_are_an_authentication_error(sentbe: Sentbe) -> None:
    answer = sentbe.http.get(
        "/inbound/banks", headers={"PARTNER-ID": b"1", "KEY": "tést_id".encode()}
    )
    assert answer.status_code == 401
    assert answer.json()["errors"][0]["error_code"] == "E0001"


def test_a_non_ascii_signature_header_is_an_invalid_signature(sentbe: Sentbe) -> None:
    answer = sentbe.http.post(
        "/inbound/users",
        headers={"PARTNER-ID": "1", "KEY": "test_id", "SIGNATURE": "ñ{}".encode()},
    )
    assert (answer.status_code, answer.json()["errors"][0]["error_code"]) == (401, "E0004")


@pytest.mark.parametrize("value", [None, [], "string", 3, True])
def test_parameters_that_are_no_object_are_refused(sentbe: Sentbe, value: object) -> None:
    signature = encrypt_text(json.dumps(value), "test_pw")
    assert sentbe.refused("POST", "/inbound/users", headers={"SIGNATURE": signature}) == (
        400,
        "E0005",
    )
    assert nothing_stored(sentbe)


def test_ids_of_any_size_or_shape_name_nothing(sentbe: Sentbe) -> None:
    user = sentbe.user()
    for user_id in ("99999999999999999999999999999", 10**30, "0047"):
        params = RECIPIENT | {"user_id": user_id}
        status, code = sentbe.refused("POST", "/inbound/recipients", params)
        assert (status, code) in ((404, "E0002"), (400, "E0005"))
    assert sentbe.refused("GET", "/inbound/users/99999999999999999999999") == (404, "E0002")
    assert sentbe.refused("GET", "/inbound/users/abc") == (400, "E0005")
    assert sentbe.ok("GET", f"/inbound/users/{user['id']}")["id"] == user["id"]


def test_a_signature_replayed_to_another_call_is_read_as_that_calls_parameters(
    sentbe: Sentbe,
) -> None:
    """CBC carries no integrity and no binding to the call: a SIGNATURE is only as good as
    its parameters, which each call validates against its own schema."""
    signature = encrypt(USER, "test_pw")
    status, code = sentbe.refused("POST", "/inbound/transfers", headers={"SIGNATURE": signature})
    assert (status, code) == (400, "E0005")


@pytest.mark.parametrize("kind, status", [("500", 500), ("503", 503), ("429", 429)])
def test_injected_faults_answer_in_sentbes_envelope(sentbe: Sentbe, kind: str, status: int) -> None:
    rules = {"rules": [{"kind": kind, "rate": 1, "operations": ["listBanks"]}]}
    assert sentbe.http.put("/_simulator/faults", json=rules).status_code == 200
    assert sentbe.refused("GET", "/inbound/banks") == (status, "E0000")
