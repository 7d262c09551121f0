"""Simulator throughput on a fixed, realistic request mix, against baselines from the same run.

    python benchmarks/simulator_throughput.py [--seconds 3] [--skip-verify]

Prints requests/s for:
  - bare Starlette: the same routes answering canned JSON (no validation, no state) - the ceiling
  - Starlette + openapi-core: canned answers after openapi-core validates each request - the
    naive way to build a validating simulator
  - the corridor SettleGo simulator: validation, auth, state, strict answers off (as served)
each in process (ASGI, one client) and over loopback (uvicorn, 8 concurrent keep-alive clients),
and the wall time of `corridor verify`. Figures only: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx
import uvicorn
from openapi_core import OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from corridor.simulator import simulate
from corridor.simulator.settlego import DEFAULT_API_KEY, DEFAULT_LOGIN_ID
from corridor.spec import load_spec

BASE = "/api/v1"
PAGE = {"pageNumber": "1", "pageSize": "20"}
VALIDATE_PAYMENT = {
    "currency": "GBP",
    "amount": 25.5,
    "paymentDate": "2026-01-05",
    "beneficiaryId": "",  # filled in after set-up
    "reasonCode": "goods",
    "paymentReference": "INV-7",
    "paymentType": "faster_payments",
}


def request_mix(beneficiary_id: str) -> list[tuple[str, str, dict[str, Any], Any]]:
    """What a treasury dashboard does: read balances and lists, price a payout."""
    return [
        ("GET", "/currency-accounts", PAGE, None),
        ("GET", "/currency-accounts/GBP", {}, None),
        ("GET", "/payments", PAGE, None),
        ("GET", "/reference/currencies", {}, None),
        ("POST", "/payments/validate", {}, VALIDATE_PAYMENT | {"beneficiaryId": beneficiary_id}),
        ("GET", f"/beneficiaries/{beneficiary_id}", {}, None),
    ]


def prepare_simulator() -> tuple[Any, str, str]:
    """A simulator with an account, money and a beneficiary; returns (app, token, beneficiary)."""
    simulator = simulate("settlego")
    token = asyncio.run(_setup(simulator.app))
    backend: Any = simulator.provider.backend  # type: ignore[attr-defined]
    beneficiary_id = next(iter(backend.beneficiaries.records)).id
    return simulator.app, token, beneficiary_id


async def _setup(app: Any) -> str:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://bench"
    ) as client:
        return await _setup_with(client)


async def _setup_with(client: httpx.AsyncClient) -> str:
    """Log in, open a funded GBP account and add a beneficiary; returns the token."""
    client.base_url = httpx.URL(str(client.base_url).rstrip("/") + BASE)
    login = {"loginId": DEFAULT_LOGIN_ID, "apiKey": DEFAULT_API_KEY}
    token = str((await client.post("/authentication/login", json=login)).json()["token"])
    client.headers["x-auth-token"] = token
    await client.post("/currency-accounts", json={"currency": "GBP"})
    control = client.base_url.copy_with(path="/_simulator/deposits")
    await client.post(control, json={"currency": "GBP", "amount": "1000"})
    beneficiary = {
        "name": "Acme",
        "beneficiaryType": "corporate",
        "companyName": "Acme Ltd",
        "beneficiaryCountry": "GB",
        "beneficiaryPostalCode": "E1",
        "beneficiaryCity": "London",
        "beneficiaryAddressLine": "1 Street",
        "currency": "GBP",
        "bankAccountCountry": "GB",
        "bankAccountHolderName": "Acme",
        "paymentTypeList": ["faster_payments"],
        "accountNumber": "12345678",
        "routingCodeList": [{"key": "sort_code", "value": "040506"}],
        "externalId": "bench-1",
    }
    await client.post("/beneficiaries", json=beneficiary)
    return token


def canned_app(
    answers: dict[tuple[str, str], bytes], validate: Callable[..., Any] | None
) -> Starlette:
    """A baseline: the mix's routes answering recorded bodies, optionally after openapi-core."""

    async def endpoint(request: Request) -> Response:
        if validate is not None:
            body = await request.body()
            result = validate(StarletteOpenAPIRequest(request, body))
            if result.errors:
                return Response(b'{"error":"invalid"}', 400, media_type="application/json")
        key = (request.method, request.url.path)
        return Response(answers.get(key, b"{}"), media_type="application/json")

    paths = sorted({path for _, path in answers})
    return Starlette(routes=[Route(path, endpoint, methods=["GET", "POST"]) for path in paths])


async def record_answers(app: Any, token: str, mix: list[Any]) -> dict[tuple[str, str], bytes]:
    answers = {}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://bench" + BASE,
        headers={"x-auth-token": token},
    ) as client:
        for method, path, params, body in mix:
            answer = await client.request(method, path, params=params, json=body)
            answers[(method, BASE + path)] = answer.content
    return answers


async def run_mix(client: httpx.AsyncClient, mix: list[Any], seconds: float) -> int:
    done, deadline = 0, time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        for method, path, params, body in mix:
            answer = await client.request(method, path, params=params, json=body)
            if answer.status_code != 200:
                raise SystemExit(f"{method} {path} answered {answer.status_code}: {answer.text}")
            done += 1
    return done


async def in_process_rate(app: Any, token: str, mix: list[Any], seconds: float) -> float:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://bench" + BASE,
        headers={"x-auth-token": token},
    ) as client:
        await run_mix(client, mix, 0.3)  # warm-up
        started = time.perf_counter()
        done = await run_mix(client, mix, seconds)
        return done / (time.perf_counter() - started)


def build_app(kind: str, answers: dict[tuple[str, str], bytes] | None) -> Any:
    if kind == "simulator":
        return simulate("settlego")
    spec = json.loads(json.dumps(load_spec("settlego")))
    spec["servers"] = [{"url": BASE}]  # match whatever host the benchmark uses
    validate = OpenAPI.from_dict(spec).unmarshal_request if kind == "openapi-core" else None
    return canned_app(answers or {}, validate)


def _serve(kind: str, answers: dict[tuple[str, str], bytes] | None, port: int) -> None:
    app = build_app(kind, answers)
    uvicorn.run(getattr(app, "app", app), host="127.0.0.1", port=port, log_level="error")


def loopback_rate(
    kind: str, answers: Any, mix: list[Any], seconds: float, workers: int = 8
) -> float:
    """Requests/s through uvicorn in its own process, so load and server do not share a GIL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = multiprocessing.Process(target=_serve, args=(kind, answers, port), daemon=True)
    server.start()
    origin = f"http://127.0.0.1:{port}"
    for _ in range(500):
        try:
            httpx.get(origin + "/_simulator/clock", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.02)
    token = asyncio.run(_setup_remote(origin)) if kind == "simulator" else "canned"
    if kind == "simulator":
        mix = request_mix(_first_beneficiary(origin, token))

    async def load() -> float:
        async with httpx.AsyncClient(
            base_url=f"http://127.0.0.1:{port}{BASE}",
            headers={"x-auth-token": token},
            limits=httpx.Limits(max_connections=workers),
        ) as client:
            await run_mix(client, mix, 0.3)
            started = time.perf_counter()
            counts = await asyncio.gather(*(run_mix(client, mix, seconds) for _ in range(workers)))
            return sum(counts) / (time.perf_counter() - started)

    try:
        return asyncio.run(load())
    finally:
        server.terminate()
        server.join(timeout=10)


async def _setup_remote(origin: str) -> str:
    async with httpx.AsyncClient(base_url=origin) as client:
        return await _setup_with(client)


def _first_beneficiary(origin: str, token: str) -> str:
    answer = httpx.get(
        origin + BASE + "/beneficiaries", params=PAGE, headers={"x-auth-token": token}
    )
    return str(answer.json()["beneficiaryList"][0]["id"])


def verify_wall_time() -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "corridor", "verify"], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"corridor verify failed:\n{result.stdout[-2000:]}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="measuring time per figure")
    parser.add_argument("--skip-verify", action="store_true")
    args = parser.parse_args()

    simulator_app, token, beneficiary_id = prepare_simulator()
    mix = request_mix(beneficiary_id)
    answers = asyncio.run(record_answers(simulator_app, token, mix))
    apps = {
        "bare Starlette (canned answers)": ("canned", answers),
        "Starlette + openapi-core validation": ("openapi-core", answers),
        "corridor SettleGo simulator": ("simulator", None),
    }
    print(f"request mix: {', '.join(f'{m} {p}' for m, p, _, _ in mix)}\n")
    print(f"{'':40} {'in process':>12} {'loopback x8':>12}")
    rates: dict[str, tuple[float, float]] = {}
    for name, (kind, recorded) in apps.items():
        app = simulator_app if kind == "simulator" else build_app(kind, recorded)
        local = asyncio.run(in_process_rate(app, token, mix, args.seconds))
        remote = loopback_rate(kind, recorded, mix, args.seconds)
        rates[name] = (local, remote)
        print(f"{name:40} {local:10.0f}/s {remote:10.0f}/s")
    ours, bare = rates["corridor SettleGo simulator"], rates["bare Starlette (canned answers)"]
    naive = rates["Starlette + openapi-core validation"]
    print(
        f"\nsimulator / bare Starlette:        {ours[0] / bare[0]:.2f} in process, "
        f"{ours[1] / bare[1]:.2f} over loopback"
    )
    print(
        f"simulator / Starlette+openapi-core: {ours[0] / naive[0]:.2f} in process, "
        f"{ours[1] / naive[1]:.2f} over loopback"
    )
    if not args.skip_verify:
        print(f"\n`corridor verify` wall time: {verify_wall_time():.1f} s")


if __name__ == "__main__":
    main()
