"""What a verification run talks to: the in-process simulator, or a real service at a URL.

Both are reached the same way, through the provider's harness in the registry: its credentials
(the simulator's defaults, or the environment variables the registry names) and its `sign_in`,
which gives the headers of each security scheme the provider's spec names. The simulator is
loaded only for a simulator target: a remote one needs the harness and httpx alone.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from corridor.providers import get_provider
from corridor.providers.control import SimulatorControl
from corridor.providers.harness import Harness, Signed
from corridor.providers.seeding import SeedContext, SeedingError, Seeds
from corridor.providers.signing import SignedRequests
from corridor.spec import load_spec

if TYPE_CHECKING:
    from corridor.simulator.engine import Simulator
    from corridor.verification.politeness import Pace

SIMULATOR_ORIGIN = "http://simulator.local"


class MissingCredentialsError(Exception):
    """A remote run was asked for without the credentials it needs."""


@dataclass
class Target:
    provider: str
    base_url: str  # up to and including the spec's base path, e.g. http://host/api/v1
    http: httpx.Client  # talks to the target; used to sign in
    simulator: Simulator | None  # set when the target is the in-process simulator
    sign_in: Callable[[httpx.Client], Signed]  # headers per security scheme
    harness: Harness
    credentials: Mapping[str, str]  # the simulator's defaults, or read from the environment

    @property
    def description(self) -> str:
        return "in-process simulator" if self.simulator else shown_url(self.base_url)

    def seed(self) -> Seeds:
        """Real objects created through the target's API, bound to the parameters that take them."""
        if self.harness.seed is None:
            return Seeds()
        control = self._control()
        signed = self.sign_in(self.http)
        spec = load_spec(self.provider)
        context = SeedContext(self.http, signed, control, spec, self.credentials)
        try:
            return self.harness.seed(context)
        except (KeyError, TypeError, ValueError, ArithmeticError, AttributeError) as error:
            # an answer the seeder could not read: the target disagrees with its own spec
            raise SeedingError(
                f"seeding: an answer of {self.provider} had an unexpected shape "
                f"({type(error).__name__}: {error})"
            ) from error

    def _control(self) -> SimulatorControl | None:
        """The control API: in process, or beside the API when the URL serves a simulator."""
        if self.simulator is not None:
            from corridor.simulator.transport import InProcessTransport

            transport = InProcessTransport(self.simulator.app)
            return SimulatorControl(httpx.Client(transport=transport, base_url=SIMULATOR_ORIGIN))
        origin = httpx.URL(self.base_url).copy_with(path="/", query=None, fragment=None)
        http = httpx.Client(base_url=str(origin).rstrip("/"), timeout=self.http.timeout)
        control = SimulatorControl(http)
        try:
            control.now()
        except (httpx.HTTPError, RuntimeError, ValueError):  # a real service has no control API
            http.close()
            return None
        return control


def simulator_target(provider: str, simulator: Simulator | None = None) -> Target:
    from corridor.simulator import simulate
    from corridor.simulator.transport import InProcessTransport

    simulator = simulator or simulate(provider, strict=True)
    base_url = SIMULATOR_ORIGIN + simulator.base_path
    harness = get_provider(provider).harness()
    http = httpx.Client(
        transport=InProcessTransport(simulator.app),
        base_url=base_url,
        auth=_wire_auth(harness, harness.credentials),
    )
    return Target(
        provider,
        base_url,
        http,
        simulator,
        _signer(harness.sign_in, harness.credentials),
        harness,
        harness.credentials,
    )


def remote_target(provider: str, base_url: str, pace: Pace | None = None) -> Target:
    """The service at `base_url`; with `pace`, every request the target's client sends keeps
    to its rate limit (`politeness.py`)."""
    entry = get_provider(provider)
    if not entry.has_harness:
        raise MissingCredentialsError(f"remote verification is not available for {provider}")
    missing = [name for name in entry.credentials if not os.environ.get(name)]
    if missing:
        raise MissingCredentialsError(
            f"verifying {provider} at {base_url} needs credentials: set "
            + " and ".join(missing)
            + " in the environment"
        )
    credentials = {name: os.environ[name] for name in entry.credentials}
    # Refused here, by name: sent, such a value would come back quoted in the client's error.
    unsendable = [name for name, value in credentials.items() if not value.isprintable()]
    if unsendable:
        verb = "hold" if len(unsendable) > 1 else "holds"
        raise MissingCredentialsError(
            f"{' and '.join(unsendable)} {verb} a line break or another control character, "
            "which no request can carry (a newline read from a file?)"
        )
    harness = entry.harness()
    http = httpx.Client(
        base_url=base_url.rstrip("/"),
        timeout=30.0,
        auth=_wire_auth(harness, credentials),
        transport=None if pace is None else pace.transport(httpx.HTTPTransport()),
    )
    sign_in = _signer(harness.sign_in, credentials)
    return Target(provider, base_url.rstrip("/"), http, None, sign_in, harness, credentials)


def _signer(
    sign_in: Callable[[httpx.Client, Mapping[str, str]], Signed],
    credentials: Mapping[str, str],
) -> Callable[[httpx.Client], Signed]:
    def signed(http: httpx.Client) -> Signed:
        try:
            return sign_in(http, credentials)
        except PermissionError as error:
            raise MissingCredentialsError(str(error)) from error

    return signed


def _wire_auth(harness: Harness, credentials: Mapping[str, str]) -> httpx.Auth | None:
    """Signs the seeder's requests where the provider's wire needs it."""
    return None if harness.signer is None else SignedRequests(harness.signer, credentials)


def shown_url(url: str) -> str:
    """`url` as corridor prints it: without a user and password it may carry."""
    try:
        return str(httpx.URL(url).copy_with(userinfo=b""))
    except httpx.InvalidURL:
        return "the base URL given"
