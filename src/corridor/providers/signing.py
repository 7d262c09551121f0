"""Providers whose wire rewrites a request before it leaves: parameters encrypted into a header,
a signature over the body. One hook, the harness's `RequestSigner`, serves the seeder and every
contract case (`corridor.verification.signing` attaches it to each case).

`sign` takes a request as the spec describes it (the operation's parameters as a JSON body) and
returns it as the provider reads it, reusing the facade's own signing code. `tamper` returns a
signed request whose signature is broken in one of `tamper_kinds` ways, which the provider must
refuse.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Protocol

import httpx


class RequestSigner(Protocol):
    """A provider's request rewriting, given the credentials of the run."""

    tamper_kinds: int

    def sign(self, request: httpx.Request, credentials: Mapping[str, str]) -> httpx.Request:
        """The request as the provider's wire wants it."""
        ...

    def tamper(
        self, request: httpx.Request, credentials: Mapping[str, str], kind: int
    ) -> tuple[httpx.Request, str]:
        """The signed `request` with its signature broken the `kind`-th way (0 <=
        kind < tamper_kinds), and a few words saying how."""
        ...


class SignedRequests(httpx.Auth):
    """httpx auth that signs every request (the seeder's client)."""

    requires_request_body = True

    def __init__(self, signer: RequestSigner, credentials: Mapping[str, str]) -> None:
        self.signer = signer
        self.credentials = credentials

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield self.signer.sign(request, self.credentials)
