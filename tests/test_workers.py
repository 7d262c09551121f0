"""`corridor simulate --workers 2` behind HAProxy: a world lives on one worker, the default
world on the first, and no process outlives the command (SIGTERM, a worker's death, the
supervisor killed outright).

The command runs as a subprocess in a session of its own, so that every process it started can
be found in /proc afterwards, orphans included. Needs HAProxy (Debian package `haproxy`):
skipped without it, unless CORRIDOR_REQUIRE_TOOLS=1 (CI), where it fails.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from corridor.cli import main
from corridor.command_errors import ExitCode
from corridor.simulator import workers as workers_module
from corridor.simulator.workers import find_haproxy, worker_state_file
from tests.served import end_session, free_port, session_processes, start

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

WORLDS = 16
LIMIT = 5.0  # seconds a stopped command and its processes get to be gone


@pytest.fixture(scope="module")
def haproxy() -> str:
    found = find_haproxy()
    if found is None:
        if os.environ.get("CORRIDOR_REQUIRE_TOOLS") == "1":
            pytest.fail("haproxy is required (CORRIDOR_REQUIRE_TOOLS=1) but not installed")
        pytest.skip("haproxy is not installed")
    return found


@dataclass
class Served:
    command: subprocess.Popen[bytes]
    url: str  # the balancer's root
    workers: dict[str, str]  # name -> root URL of the worker itself
    pids: dict[str, int]  # worker1, worker2, haproxy -> pid
    stderr: Path
    kept: Path  # the folder of the HAProxy configuration and the processes' output


def serve_two_workers(run_dir: Path, *options: str) -> Served:
    port = free_port()
    out, err = run_dir / "stdout", run_dir / "stderr"
    with out.open("wb") as output, err.open("wb") as errors:
        command = start(
            ["simulate", "settlego", "--workers", "2", "--port", str(port), *options],
            stdout=output,
            stderr=errors,
            cwd=run_dir,
        )
    deadline = time.monotonic() + 60
    while "HAProxy configuration" not in out.read_text():
        if command.poll() is not None or time.monotonic() > deadline:
            end_session(command.pid)
            raise AssertionError(f"did not start: {err.read_text()}")
        time.sleep(0.05)
    printed = out.read_text()
    workers = dict(re.findall(r"^(worker\d) on (\S+) \(pid \d+\)$", printed, re.MULTILINE))
    pids = {
        name: int(pid)
        for name, pid in re.findall(r"^(worker\d) on \S+ \(pid (\d+)\)", printed, re.M)
    }
    pids["haproxy"] = int(re.search(r"behind HAProxy, pid (\d+)\)", printed)[1])  # type: ignore[index]
    kept = re.search(r"output in (\S+)$", printed, re.MULTILINE)[1]  # type: ignore[index]
    assert f"settlego simulator on http://127.0.0.1:{port}/api/v1 " in printed
    return Served(
        command,
        f"http://127.0.0.1:{port}",
        {name: f"http://{address}" for name, address in workers.items()},
        pids,
        err,
        Path(kept),
    )


@pytest.fixture(scope="module")
def served(haproxy: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    serving = serve_two_workers(tmp_path_factory.mktemp("workers"))
    try:
        yield serving
    finally:
        serving.command.terminate()
        try:
            serving.command.wait(timeout=10)
        finally:
            end_session(serving.command.pid)


def signed_in(http: httpx.Client, world: dict[str, Any]) -> dict[str, str]:
    credentials = world["credentials"]
    login = http.post(
        f"{world['api_base_url']}/authentication/login",
        json={
            "loginId": credentials["SETTLEGO_LOGIN_ID"],
            "apiKey": credentials["SETTLEGO_API_KEY"],
        },
    )
    assert login.status_code == 200, login.text
    return {"x-auth-token": login.json()["token"]}


def test_a_worlds_requests_all_reach_the_worker_that_holds_it(served: Served) -> None:
    """Worlds made through the balancer: each one's every request (make, sign in, create,
    list, control) is answered by one worker, the one whose own list holds the world; an
    account opened in a world is seen on later requests there and in no other world."""
    with httpx.Client(timeout=10) as http:
        answered_by: dict[str, set[str]] = {}
        accounts: dict[str, int] = {}
        for n in range(WORLDS):
            world_id = f"test-{n}"
            made = http.put(f"{served.url}/w/{world_id}")
            assert made.status_code in (200, 201), made.text
            world = made.json()
            assert world["api_base_url"] == f"{served.url}/w/{world_id}/api/v1"
            headers = signed_in(http, world)
            seen = {made.headers["x-corridor-worker"]}
            if n % 2 == 0:  # an account in every other world only
                opened = http.post(
                    f"{world['api_base_url']}/currency-accounts",
                    json={"currency": "USD"},
                    headers=headers,
                )
                assert opened.status_code in (200, 201), opened.text
                seen.add(opened.headers["x-corridor-worker"])
            listed = http.get(
                f"{world['api_base_url']}/currency-accounts",
                params={"pageNumber": 1, "pageSize": 10},
                headers=headers,
            )
            assert listed.status_code == 200, listed.text
            seen.add(listed.headers["x-corridor-worker"])
            clock = http.get(f"{world['control_base_url']}/clock")
            seen.add(clock.headers["x-corridor-worker"])
            answered_by[world_id] = seen
            accounts[world_id] = len(listed.json()["currencyAccountList"])

        assert all(len(names) == 1 for names in answered_by.values()), answered_by
        owner = {world_id: names.pop() for world_id, names in answered_by.items()}
        assert set(owner.values()) == {"worker1", "worker2"}  # spread over both
        assert accounts == {f"test-{n}": 1 if n % 2 == 0 else 0 for n in range(WORLDS)}

        # each worker's own list (asked directly, not through the balancer): its worlds only
        held = {
            name: {w["id"] for w in http.get(f"{root}/w").json()["worlds"]}
            for name, root in served.workers.items()
        }
        for world_id, name in owner.items():
            assert world_id in held[name]
            assert all(world_id not in ids for other, ids in held.items() if other != name)
        print(
            f"{WORLDS} worlds: "
            + ", ".join(f"{name} holds {len(ids)}" for name, ids in sorted(held.items()))
        )


def test_the_default_world_and_the_list_of_worlds_are_the_first_workers(served: Served) -> None:
    with httpx.Client(timeout=10) as http:
        owners = {
            http.put(f"{served.url}/w/listed-{n}").headers["x-corridor-worker"] for n in range(6)
        }
        assert owners == {"worker1", "worker2"}
        currencies = http.get(f"{served.url}/api/v1/reference/currencies")
        listing = http.get(f"{served.url}/w")
        direct = http.get(f"{served.workers['worker1']}/w")
    assert currencies.headers["x-corridor-worker"] == "worker1"
    assert currencies.status_code in (200, 401)  # the provider's own answer, not the balancer's
    assert listing.headers["x-corridor-worker"] == "worker1"
    listed = [w["id"] for w in listing.json()["worlds"]]
    assert listed == [w["id"] for w in direct.json()["worlds"]]
    assert any(world_id.startswith("listed-") for world_id in listed)
    # the answers' URLs are the balancer's, from the Host header it passes on
    assert all(w["api_base_url"].startswith(served.url) for w in listing.json()["worlds"])


def test_an_unknown_world_is_the_providers_refusal_not_the_balancers(served: Served) -> None:
    with httpx.Client(timeout=10) as http:
        missing = http.get(f"{served.url}/w/never-made/api/v1/currency-accounts")
        malformed = http.put(f"{served.url}/w/not%20an%20id")
    assert 400 <= missing.status_code < 500
    assert missing.headers["x-corridor-worker"] in ("worker1", "worker2")
    assert 400 <= malformed.status_code < 500


def wait_gone(session: int) -> dict[int, str]:
    deadline = time.monotonic() + LIMIT
    left = session_processes(session)
    while left and time.monotonic() < deadline:
        time.sleep(0.05)
        left = session_processes(session)
    return left


def test_sigterm_stops_every_process(haproxy: str, tmp_path: Path) -> None:
    """SIGTERM, as a CI runner sends it; Ctrl-C (SIGINT) takes the same way out."""
    serving = serve_two_workers(tmp_path)
    session = serving.command.pid
    try:
        assert set(serving.pids.values()) <= set(session_processes(session))
        sent = time.monotonic()
        os.kill(session, signal.SIGTERM)
        code = serving.command.wait(timeout=LIMIT)
        exited = time.monotonic() - sent
        left = wait_gone(session)
    finally:
        end_session(session)
    print(f"SIGTERM: exit {code} after {exited:.2f} s")
    assert not left, left
    assert not serving.kept.exists()  # removed on the way out
    assert code == ExitCode.TERMINATED
    assert serving.stderr.read_text().splitlines() == ["corridor simulate: terminated"]


def test_a_worker_that_dies_stops_every_process_with_one_line(haproxy: str, tmp_path: Path) -> None:
    serving = serve_two_workers(tmp_path)
    session = serving.command.pid
    try:
        os.kill(serving.pids["worker2"], signal.SIGKILL)
        code = serving.command.wait(timeout=LIMIT)
        left = wait_gone(session)
    finally:
        end_session(session)
    assert not left, left
    assert code == ExitCode.TARGET
    [line] = serving.stderr.read_text().splitlines()
    assert line.startswith(f"corridor simulate: worker2 (pid {serving.pids['worker2']}) ")
    assert "killed by signal 9" in line
    assert line.endswith(f"output in {serving.kept}")
    assert (serving.kept / "haproxy.cfg").is_file()  # kept, for a look at what happened
    shutil.rmtree(serving.kept)


def test_a_supervisor_killed_outright_leaves_no_process(haproxy: str, tmp_path: Path) -> None:
    serving = serve_two_workers(tmp_path)
    session = serving.command.pid
    try:
        os.kill(session, signal.SIGKILL)
        serving.command.wait(timeout=LIMIT)
        left = wait_gone(session)
    finally:
        end_session(session)
    shutil.rmtree(serving.kept)  # nobody left to remove it
    assert not left, left


def stop(serving: Served) -> None:
    serving.command.terminate()
    try:
        serving.command.wait(timeout=LIMIT)
    finally:
        end_session(serving.command.pid)


def test_with_state_each_world_is_back_on_its_worker_after_a_restart(
    haproxy: str, tmp_path: Path
) -> None:
    state = tmp_path / "corridor.sqlite"
    first = serve_two_workers(tmp_path, "--state", str(state))
    try:
        with httpx.Client(timeout=10) as http:
            owner = {
                f"kept-{n}": http.put(f"{first.url}/w/kept-{n}").headers["x-corridor-worker"]
                for n in range(6)
            }
    finally:
        stop(first)
    assert set(owner.values()) == {"worker1", "worker2"}
    assert all(worker_state_file(state, index).exists() for index in (1, 2))
    second = serve_two_workers(tmp_path, "--state", str(state))
    try:
        with httpx.Client(timeout=10) as http:
            again = {world_id: http.get(f"{second.url}/w/{world_id}") for world_id in owner}
    finally:
        stop(second)
    assert {world_id: answer.status_code for world_id, answer in again.items()} == dict.fromkeys(
        owner, 200
    )
    assert {w: answer.headers["x-corridor-worker"] for w, answer in again.items()} == owner


def test_a_state_file_a_worker_refuses_is_one_line_and_exit_2(
    haproxy: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state = tmp_path / "corridor.sqlite"
    worker_state_file(state, 2).write_text("not a database")
    port = str(free_port())
    code = main(["simulate", "settlego", "--workers", "2", "--port", port, "--state", str(state)])
    [line] = capsys.readouterr().err.splitlines()
    assert code == ExitCode.USAGE
    assert line.startswith(f"corridor simulate: --state: {worker_state_file(state, 2)} ")


def test_without_haproxy_nothing_starts_and_the_line_says_what_to_do(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(workers_module, "find_haproxy", lambda: None)
    started: list[object] = []
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: started.append(a))
    code = main(["simulate", "settlego", "--workers", "2", "--port", str(free_port())])
    captured = capsys.readouterr()
    assert code == ExitCode.TARGET
    assert not started
    [line] = captured.err.splitlines()
    assert "needs HAProxy" in line and "apt-get install haproxy" in line
    assert "--balancer-config" in line


def test_a_port_already_taken_is_one_line_and_exit_3(
    haproxy: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        code = main(["simulate", "settlego", "--workers", "2", "--port", str(port)])
    [line] = capsys.readouterr().err.splitlines()
    assert code == ExitCode.TARGET
    assert line.startswith(f"corridor simulate: cannot listen on 127.0.0.1:{port}")


def test_each_worker_keeps_its_own_state_file() -> None:
    assert worker_state_file(Path("/data/corridor.sqlite"), 2) == Path(
        "/data/corridor.worker-2.sqlite"
    )
    assert worker_state_file(Path("state"), 1) == Path("state.worker-1")


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--balancer-config", "haproxy", "--workers", "a:1,b"], "expected HOST:PORT"),
        (["--balancer-config", "nginx", "--port", "65535", "--workers", "2"], "port must be"),
        (["--workers", "10.0.0.1:80,10.0.0.2:80"], "only with --balancer-config"),
        (["--workers", "0"], "must be from 1 to 256"),
        (["--balancer-config", "traefik"], "invalid choice"),
    ],
)
def test_bad_worker_options_are_one_line_and_exit_2(
    argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code = main(["simulate", "settlego", *argv])
    except SystemExit as exit:
        code = exit.code  # type: ignore[assignment]
    [line] = capsys.readouterr().err.splitlines()
    assert code == ExitCode.USAGE
    assert needle in line


def test_balancer_config_names_the_workers_given(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "simulate",
            "settlego",
            "--balancer-config",
            "haproxy",
            "--host",
            "0.0.0.0",
            "--workers",
            "corridor-0.corridor:8080,corridor-1.corridor:8080",
        ]
    )
    printed = capsys.readouterr().out
    assert code == ExitCode.OK
    assert "    server worker1 corridor-0.corridor:8080 weight 256\n" in printed
    assert "    server worker2 corridor-1.corridor:8080 weight 256\n" in printed
    assert "    bind 0.0.0.0:8080\n" in printed
