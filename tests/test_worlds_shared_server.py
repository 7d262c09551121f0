"""One served simulator shared by many parallel clients, each in its own world.

`corridor simulate` runs as a subprocess, as a team's docker-compose would run it. Many threads
(and, below, pytest-xdist workers through the pytest plugin's `--corridor-url`) work at once,
each in a world of its own; afterwards, every object, balance, clock and webhook delivery is
checked to have stayed in the world that made it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from corridor.simulator.session import SimulatorSession
from corridor.spec import load_spec
from tests.served import end_session, free_port, start, wait_for_port

WORLDS = 16
BENEFICIARIES = 12
PAGE = {"pageNumber": 1, "pageSize": 50}
PYTEST = (sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = free_port()
    process = start(
        ["simulate", "settlego", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, process, "settlego")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        finally:
            end_session(process.pid)


class Hooks:
    """A webhook listener on loopback: what arrived, by the world named in the path."""

    def __init__(self) -> None:
        self.received: dict[str, list[dict[str, Any]]] = {}
        self.lock = threading.Lock()
        hooks = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                with hooks.lock:
                    hooks.received.setdefault(self.path.rsplit("/", 1)[-1], []).append(
                        json.loads(body)
                    )
                self.send_response(200)
                self.end_headers()

            def log_message(self, *_: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def _beneficiary(external_id: str) -> dict[str, Any]:
    content = load_spec("settlego")["paths"]["/beneficiaries"]["post"]["requestBody"]["content"]
    example = next(iter(content["application/json"]["examples"].values()))["value"]
    return dict(example) | {"externalId": external_id}


def _partner_key() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


def _work_in_world(server: str, number: int, hooks: Hooks, partner_key: str) -> dict[str, Any]:
    """One client's session in its own world; what it did, for the checks."""
    name = f"iso-{number}"
    with httpx.Client(base_url=server, timeout=30) as admin:
        world = admin.put(f"/w/{name}", json={"seed": number + 1, "clock": "frozen"}).json()
    with SimulatorSession("settlego", world=world) as session:
        session.control.register_webhook_listener(f"{hooks.url}/{name}", partner_key)
        session.http.post("/currency-accounts", json={"currency": "GBP"}).raise_for_status()
        session.control.credit("GBP", f"{number + 1}.00")
        made = []
        for index in range(BENEFICIARIES):
            answer = session.http.post("/beneficiaries", json=_beneficiary(f"b-{index}"))
            answer.raise_for_status()
            made.append(answer.json()["id"])
        started = session.control.now()
        session.control.advance_clock(60 * (number + 1))
        session.sign_in()  # the clock moved: a session begun before may have expired
        listed = session.http.get("/beneficiaries", params=PAGE).json()["beneficiaryList"]
        balance = session.http.get("/currency-accounts/GBP").json()["balance"]
        deliveries = session.control.webhook_deliveries()
        return {
            "name": name,
            "made": made,
            "listed": [item["id"] for item in listed],
            "balance": balance,
            "started": started,
            "now": session.control.now(),
            "delivered_types": sorted({d["type"] for d in deliveries}),
            "requests": 9 + BENEFICIARIES,
        }


def test_parallel_clients_in_their_own_worlds_see_nothing_of_each_other(server: str) -> None:
    hooks = Hooks()
    partner_key = _partner_key()
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(
            pool.map(lambda n: _work_in_world(server, n, hooks, partner_key), range(WORLDS))
        )

    made_by = {object_id: r["name"] for r in results for object_id in r["made"]}
    crossings = [
        (r["name"], object_id)
        for r in results
        for object_id in r["listed"]
        if made_by.get(object_id) != r["name"]
    ]
    wrong_balances = [r["name"] for n, r in enumerate(results) if r["balance"] != n + 1]
    wrong_clocks = [
        r["name"]
        for n, r in enumerate(results)
        if datetime.fromisoformat(r["now"]) - datetime.fromisoformat(r["started"])
        != timedelta(seconds=60 * (n + 1))
    ]
    # each world's listener got its own pay-in (its own amount) and nobody else's
    stray_deliveries = [
        (name, delivery["payload"].get("amount"))
        for name, deliveries in hooks.received.items()
        for delivery in deliveries
        if delivery["webhookType"] == "PAISUP"
        and delivery["payload"].get("amount") != int(name.split("-")[1]) + 1
    ]
    pay_ins_heard = {
        name
        for name, deliveries in hooks.received.items()
        if any(d["webhookType"] == "PAISUP" for d in deliveries)
    }
    requests = sum(r["requests"] for r in results)
    print(
        f"\nisolation: {WORLDS} worlds, {requests} requests from 8 threads, "
        f"{sum(len(d) for d in hooks.received.values())} webhook deliveries; crossings: "
        f"{len(crossings)} objects, {len(wrong_balances)} balances, {len(wrong_clocks)} clocks, "
        f"{len(stray_deliveries)} deliveries"
    )

    assert crossings == []
    assert all(sorted(r["listed"]) == sorted(r["made"]) for r in results)
    assert wrong_balances == []
    assert wrong_clocks == []
    assert stray_deliveries == []
    assert pay_ins_heard == {r["name"] for r in results}
    hooks.server.shutdown()


def test_pytest_xdist_workers_each_get_fresh_worlds_on_one_server(
    server: str, tmp_path: Path
) -> None:
    suite = tmp_path / "test_downstream.py"
    suite.write_text(
        textwrap.dedent(
            f"""
            import pytest

            BENEFICIARY = {_beneficiary("same-in-every-test")!r}

            @pytest.mark.parametrize("number", range(12))
            def test_each_test_starts_in_an_empty_world(settlego_session, number):
                page = {{"pageNumber": 1, "pageSize": 50}}
                http = settlego_session.http
                assert http.get("/beneficiaries", params=page).json()["beneficiaryList"] == []
                assert http.post("/beneficiaries", json=BENEFICIARY).status_code == 200
                assert "/w/pytest-" in settlego_session.base_url
            """
        )
    )

    run = subprocess.run(
        [*PYTEST, "-n", "2", "--corridor-url", server, str(suite)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )

    assert "12 passed" in run.stdout, run.stdout + run.stderr
    worlds = httpx.get(f"{server}/w").json()["worlds"]
    assert [w["id"] for w in worlds if w["id"].startswith("pytest-")] == []  # all deleted


def test_a_url_where_no_simulator_answers_is_one_usage_line(tmp_path: Path) -> None:
    (tmp_path / "test_x.py").write_text("def test_x(settlego_session):\n    pass\n")

    run = subprocess.run(
        [*PYTEST, "--corridor-url", f"http://127.0.0.1:{free_port()}", "test_x.py"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )

    assert run.returncode != 0
    assert "no corridor simulator with worlds answers there" in run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr
