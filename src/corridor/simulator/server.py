"""Serving a simulator over HTTP with uvicorn (`corridor simulate`)."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import uvicorn

from corridor.providers.control import CONTROL_PREFIX
from corridor.simulator import simulate
from corridor.simulator.clock import Clock
from corridor.simulator.engine import Simulator
from corridor.simulator.faults import ConnectionDropped
from corridor.simulator.persistence import Persistence, WorldBuilder
from corridor.simulator.snapshot import WorldState, rebuild
from corridor.simulator.state_store import SQLiteStateStore
from corridor.simulator.worlds import (
    DEFAULT_IDLE_SECONDS,
    DEFAULT_MAX_WORLDS,
    WORLDS_PREFIX,
    World,
    WorldHost,
    WorldSettings,
)

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
    max_worlds: int = DEFAULT_MAX_WORLDS,
    world_idle_seconds: float | None = DEFAULT_IDLE_SECONDS,
    state: Path | None = None,
) -> None:
    """Serve until interrupted: the default world at the root paths (made with `seed`, `faults`
    and `rate_limit`), and the worlds callers make under `/w/{id}` (`worlds.py`). Clocks tick
    with wall time (quotes expire as in the docs) unless a world asks for a frozen one.

    uvicorn handles SIGINT and SIGTERM itself: it stops serving, gives the requests in flight
    `SHUTDOWN_GRACE` seconds, then raises the signal again once its handlers are put back, so
    the caller's (`KeyboardInterrupt`, or the CLI's SIGTERM one) ends the command.

    The socket is bound before anything is printed, so a port already taken or a host that
    does not resolve raises `OSError` here instead of uvicorn logging it and exiting.

    `listener`, a socket already bound and listening (a worker behind a balancer is handed
    one), is served instead; `host` and `port` then only name it in what is printed.

    With `state`, every world is kept in that SQLite file (`persistence.py`) and those it holds
    are restored before anything is served; StateFileError if it cannot be used."""
    if listener is None:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        listener = socket.create_server((host, port), family=family)
    persistence: Persistence | None = None
    try:
        build = _world_builder(provider)
        if state is not None:
            persistence = Persistence(SQLiteStateStore(state, provider))
        default: Simulator | None = None
        restored: list[World] = []
        if persistence is not None:
            began = time.perf_counter()
            default, restored, replayed = persistence.restore(build)
            took = time.perf_counter() - began
            print(
                f"state: {state} ({len(restored)} world(s) restored besides the default, "
                f"{replayed} journal entries replayed, in {took:.2f} s)",
                flush=True,
            )
        settings = WorldSettings(seed=seed, faults=tuple(faults), rate_limit=rate_limit)
        if default is None:
            default = build(settings, None, None)
        host_app = WorldHost(
            provider,
            lambda asked: build(asked, None, None),
            default=default,
            max_worlds=max_worlds,
            idle_seconds=world_idle_seconds,
            on_change=persistence,
            on_shutdown=None if persistence is None else persistence.flush,
        )
        for world in restored:
            host_app.adopt(world)
        if persistence is not None:
            persistence.keep_default(default, settings)
        logging.getLogger("uvicorn.error").addFilter(_quiet_injected_drops)
        if faults:
            print("injecting faults: " + ", ".join(faults), flush=True)
        origin = f"http://{host}:{port}"
        print(f"{provider} simulator on {origin}{host_app.default.base_path}", flush=True)
        print(f"control API (test-only) on {origin}{CONTROL_PREFIX}", flush=True)
        print(f"worlds: PUT {origin}{WORLDS_PREFIX}/<id> makes an isolated one", flush=True)
        config = uvicorn.Config(
            host_app,
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=SHUTDOWN_GRACE,
        )
        uvicorn.Server(config).run(sockets=[listener])
    finally:
        listener.close()
        if persistence is not None:
            persistence.close()


def _world_builder(provider: str) -> WorldBuilder:
    def build(
        settings: WorldSettings, state: WorldState | None, start: datetime | None = None
    ) -> Simulator:
        if state is not None:
            simulator = rebuild(provider, state)
        else:
            simulator = simulate(
                provider,
                seed=settings.seed,
                clock=Clock(start or datetime.now(UTC), ticking=settings.clock == "ticking"),
                faults=settings.faults,
                rate_limit=settings.rate_limit,
            )
        simulator.freeze_every = FREEZE_EVERY
        return simulator

    return build


def _quiet_injected_drops(record: logging.LogRecord) -> bool:
    """A connection dropped on purpose is the fault the user asked for, not a server error."""
    return not (record.exc_info and isinstance(record.exc_info[1], ConnectionDropped))
