"""The errors the API functions raise, part of corridor's one exception tree (corridor.errors).

A client from a corridor facade raises the provider's own errors before these are reached;
they are what a plain `Client`/`AuthenticatedClient` raises.
"""

from typing import ClassVar

import httpx
from corridor.errors import MalformedAnswerError, ProviderError

_PROVIDER = "SettleGo API"


class UnexpectedStatus(ProviderError):
    """An answer whose status the spec does not list as a success of the call."""

    provider: ClassVar[str] = _PROVIDER

    def __init__(
        self, status_code: int, content: bytes, *, method: str = "", url: str = ""
    ):
        self.content = content
        super().__init__(
            status_code,
            content.decode(errors="replace"),
            body=content,
            method=method,
            url=url,
        )


class UnexpectedAnswer(MalformedAnswerError):
    """A success status whose body does not parse into the documented model."""

    provider: ClassVar[str] = _PROVIDER

    @classmethod
    def from_response(
        cls, response: httpx.Response, problem: Exception
    ) -> "UnexpectedAnswer":
        request = response.request
        return cls(
            response.status_code,
            f"the answer does not match the spec ({type(problem).__name__}: {problem})",
            body=response.content,
            method=request.method,
            url=str(request.url.copy_with(query=None)),
        )


__all__ = ["UnexpectedAnswer", "UnexpectedStatus"]
