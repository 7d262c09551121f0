"""A stub of a provider that answers every operation with the example its spec documents.

No business logic and no validation: just enough of the real wire for a client to make a call and
parse a typed answer, using nothing but the standard library and the spec, so that the plain-wheel
check can exercise each facade over real HTTP on loopback.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from corridor.spec import iter_operations

Answer = tuple[int, bytes]


class ExampleAnswers:
    """Routes (method, path) to the first documented example of the operation's first 2xx."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        servers = spec.get("servers") or [{"url": "/"}]
        self.base_path = urlsplit(servers[0]["url"]).path.rstrip("/")
        self._routes: list[tuple[str, re.Pattern[str], Answer]] = []
        for op in iter_operations(spec):
            if op.kind != "path":
                continue
            pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.key)) + "$")
            self._routes.append((op.method.upper(), pattern, _documented_answer(op.definition)))

    def answer(self, method: str, path: str) -> Answer:
        path = path.split("?", 1)[0].removeprefix(self.base_path) or "/"
        for route_method, pattern, answer in self._routes:
            if route_method == method and pattern.match(path):
                return answer
        return 404, json.dumps({"error": f"no documented operation {method} {path}"}).encode()


def _documented_answer(operation: Mapping[str, Any]) -> Answer:
    for status, response in (operation.get("responses") or {}).items():
        if not str(status).startswith("2"):
            continue
        media = (response.get("content") or {}).get("application/json") or {}
        if "example" in media:
            return int(status), json.dumps(media["example"]).encode()
        for example in (media.get("examples") or {}).values():
            if "value" in example:
                return int(status), json.dumps(example["value"]).encode()
        return int(status), b""
    return 200, b""


@contextmanager
def serving(spec: Mapping[str, Any]) -> Iterator[str]:
    """Serve the spec's examples on loopback; yields the base URL (with the spec's base path)."""
    answers = ExampleAnswers(spec)

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            status, body = answers.answer(self.command, self.path)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

        def log_message(self, format: str, *args: Any) -> None:  # quiet: the check prints
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{answers.base_path}"
    finally:
        server.shutdown()
        server.server_close()
