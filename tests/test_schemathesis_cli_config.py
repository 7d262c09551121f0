"""`corridor schemathesis-config`: the Schemathesis CLI checks a served simulator as verify does.

A bare `st run` counts the docs' business refusals of schema-valid requests as failures
(P100 answers every refusal 400, ERRORS.md; sFOX refuses with 422) and knows no credentials;
the configuration supplies both and nothing else, so the CLI's own checks decide. It names the
credentials as environment variables, never their values.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from schemathesis.config import ConfigError, SchemathesisConfig

from corridor.providers import get_provider
from corridor.verification.cli_config import NoCliAuthError, schemathesis_toml
from tests.served import served as served_simulators

ROOT = Path(__file__).resolve().parents[1]
CONFIGURED = ["settlego", "sfox", "p100"]


@pytest.fixture
def simulator_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """The simulators' default credentials in the environment variables the file names."""
    for provider in CONFIGURED:
        for name, value in get_provider(provider).harness().credentials.items():
            monkeypatch.setenv(name, value)


@pytest.mark.parametrize("provider", CONFIGURED)
def test_the_configuration_is_toml_that_schemathesis_accepts(
    provider: str, simulator_credentials: None
) -> None:
    text = schemathesis_toml(provider)
    tomllib.loads(text)
    config = SchemathesisConfig.from_str(text)
    assert config.projects.default.auth.is_defined


@pytest.mark.parametrize("provider", CONFIGURED)
def test_the_configuration_names_the_credential_variables_and_holds_no_credential(
    provider: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = schemathesis_toml(provider)
    credentials = get_provider(provider).harness().credentials
    for name, value in credentials.items():
        assert value not in text
        assert f'"${{{name}}}"' in text
        monkeypatch.delenv(name, raising=False)
    # Schemathesis fills the placeholders in when it reads the file, and names what is missing
    with pytest.raises(ConfigError, match=next(iter(credentials))):
        SchemathesisConfig.from_str(text)


@pytest.mark.parametrize("provider", CONFIGURED)
def test_every_documented_refusal_is_an_expected_status_of_its_operation(provider: str) -> None:
    document = tomllib.loads(schemathesis_toml(provider))
    expected = {
        entry["include-operation-id"]: entry["checks"]["positive_data_acceptance"][
            "expected-statuses"
        ]
        for entry in document.get("operations", [])
    }
    refusals = get_provider(provider).harness().refusals
    assert set(expected) == set(refusals)
    for operation_id, statuses in refusals.items():
        assert {str(status) for status in statuses} <= set(expected[operation_id])
        assert "2xx" in expected[operation_id]  # the CLI's defaults stay


def test_settlego_logs_in_again_after_a_401() -> None:
    # a logout ends the session (authentication.md): a static token would fail every case after
    document = tomllib.loads(schemathesis_toml("settlego"))
    login = document["auth"]["dynamic"]["openapi"]["authToken"]
    assert login["path"] == "/authentication/login"
    assert login["extract_selector"] == "/token"
    assert set(login["payload"]) == {"loginId", "apiKey"}


def test_a_provider_that_signs_every_request_is_refused_plainly() -> None:
    with pytest.raises(NoCliAuthError, match="sentbe signs every request"):
        schemathesis_toml("sentbe")
    done = subprocess.run(
        [sys.executable, "-m", "corridor", "schemathesis-config", "sentbe"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1


@contextmanager
def served(provider: str) -> Iterator[str]:
    """`corridor simulate PROVIDER` on a free port; yields the API's base URL."""
    with served_simulators(provider) as urls:
        yield urls[provider]


@pytest.fixture(scope="module")
def served_p100() -> Iterator[str]:
    with served("p100") as url:
        yield url


def _st_run(
    url: str, config: Path | None, *extra: str, provider: str = "p100", examples: int = 3
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "schemathesis.cli"]
    if config is not None:
        command += ["--config-file", str(config)]
    command += ["run", str(ROOT / "specs" / f"{provider}.yaml"), "--url", url, *extra]
    command += ["--max-examples", str(examples), "--seed", "1", "--no-color"]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)


@pytest.mark.parametrize("provider", CONFIGURED)
def test_the_schemathesis_cli_passes_the_served_simulator_with_the_configuration(
    provider: str, tmp_path: Path, simulator_credentials: None
) -> None:
    config = tmp_path / "schemathesis.toml"
    config.write_text(schemathesis_toml(provider), encoding="utf-8")
    with served(provider) as url:
        done = _st_run(url, config, provider=provider, examples=2)
    assert done.returncode == 0, done.stdout[-3000:]
    assert re.search(r"\d+ generated, \d+ passed", done.stdout), done.stdout[-1000:]


def test_without_it_the_cli_counts_documented_refusals_as_failures(served_p100: str) -> None:
    # the control: the same run with the API key but no configuration fails on P100's
    # documented 400s (P412 invalid-user and the like, ERRORS.md)
    key = get_provider("p100").harness().credentials["P100_API_KEY"]
    done = _st_run(served_p100, None, "-H", f"x-api-key: {key}")
    assert done.returncode == 1
    assert "ST202 Schema-valid request rejected" in done.stdout
