"""What a call is, as far as retrying it goes.

Each provider's spec states it, in `x-corridor-*` extensions on its operations (see
corridor.client_rules): the code generator writes it into every endpoint module as its
`OPERATION`, and the endpoint's request carries that to the kit as the request extension
`OPERATION_EXTENSION`. A request without one (a raw httpx call through a facade's client) is a
read when its method is GET/HEAD/OPTIONS and a write otherwise.

- read, safe: retried on every transient failure;
- create with a handle: retried too, since a retry with the same handle cannot make a second
  object. A refusal that its own handle may explain (`Operation.may_be_done`) is checked by
  looking the object up before it reaches the caller: after a retry, the object found is the
  call's answer; otherwise the caller reused the handle (see corridor.kit.flow);
- write (and a create without a handle): retried only when the request certainly never left
  (connect failure, 429); otherwise its failure is an `OutcomeUnknownError` naming where to look.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import quote

import httpx

from corridor.errors import AuthenticationError, ProviderError, RateLimitError

Kind = Literal["read", "safe", "create", "write"]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
OPERATION_EXTENSION = "corridor.operation"  # request extension: the generated call's Operation
PLAN = "corridor.plan"  # request extension: the Plan of a request, set before it is signed
ANSWER = "corridor.answer"  # request extension: an answer made locally (see kit.flow)


@dataclass(frozen=True)
class Refusals:
    """Which refusals are the provider's own "this handle is used" answer.

    Each list given must match: the status is one of `statuses`, the provider's error code one
    of `codes`, its message holds one of the `messages` fragments.
    """

    statuses: tuple[int, ...] = ()
    codes: tuple[str, ...] = ()
    messages: tuple[str, ...] = ()

    def match(self, error: ProviderError) -> bool:
        if not (self.statuses or self.codes or self.messages):
            return False
        if self.statuses and error.status_code not in self.statuses:
            return False
        if self.codes and error.code not in self.codes:
            return False
        return not self.messages or any(part in error.message for part in self.messages)


@dataclass(frozen=True)
class Entry:
    """Where a create's object is in the answer of a lookup that lists.

    `items` is the dotted path to the list, `match` the entry's field holding the handle, and
    `wrap` the dotted path the entry takes in the create's own answer (empty: the entry is it).
    """

    items: str
    match: str
    wrap: str = ""

    def find(self, listed: Any, handle: str) -> Any | None:
        """The create's answer for the entry holding `handle`, or None."""
        entries = listed
        for name in self.items.split("."):
            entries = entries.get(name) if isinstance(entries, dict) else None
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and entry.get(self.match) == handle:
                answer: Any = entry
                for name in reversed(self.wrap.split(".") if self.wrap else []):
                    answer = {name: answer}
                return answer
        return None


@dataclass(frozen=True)
class Lookup:
    """How to fetch the object a create made, by its handle.

    `operation` is the lookup's operationId, `method` and `path` (relative to the base URL)
    where it is sent; the handle fills the path's `parameter`. `carry` names body fields of
    the create sent along as query parameters of the same name (SettleGo's onBehalfOf). Its
    answer is the create's own (`same`), or only proves that the object exists (`exists`);
    with `entry`, it lists, and the object is one of its entries.
    """

    operation: str
    method: str
    path: str
    parameter: str | None = None
    carry: tuple[str, ...] = ()
    answer: Literal["same", "exists"] = "same"
    entry: Entry | None = None

    @property
    def confirms_only(self) -> bool:
        return self.answer == "exists"

    def url_path(self, handle: str) -> str:
        if self.parameter is None:
            return self.path
        return self.path.replace("{" + self.parameter + "}", quote(handle, safe=""))

    def describe(self, handle: str | None) -> str:
        """How messages name the lookup for `handle`."""
        path = self.path
        if self.parameter is not None and handle is not None:
            path = path.replace("{" + self.parameter + "}", handle)
        shown = f"{self.operation} ({self.method} {path})"
        if self.entry is not None:
            shown += f" for {self.entry.match} {handle}"
        return shown

    def create_answer(self, found: Any, handle: str) -> Any | None:
        """The create's success body from the lookup's decoded answer (None: not in it)."""
        return found if self.entry is None else self.entry.find(found, handle)


@dataclass(frozen=True)
class Idempotency:
    """A create's idempotency handle: the JSON body `field` holding it, whether corridor may
    make it up (a UUID4) when none is given, how to look the object up by it, and which
    refusals are the provider's own "this handle is used" answer (confirmed by the lookup
    where there is one, taken at their word where there is none)."""

    field: str
    generated: bool = False
    lookup: Lookup | None = None
    already_done: Refusals | None = None


@dataclass(frozen=True)
class Operation:
    """One call as corridor retries it: its operationId, kind and, for a create, its handle.

    `hint` says where to check what happened when the outcome is unknown and there is no
    lookup (`{handle}` stands for the handle); `created_status` is the create's documented
    success status, for an answer made from a lookup's.
    """

    name: str
    kind: Kind
    idempotency: Idempotency | None = None
    hint: str = ""
    created_status: int = 200

    @property
    def handle(self) -> str | None:
        """The body field holding this create's idempotency handle, if it has one."""
        return self.idempotency.field if self.idempotency is not None else None

    @property
    def generate(self) -> bool:
        return self.idempotency is not None and self.idempotency.generated

    @property
    def lookup(self) -> Lookup | None:
        return self.idempotency.lookup if self.idempotency is not None else None

    def is_duplicate(self, error: ProviderError) -> bool:
        done = self.idempotency.already_done if self.idempotency is not None else None
        return done is not None and done.match(error)

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

    def where_to_look(self, handle: str | None) -> str:
        if self.lookup is not None:
            return self.lookup.describe(handle)
        if self.hint:
            return self.hint.replace("{handle}", str(handle))
        return f"the provider's list of what {self.name} creates"


def operation_of(request: httpx.Request, base_path: str = "") -> Operation:
    """The request's Operation: the one its generated call attached, or its method's default."""
    operation = request.extensions.get(OPERATION_EXTENSION)
    if isinstance(operation, Operation):
        return operation
    method = request.method.upper()
    path = relative_path(request.url.path, base_path)
    return Operation(f"{method} {path}", "read" if method in SAFE_METHODS else "write")


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

    @property
    def where_to_look(self) -> str:
        return self.operation.where_to_look(self.handle)


def relative_path(url_path: str, base_path: str) -> str:
    """`url_path` without the base URL's own path (SettleGo's is /api/v1)."""
    base = base_path.rstrip("/")
    if base and url_path.startswith(base + "/"):
        return url_path[len(base) :]
    return url_path if base == "" or url_path != base else "/"
