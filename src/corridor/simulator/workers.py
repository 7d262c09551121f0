"""`corridor simulate --workers N`: N simulator processes behind HAProxy, and their supervisor.

Each worker is a whole simulator (`serve()`) in a process of its own and holds the worlds whose
id hashes to it; HAProxy routes by the world prefix (see `balancer.py`). The supervisor binds
every socket itself before it starts anything, the public one included, and hands each process
its socket by file descriptor: no port is free for another program to take between two steps,
and a port already taken is refused as `corridor simulate` alone refuses it.

With `state`, worker `i` keeps its worlds in a file of its own beside it:
`corridor.sqlite` becomes `corridor.worker-1.sqlite`, `corridor.worker-2.sqlite`, ... A world
stays on its worker as long as the number of workers stays the same.

Every process started here is in one process group, not the terminal's: Ctrl-C reaches the
supervisor alone, which stops the group (SIGTERM, then SIGKILL after `STOP_SECONDS`). On Linux
each process also gets SIGTERM from the kernel if the supervisor dies without stopping them
(SIGKILL), so none is left behind. If a worker or HAProxy stops on its own, the supervisor stops
the others and fails with one line naming it.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from corridor.simulator.balancer import Address, AddressError, haproxy_config, worker_name
from corridor.spec import load_spec

# where Debian's package puts it, for users whose PATH lacks the sbin folders
HAPROXY_PATHS = ("/usr/sbin/haproxy", "/usr/local/sbin/haproxy")
READY_SECONDS = 60.0  # a worker imports the engine and compiles the spec before it answers
# a worker's requests in flight get two seconds (`server.SHUTDOWN_GRACE`), then it must be gone
STOP_SECONDS = 3.0
POLL_SECONDS = 0.1
HEALTH_PATH = "/_simulator/clock"  # the default world's control API: any answer means serving
WORKER_MODULE = "corridor.simulator.worker_process"
STATE_REFUSED = 2  # a worker's exit code when its state file is refused (`worker_process`)
PR_SET_PDEATHSIG = 1  # linux/prctl.h


class WorkersError(Exception):
    """The workers cannot be served, or one of the processes stopped; `str()` is one line.
    `bad_input`: what the command was given is at fault (a state file refused), not the
    machine."""

    def __init__(self, message: str, *, bad_input: bool = False) -> None:
        super().__init__(message)
        self.bad_input = bad_input


class BalancerMissing(WorkersError):
    pass


def worker_state_file(state: Path, index: int) -> Path:
    """Worker `index`'s own state file: `corridor.sqlite` -> `corridor.worker-1.sqlite`."""
    return state.with_name(f"{state.stem}.worker-{index}{state.suffix}")


def find_haproxy() -> str | None:
    found = shutil.which("haproxy")
    if found is not None:
        return found
    return next((path for path in HAPROXY_PATHS if os.access(path, os.X_OK)), None)


@dataclass(frozen=True)
class _Child:
    name: str
    process: subprocess.Popen[bytes]
    log: Path


def serve_workers(
    provider: str,
    *,
    host: str = "127.0.0.1",
    port: int = 8080,
    workers: int = 2,
    seed: int = 0,
    faults: Sequence[str] = (),
    rate_limit: bool = False,
    state: Path | None = None,
    **world_options: Any,
) -> None:
    """Serve `workers` simulator processes behind HAProxy on `host:port` until interrupted
    (`KeyboardInterrupt`, which the CLI also raises on SIGTERM) or until one process stops
    (`WorkersError`). Raises `OSError` when `host:port` cannot be listened on, and
    `BalancerMissing` when HAProxy is not installed; in both cases nothing was started."""
    if workers < 1:
        raise WorkersError(f"--workers must be at least 1, got {workers}")
    haproxy = find_haproxy()
    if haproxy is None:
        raise BalancerMissing(
            f"--workers {workers} needs HAProxy, which is not installed (Debian: apt-get "
            f"install haproxy); to run a balancer of your own, --balancer-config haproxy or "
            f"--balancer-config nginx prints its configuration"
        )
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    public = socket.create_server((host, port), family=family, backlog=1024)
    directory = Path(tempfile.mkdtemp(prefix="corridor-workers-"))
    listeners: list[socket.socket] = []
    children: list[_Child] = []
    remove_output = False  # kept only when a process failed, for the line to point to
    try:
        for _ in range(workers):
            listeners.append(socket.create_server(("127.0.0.1", 0), backlog=1024))
        addresses = [Address("127.0.0.1", listener.getsockname()[1]) for listener in listeners]
        config = directory / "haproxy.cfg"
        config.write_text(
            haproxy_config(addresses, Address(_bracketed(host), port), listener_fd=public.fileno())
        )
        start = _Starter(directory)
        for index, listener in enumerate(listeners, start=1):
            options: dict[str, Any] = {
                "seed": seed,
                "faults": list(faults),
                "rate_limit": rate_limit,
                **world_options,
            }
            if state is not None:
                options["state"] = str(worker_state_file(state, index))
            argv = [sys.executable, "-m", WORKER_MODULE, str(listener.fileno()), provider]
            children.append(
                start(worker_name(index), [*argv, json.dumps(options)], listener.fileno())
            )
            listener.close()
        for child, address in zip(children, addresses, strict=True):
            _wait_until_serving(child, children, address.host, address.port)
        balancer = start("haproxy", [haproxy, "-db", "-f", str(config)], public.fileno())
        children.append(balancer)
        public.close()
        _wait_until_serving(balancer, children, _loopback_for(host), port)
        _announce(provider, host, port, faults, children, addresses, state, directory)
        _supervise(children)
    except KeyboardInterrupt:
        remove_output = True
        raise
    except WorkersError as error:  # a refused state file is told in full by the line
        remove_output = error.bad_input
        raise
    except AddressError as error:  # a host name the balancer's configuration cannot carry
        remove_output = True
        raise WorkersError(f"--host: {error}", bad_input=True) from error
    finally:
        for listener in listeners:
            listener.close()
        public.close()
        _stop(children)
        if remove_output:
            shutil.rmtree(directory, ignore_errors=True)


class _Starter:
    """Starts the processes of one run in one process group, the first one's, with their
    output in `directory`, each handed one inherited socket."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.group = 0  # 0: the first process leads a new group
        self.on_start = _dies_with(os.getpid())

    def __call__(self, name: str, argv: list[str], fd: int) -> _Child:
        log = self.directory / f"{name}.log"
        with log.open("wb") as output:
            process = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                pass_fds=(fd,),
                process_group=self.group,
                preexec_fn=self.on_start,
            )
        self.group = self.group or process.pid
        return _Child(name, process, log)


def _dies_with(parent: int) -> Callable[[], None] | None:
    """Linux: a child set up by this gets SIGTERM from the kernel when `parent` dies."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)  # loaded before the fork, not in the child

    def set_up() -> None:
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:  # the parent died before the request took effect
            os.kill(os.getpid(), signal.SIGTERM)

    return set_up


def _wait_until_serving(child: _Child, children: list[_Child], host: str, port: int) -> None:
    """Until an HTTP request to `host:port` gets an answer. The socket listens from the start,
    so a connection is accepted at once; the answer comes once the process serves it."""
    deadline = time.monotonic() + READY_SECONDS
    while True:
        _check_running(children)
        connection = http.client.HTTPConnection(host, port, timeout=1.0)
        try:
            connection.request("GET", HEALTH_PATH)
            connection.getresponse().read()
            return
        except (OSError, http.client.HTTPException):
            if time.monotonic() > deadline:
                raise WorkersError(
                    f"{child.name} did not answer within {READY_SECONDS:.0f} s; "
                    f"its output is in {child.log}"
                ) from None
            time.sleep(POLL_SECONDS)
        finally:
            connection.close()


def _supervise(children: list[_Child]) -> None:
    while True:
        _check_running(children)
        time.sleep(POLL_SECONDS)


def _check_running(children: list[_Child]) -> None:
    for child in children:
        code = child.process.poll()
        if code is None:
            continue
        last = _last_line(child.log)
        if child.name != "haproxy" and code == STATE_REFUSED and last.startswith("--state: "):
            raise WorkersError(last, bad_input=True)
        how = f"was killed by signal {-code}" if code < 0 else f"exited with code {code}"
        said = f" ({last})" if last else ""
        raise WorkersError(
            f"{child.name} (pid {child.process.pid}) {how}{said}; every process was stopped, "
            f"output in {child.log.parent}"
        )


def _last_line(log: Path) -> str:
    with contextlib.suppress(OSError):
        with log.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - 4096))
            lines = handle.read().decode(errors="replace").strip().splitlines()
        return " ".join(lines[-1].split())[:300] if lines else ""
    return ""


def _stop(children: list[_Child]) -> None:
    """SIGTERM to the group, SIGKILL to what is left after `STOP_SECONDS`; reap them all."""
    if not children:
        return
    group = children[0].process.pid
    if _signal_group(children, group, signal.SIGTERM):
        deadline = time.monotonic() + STOP_SECONDS
        for child in children:
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.process.wait(timeout=max(0.0, deadline - time.monotonic()))
        _signal_group(children, group, signal.SIGKILL)
    for child in children:
        child.process.wait()


def _signal_group(children: list[_Child], group: int, number: signal.Signals) -> bool:
    """Signal the group while one of ours is still in it (so the id cannot have been reused)."""
    if all(child.process.poll() is not None for child in children):
        return False
    with contextlib.suppress(ProcessLookupError):
        os.killpg(group, number)
    return True


def _announce(
    provider: str,
    host: str,
    port: int,
    faults: Sequence[str],
    children: list[_Child],
    addresses: list[Address],
    state: Path | None,
    directory: Path,
) -> None:
    base_path = urlsplit(load_spec(provider)["servers"][0]["url"]).path.rstrip("/")
    root = f"http://{_bracketed(host)}:{port}"
    *workers, balancer = children
    if faults:
        print("injecting faults: " + ", ".join(faults), flush=True)
    print(
        f"{provider} simulator on {root}{base_path} "
        f"({len(workers)} workers behind HAProxy, pid {balancer.process.pid})",
        flush=True,
    )
    print(f"control API (test-only) on {root}/_simulator", flush=True)
    print(f"worlds: PUT {root}/w/{{id}}, each served by the worker its id hashes to", flush=True)
    for index, (child, address) in enumerate(zip(workers, addresses, strict=True), start=1):
        kept = f", state in {worker_state_file(state, index)}" if state is not None else ""
        print(f"{child.name} on {address} (pid {child.process.pid}){kept}", flush=True)
    print(f"HAProxy configuration and the processes' output in {directory}", flush=True)


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def _loopback_for(host: str) -> str:
    """Where this machine reaches a server listening on `host` (any address: loopback)."""
    if host in ("", "0.0.0.0"):
        return "127.0.0.1"
    if host == "::":
        return "::1"
    return host
