"""A world's journal: every change since its last snapshot, as the request that made it.

An entry is one of: an API request that reached its handler and may have changed the world
(any method but GET, HEAD, OPTIONS: a refused one changes nothing and replays as the same
refusal); a control API request that was accepted; or the passing of time, when a read let
scheduled changes happen. Each carries the world's clock reading when it came. Replaying the
entries in order, each at its recorded time, on the world's snapshot gives the world back
exactly: handlers, ids (seeded) and scheduled changes are deterministic given the requests and
the clock.

Entries are JSON (the body base64), so a state file can be read with nothing but SQLite and a
JSON parser.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Literal
from urllib.parse import quote, urlencode

import msgspec
from starlette.types import Message

from corridor.simulator import draws
from corridor.simulator.wire import WireRequest

if TYPE_CHECKING:
    from corridor.simulator.engine import Simulator

Kind = Literal["api", "control", "time"]
# headers about the connection, not the request: no simulator reads them, so no entry keeps them
TRANSPORT_HEADERS = frozenset(
    {
        "host",
        "connection",
        "keep-alive",
        "content-length",
        "user-agent",
        "accept",
        "accept-encoding",
        "x-forwarded-for",
        "x-forwarded-proto",
    }
)


class JournalError(ValueError):
    """An entry that cannot be read or replayed; the message is one line."""


@dataclass(frozen=True)
class Entry:
    kind: Kind
    at: datetime
    operation_id: str | None = None
    request: WireRequest | None = None
    drawn: list[draws.Drawn] = field(default_factory=list)

    def encode(self) -> bytes:
        record: dict[str, object] = {"kind": self.kind, "at": self.at.isoformat()}
        if self.operation_id is not None:
            record["operation"] = self.operation_id
        if self.drawn:
            record["drawn"] = self.drawn
        if self.request is not None:
            request = self.request
            record |= {
                "method": request.method,
                "path": request.path,
                "path_params": dict(request.path_params),
                "query": dict(request.query),
                "headers": {
                    name: value
                    for name, value in request.headers.items()
                    if name not in TRANSPORT_HEADERS
                },
                "body": request.body,  # written as base64
            }
        try:
            return msgspec.json.encode(record)  # a write's cost: several times json's speed
        except UnicodeEncodeError:
            # bytes that were not UTF-8 in a path or query, kept as surrogate escapes, which
            # only json writes (as \udcXX escapes)
            if self.request is not None:
                record["body"] = base64.b64encode(self.request.body).decode("ascii")
            return json.dumps(record, separators=(",", ":")).encode()

    @classmethod
    def decode(cls, raw: bytes) -> Entry:
        try:
            record = json.loads(raw)
            kind = record["kind"]
            at = datetime.fromisoformat(record["at"])
            request = None
            if "method" in record:
                request = WireRequest(
                    record["method"],
                    record["path"],
                    record["headers"],
                    record["query"],
                    base64.b64decode(record["body"], validate=True),
                    record["path_params"],
                )
            drawn = record.get("drawn", [])
            if not isinstance(drawn, list) or not all(
                isinstance(value, int | str) and not isinstance(value, bool) for value in drawn
            ):
                raise ValueError("its drawn values are not numbers and strings")
        except (ValueError, KeyError, TypeError) as error:
            raise JournalError(f"a journal entry is damaged ({error})") from None
        if kind not in ("api", "control", "time") or at.tzinfo is None:
            raise JournalError(f"a journal entry is damaged (kind {kind!r})")
        if kind != "time" and request is None:
            raise JournalError(f"a {kind} journal entry holds no request")
        return cls(kind, at, record.get("operation"), request, drawn)


async def replay(simulator: Simulator, entries: Iterable[bytes]) -> int:
    """Make every change in `entries` again, in order, each at its recorded time; how many.
    Nothing is recorded or delivered meanwhile: replay only rebuilds state."""
    clock = simulator.clock
    ticking = clock.ticking
    simulator.replaying = True
    replayed = 0
    try:
        for raw in entries:
            entry = Entry.decode(raw)
            # never back in time: a change whose request overlapped another's keeps the order
            # in which the two were handled
            clock.set(max(entry.at, clock.now()), ticking=False)
            with draws.replaying(entry.drawn):
                if entry.kind == "time":
                    simulator.services.scheduler.run_due()
                elif entry.kind == "api":
                    assert entry.request is not None
                    compiled = simulator.operations.get(entry.operation_id or "")
                    if compiled is None:
                        raise JournalError(f"no operation {entry.operation_id!r} to replay")
                    simulator.handle(compiled, entry.request)
                else:
                    assert entry.request is not None
                    await _control(simulator, entry.request)
            replayed += 1
    finally:
        simulator.replaying = False
        clock.set(clock.now(), ticking=ticking)
    return replayed


async def _control(simulator: Simulator, request: WireRequest) -> None:
    """A recorded control request, through the control API as it first went."""
    delivered = False

    async def receive() -> Message:
        nonlocal delivered
        if delivered:
            return {"type": "http.disconnect"}
        delivered = True
        return {"type": "http.request", "body": request.body, "more_body": False}

    async def send(message: Message) -> None:
        pass

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": request.method,
        "scheme": "http",
        "path": request.path,
        "raw_path": quote(request.path, safe="/", errors="surrogateescape").encode("ascii"),
        "root_path": "",
        "query_string": urlencode(request.query, errors="surrogateescape").encode("ascii"),
        "headers": [
            (name.encode("latin-1"), value.encode("latin-1"))
            for name, value in request.headers.items()
        ],
        "client": None,
        "server": None,
    }
    await simulator(scope, receive, send)
