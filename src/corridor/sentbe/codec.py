"""The SIGNATURE codec: how Sentbe wants request parameters encrypted.

What the docs' Ruby, PHP and CryptoJS samples do, byte for byte:

1. the parameters are serialised to JSON text, and that text is JSON-encoded once more as a JSON
   string literal (the samples call `to_json` / `json_encode` / `JSON.stringify` on a string);
2. a random 8-byte salt is drawn, and the AES key (32 bytes) and IV (16 bytes) come from
   OpenSSL's EVP_BytesToKey with MD5 and one iteration over secret_key + salt;
3. the UTF-8 bytes are encrypted with AES-256-CBC and PKCS#7 padding;
4. the header value is the JSON text `{"ct": base64 ciphertext, "iv": hex IV, "s": hex salt}`.

This is the format of `openssl enc -aes-256-cbc -md md5` and of CryptoJS with a passphrase, so
those tools can read and write it. CBC without a MAC carries no integrity check: `decrypt`
rejects anything that is malformed or does not decrypt cleanly, but that is a sanity check, not
proof that the value came from someone holding the secret_key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, runtime_checkable

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from corridor.errors import CorridorError, InputError
from corridor.kit import money

if TYPE_CHECKING:
    from pydantic import BaseModel

SALT_SIZE = 8
KEY_SIZE = 32
IV_SIZE = 16
_BLOCK_BITS = 128
_BLOCK_SIZE = _BLOCK_BITS // 8


class SignatureError(CorridorError, ValueError):
    """A SIGNATURE value that cannot be decrypted: malformed, tampered with, or another key's."""


@runtime_checkable
class _HasToDict(Protocol):
    """The generated attrs request models (`sentbe_client.models.*Parameters`)."""

    def to_dict(self) -> dict[str, Any]: ...


Parameters: TypeAlias = "Mapping[str, Any] | BaseModel | _HasToDict"


def derive_key_and_iv(secret_key: str, salt: bytes) -> tuple[bytes, bytes]:
    """OpenSSL's EVP_BytesToKey(MD5, one iteration): the key and IV for secret_key and salt."""
    password = _secret_bytes(secret_key)
    _check_salt(salt)
    derived = b""
    block = b""
    while len(derived) < KEY_SIZE + IV_SIZE:
        block = hashlib.md5(block + password + salt).digest()
        derived += block
    return derived[:KEY_SIZE], derived[KEY_SIZE : KEY_SIZE + IV_SIZE]


def serialize_parameters(params: Parameters) -> str:
    """The parameters as compact JSON text, before the extra encoding.

    Non-ASCII stays as UTF-8 and no whitespace is added, so after the extra encoding the only
    escape sequence is `\\"` unless a value holds a backslash or control character: the docs'
    Ruby decrypt sample undoes the outer encoding by replacing `\\"` with `"` rather than by
    parsing it, which mangles every other escape.
    """
    document = _as_object(params)
    try:
        # corridor's encoder: a Decimal amount goes in as the same JSON number, digit for digit
        return money.dumps(document)
    except InputError as error:
        raise TypeError(f"params cannot be written as JSON: {error.problem}") from error


def encrypt(params: Parameters, secret_key: str, *, salt: bytes | None = None) -> str:
    """The SIGNATURE header value for these parameters (a mapping or a generated model).

    `salt` is for reproducible tests only; leave it out so every request gets a fresh one.
    """
    return encrypt_text(serialize_parameters(params), secret_key, salt=salt)


def encrypt_text(json_text: str, secret_key: str, *, salt: bytes | None = None) -> str:
    """Encrypt parameters that are already JSON text, exactly as the docs' samples do."""
    if not isinstance(json_text, str):
        raise TypeError(f"json_text must be a str, not {type(json_text).__name__}")
    salt = os.urandom(SALT_SIZE) if salt is None else salt
    key, iv = derive_key_and_iv(secret_key, salt)
    # The extra encoding the samples apply: the JSON text becomes a JSON string literal.
    plaintext = json.dumps(json_text, ensure_ascii=False).encode("utf-8")
    padder = padding.PKCS7(_BLOCK_BITS).padder()
    padded = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    ciphertext = encryptor.update(padded) + encryptor.finalize()
    envelope = {
        "ct": base64.b64encode(ciphertext).decode("ascii"),
        "iv": iv.hex(),
        "s": salt.hex(),
    }
    return json.dumps(envelope, separators=(",", ":"))


def decrypt(signature: str | bytes, secret_key: str) -> Any:
    """The parameters a SIGNATURE value carries, parsed: `decrypt(encrypt(p, k), k) == p`."""
    text = decrypt_text(signature, secret_key)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise SignatureError("SIGNATURE decrypts to a string that is not JSON text") from error
    except RecursionError:
        raise SignatureError("SIGNATURE decrypts to JSON nested too deeply to read") from None


def decrypt_text(signature: str | bytes, secret_key: str) -> str:
    """The parameters' JSON text a SIGNATURE value carries, with the extra encoding removed."""
    ciphertext, iv, salt = _parse_envelope(signature)
    key, expected_iv = derive_key_and_iv(secret_key, salt)
    # Every sample derives the IV from the salt, so a different one means another secret_key or
    # an edited envelope; checking it first also tells a wrong key apart from a bad ciphertext.
    if not hmac.compare_digest(iv, expected_iv):
        raise SignatureError(
            "SIGNATURE field 'iv' is not the IV this secret_key and salt 's' derive "
            "(signed with another secret_key, or 'iv'/'s' were altered)"
        )
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(ciphertext) + decryptor.finalize()
    unpadder = padding.PKCS7(_BLOCK_BITS).unpadder()
    try:
        plaintext = unpadder.update(padded) + unpadder.finalize()
    except ValueError as error:
        raise SignatureError(
            "SIGNATURE field 'ct' does not decrypt to valid padding (altered ciphertext)"
        ) from error
    try:
        outer = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SignatureError(
            "SIGNATURE field 'ct' does not decrypt to JSON (altered ciphertext)"
        ) from error
    if not isinstance(outer, str):
        raise SignatureError(
            "SIGNATURE decrypts to JSON that is not a JSON-encoded string: Sentbe's parameters "
            "are JSON-encoded twice before encryption"
        )
    return outer


def _parse_envelope(signature: str | bytes) -> tuple[bytes, bytes, bytes]:
    try:
        envelope = json.loads(signature)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as error:
        raise SignatureError(
            'SIGNATURE is not JSON text {"ct": ..., "iv": ..., "s": ...}'
        ) from error
    if not isinstance(envelope, dict):
        raise SignatureError('SIGNATURE is not a JSON object {"ct": ..., "iv": ..., "s": ...}')
    salt = _hex_field(envelope, "s", SALT_SIZE)
    iv = _hex_field(envelope, "iv", IV_SIZE)
    ct = _string_field(envelope, "ct")
    try:
        ciphertext = base64.b64decode(ct, validate=True)
    except (binascii.Error, ValueError) as error:
        raise SignatureError("SIGNATURE field 'ct' is not base64") from error
    if not ciphertext or len(ciphertext) % _BLOCK_SIZE:
        raise SignatureError(
            f"SIGNATURE field 'ct' is {len(ciphertext)} bytes, not a whole number of "
            f"{_BLOCK_SIZE}-byte AES blocks"
        )
    return ciphertext, iv, salt


def _string_field(envelope: dict[str, Any], name: str) -> str:
    if name not in envelope:
        raise SignatureError(f"SIGNATURE field {name!r} is missing")
    value = envelope[name]
    if not isinstance(value, str):
        raise SignatureError(f"SIGNATURE field {name!r} must be a string")
    return value


def _hex_field(envelope: dict[str, Any], name: str, size: int) -> bytes:
    value = _string_field(envelope, name)
    if not re.fullmatch(f"[0-9a-fA-F]{{{2 * size}}}", value):
        raise SignatureError(
            f"SIGNATURE field {name!r} must be {2 * size} hex digits ({size} bytes)"
        )
    return bytes.fromhex(value)


def _as_object(params: Parameters) -> dict[str, Any]:
    if isinstance(params, str | bytes):
        raise TypeError("params must be a mapping or a model; pass JSON text to encrypt_text()")
    if isinstance(params, Mapping):
        return dict(params)
    if isinstance(params, _HasToDict):
        return params.to_dict()
    # imported here, not at the top: whoever passes a pydantic model has loaded pydantic already
    from pydantic import BaseModel

    if isinstance(params, BaseModel):
        # Fields not given are left out rather than sent as null or as their default; python
        # mode keeps Decimal amounts Decimal (json mode would turn them into strings).
        return params.model_dump(
            mode="python", by_alias=True, exclude_unset=True, exclude_none=True
        )
    raise TypeError(f"params must be a mapping or a model, not {type(params).__name__}")


def _secret_bytes(secret_key: str) -> bytes:
    if not isinstance(secret_key, str) or not secret_key:
        raise InputError("secret_key", "must be a non-empty string")
    try:
        return secret_key.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError("secret_key", "is not Unicode text (it holds a lone surrogate)") from None


def _check_salt(salt: bytes) -> None:
    if not isinstance(salt, bytes) or len(salt) != SALT_SIZE:
        raise InputError("salt", f"must be {SALT_SIZE} bytes")
