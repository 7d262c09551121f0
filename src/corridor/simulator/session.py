"""One provider's simulator with every way a test talks to it, built from the provider's harness.

    with SimulatorSession(provider, seed=7) as session:
        session.http.get(path)                  # raw, signed in
        session.control.credit("GBP", "100.00")
        session.client                          # the facade's ready client (`connect`)

`http` is a raw httpx client on the simulator's base URL, signed in as the provider's harness
signs in (the headers of each security scheme its `sign_in` gives: a session token, an API
key...), and, where the harness has a request signer, with every request signed by it.
`control` is the control API, `client` the facade's ready client and `user_client` the end-user
client where the harness has one; both are made on first use. Every client goes through one
in-process transport, without a socket. The pytest plugin's fixtures are built on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from corridor.providers import get_provider
from corridor.providers.control import CONTROL_PREFIX, SimulatorControl
from corridor.providers.harness import Harness, Signed
from corridor.providers.signing import SignedRequests
from corridor.simulator.transport import InProcessTransport

if TYPE_CHECKING:
    from corridor.simulator.engine import Simulator


class SimulatorSession:
    """A simulator of `provider` (made with `strict` and `options`, or the one given, or a
    served simulator's `world` as its `PUT /w/{id}` answer describes it) and its clients:
    `http` (raw, signed in), `anonymous()`, `control`, `client`, `user_client`.

    `credentials` default to the harness's, the simulator's own; `sign_in=False` leaves `http`
    without the sign-in's headers (a harness's request signer still signs). Nothing is sent before a
    client is first used: `http` signs in then."""

    def __init__(
        self,
        provider: str,
        *,
        simulator: Simulator | None = None,
        world: Mapping[str, Any] | None = None,
        transport: httpx.BaseTransport | None = None,
        strict: bool = True,
        credentials: Mapping[str, str] | None = None,
        sign_in: bool = True,
        **options: Any,
    ) -> None:
        self.provider = get_provider(provider)
        self.harness: Harness = self.provider.harness()
        self._simulator = simulator
        self._inner: httpx.BaseTransport
        if world is not None:
            # a world of a served simulator, as `PUT /w/{id}` described it: over the network
            self.base_url: str = str(world["api_base_url"])
            self.origin = str(world["control_base_url"]).removesuffix(CONTROL_PREFIX)
            self._inner = transport or httpx.HTTPTransport()
            defaults: Mapping[str, str] = world["credentials"]
        else:
            if simulator is None:
                from corridor.simulator import simulate

                self._simulator = simulate(provider, strict=strict, **options)
            self.origin = f"http://{provider}.simulator"
            self.base_url = self.origin + self.simulator.base_path
            self._inner = InProcessTransport(self.simulator.app)
            defaults = self.harness.credentials
        self.credentials: Mapping[str, str] = dict(credentials or defaults)
        # what every client of the session goes through: closing one client leaves the others
        self.transport: httpx.BaseTransport = _Shared(self._inner)
        self._opened: list[httpx.Client] = []
        self._signs_in = sign_in
        self.control = SimulatorControl(self._client(self.origin))
        self.signed: Signed = {}

    @cached_property
    def http(self) -> httpx.Client:
        """A raw client on the base URL, signed in on first use."""
        auth = (
            None
            if self.harness.signer is None
            else SignedRequests(self.harness.signer, self.credentials)
        )
        http = self._client(self.base_url, auth=auth)
        if self._signs_in:
            self._sign_in(http)
        return http

    def sign_in(self) -> Signed:
        """Sign in afresh (a new session once the old one expired) and put the headers on
        `http`: those of every security scheme the sign-in gave, where two set the same header
        the first's (a partner's key before an end user's token)."""
        if "http" not in self.__dict__ and self._signs_in:
            self.http  # noqa: B018 - made now, and signed in as it is made
            return self.signed
        return self._sign_in(self.http)

    def _sign_in(self, http: httpx.Client) -> Signed:
        self.signed = self.harness.sign_in(http, self.credentials)
        headers: dict[str, str] = {}
        for scheme in self.signed.values():
            for name, value in scheme.items():
                headers.setdefault(name, value)
        http.headers.update(headers)
        return self.signed

    def anonymous(self, **kwargs: Any) -> httpx.Client:
        """A raw client without any credentials, on the base URL unless `base_url` says
        otherwise (`session.origin` reaches the control API's own routes); `kwargs` go to
        httpx."""
        return self._client(kwargs.pop("base_url", self.base_url), **kwargs)

    @cached_property
    def client(self) -> Any:
        """The facade's ready client (the harness's `connect`)."""
        return self.harness.connect(self.base_url, self.transport, self.credentials)

    @cached_property
    def user_client(self) -> Any:
        """A ready client acting for one end user (the harness's `connect_user`)."""
        if self.harness.connect_user is None:
            raise LookupError(f"{self.provider.title} has no end-user clients")
        return self.harness.connect_user(self.base_url, self.transport, self.credentials)

    @property
    def simulator(self) -> Simulator:
        """The simulator in this process; a session on a served world has none."""
        if self._simulator is None:
            raise LookupError(
                f"this {self.provider.title} session is on a served world ({self.base_url}): "
                "its simulator runs in another process; use its control API"
            )
        return self._simulator

    @property
    def backend(self) -> Any:
        """The simulator's domain state, for tests that look behind the API."""
        return self.simulator.provider.backend  # type: ignore[attr-defined]

    def close(self) -> None:
        for http in self._opened:
            http.close()
        self._opened.clear()
        self._inner.close()

    def __enter__(self) -> SimulatorSession:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _client(self, base_url: str, **kwargs: Any) -> httpx.Client:
        http = httpx.Client(transport=self.transport, base_url=base_url, **kwargs)
        self._opened.append(http)
        return http


class _Shared(httpx.BaseTransport):
    """The session's transport as each client holds it: a client's close leaves it open."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(request)

    def close(self) -> None:
        pass


__all__ = ["SimulatorSession"]
