"""What each of a provider's calls is, as far as retrying it goes.

A facade lists its provider's operations that are not plain reads: creates (with the body
field that holds their idempotency handle, whether corridor may make one up, and how to look
the object up by it), POSTs that change nothing (validations, quotes, login) and the rest.
Anything not listed is a read when its method is GET/HEAD/OPTIONS and a write otherwise.

- read, safe: retried on every transient failure;
- create with a handle: retried too, since a retry with the same handle cannot make a second
  object. A refusal that its own handle may explain (`Operation.may_be_done`) is checked by
  looking the object up before it reaches the caller: after a retry, the object found is the
  call's answer; otherwise the caller reused the handle (see corridor.kit.flow);
- write (and a create without a handle): retried only when the request certainly never left
  (connect failure, 429); otherwise its failure is an `OutcomeUnknownError` naming the lookup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from corridor.errors import AuthenticationError, ProviderError, RateLimitError

Kind = Literal["read", "safe", "create", "write"]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
PLAN = "corridor.plan"  # request extension: the Plan of a request, set before it is signed
ANSWER = "corridor.answer"  # request extension: an answer made locally (see kit.flow)


@dataclass(frozen=True)
class Lookup:
    """How to fetch the object a create made, by its handle.

    `path` is relative to the base URL, with `{handle}`; `carry` names body fields sent along
    as query parameters (SettleGo's onBehalfOf). `answer` turns the lookup's decoded body into
    the create's success body, or None when the object is not in it; without `answer` the
    lookup's body is the create's own. With `confirms_only` a success of the lookup only
    proves that the object exists (its answer has another shape). `hint` is how error
    messages name the lookup.
    """

    path: str
    hint: str
    method: str = "GET"
    carry: tuple[str, ...] = ()
    answer: Callable[[Any, str], Any | None] | None = None
    confirms_only: bool = False


@dataclass(frozen=True)
class Operation:
    method: str
    path: str  # relative to the base URL, with {placeholders}
    name: str  # the operationId, for messages
    kind: Kind
    handle: str | None = None  # the JSON body field holding the create's idempotency handle
    generate: bool = False  # corridor may make the handle up (a UUID4) when none is given
    lookup: Lookup | None = None
    hint: str = ""  # for a create without a handle: where to check what happened
    # Whether a refusal is the provider's own "this handle is used" answer: confirmed by the
    # lookup where there is one, taken at its word where there is none.
    duplicate: Callable[[ProviderError], bool] | None = None
    created_status: int = 200  # the create's documented success status
    _pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        pieces = re.split(r"(\{[^}]+\})", self.path)
        regex = "".join("[^/]+" if piece.startswith("{") else re.escape(piece) for piece in pieces)
        object.__setattr__(self, "_pattern", re.compile(regex + "/?"))

    def matches(self, method: str, path: str) -> bool:
        return method == self.method and self._pattern.fullmatch(path) is not None

    def is_duplicate(self, error: ProviderError) -> bool:
        return self.duplicate is not None and self.duplicate(error)

    def may_be_done(self, error: ProviderError) -> bool:
        """Whether this create's refusal may be owed to an object that has its handle already.

        The provider's duplicate answer, of course; and, where the object can be looked up by
        its handle, any refusal of the request itself (not of the credentials, not a rate
        limit, not a 5xx): a provider may look at what the create consumes (a quote used once, a
        balance, a rate lock) before the handle, so the earlier try that made the object can
        make a retry's refusal say "no such quote" or "insufficient funds".
        """
        if self.is_duplicate(error):
            return True
        return self.lookup is not None and refuses_the_request(error)

    @property
    def where_to_look(self) -> str:
        if self.lookup is not None:
            return self.lookup.hint
        return self.hint or f"the provider's list of what {self.name} creates"


def refuses_the_request(error: ProviderError) -> bool:
    """A refusal of what the request asks, not of who sent it or how often, nor a failure of
    the provider's own (5xx). Below 500, since some providers refuse with HTTP 200 (Sentbe)."""
    if isinstance(error, AuthenticationError | RateLimitError):
        return False
    return error.status_code < 500 and error.status_code not in NOT_ABOUT_THE_REQUEST


NOT_ABOUT_THE_REQUEST = frozenset({401, 403, 407, 408, 429})


@dataclass(frozen=True)
class Plan:
    """How one request may be retried: its operation, and the handle it carries if any."""

    operation: Operation
    handle: str | None = None
    # The handle was made up by corridor for this call: no other call can have used it.
    generated: bool = False
    # For the lookup that resolves a create's duplicate answer: that create's plan. A lookup
    # that fails leaves the create's outcome unknown, and says so in the create's terms.
    recovering: Plan | None = None

    @property
    def idempotent(self) -> bool:
        """Sending it twice does no more than sending it once."""
        kind = self.operation.kind
        return kind in ("read", "safe") or (kind == "create" and self.handle is not None)

    @property
    def is_write(self) -> bool:
        return self.operation.kind in ("create", "write")


class OperationRules:
    """A provider's operations, found by method and path relative to the base URL."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        self._operations = tuple(operations)

    def __iter__(self) -> Any:
        return iter(self._operations)

    def find(self, method: str, path: str) -> Operation:
        method = method.upper()
        for operation in self._operations:
            if operation.matches(method, path):
                return operation
        kind: Kind = "read" if method in SAFE_METHODS else "write"
        return Operation(method, path, f"{method} {path}", kind)


def relative_path(url_path: str, base_path: str) -> str:
    """`url_path` without the base URL's own path (SettleGo's is /api/v1)."""
    base = base_path.rstrip("/")
    if base and url_path.startswith(base + "/"):
        return url_path[len(base) :]
    return url_path if base == "" or url_path != base else "/"
