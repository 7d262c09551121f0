"""Serving a simulator over HTTP with uvicorn (`corridor simulate`)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime

import uvicorn

from corridor.simulator import simulate
from corridor.simulator.clock import Clock
from corridor.simulator.faults import ConnectionDropped


def serve(
    provider: str,
    *,
    host: str = "127.0.0.1",
    port: int = 8080,
    seed: int = 0,
    faults: Sequence[str] = (),
    rate_limit: bool = False,
) -> None:
    """Serve until interrupted. The clock ticks with wall time (quotes expire as in the docs)."""
    simulator = simulate(
        provider,
        seed=seed,
        clock=Clock(datetime.now(UTC), ticking=True),
        faults=faults,
        rate_limit=rate_limit,
    )
    logging.getLogger("uvicorn.error").addFilter(_quiet_injected_drops)
    if faults:
        print("injecting faults: " + ", ".join(faults))
    print(f"{provider} simulator on http://{host}:{port}{simulator.base_path}")
    print(f"control API (test-only) on http://{host}:{port}/_simulator")
    uvicorn.run(simulator.app, host=host, port=port, log_level="warning", access_log=False)


def _quiet_injected_drops(record: logging.LogRecord) -> bool:
    """A connection dropped on purpose is the fault the user asked for, not a server error."""
    return not (record.exc_info and isinstance(record.exc_info[1], ConnectionDropped))
