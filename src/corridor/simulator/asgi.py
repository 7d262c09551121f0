"""ASGI I/O: a request read off the wire, an answer written to it, a connection dropped.

The path percent-decoded (bytes that are not UTF-8 kept recognisable), the query's parameters,
the headers, the body read within a size limit; the answer's status, headers and body; the
begun-and-never-finished answer that stands for a dropped connection; the lifespan protocol.
What the engine makes of a request is `pipeline.py` and `fault_injection.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from urllib.parse import parse_qsl, unquote, unquote_to_bytes

from starlette.types import Message, Receive, Scope, Send

from corridor.simulator.wire import WireResponse


class BodyTooLarge(Exception):
    pass


# a promise of one body byte that never comes: the client reads an incomplete answer
_DROPPED = [(b"content-length", b"1"), (b"content-type", b"application/json")]


def request_path(scope: Scope) -> str:
    """The percent-decoded path. Servers decode bytes that are not UTF-8 as U+FFFD, which would
    make such a path parameter a valid-looking id; decoded again from the raw path with
    "surrogateescape", they stay recognisable, and validation refuses them."""
    path: str = scope["path"]
    raw: bytes | None = scope.get("raw_path")
    if raw and "\ufffd" in path:
        return unquote(raw.decode("latin-1"), errors="surrogateescape")
    return path


def request_segments(scope: Scope) -> list[str] | None:
    """The path's segments, split on the raw path's slashes and then each percent-decoded, so
    an id holding `/` (sent as `%2F`) stays one segment; None when the server gives no raw
    path. Bytes that are not UTF-8 stay surrogate escapes, for validation to refuse."""
    raw: bytes | None = scope.get("raw_path")
    if not raw:
        return None
    # the raw path holds no query by the ASGI spec; cut one off should a server leave it
    trimmed = raw.split(b"?", 1)[0].strip(b"/")
    if not trimmed:
        return []
    return [
        unquote_to_bytes(segment).decode("utf-8", "surrogateescape")
        for segment in trimmed.split(b"/")
    ]


def request_headers(scope: Scope) -> dict[str, str]:
    """The request's headers, names lower-cased, each the last one sent."""
    return {
        name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]
    }


def request_query(scope: Scope) -> dict[str, str]:
    """The query's parameters, the last value of each; bytes that are not UTF-8 (raw or
    percent-encoded) are kept as surrogate escapes for validation to refuse, never replaced."""
    raw: bytes = scope.get("query_string", b"")
    if not raw:
        return {}
    text = raw.decode("utf-8", "surrogateescape")
    return dict(parse_qsl(text, keep_blank_values=True, errors="surrogateescape"))


async def read_body(receive: Receive, headers: Mapping[str, str], limit: int) -> bytes | None:
    """The whole body, or None if the client disconnected; past `limit` bytes it stops reading
    and raises BodyTooLarge."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    while True:
        message: Message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def send_answer(send: Send, answer: WireResponse) -> None:
    headers = [(b"content-length", str(len(answer.body)).encode())]
    if answer.media_type is not None:
        headers.append((b"content-type", answer.media_type.encode()))
    headers += [(name.lower().encode(), value.encode()) for name, value in answer.headers.items()]
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": answer.body})


async def send_dropped(send: Send) -> None:
    """ASGI cannot close a connection without answering; a response begun and never finished
    is the nearest thing: the client sees the connection drop mid-answer."""
    await send({"type": "http.response.start", "status": 200, "headers": _DROPPED})


async def lifespan(
    receive: Receive, send: Send, on_shutdown: Callable[[], None] | None = None
) -> None:
    """Start at once; on shutdown, `on_shutdown` (a state file's last snapshots) runs before
    the server is told it may stop."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            if on_shutdown is not None:
                on_shutdown()
            await send({"type": "lifespan.shutdown.complete"})
            return
