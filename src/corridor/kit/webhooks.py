"""What every facade's `webhooks.receive(body, headers, secret)` shares.

The same meaning for every provider: `body` is the request's raw body (bytes, or str), as it
arrived and before any parsing; `headers` the request's headers (any mapping, looked up
without regard to case); `secret` what proves the request came from the provider (SettleGo's
public key, P100's webhook security token, Sentbe's access_id). `receive` checks the proof
first, then parses the body into its typed event, and raises the provider's webhook error,
never anything else, for a body that is hostile in any way: not bytes, not UTF-8, not JSON,
nested too deep, not an object, or not the event.

The same shape too: `receive(body, headers, secret)` returns the provider's `Event` (the
union of its typed events), and `receive(body, headers, secret, expect=SomeEvent)` returns a
`SomeEvent`, for a listener that takes one kind (P100 requires it: its payloads do not say
which webhook they are). The errors are `<Provider>WebhookError`, and
`<Provider>WebhookAuthenticationError` (answer 401) for a missing or wrong proof.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from corridor.errors import InputError, WebhookError
from corridor.kit import money

if TYPE_CHECKING:
    from pydantic import BaseModel

Model = TypeVar("Model", bound="BaseModel")

MAX_BODY = 1024 * 1024  # no provider sends a notification anywhere near this size


def header(headers: Mapping[str, str], name: str) -> str | None:
    """The value of header `name` in any mapping of headers, whatever its case."""
    if not isinstance(headers, Mapping):
        raise InputError("headers", "must be a mapping of the request's headers")
    wanted = name.lower()
    for key, value in headers.items():
        if isinstance(key, str) and key.lower() == wanted:
            return value if isinstance(value, str) else None
    return None


def raw_bytes(body: object, error: type[WebhookError]) -> bytes:
    """The body as bytes (a str is taken as its UTF-8 text)."""
    if isinstance(body, bytes | bytearray | memoryview):
        data = bytes(body)
    elif isinstance(body, str):
        try:
            data = body.encode("utf-8")
        except UnicodeEncodeError as problem:
            raise error("the webhook body is not valid Unicode text") from problem
    else:
        raise error(f"the webhook body must be the raw bytes, not {type(body).__name__}")
    if len(data) > MAX_BODY:
        raise error(f"the webhook body is over {MAX_BODY} bytes")
    return data


def json_object(data: bytes, error: type[WebhookError], what: str) -> dict[str, Any]:
    """The body as a JSON object (amounts as Decimal)."""
    try:
        document = money.loads(data)
    except ValueError as problem:
        raise error(f"the {what} body is not JSON: {problem}") from problem
    if not isinstance(document, dict):
        raise error(f"the {what} body is not a JSON object")
    return document


def typed(
    document: dict[str, Any], model: type[Model], error: type[WebhookError], what: str
) -> Model:
    """The document as `model`; a mismatch names the fields, never their (personal) values.

    Not chained to pydantic's error, whose text quotes the input (with its token, for a
    Sentbe callback) and would show in every logged traceback."""
    try:
        return model.model_validate(document)
    except (ValueError, TypeError, RecursionError) as problem:  # ValidationError is a ValueError
        raise error(
            f"the {what} body is not a valid {model.__name__}: {problems(problem)}"
        ) from None


def problems(error: Exception) -> str:
    # imported here: a facade that never types a notification need not load pydantic
    from pydantic import ValidationError

    if not isinstance(error, ValidationError):
        return type(error).__name__
    return "; ".join(
        f"{'.'.join(str(part) for part in issue['loc']) or 'body'}: {issue['msg']}"
        for issue in error.errors(include_url=False)
    )
