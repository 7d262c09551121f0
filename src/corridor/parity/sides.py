"""The two sides of a parity run, signed in: a fresh simulator in process, and the target.

The target is reached exactly as `corridor verify --base-url` reaches it (the registry's
credentials from the environment, the harness's sign-in and request signing), through a
transport the caller may wrap (a cassette's recorder or player). Its control API, when the URL
serves a simulator, goes through the same transport.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from corridor.parity.runner import Side
from corridor.providers import get_provider
from corridor.providers.control import SimulatorControl
from corridor.providers.signing import SignedRequests
from corridor.spec import load_spec
from corridor.verification.targets import SIMULATOR_ORIGIN, remote_target


def simulator_side(provider: str) -> Side:
    """A fresh, strict simulator of `provider`, in process, signed in with its defaults."""
    from corridor.simulator import simulate
    from corridor.simulator.transport import InProcessTransport

    # Its webhooks are logged whatever the listener answers; answered at once in process, they
    # cost no connection (nor a TLS context) per delivery attempt.
    listener = httpx.MockTransport(lambda request: httpx.Response(200))
    simulator = simulate(provider, strict=True, webhook_transport=listener)
    transport = InProcessTransport(simulator.app)
    harness = get_provider(provider).harness()
    credentials = harness.credentials
    http = httpx.Client(
        transport=transport,
        base_url=SIMULATOR_ORIGIN + simulator.base_path,
        auth=_wire_auth(provider, credentials),
    )
    control = SimulatorControl(httpx.Client(transport=transport, base_url=SIMULATOR_ORIGIN))
    side = Side("simulator", http, harness.sign_in(http, credentials), load_spec(provider), control)
    side.sign_in = lambda: harness.sign_in(http, credentials)
    return side


def target_side(
    provider: str,
    base_url: str,
    transport: httpx.BaseTransport,
    credentials: Mapping[str, str] | None = None,
) -> Side:
    """The service at `base_url`, through `transport`, signed in with the environment's
    credentials (or `credentials`, when replaying a cassette, which holds none)."""
    if credentials is None:
        credentials = remote_target(provider, base_url).credentials
    base = base_url.rstrip("/")
    http = httpx.Client(
        base_url=base, timeout=30.0, transport=transport, auth=_wire_auth(provider, credentials)
    )
    harness = get_provider(provider).harness()
    signed = harness.sign_in(http, credentials)
    origin = str(httpx.URL(base).copy_with(path="/", query=None, fragment=None)).rstrip("/")
    control: SimulatorControl | None = SimulatorControl(
        httpx.Client(base_url=origin, timeout=30.0, transport=transport)
    )
    try:
        assert control is not None
        control.now()
    except (httpx.HTTPError, RuntimeError, ValueError, KeyError, TypeError):
        control = None  # a real service has no control API
    side = Side("target", http, signed, load_spec(provider), control, remote=True)
    side.sign_in = lambda: harness.sign_in(http, credentials)
    return side


def _wire_auth(provider: str, credentials: Mapping[str, str]) -> httpx.Auth | None:
    signer = get_provider(provider).harness().signer
    return None if signer is None else SignedRequests(signer, credentials)
