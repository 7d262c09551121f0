"""Every contract case signed as the provider's wire needs it, and some broken on purpose.

Where a provider's harness has a `RequestSigner` (`corridor.providers.signing`), each case of a
Schemathesis run is signed on its way out, and every `TAMPER_EVERY`-th case Schemathesis
generates as invalid is also sent with a broken signature: the provider must refuse it whatever
else is wrong with it, and an answer in the 2xx range to one is reported as an error of the run.

In a Schemathesis run the signer is a `requests` auth attached to each case: Schemathesis sends
every case through `requests`, in process (ASGI) and over the network alike, and `requests`
calls the auth on the finished request just before it goes out. The case itself keeps the
generated parameters, so Schemathesis still judges the request by what it generated (valid or
not) while the wire carries what the provider reads. A `before_call` hook would edit the case
instead: Schemathesis revalidates an edited case (a body moved into a header reads as a missing
body, turning valid cases into invalid ones) and takes such hooks only process-wide.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import requests
from requests.auth import AuthBase

from corridor.providers.signing import RequestSigner

TAMPER_EVERY = 3

# Headers `requests` works out itself once the body is final.
_COMPUTED = frozenset({"host", "content-length", "transfer-encoding"})


@dataclass(frozen=True)
class Tampered:
    """A request sent with a broken signature, and the status it got."""

    operation: str
    how: str
    status: int

    @property
    def accepted(self) -> bool:
        return 200 <= self.status < 300


@dataclass
class CaseSigning:
    """Signs the cases of one run; tampers with every `TAMPER_EVERY`-th invalid one."""

    signer: RequestSigner
    credentials: Mapping[str, str]
    tampered: list[Tampered] = field(default_factory=list)
    _negatives: itertools.count[int] = field(default_factory=itertools.count)

    def auth_for(
        self, operation: str, negative: bool, withheld: frozenset[str] = frozenset()
    ) -> AuthBase:
        """The auth for one case; `withheld` names (lower-cased) headers the case was generated
        without on purpose, which the signed request leaves out too."""
        kind = None
        if negative and not withheld:  # a withheld header could be the broken signature itself
            number = next(self._negatives)
            if number % TAMPER_EVERY == 0:
                kind = (number // TAMPER_EVERY) % self.signer.tamper_kinds
        return _SignedCase(self, operation, kind, withheld)


class _SignedCase(AuthBase):
    def __init__(
        self,
        signing: CaseSigning,
        operation: str,
        tamper_kind: int | None,
        withheld: frozenset[str],
    ) -> None:
        self.signing = signing
        self.operation = operation
        self.tamper_kind = tamper_kind
        self.withheld = withheld

    def __call__(self, prepared: requests.PreparedRequest) -> requests.PreparedRequest:
        request = _as_httpx(prepared)
        if request is None:  # a body no signer could read: sent as generated, to be refused
            return prepared
        signing = self.signing
        signed = signing.signer.sign(request, signing.credentials)
        if self.tamper_kind is not None:
            signed, how = signing.signer.tamper(signed, signing.credentials, self.tamper_kind)
            prepared.register_hook("response", self._recorder(how))
        for name in self.withheld:
            signed.headers.pop(name, None)
        _rewrite(prepared, signed)
        return prepared

    def _recorder(self, how: str) -> Any:
        def record(response: requests.Response, *args: Any, **kwargs: Any) -> requests.Response:
            outcome = Tampered(self.operation, how, response.status_code)
            self.signing.tampered.append(outcome)
            return response

        return record


def _as_httpx(prepared: requests.PreparedRequest) -> httpx.Request | None:
    body = prepared.body
    if isinstance(body, str):
        body = body.encode("utf-8", "surrogatepass")
    if body is not None and not isinstance(body, bytes):
        return None
    try:
        return httpx.Request(
            prepared.method or "GET",
            prepared.url or "",
            headers=[
                (name, value if isinstance(value, str) else value.decode("latin-1"))
                for name, value in prepared.headers.items()
            ],
            content=body or b"",
        )
    except (UnicodeEncodeError, httpx.InvalidURL, TypeError, ValueError):
        return None


def _rewrite(prepared: requests.PreparedRequest, signed: httpx.Request) -> None:
    """Make `prepared` the signed request: its headers (case kept) and its body."""
    kept = {name.decode("latin-1").lower() for name, _ in signed.headers.raw}
    for name in [name for name in prepared.headers if name.lower() not in kept]:
        del prepared.headers[name]
    for raw_name, raw_value in signed.headers.raw:
        name = raw_name.decode("latin-1")
        if name.lower() not in _COMPUTED:
            prepared.headers[name] = raw_value.decode("latin-1")
    prepared.headers.pop("Content-Length", None)
    prepared.body = signed.content or None
    prepared.prepare_content_length(prepared.body)
    prepared.url = str(signed.url)
