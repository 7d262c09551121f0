"""One provider's entry in the registry: what corridor knows it by and where its parts live.

Each provider's folder (`corridor/providers/<name>/`) holds its entry (`PROVIDER`) beside its
harness; the registry (`corridor.providers`) finds them. The harness and the simulator are named
by import path and loaded on first use, so reading the registry loads neither.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from corridor.providers.harness import Harness


@dataclass(frozen=True)
class Provider:
    name: str  # module-safe identifier: specs/<name>.yaml, generated/<name>_client, ...
    title: str  # as the provider spells itself
    harness_path: str | None = None  # "module:attribute" of its Harness
    simulator_path: str | None = None  # "module:attribute" of its SimulatorDefinition
    credentials: tuple[str, ...] = ()  # environment variables a remote verification needs
    # Of `credentials`, those the provider's docs do not call secret (an account's id): the
    # only ones a verification may print; every other credential's value is never shown.
    public_credentials: tuple[str, ...] = ()
    # The most requests its docs allow, as N/PERIOD ("250/10s"): what `corridor verify
    # --base-url` keeps to; None where the docs give no limit.
    rate_limit: str | None = None

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

    @property
    def has_harness(self) -> bool:
        return self.harness_path is not None

    def harness(self) -> Harness:
        """How verification and the fixtures reach the provider: sign-in, seeding, ..."""
        if self.harness_path is None:
            raise KeyError(f"{self.title} has no harness yet")
        harness: Harness = load(self.harness_path)
        return harness


def load(path: str) -> Any:
    """The attribute a "module:attribute" path names, its module imported if need be."""
    module, _, attribute = path.partition(":")
    return getattr(importlib.import_module(module), attribute)
