"""The providers corridor knows about: one line each.

Adding a provider is adding `specs/<name>.yaml`, `specs/inventory/<name>.yaml` and one entry
here; the regeneration script, the report and the spec tests all iterate this registry.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Provider:
    name: str  # module-safe identifier: specs/<name>.yaml, generated/<name>_client, ...
    title: str  # as the provider spells itself

    @property
    def client_package(self) -> str:
        return f"{self.name}_client"

    @property
    def models_package(self) -> str:
        return f"{self.name}_models"


PROVIDERS: tuple[Provider, ...] = (
    Provider("settlego", "SettleGo"),
    Provider("sfox", "sFOX Connect"),
    Provider("p100", "P100 Partner API"),
    Provider("sentbe", "Sentbe"),
)


def get_provider(name: str) -> Provider:
    for provider in PROVIDERS:
        if provider.name == name:
            return provider
    known = ", ".join(p.name for p in PROVIDERS)
    raise KeyError(f"unknown provider {name!r}; known providers: {known}")
