"""`corridor simulate` and `corridor verify` as subprocesses, each in a session of its own, and
the processes of such a session, read from /proc (Linux)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from corridor.spec import load_spec

PROC = Path("/proc")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def start(
    argv: list[str], *, stdout: IO[Any] | int, stderr: IO[Any] | int, **options: Any
) -> subprocess.Popen[bytes]:
    """`python -m corridor ARGV` as the leader of a new session (and process group)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, sys.path))}
    env.update(options.pop("env", {}))
    return subprocess.Popen(
        [sys.executable, "-m", "corridor", *argv],
        stdout=stdout,
        stderr=stderr,
        start_new_session=True,
        env=env,
        **options,
    )


def session_processes(session: int) -> dict[int, str]:
    """The live processes of a session (zombies left out), by pid, with their command lines.
    A process orphaned by its parent stays in its session, so this finds it too."""
    found = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:  # gone meanwhile
            continue
        # after the command name in parentheses: state, ppid, pgrp, session, ...
        state, _, _, sid = stat.rpartition(")")[2].split()[:4]
        if int(sid) == session and state != "Z":
            found[int(entry.name)] = command.replace(b"\0", b" ").decode(errors="replace")
    return found


def end_session(session: int) -> None:
    """Kill whatever is left of a session started here (a test that failed halfway)."""
    for pid in session_processes(session):
        with suppress(OSError):  # gone meanwhile
            os.kill(pid, signal.SIGKILL)


@contextmanager
def served(*providers: str) -> Iterator[dict[str, str]]:
    """`corridor simulate PROVIDER` for each provider, on free ports, started side by side;
    yields each API's base URL."""
    ports = {provider: free_port() for provider in providers}
    servers = {
        provider: start(
            ["simulate", provider, "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for provider, port in ports.items()
    }
    try:
        urls = {}
        for provider, port in ports.items():
            wait_for_port(port, servers[provider], provider)
            base_path = urlsplit(load_spec(provider)["servers"][0]["url"]).path.rstrip("/")
            urls[provider] = f"http://127.0.0.1:{port}{base_path}"
        yield urls
    finally:
        for server in servers.values():
            server.terminate()
        for server in servers.values():
            try:
                server.wait(timeout=10)
            finally:
                end_session(server.pid)


def wait_for_port(port: int, server: subprocess.Popen[bytes], provider: str) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError(f"the {provider} simulator did not start") from None
            time.sleep(0.05)
