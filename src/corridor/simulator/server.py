"""Serving a simulator over HTTP with uvicorn (`corridor simulate`)."""

from __future__ import annotations

from datetime import UTC, datetime

import uvicorn

from corridor.simulator import simulate
from corridor.simulator.clock import Clock


def serve(provider: str, *, host: str = "127.0.0.1", port: int = 8080, seed: int = 0) -> None:
    """Serve until interrupted. The clock ticks with wall time (quotes expire as in the docs)."""
    simulator = simulate(provider, seed=seed, clock=Clock(datetime.now(UTC), ticking=True))
    print(f"{provider} simulator on http://{host}:{port}{simulator.base_path}")
    print(f"control API (test-only) on http://{host}:{port}/_simulator")
    uvicorn.run(simulator.app, host=host, port=port, log_level="warning", access_log=False)
