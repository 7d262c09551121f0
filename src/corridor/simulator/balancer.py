"""The load balancer in front of simulator workers: HAProxy and nginx configurations.

Each world lives in one worker process, so every request under `/w/{id}` must reach the worker
that holds world `id`: the balancer hashes the world prefix (`/w/{id}`) onto the workers with
consistent hashing, so `PUT /w/abc` and `GET /w/abc/api/v1/...` meet in one process, and adding
a worker moves only a share of the worlds. Everything outside `/w/` (the default world at the
root paths, `GET /w`) goes to the first worker.

A request is never sent to another worker than its world's, not even when that worker is down:
the world's state is there and nowhere else, and a second worker would answer for the world
without it (a `PUT` would even create it again, split from its state). So the servers carry no
health check that would take them out of the hash, and a failed connection is retried on the
same worker only; a lost worker's worlds answer 503 until it returns. Liveness belongs to the
process supervisor (`corridor simulate --workers`, docker, Kubernetes), which restarts or stops.

No request journal: neither configuration logs requests.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

WORLD_PREFIX = "/w/"
WORKER_HEADER = "X-Corridor-Worker"  # names the worker that answered (set by the balancer)
# an injected latency or late answer holds a request at most 60 s (see `faults.py`): a balancer
# must wait longer than that before it gives up on a worker
SERVER_TIMEOUT_SECONDS = 120
CONNECT_TIMEOUT_SECONDS = 5
# the simulator refuses bodies over 1 MiB itself, in the provider's error shape: the balancer
# lets bigger ones through so that the answer is the provider's, not the balancer's
MAX_BODY = "16m"
# HAProxy puts 16 points per unit of weight on its consistent-hash ring: at weight 1, worlds
# spread 44/56 over two workers; at the highest weight, 49/51
HASH_WEIGHT = 256

_HOST = re.compile(r"[A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")


class AddressError(ValueError):
    """A worker or public address that is not HOST:PORT."""


@dataclass(frozen=True)
class Address:
    host: str
    port: int

    def __post_init__(self) -> None:
        if not _HOST.fullmatch(self.host):
            raise AddressError(f"not a host name or IP address: {self.host!r}")
        if not 1 <= self.port <= 65535:
            raise AddressError(f"port must be from 1 to 65535, got {self.port}")

    @classmethod
    def parse(cls, text: str) -> Address:
        """`HOST:PORT`, `[IPv6]:PORT`."""
        host, colon, port = text.strip().rpartition(":")
        if not colon or not host or not re.fullmatch(r"[0-9]{1,5}", port):
            raise AddressError(f"expected HOST:PORT, got {text!r}")
        return cls(host, int(port))

    def __str__(self) -> str:
        host = self.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"{host}:{self.port}"


def worker_name(index: int) -> str:
    """The name of the `index`-th worker (from 1): the balancer's server name, as the
    `X-Corridor-Worker` header shows it."""
    return f"worker{index}"


def haproxy_config(
    workers: Sequence[Address], public: Address, *, listener_fd: int | None = None
) -> str:
    """HAProxy (2.6 or later, for `balance hash`) listening on `public`, or on the inherited,
    already listening socket `listener_fd` (how `corridor simulate --workers` hands it the port
    it bound)."""
    _check(workers)
    bind = f"fd@{listener_fd}" if listener_fd is not None else str(public)
    servers = "\n".join(
        f"    server {worker_name(index)} {address} weight {HASH_WEIGHT}"
        for index, address in enumerate(workers, start=1)
    )
    return f"""\
# corridor simulator: {len(workers)} workers behind HAProxy, public address {public}.
# A world lives in one worker: the world prefix /w/{{id}} picks it by consistent hashing, so
# PUT /w/abc and /w/abc/<API path> reach the same process. The default world (root paths)
# and GET /w go to {worker_name(1)}. No health checks: a world must never be answered by a
# worker that does not hold it, so a lost worker's worlds get 503 until it is back.
# No request log.

global
    # one thread is plenty for a balancer in front of Python workers; the cores are theirs
    nbthread 1

defaults
    mode http
    option http-keep-alive
    timeout connect {CONNECT_TIMEOUT_SECONDS}s
    timeout http-request 30s
    timeout http-keep-alive 60s
    # an injected latency fault holds an answer up to 60 s
    timeout client {SERVER_TIMEOUT_SECONDS}s
    timeout server {SERVER_TIMEOUT_SECONDS}s
    # a failed connection is retried on the same worker, never another one (no redispatch)
    retries 3

frontend corridor
    bind {bind}
    default_backend corridor_workers

backend corridor_workers
    # hash the world id: the path's third field once decoded, as the worker reads it (so
    # /w/%61bc and /w/abc, one world, reach one worker)
    balance hash path,url_dec,field(3,/)
    hash-type consistent sdbm avalanche
    use-server {worker_name(1)} unless {{ path,url_dec -m beg {WORLD_PREFIX} }}
    http-response set-header {WORKER_HEADER} %[srv_name]
{servers}
"""


def nginx_config(workers: Sequence[Address], public: Address) -> str:
    """The `http {}` block's content for nginx (1.18 or later) listening on `public`."""
    _check(workers)
    servers = "\n".join(f"    server {address};" for address in workers)
    proxy = f"""\
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        # answers build their URLs from the Host the client sent
        proxy_set_header Host $http_host;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_connect_timeout {CONNECT_TIMEOUT_SECONDS}s;
        # an injected latency fault holds an answer up to 60 s
        proxy_read_timeout {SERVER_TIMEOUT_SECONDS}s;
        proxy_send_timeout {SERVER_TIMEOUT_SECONDS}s;
        # a world is answered by its own worker or not at all
        proxy_next_upstream off;
        proxy_buffering off;
        add_header {WORKER_HEADER} $upstream_addr always;"""
    return f"""\
# corridor simulator: {len(workers)} workers behind nginx, public address {public}.
# Put this inside the http {{}} block. A world lives in one worker: its id (from /w/{{id}})
# picks it by consistent hashing. The default world (root paths) and GET /w go to the first
# worker. No request log.

map $uri $corridor_world {{
    ~^{WORLD_PREFIX}(?<corridor_world_id>[^/]+) $corridor_world_id;
    default "";
}}

upstream corridor_worlds {{
    hash $corridor_world consistent;
{servers}
    keepalive 64;
}}

upstream corridor_default_world {{
    server {workers[0]};
    keepalive 16;
}}

server {{
    listen {public};
    access_log off;
    client_max_body_size {MAX_BODY};

    location {WORLD_PREFIX} {{
        proxy_pass http://corridor_worlds;
{proxy}
    }}

    # GET /w lists the first worker's worlds (without this, nginx would redirect it to /w/)
    location = /w {{
        proxy_pass http://corridor_default_world;
{proxy}
    }}

    location / {{
        proxy_pass http://corridor_default_world;
{proxy}
    }}
}}
"""


def _check(workers: Sequence[Address]) -> None:
    if not workers:
        raise AddressError("a balancer needs at least one worker")
    if len(set(workers)) != len(workers):
        raise AddressError("each worker needs an address of its own")
