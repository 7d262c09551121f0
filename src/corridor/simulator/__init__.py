"""Spec-driven, stateful provider simulators.

    from corridor.simulator import simulate
    simulator = simulate("settlego", strict=True)   # simulator.app is an ASGI application

`engine.py` turns a spec into routes, validation and dispatch; `dialect.py` is what differs on
each provider's wire; each provider package (`settlego/`, ...) holds that provider's dialect,
domain and handlers. `server.py` serves one with uvicorn; `pytest_plugin.py` gives downstream
test suites fixtures for it. Importing this package is cheap: the engine loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from corridor.simulator.definition import SimulatorDefinition
    from corridor.simulator.engine import Simulator


def simulate(provider: str, *, strict: bool = False, **options: Any) -> Simulator:
    """A ready simulator for `provider`. `options` go to the engine (clock, seed,
    webhook_transport, handlers) and to the provider's domain (e.g. SettleGo's login_id)."""
    from corridor.simulator.engine import Simulator

    return Simulator(definition_of(provider), strict=strict, **options)


def definition_of(provider: str) -> SimulatorDefinition:
    """The provider's `SimulatorDefinition`, from the import path its registry entry names."""
    from corridor.providers import get_provider, simulator_names
    from corridor.providers.entry import load

    entry = get_provider(provider)
    if entry.simulator_path is None:
        raise KeyError(f"{entry.title} has no simulator yet; {simulator_names()} do")
    loaded: SimulatorDefinition = load(entry.simulator_path)
    return loaded


def __getattr__(name: str) -> Any:
    if name == "Simulator":
        from corridor.simulator.engine import Simulator

        return Simulator
    raise AttributeError(name)


__all__ = ["Simulator", "definition_of", "simulate"]
