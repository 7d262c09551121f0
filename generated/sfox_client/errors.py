"""The errors the API functions raise, part of corridor's one exception tree (corridor.errors).

A client from a corridor facade raises the provider's own errors instead (its ProviderError
subclasses, its MalformedAnswerError); these are what a plain `Client`/`AuthenticatedClient`
raises.
"""

from typing import ClassVar

import httpx
from corridor.errors import MalformedAnswerError, ProviderError

_PROVIDER = "sFOX Connect API"


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
            url=str(request.url.copy_with(query=None, userinfo=b"")),
        )


def unexpected_answer(
    client: object, response: httpx.Response, problem: Exception
) -> MalformedAnswerError:
    """The error for a documented answer that does not parse into its model (a JSON value of
    the wrong type or shape): the provider's own MalformedAnswerError for a client from a
    corridor facade, so that the facade's one base error catches it; `UnexpectedAnswer` for a
    client made otherwise."""
    # imported here: only an answer that does not parse pays for it
    from corridor.kit.connection import malformed_answer

    said = f"the answer does not match the spec ({type(problem).__name__}: {problem})"
    facades = malformed_answer(client, response, said)
    return (
        facades
        if facades is not None
        else UnexpectedAnswer.from_response(response, problem)
    )


__all__ = ["UnexpectedAnswer", "UnexpectedStatus", "unexpected_answer"]
