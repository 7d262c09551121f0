"""The SIGNATURE codec against an independent implementation: the `openssl enc` command line.

`openssl enc -aes-256-cbc -md md5` with a passphrase is the scheme of the docs' samples and of
CryptoJS: EVP_BytesToKey(MD5) over passphrase + salt, AES-256-CBC, PKCS#7. Its binary output is
"Salted__" + salt + ciphertext (the OpenSSL format CryptoJS writes too); OpenSSL 3 leaves that
header out when the salt is given with -S, so the helpers accept both.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
from typing import Any

import httpx
import pytest

from corridor.sentbe.codec import decrypt, decrypt_text, derive_key_and_iv, encrypt, encrypt_text
from corridor.simulator import simulate
from corridor.simulator.transport import InProcessTransport

OPENSSL = shutil.which("openssl")
pytestmark = pytest.mark.skipif(
    OPENSSL is None,
    reason="the openssl binary is not installed (Debian package 'openssl'); the interop proof "
    "needs it",
)

SECRET = "test_pw"
CIPHER = ["enc", "-aes-256-cbc", "-md", "md5"]
HEADER = b"Salted__"

DOCS_REQUEST_PARAMETER = (
    '{\n\t"bank_attributes": {\n\t\t"name": "002",\n\t\t"account_number": "12341234",\n'
    '\t\t"account_holder_name": "json"\n\t},\n\t"country": "KR",\n\t"phone_country_code": "KR",\n'
    '\t"birth_date": "19901111",\n\t"email": "test@sentbe.com",\n\t"user_id": "47",\n'
    '\t"phone_number": "010-3369-1481",\n\t"test": "aaa",\n\t"last_name": "Smith",\n'
    '\t"first_name": "John"\n}'
)
TRANSFER: dict[str, Any] = {
    "user_id": "47",
    "recipient_id": "10",
    "external_id": "23",
    "transfer_info": {"send_amount": "1000000", "send_amount_currency": "KRW"},
    "wallet_info": {"transfer_currency": "KRW", "fee_currency": "USD"},
}
KOREAN_RECIPIENT: dict[str, Any] = {
    "first_name": "길동",
    "last_name": "홍",
    "bank_attributes": {"name": "002", "account_holder_name": "홍길동"},
}


def openssl(*args: str, stdin: bytes = b"") -> bytes:
    assert OPENSSL is not None
    done = subprocess.run(
        [OPENSSL, *CIPHER, *args], input=stdin, capture_output=True, timeout=10, check=False
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return done.stdout


def openssl_key_and_iv(secret: str, salt: bytes) -> tuple[bytes, bytes]:
    printed = openssl("-S", salt.hex(), "-pass", f"pass:{secret}", "-P").decode()
    key = re.search(r"^key\s*=\s*([0-9A-F]+)$", printed, re.MULTILINE)
    iv = re.search(r"^iv\s*=\s*([0-9A-F]+)$", printed, re.MULTILINE)
    assert key and iv, printed
    return bytes.fromhex(key.group(1)), bytes.fromhex(iv.group(1))


def openssl_encrypt(
    plaintext: bytes, secret: str, salt: bytes | None = None
) -> tuple[bytes, bytes]:
    """(salt, ciphertext) from `openssl enc`, with the given salt or one openssl draws."""
    salt_args = ["-S", salt.hex()] if salt else []
    output = base64.b64decode(
        openssl(*salt_args, "-pass", f"pass:{secret}", "-base64", "-A", stdin=plaintext)
    )
    if output.startswith(HEADER):
        written_salt, output = output[8:16], output[16:]
        assert salt is None or written_salt == salt
        salt = written_salt
    assert salt is not None, "openssl wrote no salt header and none was given"
    return salt, output


def openssl_decrypt(signature: str, secret: str) -> bytes:
    """Decrypt a SIGNATURE with openssl, fed in the OpenSSL/CryptoJS "Salted__" format."""
    fields = json.loads(signature)
    salted = HEADER + bytes.fromhex(fields["s"]) + base64.b64decode(fields["ct"])
    return openssl("-d", "-pass", f"pass:{secret}", "-base64", "-A", stdin=base64.b64encode(salted))


def as_signature(salt: bytes, ciphertext: bytes, iv: bytes) -> str:
    fields = {"ct": base64.b64encode(ciphertext).decode(), "iv": iv.hex(), "s": salt.hex()}
    return json.dumps(fields)


def twice_encoded(params: dict[str, Any]) -> bytes:
    """What the samples encrypt: the parameter JSON, JSON-encoded once more."""
    inner = json.dumps(params, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(inner, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("secret", ["test_pw", "s3cr3t with spaces", "비밀키"])
def test_key_and_iv_match_openssls_derivation(secret: str) -> None:
    salt = bytes.fromhex("0011223344556677")
    assert derive_key_and_iv(secret, salt) == openssl_key_and_iv(secret, salt)


@pytest.mark.parametrize("params", [TRANSFER, KOREAN_RECIPIENT], ids=["transfer", "korean"])
def test_openssl_decrypts_what_the_codec_encrypts(params: dict[str, Any]) -> None:
    signature = encrypt(params, SECRET)
    plaintext = openssl_decrypt(signature, SECRET)
    assert plaintext == twice_encoded(params)
    assert json.loads(json.loads(plaintext)) == params


@pytest.mark.parametrize("params", [TRANSFER, KOREAN_RECIPIENT], ids=["transfer", "korean"])
def test_the_codec_decrypts_what_openssl_encrypts_with_a_fixed_salt(params: dict[str, Any]) -> None:
    salt = bytes.fromhex("f00dfacecafebeef")
    _, ciphertext = openssl_encrypt(twice_encoded(params), SECRET, salt)
    _, iv = openssl_key_and_iv(SECRET, salt)
    assert decrypt(as_signature(salt, ciphertext, iv), SECRET) == params


def test_the_codec_decrypts_what_openssl_encrypts_with_a_salt_of_its_own() -> None:
    salt, ciphertext = openssl_encrypt(twice_encoded(TRANSFER), SECRET)
    _, iv = openssl_key_and_iv(SECRET, salt)
    assert decrypt(as_signature(salt, ciphertext, iv), SECRET) == TRANSFER


def test_the_codec_and_openssl_agree_byte_for_byte_on_the_docs_sample() -> None:
    salt = bytes.fromhex("a1b2c3d4e5f60718")
    docs_plaintext = json.dumps(DOCS_REQUEST_PARAMETER).encode()  # Ruby's value.to_json
    _, ciphertext = openssl_encrypt(docs_plaintext, SECRET, salt)
    _, iv = openssl_key_and_iv(SECRET, salt)
    expected = as_signature(salt, ciphertext, iv)
    assert json.loads(encrypt_text(DOCS_REQUEST_PARAMETER, SECRET, salt=salt)) == json.loads(
        expected
    )
    assert decrypt_text(expected, SECRET) == DOCS_REQUEST_PARAMETER


# docs/sentbe/api/_create_user.md:22-32
USER: dict[str, Any] = {
    "phone_country_code": "US",
    "birth_date": "19890101",
    "last_name": "ryu",
    "email": "sanghyun.ryu@sentbe.com",
    "nationality": "US",
    "phone_number": "010-123-1234",
    "first_name": "sanghyun",
}


def openssl_signature(params: dict[str, Any]) -> str:
    """A SIGNATURE made by the openssl command line alone (salt from openssl, IV from openssl)."""
    salt, ciphertext = openssl_encrypt(twice_encoded(params), SECRET)
    _, iv = openssl_key_and_iv(SECRET, salt)
    return as_signature(salt, ciphertext, iv)


def test_the_simulator_accepts_a_signature_made_by_openssl_and_refuses_it_tampered() -> None:
    simulator = simulate("sentbe", strict=True)  # its default partner's secret is "test_pw"
    http = httpx.Client(transport=InProcessTransport(simulator.app), base_url="http://sentbe")
    credentials = {"PARTNER-ID": "1", "KEY": "test_id"}
    signature = openssl_signature(USER)
    answer = http.post("/inbound/users", headers=credentials | {"SIGNATURE": signature})
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["first_name"] == "sanghyun"

    fields = json.loads(openssl_signature(USER | {"first_name": "mallory"}))
    ciphertext = bytearray(base64.b64decode(fields["ct"]))
    ciphertext[-1] ^= 0x40  # the last block: its padding no longer checks out
    fields["ct"] = base64.b64encode(bytes(ciphertext)).decode()
    tampered = http.post("/inbound/users", headers=credentials | {"SIGNATURE": json.dumps(fields)})
    assert tampered.status_code == 401
    assert tampered.json()["result"] is False
    assert tampered.json()["errors"][0]["error_code"] == "E0004"  # docs/sentbe/_errors.md:15
    assert len(simulator.provider.backend.users.records) == 1
