"""The providers corridor knows about: the one list everything else iterates.

Each provider has a folder here, `corridor/providers/<name>/`: its registry entry (`PROVIDER`:
its names, the environment variables a remote verification reads, the import paths of its
harness and of its simulator) and its harness, everything corridor does against the provider's
API: credentials, sign-in, connect, request signing, seeding, documented refusals. Its spec and
inventory are `specs/<name>.yaml` and `specs/inventory/<name>.yaml`, its facade `corridor.<name>`,
its simulator `corridor.simulator.<name>`.

The CLI, the pytest plugin, verification, the report and regeneration iterate `PROVIDERS`;
outside this list and the provider's own folders no module names a provider. Adding one is
adding its folder here and its entry to `PROVIDERS`, beside its spec, inventory, facade and
simulator package.

Importing the registry loads the entries only: harnesses and simulators are named by import
path and loaded on first use, so it never pulls in the simulator stack.
"""

from __future__ import annotations

from corridor.providers import p100, sentbe, settlego, sfox
from corridor.providers.entry import Provider

# The one list of providers, in the order they joined.
PROVIDERS: tuple[Provider, ...] = (
    settlego.PROVIDER,
    sfox.PROVIDER,
    p100.PROVIDER,
    sentbe.PROVIDER,
)


def get_provider(name: str) -> Provider:
    for provider in PROVIDERS:
        if provider.name == name:
            return provider
    known = ", ".join(p.name for p in PROVIDERS)
    raise KeyError(f"unknown provider {name!r}; known providers: {known}")


def simulator_names() -> str:
    return ", ".join(p.name for p in PROVIDERS if p.has_simulator) or "none"


__all__ = ["PROVIDERS", "Provider", "get_provider", "simulator_names"]
