"""The balancer configurations corridor generates route every request of a world to one worker.

The configurations are checked line by line for what they promise (hash on the world prefix,
consistent hashing, the default world pinned to the first worker, no health check that would
move a world, no request log), validated by the real programs, and run: HAProxy and nginx in
front of two small HTTP servers that answer with their own name.

HAProxy (Debian package `haproxy`) and nginx (`nginx-light`) are needed for the last two kinds;
without them those tests skip, unless CORRIDOR_REQUIRE_TOOLS=1 (CI), where they fail.
"""

from __future__ import annotations

import http.client
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from corridor.simulator.balancer import (
    Address,
    AddressError,
    haproxy_config,
    nginx_config,
    worker_name,
)
from corridor.simulator.workers import find_haproxy
from tests.served import free_port

WORKERS = [Address("10.0.0.11", 8080), Address("10.0.0.12", 8080), Address("10.0.0.13", 8080)]
PUBLIC = Address("0.0.0.0", 80)
WORLD_IDS = [f"team-{n}" for n in range(40)] + ["a", "Z_9", "x" * 64]


def require_tool(name: str, found: str | None) -> str:
    if found is None:
        if os.environ.get("CORRIDOR_REQUIRE_TOOLS") == "1":
            pytest.fail(f"{name} is required (CORRIDOR_REQUIRE_TOOLS=1) but not installed")
        pytest.skip(f"{name} is not installed")
    return found


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None
    )


def meaningful(config: str) -> list[str]:
    return [
        line.strip()
        for line in config.splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]


def test_haproxy_hashes_the_world_prefix_consistently_and_pins_the_rest_to_worker1() -> None:
    lines = meaningful(haproxy_config(WORKERS, PUBLIC))
    assert "bind 0.0.0.0:80" in lines
    assert "balance hash path,url_dec,field(3,/)" in lines
    assert "hash-type consistent sdbm avalanche" in lines
    assert "use-server worker1 unless { path,url_dec -m beg /w/ }" in lines
    assert [line for line in lines if line.startswith("server ")] == [
        "server worker1 10.0.0.11:8080 weight 256",
        "server worker2 10.0.0.12:8080 weight 256",
        "server worker3 10.0.0.13:8080 weight 256",
    ]
    assert "http-response set-header X-Corridor-Worker %[srv_name]" in lines


def test_haproxy_never_moves_a_world_and_keeps_no_request_log() -> None:
    lines = meaningful(haproxy_config(WORKERS, PUBLIC))
    assert not any(" check" in line or line.startswith("option httpchk") for line in lines)
    assert not any("redispatch" in line for line in lines)
    assert not any(line.startswith("log") or "httplog" in line for line in lines)
    # an injected latency holds an answer up to 60 s: the balancer waits longer
    assert "timeout server 120s" in lines


def test_haproxy_serves_an_inherited_socket_when_given_one() -> None:
    lines = meaningful(haproxy_config(WORKERS, PUBLIC, listener_fd=7))
    assert "bind fd@7" in lines
    assert "bind 0.0.0.0:80" not in lines


def test_nginx_hashes_the_world_id_consistently_and_pins_the_rest_to_the_first_worker() -> None:
    config = nginx_config(WORKERS, PUBLIC)
    lines = meaningful(config)
    assert "~^/w/(?<corridor_world_id>[^/]+) $corridor_world_id;" in lines
    assert "hash $corridor_world consistent;" in lines
    assert "listen 0.0.0.0:80;" in lines
    worlds = config.split("upstream corridor_worlds {")[1].split("}")[0]
    assert meaningful(worlds)[1:4] == [f"server {address};" for address in WORKERS]
    default = config.split("upstream corridor_default_world {")[1].split("}")[0]
    assert "server 10.0.0.11:8080;" in meaningful(default)
    assert lines.count("proxy_next_upstream off;") == 3
    assert "access_log off;" in lines
    assert lines.count("proxy_set_header Host $http_host;") == 3


def test_ipv6_addresses_are_bracketed() -> None:
    config = haproxy_config([Address("::1", 9001)], Address("::", 8080))
    assert "server worker1 [::1]:9001 weight 256" in meaningful(config)
    assert Address.parse("[fd00::2]:81") == Address("[fd00::2]", 81)


@pytest.mark.parametrize(
    "text", ["", "host", "host:", ":80", "host:0", "host:65536", "ho st:80", "host:8o"]
)
def test_an_address_that_is_not_host_port_is_refused(text: str) -> None:
    with pytest.raises(AddressError):
        Address.parse(text)


def test_a_balancer_needs_distinct_workers() -> None:
    with pytest.raises(AddressError):
        haproxy_config([], PUBLIC)
    with pytest.raises(AddressError):
        nginx_config([WORKERS[0], WORKERS[0]], PUBLIC)


def test_haproxy_accepts_the_configuration(tmp_path: Path) -> None:
    haproxy = require_tool("haproxy", find_haproxy())
    config = tmp_path / "haproxy.cfg"
    config.write_text(haproxy_config(WORKERS, Address("127.0.0.1", free_port())))
    checked = subprocess.run(
        [haproxy, "-c", "-f", str(config)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def nginx_main_config(tmp_path: Path, http_block: str) -> Path:
    """A whole nginx.conf around the generated `http {}` content, runnable without root."""
    temp = "\n".join(
        f"    {kind}_temp_path {tmp_path / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    config = tmp_path / "nginx.conf"
    config.write_text(
        f"daemon off;\npid {tmp_path / 'nginx.pid'};\nerror_log stderr;\n"
        f"events {{}}\nhttp {{\n{temp}\n{http_block}}}\n"
    )
    return config


def nginx_command(nginx: str, tmp_path: Path, config: Path) -> list[str]:
    return [nginx, "-p", str(tmp_path), "-e", "stderr", "-c", str(config)]


def test_nginx_accepts_the_configuration(tmp_path: Path) -> None:
    nginx = require_tool("nginx", nginx_binary())
    config = nginx_main_config(tmp_path, nginx_config(WORKERS, Address("127.0.0.1", free_port())))
    checked = subprocess.run(
        [*nginx_command(nginx, tmp_path, config), "-t", "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr


class _NameHandler(BaseHTTPRequestHandler):
    """Answers every request with the server's name, after reading the body."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: no delayed-ACK stall

    def answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        name = self.server.name.encode()  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Length", str(len(name)))
        self.end_headers()
        self.wfile.write(name)

    do_GET = do_PUT = do_POST = do_DELETE = answer

    def log_message(self, format: str, *args: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a balancer that stops resets its idle connections: not worth a traceback


@contextmanager
def name_servers(count: int) -> Iterator[list[Address]]:
    servers = []
    for index in range(1, count + 1):
        server = _QuietServer(("127.0.0.1", 0), _NameHandler)
        server.name = worker_name(index)  # type: ignore[attr-defined]
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    try:
        yield [Address("127.0.0.1", server.server_address[1]) for server in servers]
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


@contextmanager
def running(argv: list[str], port: int) -> Iterator[Callable[[str, str], str]]:
    """The balancer as a subprocess; yields `ask(method, path)` -> the worker's name."""
    balancer = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:

        def ask(method: str, path: str) -> str:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            try:
                connection.request(method, path, body=b"{}" if method == "PUT" else None)
                answer = connection.getresponse()
                assert answer.status == 200, (method, path, answer.status)
                return answer.read().decode()
            finally:
                connection.close()

        deadline = time.monotonic() + 10
        while True:
            try:
                ask("GET", "/")
                break
            except (OSError, AssertionError):
                assert balancer.poll() is None, balancer.stderr.read()  # type: ignore[union-attr]
                assert time.monotonic() < deadline, "the balancer did not start"
                time.sleep(0.05)
        yield ask
    finally:
        balancer.terminate()
        balancer.wait(timeout=10)


def check_routing(ask: Callable[[str, str], str]) -> None:
    owners: dict[str, str] = {}
    for world in WORLD_IDS:
        answered = {
            ask("PUT", f"/w/{world}"),
            ask("GET", f"/w/{world}"),
            ask("GET", f"/w/{world}/"),
            ask("POST", f"/w/{world}/api/v1/payments?pageSize=5"),
            ask("GET", f"/w/{world}/api/v1/payments/123/cancel"),
            ask("POST", f"/w/{world}/_simulator/clock/advance"),
            ask("DELETE", f"/w/{world}"),
            # the worker decodes the path before it reads the world id: so must the balancer
            ask("GET", f"/w/%{ord(world[0]):02X}{world[1:]}/api/v1/payments"),
            ask("GET", f"/%77/{world}/_simulator/clock"),
        }
        assert len(answered) == 1, f"world {world} reached {answered}"
        owners[world] = answered.pop()
    assert set(owners.values()) == {worker_name(1), worker_name(2)}  # spread over both
    for path in ("/", "/w", "/w?x=1", "/api/v1/payments", "/_simulator/clock", "/wx/a", "/%77"):
        assert ask("GET", path) == worker_name(1), path


def test_haproxy_sends_every_request_of_a_world_to_one_worker(tmp_path: Path) -> None:
    haproxy = require_tool("haproxy", find_haproxy())
    port = free_port()
    with name_servers(2) as workers:
        config = tmp_path / "haproxy.cfg"
        config.write_text(haproxy_config(workers, Address("127.0.0.1", port)))
        with running([haproxy, "-db", "-f", str(config)], port) as ask:
            check_routing(ask)


def test_nginx_sends_every_request_of_a_world_to_one_worker(tmp_path: Path) -> None:
    nginx = require_tool("nginx", nginx_binary())
    port = free_port()
    with name_servers(2) as workers:
        config = nginx_main_config(tmp_path, nginx_config(workers, Address("127.0.0.1", port)))
        with running(nginx_command(nginx, tmp_path, config), port) as ask:
            check_routing(ask)
