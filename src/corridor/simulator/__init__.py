"""Spec-driven, stateful provider simulators.

    from corridor.simulator import simulate
    simulator = simulate("settlego", strict=True)   # simulator.app is an ASGI application

`engine.py` turns a spec into routes, validation and dispatch; each provider package holds that
provider's business rules. `server.py` serves one with uvicorn; `pytest_plugin.py` gives
downstream test suites fixtures for it.
"""

from __future__ import annotations

from typing import Any

from corridor.simulator.clock import Clock
from corridor.simulator.engine import Simulator
from corridor.simulator.rules import ProviderRules
from corridor.simulator.settlego import SettleGoRules

RULES: dict[str, type[ProviderRules]] = {"settlego": SettleGoRules}


def simulate(provider: str, *, strict: bool = False, **options: Any) -> Simulator:
    """A ready simulator for `provider`; `options` go to its rules (clock, seed, store, ...)."""
    try:
        rules_class = RULES[provider]
    except KeyError:
        known = ", ".join(sorted(RULES))
        raise KeyError(f"no simulator for {provider!r}; simulators exist for: {known}") from None
    return Simulator(rules_class(**options), strict=strict)


__all__ = ["RULES", "Clock", "Simulator", "simulate"]
