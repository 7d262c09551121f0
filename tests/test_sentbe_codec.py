"""The SIGNATURE codec: what the docs' samples produce, and what a bad SIGNATURE raises.

The fixed vectors below were computed with the `openssl enc` command line, independently of the
codec; tests/test_sentbe_openssl.py checks the codec against a live `openssl` as well.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
import sentbe_client.models as client_models
import sentbe_models as models
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from corridor.errors import InputError
from corridor.sentbe import codec
from corridor.sentbe.codec import SignatureError, decrypt, decrypt_text, encrypt, encrypt_text

SECRET = "test_pw"  # the docs' sample secret_key
SALT = bytes.fromhex("a1b2c3d4e5f60718")

# The Authentication section's `request_parameter`, character for character (tabs, newlines).
DOCS_REQUEST_PARAMETER = (
    '{\n\t"bank_attributes": {\n\t\t"name": "002",\n\t\t"account_number": "12341234",\n'
    '\t\t"account_holder_name": "json"\n\t},\n\t"country": "KR",\n\t"phone_country_code": "KR",\n'
    '\t"birth_date": "19901111",\n\t"email": "test@sentbe.com",\n\t"user_id": "47",\n'
    '\t"phone_number": "010-3369-1481",\n\t"test": "aaa",\n\t"last_name": "Smith",\n'
    '\t"first_name": "John"\n}'
)
DOCS_PARAMETERS: dict[str, Any] = json.loads(DOCS_REQUEST_PARAMETER)

# `openssl enc -aes-256-cbc -md md5 -S a1b2c3d4e5f60718 -pass pass:test_pw -P`
OPENSSL_KEY = bytes.fromhex("5668F2F9C5AC423BA986C6B5528024C374EF1EE6263DF2071B165108F0D706F8")
OPENSSL_IV = bytes.fromhex("03D312F1938422910579E250AFB71F56")

# The same command with `-base64 -A` over the docs' request_parameter JSON-encoded once more
# (what Ruby's `value.to_json` gives): the SIGNATURE the Ruby sample sends with this salt.
DOCS_SAMPLE_CT = (
    "6qay8ofVA7i2pVm72eOz6/UOcaGK21x/KnnoZyKkGjDsO5BTFnH1WH6Vv2pFTh2lvsPurSaKhE98LO+hQZamnJH4xpFR"
    "grxaeFV/7DzTfgxKTvtEiufeDMWDAjn3ve+0v2IAntwbeNwhRMKkU3VWG3jJ94EODoNnB67BT4rttoUWm3Qo32S2eQ0G"
    "s0BVLj6DeOxGFLVRyVkpwXHnoWy8oko+QdcDlTH58FNllxvWMxArFc54jOhd1CCJIV+yVO1o1qx8XLNBVxO3QZ25KpW5"
    "PVdBdobmYaMbnyiiwCkbxz0sZUSNj1KV/2Kuuf53iIZErI3PqBWI2pkujI/jrHGLuRP+CUTXYRdwoGdI0onjCN3qAt3T"
    "ivkxUpYOxHnwv+gsDvSnAjfkh7muF+8A4MMdawIva7L9ZTLXXjoHHUFk5f9ToTvoRZG62L5JE3bUAyryyOL+q98slxtp"
    "hEr7gT/XTOmVw/bryyTgCl9UEOf9TWxDKPmH5cX62C0DW8w52XGeqWFsKQZW2LWUU+vgdGExI8+C0k0E3M3GXumy4g7Q"
    "fTY="
)
# ... and over the same parameters as compact JSON, which is what `encrypt(dict)` sends.
DOCS_COMPACT_CT = (
    "E+aXfPO0bp7/5D9o+4GzkGTUvRhqyTQT7fi5/ZzjXe6opEq3zjfj7mDkJY9ju5+9C0F7L2lf2yb9xIsuQzLq3cfq+X1i"
    "7e32wJnxO7nUK1dewgQiqQw7/l6ROztJHXFuFqoV7wnIi8JTiVr83S8zZ0adrUa6fPD6YcCFJYgTXVqV1o9PZNKo6ljg"
    "1EFhhnPvtsFT8EI3BRZFSotI31vqmeKxIvGLKVX3gxSsuFohjHoaJngGHfhXoASZ7EjAxJyuHO7yaKhSXNiX1kk4kjzD"
    "GA7L7JpQeMqm27UcjWWKKkTvPj2fmCYNcQFBVS/AV3cSbXOKVaulyaoJS1Q3Z/fEy1jJgUq0kya93PsK+ypIjwzI+YL5"
    "w3JK9NsPx03kjf2GepCTpslTWwvMjRe22tE4+55EY6nygMELfiYYRTvPkLgCMLHA9EJblrXD3V1rvbcH"
)

TRANSFER = {
    "user_id": "47",
    "recipient_id": "10",
    "external_id": "23",
    "transfer_info": {"send_amount": "1000000", "send_amount_currency": "KRW"},
    "wallet_info": {"transfer_currency": "KRW", "fee_currency": "USD"},
}


def envelope(ct: str, iv: bytes = OPENSSL_IV, salt: bytes = SALT) -> str:
    return json.dumps({"ct": ct, "iv": iv.hex(), "s": salt.hex()}, separators=(",", ":"))


GOOD = envelope(DOCS_SAMPLE_CT)


def raw_plaintext(signature: str, secret: str = SECRET) -> bytes:
    """Decrypt a SIGNATURE by hand, padding and all, to look at what was encrypted."""
    fields = json.loads(signature)
    key, iv = codec.derive_key_and_iv(secret, bytes.fromhex(fields["s"]))
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(base64.b64decode(fields["ct"])) + decryptor.finalize()
    return padded[: -padded[-1]]


def altered(signature: str, **changes: Any) -> str:
    return json.dumps({**json.loads(signature), **changes})


def envelope_without(name: str) -> str:
    fields = json.loads(GOOD)
    del fields[name]
    return json.dumps(fields)


# ---- the format ----


def test_key_and_iv_are_openssls_evp_bytestokey_with_md5() -> None:
    assert codec.derive_key_and_iv(SECRET, SALT) == (OPENSSL_KEY, OPENSSL_IV)


def test_the_docs_sample_parameters_encrypt_to_the_openssl_vector() -> None:
    signature = encrypt_text(DOCS_REQUEST_PARAMETER, SECRET, salt=SALT)
    assert signature == envelope(DOCS_SAMPLE_CT)


def test_a_parameter_mapping_encrypts_as_compact_json_to_the_openssl_vector() -> None:
    assert encrypt(DOCS_PARAMETERS, SECRET, salt=SALT) == envelope(DOCS_COMPACT_CT)


def test_the_openssl_vectors_decrypt_to_the_docs_sample_parameters() -> None:
    assert decrypt(envelope(DOCS_SAMPLE_CT), SECRET) == DOCS_PARAMETERS
    assert decrypt(envelope(DOCS_COMPACT_CT), SECRET) == DOCS_PARAMETERS
    assert decrypt_text(envelope(DOCS_SAMPLE_CT), SECRET) == DOCS_REQUEST_PARAMETER


def test_the_parameter_json_is_encoded_once_more_as_a_json_string_before_encryption() -> None:
    plaintext = raw_plaintext(encrypt(TRANSFER, SECRET)).decode("utf-8")
    assert plaintext.startswith('"{\\"user_id\\":\\"47\\"')
    assert json.loads(json.loads(plaintext)) == TRANSFER


def test_the_envelope_is_compact_json_with_base64_ct_and_lower_case_hex_iv_and_salt() -> None:
    signature = encrypt(TRANSFER, SECRET)
    fields = json.loads(signature)
    assert list(fields) == ["ct", "iv", "s"]
    assert signature == json.dumps(fields, separators=(",", ":"))
    assert len(base64.b64decode(fields["ct"], validate=True)) % 16 == 0
    assert fields["iv"] == fields["iv"].lower() and len(bytes.fromhex(fields["iv"])) == 16
    assert fields["s"] == fields["s"].lower() and len(bytes.fromhex(fields["s"])) == 8


def test_every_encryption_draws_a_fresh_salt() -> None:
    first, second = json.loads(encrypt(TRANSFER, SECRET)), json.loads(encrypt(TRANSFER, SECRET))
    assert first["s"] != second["s"]
    assert first["ct"] != second["ct"]


@pytest.mark.parametrize(
    "params",
    [
        TRANSFER,
        DOCS_PARAMETERS,
        {"page": 2},
        {
            "first_name": "길동",
            "last_name": "홍",
            "bank_attributes": {"account_holder_name": "홍길동"},
        },
        {"note": 'quotes " and back\\slashes / and \n newlines'},
    ],
    ids=["transfer", "docs-sample", "page", "korean", "escapes"],
)
def test_decrypt_reverses_encrypt(params: dict[str, Any]) -> None:
    assert decrypt(encrypt(params, SECRET), SECRET) == params


def test_non_ascii_is_sent_as_utf8_so_the_only_escape_is_an_escaped_quote() -> None:
    # The docs' Ruby decrypt strips the outer quotes and turns \" back into " rather than
    # parsing the string; that must recover the parameters too.
    params = {"first_name": "길동", "email": "hong@sentbe.com", "bank_attributes": {"name": "002"}}
    plaintext = raw_plaintext(encrypt(params, SECRET)).decode("utf-8")
    assert "\\u" not in plaintext
    assert json.loads(plaintext[1:-1].replace('\\"', '"')) == params


def test_generated_request_models_encrypt_like_their_json() -> None:
    attrs_model = client_models.CreateTransferParameters.from_dict(TRANSFER)
    pydantic_model = models.CreateTransferParameters.model_validate(TRANSFER)
    # both models hold the amount as a Decimal, which goes out as the same JSON number
    sent = {**TRANSFER, "transfer_info": {**TRANSFER["transfer_info"], "send_amount": 1000000}}
    assert decrypt(encrypt(attrs_model, SECRET), SECRET) == sent
    assert decrypt(encrypt(pydantic_model, SECRET), SECRET) == sent


def test_fields_not_given_to_a_pydantic_model_are_left_out_not_sent_as_defaults() -> None:
    params = models.ListTransfersParameters()
    assert decrypt(encrypt(params, SECRET), SECRET) == {}


def test_a_php_style_envelope_with_escaped_slashes_and_upper_case_hex_decrypts() -> None:
    php = envelope(DOCS_SAMPLE_CT).replace("/", "\\/")
    assert "\\/" in php
    assert decrypt(altered(php, iv=OPENSSL_IV.hex().upper(), s=SALT.hex().upper()), SECRET) == (
        DOCS_PARAMETERS
    )


# ---- what encrypt refuses ----


def test_a_json_string_is_refused_by_encrypt_and_pointed_to_encrypt_text() -> None:
    with pytest.raises(TypeError, match="encrypt_text"):
        encrypt(DOCS_REQUEST_PARAMETER, SECRET)  # type: ignore[arg-type]


def test_parameters_that_are_not_json_are_refused_naming_params() -> None:
    with pytest.raises(TypeError, match="params"):
        encrypt({"amount": float("nan")}, SECRET)
    with pytest.raises(TypeError, match="params"):
        encrypt({"when": object()}, SECRET)
    with pytest.raises(TypeError, match="params"):
        encrypt(42, SECRET)  # type: ignore[arg-type]


@pytest.mark.parametrize("salt", [b"", b"1234567", b"123456789", "a1b2c3d4e5f60718"])
def test_a_salt_that_is_not_eight_bytes_is_refused(salt: Any) -> None:
    with pytest.raises(InputError, match="salt: must be 8 bytes"):
        encrypt(TRANSFER, SECRET, salt=salt)


@pytest.mark.parametrize("secret_key", ["", "\ud800", None], ids=["empty", "surrogate", "none"])
def test_a_secret_key_that_cannot_be_used_is_an_input_error(secret_key: Any) -> None:
    """A key the codec cannot use is corridor's InputError (a ValueError too), never a bare
    ValueError or the UnicodeEncodeError of a lone surrogate."""
    with pytest.raises(InputError) as raised:
        encrypt(TRANSFER, secret_key)
    assert raised.value.field == "secret_key"
    with pytest.raises(InputError):
        decrypt(envelope(DOCS_SAMPLE_CT), secret_key)


# ---- what decrypt rejects ----


def test_a_signature_under_another_secret_key_is_rejected() -> None:
    signature = encrypt(TRANSFER, "wrong-Key-1")
    with pytest.raises(SignatureError, match="another secret_key") as raised:
        decrypt(signature, SECRET)
    assert "wrong-Key-1" not in str(raised.value)
    assert SECRET not in str(raised.value)


def test_an_altered_last_ciphertext_block_is_rejected_by_its_padding() -> None:
    ct = bytearray(base64.b64decode(DOCS_SAMPLE_CT))
    ct[-1] ^= 0x01
    tampered = envelope(base64.b64encode(bytes(ct)).decode())
    with pytest.raises(SignatureError, match="'ct' does not decrypt to valid padding"):
        decrypt(tampered, SECRET)


def test_an_altered_first_ciphertext_block_is_rejected_as_not_json() -> None:
    ct = bytearray(base64.b64decode(DOCS_SAMPLE_CT))
    ct[3] ^= 0x55
    tampered = envelope(base64.b64encode(bytes(ct)).decode())
    with pytest.raises(SignatureError, match="'ct' does not decrypt to JSON"):
        decrypt(tampered, SECRET)


def test_a_truncated_ciphertext_is_rejected() -> None:
    ct = base64.b64decode(DOCS_SAMPLE_CT)[:-16]
    with pytest.raises(SignatureError, match="'ct'"):
        decrypt(envelope(base64.b64encode(ct).decode()), SECRET)


def test_an_altered_iv_or_salt_is_rejected() -> None:
    good = envelope(DOCS_SAMPLE_CT)
    with pytest.raises(SignatureError, match="'iv'"):
        decrypt(altered(good, iv="00" * 16), SECRET)
    with pytest.raises(SignatureError, match="'iv'"):
        decrypt(altered(good, s="00" * 8), SECRET)


def test_parameters_encrypted_without_the_extra_json_encoding_are_rejected() -> None:
    key, iv = codec.derive_key_and_iv(SECRET, SALT)
    plaintext = json.dumps(TRANSFER).encode()
    plaintext += bytes([16 - len(plaintext) % 16]) * (16 - len(plaintext) % 16)
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    ct = encryptor.update(plaintext) + encryptor.finalize()
    with pytest.raises(SignatureError, match="JSON-encoded twice"):
        decrypt(envelope(base64.b64encode(ct).decode()), SECRET)


def test_a_string_that_is_not_json_text_inside_is_rejected_by_decrypt_only() -> None:
    signature = encrypt_text("not json", SECRET)
    assert decrypt_text(signature, SECRET) == "not json"
    with pytest.raises(SignatureError, match="not JSON text"):
        decrypt(signature, SECRET)


@pytest.mark.parametrize(
    ("signature", "complaint"),
    [
        ("", "not JSON"),
        ("ct=abc&iv=def", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        ('["ct", "iv", "s"]', "not a JSON object"),
        (envelope_without("ct"), "'ct' is missing"),
        (envelope_without("iv"), "'iv' is missing"),
        (envelope_without("s"), "'s' is missing"),
        (altered(GOOD, ct=1), "'ct' must be a string"),
        (altered(GOOD, iv=None), "'iv' must be a string"),
        (altered(GOOD, s="abc"), "'s' must be 16 hex"),
        (altered(GOOD, s=" " + SALT.hex()[1:]), "'s' must be 16 hex"),
        (altered(GOOD, iv="zz" * 16), "'iv' must be 32 hex"),
        (altered(GOOD, iv="ab" * 17), "'iv' must be 32 hex"),
        (envelope("not base64!"), "'ct' is not base64"),
        (envelope(""), "'ct' is 0 bytes"),
        (envelope(base64.b64encode(b"x" * 20).decode()), "'ct' is 20 bytes"),
    ],
)
def test_a_malformed_signature_is_rejected_naming_what_is_wrong(
    signature: str | bytes, complaint: str
) -> None:
    with pytest.raises(SignatureError, match=complaint):
        decrypt(signature, SECRET)


def test_signature_error_is_a_value_error() -> None:
    assert issubclass(SignatureError, ValueError)


def test_json_nested_too_deeply_is_a_signature_error_not_a_recursion_error() -> None:
    with pytest.raises(SignatureError, match="not JSON text"):
        decrypt("[" * 100_000, SECRET)
    deep = encrypt_text("[" * 100_000 + "]" * 100_000, SECRET)
    with pytest.raises(SignatureError, match="nested too deeply"):
        decrypt(deep, SECRET)
