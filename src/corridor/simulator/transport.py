"""A synchronous httpx transport that calls a simulator in process, without a socket.

httpx's own ASGITransport is async-only; generated clients are mostly used synchronously, so
this runs the ASGI app on an event loop in a daemon thread and waits for each answer, as long
as the request's read timeout allows (then `httpx.ReadTimeout`, while the simulator goes on
with the request, as a server would).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from typing import Any

import httpx
from starlette.types import ASGIApp

from corridor.simulator.faults import ConnectionDropped


class InProcessTransport(httpx.BaseTransport):
    def __init__(self, app: ASGIApp) -> None:
        self._asgi = httpx.ASGITransport(app=app)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="corridor-simulator", daemon=True
        )
        self._thread.start()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # the ASGI side reads an async stream; hand it the buffered bytes

        async def call() -> httpx.Response:
            try:
                response = await self._asgi.handle_async_request(request)
            except ConnectionDropped as dropped:
                # what httpx raises when a server resets the connection, or closes it mid-answer
                if dropped.reset:
                    raise httpx.ReadError(f"connection reset: {dropped}", request=request) from None
                raise httpx.RemoteProtocolError(str(dropped), request=request) from None
            content = await response.aread()
            return httpx.Response(
                response.status_code, headers=response.headers, content=content, request=request
            )

        answer = asyncio.run_coroutine_threadsafe(call(), self._loop)
        timeouts = request.extensions.get("timeout")
        wait = timeouts.get("read") if isinstance(timeouts, dict) else None
        try:
            return answer.result(timeout=wait)
        except concurrent.futures.TimeoutError:
            raise httpx.ReadTimeout(f"no answer within {wait} s", request=request) from None

    def close(self) -> None:
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)


def in_process_client(app: ASGIApp, base_url: str, **kwargs: Any) -> httpx.Client:
    """An httpx.Client whose requests go straight to `app`."""
    return httpx.Client(transport=InProcessTransport(app), base_url=base_url, **kwargs)
