"""A provider's harness: how verification and the pytest fixtures reach it, simulated or real.

Each provider's folder gives one `Harness` (its entry's `harness_path`). Everything in it works
against the provider's public API over httpx, so a verification of a real service needs neither
the simulator nor its dependencies.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from corridor.providers.seeding import SeedContext, Seeds
from corridor.providers.signing import RequestSigner

# Headers that authenticate a request, per security scheme name of the provider's spec: an
# operation is signed with the schemes its `security` lists.
Signed = dict[str, dict[str, str]]


@dataclass(frozen=True)
class Harness:
    """How verification and the pytest fixtures reach a provider, simulated or real.

    `credentials` are the simulator's defaults, keyed by the environment variables a remote
    run reads them from (the registry's `Provider.credentials`)."""

    credentials: Mapping[str, str]
    # headers per security scheme, given an httpx client on the base URL
    sign_in: Callable[[httpx.Client, Mapping[str, str]], Signed]
    # the facade's ready client for (base_url, transport, credentials)
    connect: Callable[[str, httpx.BaseTransport, Mapping[str, str]], Any]
    # creates real objects before a contract run and binds their ids to parameters
    seed: Callable[[SeedContext], Seeds] | None = None
    # rewrites each request as the provider's wire needs it (e.g. parameters encrypted into a
    # header) before it is sent, in seeding and in every contract case
    signer: RequestSigner | None = None
    # a ready client acting for one end user of the provider, where the provider has such
    # clients: (base_url, transport, credentials), like `connect`
    connect_user: Callable[[str, httpx.BaseTransport, Mapping[str, str]], Any] | None = None
    # per operationId, the statuses besides a 2xx by which the provider's docs refuse a
    # schema-valid request on a business rule (a duplicate idempotency key, no funds...)
    refusals: Mapping[str, frozenset[int]] = field(default_factory=dict)
    # the `[auth]` table of a Schemathesis CLI configuration for these credentials, or None
    # where the CLI cannot authenticate a request by itself (`corridor schemathesis-config`)
    cli_auth: Callable[[Mapping[str, str]], dict[str, Any]] | None = None
    # for a provider whose `sign_in` calls nothing (no login, no session): one signed call that
    # raises `PermissionError` when the provider refuses the credentials. A remote verification
    # makes it before its run, so that refused credentials are one line, not a failing run.
    check_credentials: Callable[[httpx.Client, Mapping[str, str]], None] | None = None
