"""Refused credentials stop a remote verification before its run: one line and exit 3, for every
provider. The sign-in before the run finds them; Sentbe, which has no login, gets one signed call
instead (its harness's `check_credentials`).

Each simulator is served on loopback by `corridor simulate`, as a sandbox would be.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from corridor import cli
from corridor.command_errors import ExitCode
from corridor.providers import PROVIDERS, get_provider
from corridor.verification.preflight import check_remote_target
from tests.served import served

SIMULATED = [provider.name for provider in PROVIDERS if provider.has_simulator]


@pytest.fixture(scope="module")
def urls() -> Iterator[dict[str, str]]:
    with served(*SIMULATED) as found:
        yield found


def test_every_simulated_provider_is_covered() -> None:
    assert set(SIMULATED) == {"settlego", "sfox", "p100", "sentbe"}


@pytest.mark.parametrize("provider", SIMULATED)
def test_refused_credentials_are_one_line_and_exit_3(
    provider: str,
    urls: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name in get_provider(provider).credentials:
        monkeypatch.setenv(name, "wrong@example.com" if name.endswith("_LOGIN_ID") else "wrong")
    code = cli.main(["verify", "--provider", provider, "--base-url", urls[provider]])
    out, err = capsys.readouterr()
    assert code == ExitCode.TARGET
    assert out == ""  # no run: nothing of a report
    lines = err.splitlines()
    assert len(lines) == 1
    prefix = f"corridor verify: {urls[provider]} did not accept the sign-in ("
    assert lines[0].startswith(prefix)
    assert lines[0].endswith(
        "); check the credentials, and that the base URL includes the API's base path"
    )
    assert REFUSALS[provider] in lines[0]


# what each provider's refusal, as the line quotes it, says
REFUSALS = {
    "settlego": "SettleGo login failed with 401",
    "sfox": "sFOX refused the enterprise key (401)",
    "p100": "P100 refused the API key",
    "sentbe": "Sentbe refused the credentials: E0001 ",  # auth_key or IP address refused
}


def test_a_wrong_sentbe_secret_key_is_refused_too(
    urls: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """PARTNER-ID and KEY right: the signed call's SIGNATURE, which the secret_key encrypts,
    is what Sentbe refuses."""
    harness = get_provider("sentbe").harness()
    for name, value in harness.credentials.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("SENTBE_SECRET_KEY", "not-the-secret-key")
    code = cli.main(["verify", "--provider", "sentbe", "--base-url", urls["sentbe"]])
    err = capsys.readouterr().err.splitlines()
    assert code == ExitCode.TARGET
    assert len(err) == 1
    assert "(Sentbe refused the credentials: E0004 Invalid signature)" in err[0]


@pytest.mark.parametrize("provider", SIMULATED)
def test_the_simulators_own_credentials_pass_the_check(
    provider: str, urls: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in get_provider(provider).harness().credentials.items():
        monkeypatch.setenv(name, value)
    check_remote_target(provider, urls[provider])  # raises TargetError if refused


@pytest.mark.parametrize("provider", SIMULATED)
def test_another_providers_api_at_the_base_url_is_one_line_and_exit_3(
    provider: str,
    urls: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A base URL that is some other API (here another provider's simulator) is found by the
    sign-in before the run, not reported as hundreds of disagreements."""
    other = SIMULATED[(SIMULATED.index(provider) + 1) % len(SIMULATED)]
    for name, value in get_provider(provider).harness().credentials.items():
        monkeypatch.setenv(name, value)
    code = cli.main(["verify", "--provider", provider, "--base-url", urls[other]])
    out, err = capsys.readouterr()
    assert code == ExitCode.TARGET
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith(f"corridor verify: {urls[other]} ")
