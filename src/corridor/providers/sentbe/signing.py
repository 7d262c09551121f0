"""Signing contract-run requests exactly as `corridor.sentbe`'s auth does, and breaking them.

`sign` hands the request to the facade's `SentbeAuth.sign`: the JSON parameter object leaves
the body and travels encrypted in SIGNATURE, beside PARTNER-ID and KEY. A generated body that is
no JSON object (Schemathesis's invalid cases; the facade would refuse to send one) is encrypted
as the text it is, so the simulator sees what was generated. `tamper` breaks a signed request's
SIGNATURE in one of five ways a partner's code can get it wrong; a request that carries no
SIGNATURE (a call without parameters) gets a wrong KEY instead.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping

import httpx

from corridor.providers.sentbe.credentials import ACCESS_ID, PARTNER_ID, SECRET_KEY
from corridor.sentbe.auth import KEY_HEADER, SIGNATURE_HEADER, SentbeAuth
from corridor.sentbe.codec import encrypt, encrypt_text


class SentbeRequestSigner:
    tamper_kinds = 5

    def sign(self, request: httpx.Request, credentials: Mapping[str, str]) -> httpx.Request:
        auth = _auth(credentials)
        try:
            return auth.sign(request)
        except (ValueError, TypeError):  # no JSON object: an invalid case, sent as generated
            bare = httpx.Request(request.method, request.url, headers=request.headers)
            signed = auth.sign(bare)
            text = request.content.decode("utf-8", "replace")
            signed.headers[SIGNATURE_HEADER] = encrypt_text(text, credentials[SECRET_KEY])
            return signed

    def tamper(
        self, request: httpx.Request, credentials: Mapping[str, str], kind: int
    ) -> tuple[httpx.Request, str]:
        secret = credentials[SECRET_KEY]
        signature = request.headers.get(SIGNATURE_HEADER)
        if signature is None:
            # A call without parameters carries no SIGNATURE (and Sentbe ignores one it sends
            # anyway): the credential it does carry, KEY, is what breaks.
            headers = request.headers.copy()
            headers[KEY_HEADER] = credentials[ACCESS_ID] + "-not-it"
            altered = httpx.Request(
                request.method, request.url, headers=headers, content=request.content
            )
            return altered, "no SIGNATURE to break: KEY altered"
        envelope = json.loads(signature)
        if kind == 0:
            ciphertext = bytearray(base64.b64decode(envelope["ct"]))
            ciphertext[-1] ^= 0x01
            envelope["ct"] = base64.b64encode(bytes(ciphertext)).decode()
            broken, how = json.dumps(envelope), "ciphertext altered"
        elif kind == 1:
            broken, how = encrypt({}, secret + "-not-it"), "encrypted with another secret_key"
        elif kind == 2:
            envelope["iv"] = "00" * 16
            broken, how = json.dumps(envelope), "IV altered"
        elif kind == 3:
            envelope["ct"] = envelope["ct"][:-8]
            broken, how = json.dumps(envelope), "ciphertext cut short"
        else:
            broken, how = "not a CryptoJS envelope", "not JSON"
        headers = request.headers.copy()
        headers[SIGNATURE_HEADER] = broken
        tampered = httpx.Request(
            request.method, request.url, headers=headers, content=request.content
        )
        return tampered, how


def _auth(credentials: Mapping[str, str]) -> SentbeAuth:
    return SentbeAuth(credentials[PARTNER_ID], credentials[ACCESS_ID], credentials[SECRET_KEY])
