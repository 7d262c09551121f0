"""Cassettes: a target's exchanges kept as an HTTP Archive (HAR 1.2), and played back.

`Recorder` is an httpx transport that passes each request on and keeps the exchange, labelled
with the scenario step it belongs to (the entry's `comment`); `write` saves them with every
secret redacted: the values of the headers the spec's security schemes send (and
Authorization, Cookie, Set-Cookie), JSON fields named like credentials in requests and answers
(a login's `apiKey`, its answer's `token`), and every credential value and signed header value
wherever else it shows. The log's `comment` holds what a replay needs: the provider, the run's
tag (so replayed requests carry the same external ids) and the base URL.

`Player` is an httpx transport that answers each request with the next recorded exchange; a
request that is not the one recorded next is a transport error, so the step shows as answered
by one side only. Nothing is sent anywhere: a replay needs no network and no credentials.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import harfile
import httpx

from corridor.verification.redaction import REPLACEMENT, Redaction, credential_names

# JSON fields whose value works as a credential wherever they appear, beside the header names
# of the spec's security schemes
CREDENTIAL_FIELDS = (
    "token",
    "accesstoken",
    "access_token",
    "refreshtoken",
    "refresh_token",
    "apikey",
    "api_key",
    "secret",
    "password",
    "authorization",
)
ALWAYS_SECRET_HEADERS = ("authorization", "cookie", "set-cookie", "proxy-authorization")
FORMAT = "corridor parity cassette"


class CassetteError(Exception):
    """A cassette that cannot be read, or was not written by `corridor parity --record`."""


class CassetteMismatch(httpx.TransportError):
    """A replayed request that is not the one the cassette holds next."""


@dataclass
class Exchange:
    label: str
    started: datetime
    seconds: float
    request: httpx.Request
    request_body: bytes
    response: httpx.Response
    response_body: bytes


class Recorder(httpx.BaseTransport):
    """Passes requests on to `inner` and keeps each exchange."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.label = "sign-in"
        self.exchanges: list[Exchange] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started = datetime.now(UTC)
        clock = time.monotonic()
        sent = request.read()
        response = self.inner.handle_request(request)
        body = response.read()
        kept = httpx.Response(
            response.status_code,
            headers=response.headers,
            content=body,
            request=request,
            extensions=response.extensions,
        )
        seconds = time.monotonic() - clock
        self.exchanges.append(Exchange(self.label, started, seconds, request, sent, kept, body))
        return kept

    def close(self) -> None:
        self.inner.close()


@dataclass
class Secrets:
    """What a cassette must not hold: credential values, and the names they travel under."""

    spec: Mapping[str, Any]
    values: list[str] = field(default_factory=list)
    # credentials the docs do not call secret (an account id, which may be as short as "1"):
    # masked where they travel as a credential, never replaced in other text
    public: list[str] = field(default_factory=list)

    def redaction(self, exchanges: Iterable[Exchange]) -> tuple[Redaction, frozenset[str]]:
        headers = frozenset([*credential_names(self.spec), *ALWAYS_SECRET_HEADERS])
        redaction = Redaction([*headers, *CREDENTIAL_FIELDS], self.values, self.public)
        for exchange in exchanges:
            for name, value in exchange.request.headers.items():
                if name.lower() in headers:
                    redaction.learn(value)
            redaction.learn_answer(exchange.request_body)
            redaction.learn_answer(exchange.response_body)
        return redaction, headers


def write(
    path: Path, exchanges: list[Exchange], secrets: Secrets, about: Mapping[str, str]
) -> None:
    """The exchanges as HAR 1.2, redacted."""
    redaction, secret_headers = secrets.redaction(exchanges)
    fields = frozenset([*secret_headers, *CREDENTIAL_FIELDS])
    comment = json.dumps({"format": FORMAT, **about})
    with path.open("w", encoding="utf-8") as handle:
        archive = harfile.HarFile(
            handle, creator=harfile.Creator(name="corridor parity", version="1"), comment=comment
        )
        for exchange in exchanges:
            request, response = exchange.request, exchange.response
            url = redaction(str(request.url.copy_with(userinfo=b"")))
            request_text = _redacted_text(exchange.request_body, fields, redaction)
            archive.add_entry(
                startedDateTime=exchange.started,
                time=round(exchange.seconds * 1000, 3),
                request=harfile.Request(
                    method=request.method,
                    url=url,
                    httpVersion="HTTP/1.1",
                    headers=_records(request.headers, secret_headers, redaction),
                    queryString=[
                        harfile.Record(name=name, value=redaction(value))
                        for name, value in request.url.params.multi_items()
                    ],
                    postData=None
                    if request_text is None
                    else harfile.PostData(
                        mimeType=request.headers.get("content-type", ""), text=request_text
                    ),
                    bodySize=len(exchange.request_body),
                ),
                response=harfile.Response(
                    status=response.status_code,
                    statusText=response.reason_phrase,
                    httpVersion="HTTP/1.1",
                    headers=_records(response.headers, secret_headers, redaction),
                    content=_content(exchange, fields, redaction),
                    bodySize=len(exchange.response_body),
                ),
                timings=harfile.Timings(send=0, wait=round(exchange.seconds * 1000, 3), receive=0),
                comment=exchange.label,
            )
        archive.close()


def _records(
    headers: httpx.Headers, secret: frozenset[str], redaction: Redaction
) -> list[harfile.Record]:
    return [
        harfile.Record(name=name, value=REPLACEMENT if name.lower() in secret else redaction(value))
        for name, value in headers.multi_items()
    ]


def _redacted_text(body: bytes, fields: frozenset[str], redaction: Redaction) -> str | None:
    """The body as text, credential fields masked. A JSON body with no such field is kept as
    sent (re-encoding would rewrite the digits of its numbers, which the comparison reads)."""
    if not body:
        return None
    text = body.decode("utf-8", "replace")
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return redaction(text)
    masked = _masked(document, fields)
    if masked == document:
        return redaction(text)
    return redaction(json.dumps(masked, ensure_ascii=False))


def _masked(document: Any, fields: frozenset[str]) -> Any:
    if isinstance(document, dict):
        return {
            key: REPLACEMENT
            if str(key).lower() in fields and isinstance(value, str)
            else _masked(value, fields)
            for key, value in document.items()
        }
    if isinstance(document, list):
        return [_masked(item, fields) for item in document]
    return document


def _content(exchange: Exchange, fields: frozenset[str], redaction: Redaction) -> harfile.Content:
    body = exchange.response_body
    mime = exchange.response.headers.get("content-type", "")
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        encoded = base64.b64encode(body).decode()
        return harfile.Content(size=len(body), mimeType=mime, text=encoded, encoding="base64")
    return harfile.Content(
        size=len(body), mimeType=mime, text=_redacted_text(body, fields, redaction)
    )


# ---- reading and replaying -----------------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    label: str
    method: str
    url: httpx.URL
    status: int
    headers: list[tuple[str, str]]
    body: bytes


@dataclass(frozen=True)
class Cassette:
    about: Mapping[str, str]
    entries: tuple[Recorded, ...]


def read(path: Path) -> Cassette:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        log = document["log"]
        about = json.loads(log.get("comment") or "{}")
        if not isinstance(about, dict) or about.get("format") != FORMAT:
            raise CassetteError(
                f"{path} is a HAR file, but not one `corridor parity --record` wrote"
            )
        entries = tuple(_entry(entry) for entry in log["entries"])
    except CassetteError:
        raise
    except (OSError, UnicodeDecodeError) as error:
        raise CassetteError(f"cannot read the cassette {path}: {error}") from None
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        RecursionError,
        httpx.InvalidURL,
    ) as error:
        raise CassetteError(
            f"{path} is not a HAR 1.2 cassette ({type(error).__name__}: {error})"
        ) from None
    return Cassette({str(k): str(v) for k, v in about.items()}, entries)


def _entry(entry: Mapping[str, Any]) -> Recorded:
    request, response = entry["request"], entry["response"]
    content = response.get("content") or {}
    text = content.get("text") or ""
    body = base64.b64decode(text) if content.get("encoding") == "base64" else text.encode()
    headers = [(str(h["name"]), str(h["value"])) for h in response.get("headers") or []]
    # the body is given as text: its length may differ from the one recorded
    headers = [
        (n, v)
        for n, v in headers
        if n.lower() not in ("content-length", "content-encoding", "transfer-encoding")
    ]
    return Recorded(
        str(entry.get("comment") or ""),
        str(request["method"]).upper(),
        httpx.URL(str(request["url"])),
        int(response["status"]),
        headers,
        body,
    )


class Player(httpx.BaseTransport):
    """Answers each request with the next exchange of the cassette. `label` is the step the
    next requests belong to (set as the recorder's is): when a request is not the one recorded
    next, the player skips ahead to the same request of the same step, if the cassette holds
    it, so one step that changed since the recording does not leave every later one
    unanswered."""

    def __init__(self, cassette: Cassette) -> None:
        self.entries = list(cassette.entries)
        self.position = 0
        self.label = "sign-in"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        wanted = (request.method, request.url.path)
        for position in range(self.position, len(self.entries)):
            recorded = self.entries[position]
            if (recorded.method, recorded.url.path) == wanted and (
                position == self.position or recorded.label == self.label
            ):
                self.position = position + 1
                return httpx.Response(
                    recorded.status,
                    headers=recorded.headers,
                    content=recorded.body,
                    request=request,
                )
        raise CassetteMismatch(
            f"the cassette holds no {request.method} {request.url.path} for {self.label!r}",
            request=request,
        )

    def upcoming(self, label: str) -> int:
        """How many exchanges labelled `label` come next, one after the other."""
        count = 0
        for entry in self.entries[self.position :]:
            if entry.label != label:
                break
            count += 1
        return count
