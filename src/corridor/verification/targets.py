"""What a verification run talks to: the in-process simulator, or a real service at a URL."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from corridor.simulator import Simulator, simulate
from corridor.simulator.settlego import DEFAULT_API_KEY, DEFAULT_LOGIN_ID
from corridor.simulator.transport import InProcessTransport

SIMULATOR_ORIGIN = "http://simulator.local"

# provider -> the environment variables holding its sandbox credentials
CREDENTIAL_VARIABLES: dict[str, tuple[str, ...]] = {
    "settlego": ("SETTLEGO_LOGIN_ID", "SETTLEGO_API_KEY"),
}


class MissingCredentialsError(Exception):
    """A remote run was asked for without the credentials it needs."""


@dataclass
class Target:
    provider: str
    base_url: str  # up to and including the spec's base path, e.g. http://host/api/v1
    http: httpx.Client  # talks to the target; used to log in
    simulator: Simulator | None  # set when the target is the in-process simulator
    login: Callable[[httpx.Client], dict[str, str]]  # headers that authenticate one request

    @property
    def description(self) -> str:
        return "in-process simulator" if self.simulator else self.base_url


def simulator_target(provider: str, simulator: Simulator | None = None) -> Target:
    simulator = simulator or simulate(provider, strict=True)
    base_url = SIMULATOR_ORIGIN + simulator.base_path
    http = httpx.Client(transport=InProcessTransport(simulator.app), base_url=base_url)
    login = _settlego_login(DEFAULT_LOGIN_ID, DEFAULT_API_KEY)
    return Target(provider, base_url, http, simulator, login)


def remote_target(provider: str, base_url: str) -> Target:
    variables = CREDENTIAL_VARIABLES.get(provider)
    if variables is None:
        raise MissingCredentialsError(f"remote verification is not available for {provider}")
    missing = [name for name in variables if not os.environ.get(name)]
    if missing:
        raise MissingCredentialsError(
            f"verifying {provider} at {base_url} needs credentials: set "
            + " and ".join(missing)
            + " in the environment"
        )
    login_id, api_key = (os.environ[name] for name in variables)
    http = httpx.Client(base_url=base_url.rstrip("/"), timeout=30.0)
    return Target(provider, base_url.rstrip("/"), http, None, _settlego_login(login_id, api_key))


def _settlego_login(login_id: str, api_key: str) -> Callable[[httpx.Client], dict[str, str]]:
    def login(http: httpx.Client) -> dict[str, str]:
        answer = http.post("/authentication/login", json={"loginId": login_id, "apiKey": api_key})
        if answer.status_code != 200:
            raise MissingCredentialsError(f"login failed with {answer.status_code}")
        return {"x-auth-token": str(answer.json()["token"])}

    return login
