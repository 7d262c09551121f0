"""The providers corridor knows about: the one list everything else iterates.

Each provider has a folder here, `corridor/providers/<name>/`: its registry entry (`PROVIDER`:
its names, the environment variables a remote verification reads, the import paths of its
harness and of its simulator) and its harness, everything corridor does against the provider's
API: credentials, sign-in, connect, request signing, seeding, documented refusals. Its spec and
inventory are `specs/<name>.yaml` and `specs/inventory/<name>.yaml`, its facade `corridor.<name>`,
its simulator `corridor.simulator.<name>`.

The CLI, the pytest plugin, verification, the report and regeneration iterate `PROVIDERS`;
outside the provider's own folders no module names a provider. Adding one is adding its folder
here, beside its spec, inventory, facade and simulator package.

Importing the registry loads the entries only: harnesses and simulators are named by import
path and loaded on first use, so it never pulls in the simulator stack.
"""

from __future__ import annotations

import importlib
import pkgutil

from corridor.providers.entry import Provider


def _entries() -> tuple[Provider, ...]:
    """The `PROVIDER` of every provider folder here, in the order they joined."""
    found = []
    for module in pkgutil.iter_modules(__path__):
        if module.ispkg:
            entry = importlib.import_module(f"{__name__}.{module.name}").PROVIDER
            if not isinstance(entry, Provider):
                raise TypeError(f"{__name__}.{module.name}.PROVIDER is not a Provider")
            found.append(entry)
    return tuple(sorted(found, key=lambda entry: (entry.position, entry.name)))


PROVIDERS: tuple[Provider, ...] = _entries()


def get_provider(name: str) -> Provider:
    for provider in PROVIDERS:
        if provider.name == name:
            return provider
    known = ", ".join(p.name for p in PROVIDERS)
    raise KeyError(f"unknown provider {name!r}; known providers: {known}")


def simulator_names() -> str:
    return ", ".join(p.name for p in PROVIDERS if p.has_simulator) or "none"


__all__ = ["PROVIDERS", "Provider", "get_provider", "simulator_names"]
