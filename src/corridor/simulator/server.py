"""Serving a simulator over HTTP with uvicorn (`corridor simulate`)."""

from __future__ import annotations

import logging
import socket
from collections.abc import Sequence
from datetime import UTC, datetime

import uvicorn

from corridor.simulator import simulate
from corridor.simulator.clock import Clock
from corridor.simulator.faults import ConnectionDropped

# answers between moving long-lived state out of the garbage collector's walks
FREEZE_EVERY = 5_000
# seconds the requests in flight get to finish once SIGINT or SIGTERM asks the server to stop
# (an injected latency may hold one); then uvicorn cancels them
SHUTDOWN_GRACE = 2


def serve(
    provider: str,
    *,
    host: str = "127.0.0.1",
    port: int = 8080,
    seed: int = 0,
    faults: Sequence[str] = (),
    rate_limit: bool = False,
    listener: socket.socket | None = None,
) -> None:
    """Serve until interrupted. The clock ticks with wall time (quotes expire as in the docs).

    uvicorn handles SIGINT and SIGTERM itself: it stops serving, gives the requests in flight
    `SHUTDOWN_GRACE` seconds, then raises the signal again once its handlers are put back, so
    the caller's (`KeyboardInterrupt`, or the CLI's SIGTERM one) ends the command.

    The socket is bound before anything is printed, so a port already taken or a host that
    does not resolve raises `OSError` here instead of uvicorn logging it and exiting.

    `listener`, a socket already bound and listening (a worker behind a balancer is handed
    one), is served instead; `host` and `port` then only name it in what is printed."""
    if listener is None:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        listener = socket.create_server((host, port), family=family)
    try:
        simulator = simulate(
            provider,
            seed=seed,
            clock=Clock(datetime.now(UTC), ticking=True),
            faults=faults,
            rate_limit=rate_limit,
        )
        simulator.freeze_every = FREEZE_EVERY
        logging.getLogger("uvicorn.error").addFilter(_quiet_injected_drops)
        if faults:
            print("injecting faults: " + ", ".join(faults), flush=True)
        print(f"{provider} simulator on http://{host}:{port}{simulator.base_path}", flush=True)
        print(f"control API (test-only) on http://{host}:{port}/_simulator", flush=True)
        config = uvicorn.Config(
            simulator.app,
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=SHUTDOWN_GRACE,
        )
        uvicorn.Server(config).run(sockets=[listener])
    finally:
        listener.close()


def _quiet_injected_drops(record: logging.LogRecord) -> bool:
    """A connection dropped on purpose is the fault the user asked for, not a server error."""
    return not (record.exc_info and isinstance(record.exc_info[1], ConnectionDropped))
