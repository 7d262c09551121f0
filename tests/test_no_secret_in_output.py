"""No credential of any provider shows in anything corridor prints, writes or raises.

The credentials are every value a provider's registry entry lists (`Provider.credentials`)
but those its docs do not call secret (`public_credentials`: Sentbe's partner_id), plus what
works as a credential while a program runs: SettleGo's session token, sFOX's user tokens,
Sentbe's SIGNATURE. The checks:

- `corridor verify --provider P --base-url URL --junit-xml X` (with CORRIDOR_DEBUG=1 for half
  of the providers) against `corridor simulate P` injecting server errors, so that the run
  fails and prints reproductions (curl commands): stdout, stderr, the XML and the simulator's
  own output hold none of the credentials, and every credential header a curl command shows
  reads `[Filtered]`;
- the same of a run against the in-process simulator with faults (the target `corridor
  verify` uses without `--base-url`), through the report's own printing and XML;
- a credential no request can carry is refused by its variable's name, not echoed, with and
  without CORRIDOR_DEBUG=1; `corridor schemathesis-config` prints none;
- the facade clients, their auth, the errors (tracebacks included) of refused calls and of
  rejected webhooks show none.
"""

from __future__ import annotations

import io
import os
import re
import socket
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from rich.console import Console

from corridor import p100, sentbe, settlego, sfox
from corridor.errors import CorridorError
from corridor.providers import PROVIDERS, get_provider
from corridor.simulator import simulate
from corridor.simulator.session import SimulatorSession
from corridor.spec import load_spec
from corridor.verification.command import show
from corridor.verification.redaction import REPLACEMENT, Redaction, credential_names
from corridor.verification.report import write_junit
from corridor.verification.run import run_schemathesis
from corridor.verification.targets import simulator_target

SIMULATED = [provider.name for provider in PROVIDERS if provider.has_simulator]
FAULTS = "500=0.3"  # enough failures for reproductions of most operations, and runs stay short


def secrets_of(provider: str, credentials: Mapping[str, str] | None = None) -> list[str]:
    """The values of the provider's secret credentials (the simulator's own by default)."""
    entry = get_provider(provider)
    given = credentials or entry.harness().credentials
    return [value for name, value in given.items() if name not in entry.public_credentials]


def assert_no_secret(text: str, provider: str, secrets: list[str]) -> None:
    """None of `secrets` in `text`, and every credential header of a curl command masked."""
    assert secrets
    for secret in secrets:
        assert secret not in text
    for name in credential_names(load_spec(provider)):
        shown = re.findall(rf"-H \$?['\"]{re.escape(name)}: ([^'\"]*)", text, re.IGNORECASE)
        assert {value for value in shown if value != REPLACEMENT} == set(), name


# ---- corridor verify against a served simulator --------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[str, Path]]]:
    """`corridor simulate P --faults 500=0.3` for every provider, started together: per
    provider, the API's base URL and the file its output goes to."""
    folder = tmp_path_factory.mktemp("served")
    servers: list[subprocess.Popen[bytes]] = []
    urls: dict[str, tuple[str, Path]] = {}
    try:
        ports = {}
        for provider in SIMULATED:
            port = ports[provider] = _free_port()
            log = folder / f"{provider}.log"
            with log.open("wb") as output:
                command = ["simulate", provider, "--port", str(port), "--faults", FAULTS]
                servers.append(
                    subprocess.Popen(
                        [sys.executable, "-m", "corridor", *command],
                        stdout=output,
                        stderr=subprocess.STDOUT,
                    )
                )
            path = urlsplit(load_spec(provider)["servers"][0]["url"]).path.rstrip("/")
            urls[provider] = (f"http://127.0.0.1:{port}{path}", log)
        deadline = time.monotonic() + 60
        for server, (provider, port) in zip(servers, ports.items(), strict=True):
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise RuntimeError(f"the {provider} simulator did not start") from None
                    time.sleep(0.1)
        yield urls
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)


def verify_command(
    provider: str, base_url: str, credentials: Mapping[str, str], junit: Path, debug: bool
) -> subprocess.CompletedProcess[str]:
    env = {
        **{k: v for k, v in os.environ.items() if k != "CORRIDOR_DEBUG"},
        **credentials,
        "COLUMNS": "10000",  # a secret wrapped over two lines would escape the search
        "CORRIDOR_CACHE_DIR": str(junit.parent / "cache"),
    }
    if debug:
        env["CORRIDOR_DEBUG"] = "1"
    command = ["verify", "--provider", provider, "--base-url", base_url, "--max-examples", "1"]
    return subprocess.run(
        [sys.executable, "-m", "corridor", *command, "--junit-xml", str(junit)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )


# Each provider once, half of them with CORRIDOR_DEBUG=1 (a run is 5-10 s): the switch only
# lets tracebacks of corridor's own bugs through, and both settings meet every code path.
RUNS = [(provider, number % 2 == 1) for number, provider in enumerate(SIMULATED)]


@pytest.mark.parametrize(
    ("provider", "debug"),
    RUNS,
    ids=[f"{provider}-{'CORRIDOR_DEBUG' if debug else 'plain'}" for provider, debug in RUNS],
)
def test_verify_against_a_served_simulator_shows_no_credential(
    provider: str, debug: bool, served: dict[str, tuple[str, Path]], tmp_path: Path
) -> None:
    base_url, log = served[provider]
    credentials = get_provider(provider).harness().credentials
    junit = tmp_path / "report.xml"
    done = verify_command(provider, base_url, credentials, junit, debug)
    assert done.returncode == 1, done.stderr  # the injected 500s are failures
    xml = junit.read_text(encoding="utf-8")
    for shown in (done.stdout, xml):
        assert "curl -X" in shown  # reproductions were printed, so the search means something
        assert REPLACEMENT in shown
    for text in (done.stdout, done.stderr, xml, log.read_text(encoding="utf-8")):
        assert_no_secret(text, provider, secrets_of(provider))


@pytest.mark.parametrize("debug", [False, True], ids=["plain", "CORRIDOR_DEBUG"])
def test_a_credential_no_request_can_carry_is_refused_by_name_not_echoed(
    debug: bool, served: dict[str, tuple[str, Path]], tmp_path: Path
) -> None:
    # a key read from a file with its newline: httpx's refusal of it quotes the value
    base_url, _ = served["p100"]
    [(name, key)] = get_provider("p100").harness().credentials.items()
    done = verify_command("p100", base_url, {name: key + "\n"}, tmp_path / "r.xml", debug)
    assert done.returncode == 3
    assert done.stdout == ""
    assert [line for line in done.stderr.splitlines() if name in line]
    assert key not in done.stderr


# ---- a run against the in-process simulator ------------------------------------------------


@pytest.mark.parametrize("provider", SIMULATED)
def test_a_failing_run_against_the_in_process_simulator_shows_no_credential(
    provider: str, tmp_path: Path
) -> None:
    target = simulator_target(provider, simulate(provider, strict=True, faults=[FAULTS]))
    result = run_schemathesis(target, max_examples=1, phases=("examples",))
    assert any("curl -X" in failure.reproduction for failure in result.failures)
    console = Console(record=True, width=10_000, file=io.StringIO())
    show(result, console, require_coverage=False)
    write_junit([result], tmp_path / "report.xml")
    for text in (console.export_text(), (tmp_path / "report.xml").read_text(encoding="utf-8")):
        assert_no_secret(text, provider, secrets_of(provider))


# ---- corridor schemathesis-config ----------------------------------------------------------


@pytest.mark.parametrize("provider", SIMULATED)
def test_the_schemathesis_configuration_holds_no_credential(provider: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "corridor", "schemathesis-config", provider],
        capture_output=True,
        text=True,
        check=False,
    )
    for text in (done.stdout, done.stderr):
        assert_no_secret(text, provider, secrets_of(provider))


# ---- the facades ---------------------------------------------------------------------------

# Per provider: the simulator's option for each credential variable, and a call that the
# simulator refuses when the credentials are wrong (SettleGo refuses the login itself).
OPTIONS: dict[str, dict[str, str]] = {
    "settlego": {"SETTLEGO_LOGIN_ID": "login_id", "SETTLEGO_API_KEY": "api_key"},
    "sfox": {"SFOX_ENTERPRISE_API_KEY": "api_key"},
    "p100": {"P100_API_KEY": "api_key"},
    "sentbe": {
        "SENTBE_PARTNER_ID": "partner_id",
        "SENTBE_ACCESS_ID": "access_id",
        "SENTBE_SECRET_KEY": "secret_key",
    },
}


def _refused_call(provider: str) -> Callable[[Any], Any]:
    if provider == "sfox":
        from sfox_client.api.end_users import list_end_users

        return lambda client: list_end_users.sync(client=client)
    if provider == "p100":
        from p100_client.api.partner_operations_balances_transaction_history import (
            get_partner_balances,
        )

        return lambda client: get_partner_balances.sync(client=client)
    if provider == "sentbe":
        from sentbe_client.api.banks import list_banks

        return lambda client: list_banks.sync(client=client)
    from settlego_client.api.authentication import end_session

    return lambda client: end_session.sync(client=client)


def _shown(value: object) -> list[str]:
    texts = [repr(value), str(value)]
    if isinstance(value, BaseException):
        texts.append("".join(traceback.format_exception(value)))
    return texts


@pytest.mark.parametrize("provider", SIMULATED)
def test_facade_clients_auth_and_errors_show_no_credential(provider: str) -> None:
    credentials = {name: f"{name.lower()}-7c1e9" for name in OPTIONS[provider]}
    wrong = {name: f"{value}-wrong" for name, value in credentials.items()}
    options = {option: credentials[name] for name, option in OPTIONS[provider].items()}
    session = SimulatorSession(provider, credentials=credentials, **options)
    harness = session.harness
    client = session.client
    texts = [*_shown(client), *_shown(client.get_httpx_client().auth)]
    secrets = secrets_of(provider, credentials) + secrets_of(provider, wrong)
    if provider == "settlego":
        token = settlego.session_of(client).token
        assert token
        secrets.append(token)
    if harness.connect_user is not None:
        user = session.user_client
        secrets.append(sfox.auth_of(user).token)
        texts += [*_shown(user), *_shown(sfox.auth_of(user))]
    with pytest.raises(CorridorError) as raised:
        _refused_call(provider)(
            SimulatorSession(provider, simulator=session.simulator, credentials=wrong).client
        )
    texts += _shown(raised.value)
    for text in texts:
        assert_no_secret(text, provider, secrets)


def test_rejected_webhooks_and_callbacks_show_no_token() -> None:
    token, presented = "p100-webhook-token-5d2a1", "p100-presented-token-5d2a1"
    access_id = "sentbe-access-id-5d2a1"
    errors: list[BaseException] = []
    for attempt in (
        # a wrong token, then the right one on a body that is not the event
        lambda: p100.webhooks.receive(
            b"{}", {"Authorization": presented}, token, expect=p100.webhooks.KYC_FILE_ADDED
        ),
        lambda: p100.webhooks.receive(
            b'{"token": "' + token.encode() + b'"}',
            {"Authorization": token},
            token,
            expect=p100.webhooks.KYC_FILE_ADDED,
        ),
        lambda: sentbe.webhooks.receive(b'{"token": "' + presented.encode() + b'"}', {}, access_id),
        # the right token on a callback with no status: pydantic quotes the whole body
        lambda: sentbe.webhooks.receive(
            b'{"token": "' + access_id.encode() + b'", "external_id": "t-1"}', {}, access_id
        ),
    ):
        with pytest.raises(CorridorError) as raised:
            attempt()
        errors.append(raised.value)
    for error in errors:
        for text in _shown(error):
            assert token not in text
            assert presented not in text
            assert access_id not in text


def test_the_redaction_replaces_tokens_but_not_public_ids_or_short_values() -> None:
    redaction = Redaction(["token"], secrets=["access-id-1"], public=["1"])
    redaction.learn("Bearer user-token-2")
    redaction.learn("1")  # a partner id sent in a credential header: not a secret
    redaction.learn_answer(b'{"data": {"token": "session-token-3"}, "other": {"token": "0"}}')
    text = "access-id-1 user-token-2 session-token-3 partner 1 status 0"
    assert redaction(text) == f"{REPLACEMENT} {REPLACEMENT} {REPLACEMENT} partner 1 status 0"


@pytest.mark.parametrize("status", [500, 401])
def test_a_password_in_the_base_url_is_not_in_the_error_or_its_url(status: int) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"errorCode": "P500", "errorMessage": "no"})

    client = p100.connect(
        "p100-key-7c1e9",
        base_url="https://partner:url-password-7c1e9@p100.example/api",
        retries=p100.NO_RETRIES,
        httpx_args={"transport": httpx.MockTransport(refuse)},
    )
    from p100_client.api.partner_operations_balances_transaction_history import (
        get_partner_balances,
    )

    with pytest.raises(CorridorError) as raised:
        get_partner_balances.sync(client=client)
    assert raised.value.url.startswith("https://p100.example/api/")  # type: ignore[attr-defined]
    for text in _shown(raised.value):
        assert "url-password-7c1e9" not in text


def test_a_password_in_the_base_url_is_not_in_verify_s_one_line() -> None:
    from corridor.command_errors import TargetError
    from corridor.verification.preflight import check_remote_target

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = {name: "value-7c1e9" for name in get_provider("p100").credentials}
    with pytest.MonkeyPatch.context() as patch:
        for name, value in environment.items():
            patch.setenv(name, value)
        with pytest.raises(TargetError) as raised:
            check_remote_target("p100", f"http://partner:url-password-7c1e9@127.0.0.1:{port}/v1")
    assert f"cannot reach http://127.0.0.1:{port}/v1" in str(raised.value)
    assert "url-password-7c1e9" not in str(raised.value)
