"""SIGINT and SIGTERM stop `corridor verify` and `corridor simulate` cleanly: exit 130 or 143,
one line on stderr and no traceback, and no process of the command's left within 5 seconds.

Each command runs in a session of its own, so that every process it starts (verify's workers,
multiprocessing's resource tracker) can be found in /proc, orphans included. The signal goes
either to the command alone, as a CI runner cancelling a job sends SIGTERM, or to its whole
process group, as Ctrl-C in a terminal sends SIGINT.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from corridor.command_errors import ExitCode
from corridor.providers import get_provider
from tests.served import end_session, free_port, served, session_processes, start, wait_for_port

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

# what the command must do within, from the signal on: exit, and take its processes with it
LIMIT = 5.0
EXPECTED = {
    signal.SIGINT: (ExitCode.INTERRUPTED, "interrupted"),
    signal.SIGTERM: (ExitCode.TERMINATED, "terminated"),
}
WORKER = "multiprocessing.spawn"  # in a worker's command line


@dataclass(frozen=True)
class Stopped:
    code: int  # -1: still running `LIMIT` seconds after the signal
    exited: float  # seconds from the signal to the command's exit
    emptied: float  # seconds from the signal to a session with no process left
    left: dict[int, str]  # the processes still there `LIMIT` seconds after the signal


def stop_and_watch(
    command: subprocess.Popen[bytes], number: signal.Signals, *, group: bool
) -> Stopped:
    session = command.pid
    sent = time.monotonic()
    if group:
        os.killpg(session, number)
    else:
        os.kill(session, number)
    try:
        code = command.wait(timeout=LIMIT)
    except subprocess.TimeoutExpired:
        return Stopped(-1, LIMIT, LIMIT, session_processes(session))
    exited = time.monotonic() - sent
    left = session_processes(session)
    while left and time.monotonic() - sent < LIMIT:
        time.sleep(0.05)
        left = session_processes(session)
    return Stopped(code, exited, time.monotonic() - sent, left)


def wait_for_workers(command: subprocess.Popen[bytes], count: int) -> None:
    deadline = time.monotonic() + 60
    while True:
        workers = [c for c in session_processes(command.pid).values() if WORKER in c]
        if len(workers) >= count:
            return
        assert command.poll() is None, "verify ended before its workers started"
        assert time.monotonic() < deadline, "verify's workers did not start"
        time.sleep(0.05)


def check(command: str, number: signal.Signals, stopped: Stopped, err: Path) -> None:
    expected_code, word = EXPECTED[number]
    stderr = err.read_text()
    # shown with `pytest -rP`: the measured times
    print(
        f"{command}, {number.name}: exit {stopped.code} after {stopped.exited:.2f} s, "
        f"none left after {stopped.emptied:.2f} s"
    )
    assert not stopped.left, f"{number.name}: still running {LIMIT} s after it: {stopped.left}"
    assert stopped.code == expected_code, f"{number.name}: exit {stopped.code}: {stderr}"
    assert "Traceback" not in stderr
    assert stderr.splitlines() == [f"corridor {command}: {word}"]
    assert stopped.exited < LIMIT and stopped.emptied < LIMIT


@pytest.fixture
def run_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("CORRIDOR_CACHE_DIR", str(tmp_path / "cache"))
    yield tmp_path


@pytest.mark.parametrize(
    ("number", "group", "after"),
    [
        (signal.SIGINT, True, 1.0),  # Ctrl-C: the workers get it too, while they start up
        (signal.SIGINT, False, 4.0),
        (signal.SIGTERM, False, 4.0),  # a CI runner cancelling the job
        (signal.SIGTERM, True, 1.0),
    ],
    ids=["SIGINT-group-starting", "SIGINT-running", "SIGTERM-running", "SIGTERM-group-starting"],
)
def test_verify_stops_with_its_workers(
    number: signal.Signals, group: bool, after: float, run_dir: Path
) -> None:
    """The multi-process verification of two simulators: four parts, on (here) two workers,
    signalled `after` seconds once they exist: still importing, or running Schemathesis."""
    err = run_dir / "stderr"
    with (run_dir / "stdout").open("wb") as out, err.open("wb") as errors:
        command = start(
            ["verify", "--provider", "p100", "--provider", "sentbe", "--max-examples", "5"],
            stdout=out,
            stderr=errors,
            cwd=run_dir,
        )
    try:
        wait_for_workers(command, min(4, os.cpu_count() or 1))
        time.sleep(after)
        assert command.poll() is None, "the run ended before the signal"
        stopped = stop_and_watch(command, number, group=group)
    finally:
        end_session(command.pid)
    check("verify", number, stopped, err)


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM], ids=lambda n: n.name)
def test_simulate_stops(number: signal.Signals, run_dir: Path) -> None:
    port = free_port()
    err = run_dir / "stderr"
    with err.open("wb") as errors:
        command = start(
            ["simulate", "p100", "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=errors,
            cwd=run_dir,
        )
    try:
        wait_for_port(port, command, "p100")
        stopped = stop_and_watch(command, number, group=False)
    finally:
        end_session(command.pid)
    check("simulate", number, stopped, err)


@pytest.fixture(scope="module")
def p100_url() -> Iterator[str]:
    with served("p100") as urls:
        yield urls["p100"]


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM], ids=lambda n: n.name)
def test_a_remote_verification_stops_mid_run(
    number: signal.Signals, p100_url: str, run_dir: Path
) -> None:
    """One process, Schemathesis in it: Schemathesis ends a run it sees interrupted as if it
    were done, and verify must not report that partial run as a verdict."""
    credentials = get_provider("p100").harness().credentials
    err = run_dir / "stderr"
    out = run_dir / "stdout"
    with out.open("wb") as output, err.open("wb") as errors:
        command = start(
            ["verify", "--provider", "p100", "--base-url", p100_url, "--max-examples", "20"],
            stdout=output,
            stderr=errors,
            cwd=run_dir,
            env=dict(credentials),
        )
    try:
        time.sleep(4.0)  # past the start-up and the sign-in, into the run
        assert command.poll() is None, "the run ended before the signal"
        stopped = stop_and_watch(command, number, group=False)
    finally:
        end_session(command.pid)
    check("verify", number, stopped, err)
    assert "spec and" not in out.read_text()  # no verdict
