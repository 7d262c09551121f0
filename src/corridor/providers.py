"""The providers corridor knows about: the one list everything else iterates.

An entry names what corridor does with a provider: its spec and inventory (`specs/<name>.yaml`,
`specs/inventory/<name>.yaml`), its generated packages, its facade (`corridor.<name>`), its
simulator (a `SimulatorDefinition`: dialect, domain, handlers, invariants, and how verification
and the pytest fixtures sign in) and the environment variables a remote verification reads.
The CLI, the pytest plugin, verification, the report and regeneration iterate `PROVIDERS`;
outside `corridor.<name>` and `corridor.simulator.<name>` no module names a provider.

Simulators are named by import path and loaded on first use, so importing this registry (or a
facade) never pulls in the simulator stack.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corridor.simulator.definition import SimulatorDefinition


@dataclass(frozen=True)
class Provider:
    name: str  # module-safe identifier: specs/<name>.yaml, generated/<name>_client, ...
    title: str  # as the provider spells itself
    simulator_path: str | None = None  # "module:attribute" of its SimulatorDefinition
    credentials: tuple[str, ...] = ()  # environment variables a remote verification needs
    # Of `credentials`, those the provider's docs do not call secret (an account's id): the
    # only ones a verification may print; every other credential's value is never shown.
    public_credentials: tuple[str, ...] = ()

    @property
    def client_package(self) -> str:
        return f"{self.name}_client"

    @property
    def models_package(self) -> str:
        return f"{self.name}_models"

    @property
    def facade(self) -> str:
        return f"corridor.{self.name}"

    @property
    def has_simulator(self) -> bool:
        return self.simulator_path is not None

    def simulator(self) -> SimulatorDefinition:
        if self.simulator_path is None:
            raise KeyError(f"{self.title} has no simulator yet; {simulator_names()} do")
        module, _, attribute = self.simulator_path.partition(":")
        definition: SimulatorDefinition = getattr(importlib.import_module(module), attribute)
        return definition


PROVIDERS: tuple[Provider, ...] = (
    Provider(
        "settlego",
        "SettleGo",
        simulator_path="corridor.simulator.settlego:SIMULATOR",
        credentials=("SETTLEGO_LOGIN_ID", "SETTLEGO_API_KEY"),
    ),
    Provider(
        "sfox",
        "sFOX Connect",
        simulator_path="corridor.simulator.sfox:SIMULATOR",
        credentials=("SFOX_ENTERPRISE_API_KEY",),
    ),
    Provider(
        "p100",
        "P100 Partner API",
        simulator_path="corridor.simulator.p100:SIMULATOR",
        credentials=("P100_API_KEY",),
    ),
    Provider(
        "sentbe",
        "Sentbe",
        simulator_path="corridor.simulator.sentbe:SIMULATOR",
        credentials=("SENTBE_PARTNER_ID", "SENTBE_ACCESS_ID", "SENTBE_SECRET_KEY"),
        public_credentials=("SENTBE_PARTNER_ID",),  # access_id and secret_key are the secrets
    ),
)


def get_provider(name: str) -> Provider:
    for provider in PROVIDERS:
        if provider.name == name:
            return provider
    known = ", ".join(p.name for p in PROVIDERS)
    raise KeyError(f"unknown provider {name!r}; known providers: {known}")


def simulator_names() -> str:
    return ", ".join(p.name for p in PROVIDERS if p.has_simulator) or "none"
