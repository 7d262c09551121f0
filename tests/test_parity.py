"""`corridor parity`: the report lists exactly the differences a target has, a cassette replays
offline to the same report, and a target that cannot be used is one line and exit 3."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from corridor.cli import main
from corridor.providers import PROVIDERS, get_provider
from corridor.providers.settlego.credentials import (
    API_KEY,
    DEFAULT_API_KEY,
    DEFAULT_LOGIN_ID,
    LOGIN_ID,
)
from corridor.simulator import simulate
from tests.parity_targets import DELIBERATE, not_an_api, serving, settlego_variant, target

BASE_PATH = "/api/v1"


@pytest.fixture
def sandbox_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LOGIN_ID, DEFAULT_LOGIN_ID)
    monkeypatch.setenv(API_KEY, DEFAULT_API_KEY)


@pytest.fixture
def variant() -> Iterator[str]:
    with serving(settlego_variant().app, BASE_PATH) as url:
        yield url


def run(*argv: str) -> int:
    return main(["parity", *argv])


def differences(report: dict[str, Any]) -> set[tuple[str, ...]]:
    return {
        (step["scenario"], step["step"], d["aspect"], d["where"], d["simulator"], d["target"])
        for step in report["steps"]
        for d in step["differences"]
    }


def one_sided(report: dict[str, Any]) -> list[str]:
    return [
        f"{step['scenario']} / {step['step']}: {step['verdict']}"
        for step in report["steps"]
        if step["verdict"].startswith("only")
    ]


def test_the_report_lists_exactly_the_deliberate_differences_of_a_target(
    variant: str, sandbox_credentials: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report_file, markdown = tmp_path / "report.json", tmp_path / "report.md"
    code = run(
        "settlego", "--base-url", variant, "--json", str(report_file), "--markdown", str(markdown)
    )
    report = json.loads(report_file.read_text())
    assert differences(report) == DELIBERATE
    assert one_sided(report) == []
    assert code == 1
    assert f"{len(DELIBERATE)} different" in capsys.readouterr().out
    rows = markdown.read_text().splitlines()
    for scenario, step, aspect, where, ours, theirs in DELIBERATE:
        expected = f"| {scenario} | {step} |"
        found = [row for row in rows if row.startswith(expected) and "| different |" in row]
        assert found and f"{aspect} {where}".strip() in found[0], expected
        assert f"| {ours} | {theirs} |" in found[0]


WITH_SCENARIOS = [p.name for p in PROVIDERS if p.has_simulator and p.has_harness]


@pytest.mark.parametrize("provider", WITH_SCENARIOS)
def test_an_unchanged_simulator_as_target_shows_no_difference(
    provider: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name, value in get_provider(provider).harness().credentials.items():
        monkeypatch.setenv(name, value)
    report_file = tmp_path / "report.json"
    simulator = target(provider)
    with serving(simulator.app, simulator.base_path) as url:
        code = run(provider, "--base-url", url, "--json", str(report_file))
    report = json.loads(report_file.read_text())
    assert differences(report) == set()
    assert one_sided(report) == []
    assert report["summary"]["same"] >= 15
    assert code == 0


def test_a_recorded_cassette_replays_offline_to_the_same_differences(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    login, key = "parity-login-7c1e", "parity-api-key-94d2a"
    monkeypatch.setenv(LOGIN_ID, login)
    monkeypatch.setenv(API_KEY, key)
    cassette = tmp_path / "settlego.har"
    recorded, replayed = tmp_path / "recorded.json", tmp_path / "replayed.json"
    with serving(settlego_variant(login_id=login, api_key=key).app, BASE_PATH) as url:
        assert (
            run("settlego", "--base-url", url, "--record", str(cassette), "--json", str(recorded))
            == 1
        )
    monkeypatch.delenv(LOGIN_ID)
    monkeypatch.delenv(API_KEY)
    # nothing listens at the recorded URL any more: the replay needs no network
    assert run("settlego", "--cassette", str(cassette), "--json", str(replayed)) == 1
    assert differences(json.loads(replayed.read_text())) == DELIBERATE
    assert differences(json.loads(recorded.read_text())) == DELIBERATE
    har = json.loads(cassette.read_text())
    assert har["log"]["version"] == "1.2"
    assert len(har["log"]["entries"]) > 100


def test_a_cassette_holds_no_credential_and_no_session_token(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    login, key = "parity-login-5b0f", "parity-api-key-31e77"
    monkeypatch.setenv(LOGIN_ID, login)
    monkeypatch.setenv(API_KEY, key)
    cassette = tmp_path / "settlego.har"
    with serving(target("settlego", login_id=login, api_key=key).app, BASE_PATH) as url:
        assert run("settlego", "--base-url", url, "--record", str(cassette)) == 0
    text = cassette.read_text()
    entries = json.loads(text)["log"]["entries"]
    tokens = {
        json.loads(entry["response"]["content"]["text"])["token"]
        for entry in entries
        if entry["request"]["url"].endswith("/authentication/login")
    }
    assert tokens == {"[Filtered]"}
    sent = {
        header["value"]
        for entry in entries
        for header in entry["request"]["headers"]
        if header["name"].lower() == "x-auth-token"
    }
    assert sent == {"[Filtered]"}
    assert login not in text and key not in text


@pytest.mark.parametrize("provider", WITH_SCENARIOS)
def test_no_credential_of_any_provider_reaches_its_cassette_or_the_output(
    provider: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    entry = get_provider(provider)
    credentials = entry.harness().credentials
    for name, value in credentials.items():
        monkeypatch.setenv(name, value)
    cassette = tmp_path / "cassette.har"
    simulator = target(provider)
    with serving(simulator.app, simulator.base_path) as url:
        assert run(provider, "--base-url", url, "--record", str(cassette), "--format", "json") == 0
    secret = [v for k, v in credentials.items() if k not in entry.public_credentials]
    shown = cassette.read_text() + "".join(capsys.readouterr())
    assert [value for value in secret if value in shown] == []
    # and the replay of it agrees with the simulator on every step, offline
    assert run(provider, "--cassette", str(cassette)) == 0


def test_a_cassette_missing_one_steps_exchanges_replays_every_other_step(
    sandbox_credentials: None, tmp_path: Path
) -> None:
    cassette, report_file = tmp_path / "settlego.har", tmp_path / "report.json"
    simulator = target("settlego")
    with serving(simulator.app, BASE_PATH) as url:
        assert run("settlego", "--base-url", url, "--record", str(cassette)) == 0
    har = json.loads(cassette.read_text())
    entries = har["log"]["entries"]
    har["log"]["entries"] = [e for e in entries if e["comment"] != "beneficiaries / read"]
    assert len(har["log"]["entries"]) == len(entries) - 1
    cassette.write_text(json.dumps(har))
    assert run("settlego", "--cassette", str(cassette), "--json", str(report_file)) == 1
    report = json.loads(report_file.read_text())
    assert differences(report) == set()
    assert one_sided(report) == ["beneficiaries / read: only simulator answered"]


def test_a_target_with_nothing_listening_is_one_line_and_exit_3(
    sandbox_credentials: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.served import free_port

    code = run("settlego", "--base-url", f"http://127.0.0.1:{free_port()}{BASE_PATH}")
    err = capsys.readouterr().err
    assert code == 3
    assert err.count("\n") == 1 and "cannot reach" in err


def test_a_password_in_the_base_url_is_not_in_the_one_line(
    sandbox_credentials: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.served import free_port

    url = f"http://someone:hunter2-secret@127.0.0.1:{free_port()}{BASE_PATH}"
    assert run("settlego", "--base-url", url) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "hunter2-secret" not in err


def test_refused_credentials_are_one_line_and_exit_3(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(LOGIN_ID, "someone-else")
    monkeypatch.setenv(API_KEY, "not-the-key")
    with serving(simulate("settlego").app, BASE_PATH) as url:
        code = run("settlego", "--base-url", url)
    err = capsys.readouterr().err
    assert code == 3
    assert err.count("\n") == 1 and "did not accept the sign-in" in err
    assert "not-the-key" not in err


def test_missing_credentials_are_one_line_and_exit_3(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(LOGIN_ID, raising=False)
    monkeypatch.delenv(API_KEY, raising=False)
    code = run("settlego", "--base-url", "http://127.0.0.1:9/api/v1")
    err = capsys.readouterr().err
    assert code == 3
    assert err.count("\n") == 1 and LOGIN_ID in err


def test_a_url_that_is_not_the_api_is_one_line_and_exit_3(
    sandbox_credentials: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with serving(not_an_api) as url:
        code = run("settlego", "--base-url", url)
    err = capsys.readouterr().err
    assert code == 3
    assert err.count("\n") == 1


def test_a_rate_limiting_target_is_one_line_and_exit_3(
    sandbox_credentials: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from corridor.simulator.faults import RateLimit

    limited = simulate("settlego")
    limited.limit_rate(RateLimit(requests=12, seconds=3600))
    with serving(limited.app, BASE_PATH) as url:
        code = run("settlego", "--base-url", url)
    err = capsys.readouterr().err
    assert code == 3
    assert err.count("\n") == 1 and "rate limiting" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["settlego"], "--base-url URL, or --cassette FILE"),
        (["settlego", "--cassette", "x.har", "--base-url", "http://a.example"], "--base-url URL"),
        (["settlego", "--cassette", "x.har", "--record", "y.har"], "--record keeps"),
        (["settlego", "--base-url", "ftp://a.example"], "http(s) URL"),
    ],
)
def test_a_command_line_without_one_target_is_one_line_and_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(*argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_a_file_that_is_not_a_parity_cassette_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for content, says in (
        ("not json", "not a HAR 1.2 cassette"),
        ('{"log": {"version": "1.2", "entries": []}}', "not one `corridor parity --record`"),
        (
            '{"log": {"comment": "{\\"format\\": \\"corridor parity cassette\\", '
            '\\"provider\\": \\"sfox\\"}", "entries": []}}',
            "recorded against 'sfox'",
        ),
        (
            '{"log": {"comment": "{\\"format\\": \\"corridor parity cassette\\"}", '
            '"entries": [{"request": {"method": "GET", "url": "http://[::1"}, '
            '"response": {"status": 200}}]}}',
            "not a HAR 1.2 cassette",
        ),
        ("[" * 100_000, "not a HAR 1.2 cassette"),
    ):
        cassette = tmp_path / "bad.har"
        cassette.write_text(content)
        assert run("settlego", "--cassette", str(cassette)) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and says in err
    assert run("settlego", "--cassette", str(tmp_path / "absent.har")) == 2
    assert "no such file" in capsys.readouterr().err


def test_every_providers_scenarios_name_their_steps_once_and_call_operations_of_its_spec() -> None:
    from corridor.parity.runner import operation_route
    from corridor.parity.scenarios import Request, Wait, plan_of
    from corridor.spec import load_spec

    for provider in PROVIDERS:
        try:
            plan = plan_of(get_provider(provider.name))
        except KeyError:
            continue
        spec = load_spec(provider.name)
        assert len({s.name for s in plan.scenarios}) == len(plan.scenarios)
        for scenario in plan.scenarios:
            names = [step.name for step in scenario.steps]
            assert len(set(names)) == len(names), scenario.name
            for step in scenario.steps:
                request = step.read if isinstance(step, Wait) else step
                if isinstance(request, Request):
                    operation_route(spec, request.operation)  # raises for an unknown one
