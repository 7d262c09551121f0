"""Verifying a real service loads nothing of the simulator: its harness and httpx reach it.

A sandbox's URL is verified through the provider's harness alone (credentials, sign-in, the
credentials check, seeding), so neither the simulator's modules nor its validator
(jsonschema-rs) are loaded to sign in and seed. A simulator served on loopback stands in for the
sandbox here; the process that verifies it is a fresh one, so what it loads is what the remote
path needs.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn

from corridor.providers import PROVIDERS
from corridor.simulator import simulate

SIMULATED = [provider for provider in PROVIDERS if provider.has_simulator and provider.has_harness]

# Signs in, checks the credentials and seeds each target as `corridor verify --base-url` does,
# then prints the modules it loaded that the remote path must not need.
PROBE = """
import json, sys
from corridor.verification.preflight import check_remote_target
from corridor.verification.targets import remote_target

seeded = {}
for provider, base_url in json.loads(sys.argv[1]).items():
    check_remote_target(provider, base_url)
    target = remote_target(provider, base_url)
    target.sign_in(target.http)
    seeded[provider] = bool(target.seed())
loaded = sorted(
    name for name in sys.modules
    if name.startswith(("corridor.simulator", "jsonschema_rs", "starlette", "uvicorn"))
)
print(json.dumps({"seeded": seeded, "loaded": loaded}))
"""


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, str]]:
    """Every provider's simulator served by uvicorn on a free loopback port: base URLs."""
    servers = []
    urls = {}
    for provider in SIMULATED:
        simulator = simulate(provider.name, strict=True)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        config = uvicorn.Config(simulator.app, host="127.0.0.1", port=port, log_level="error")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        servers.append((server, thread))
        urls[provider.name] = f"http://127.0.0.1:{port}{simulator.base_path}"
    deadline = time.monotonic() + 10
    while not all(server.started for server, _ in servers) and time.monotonic() < deadline:
        time.sleep(0.02)
    yield urls
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)


def test_signing_in_and_seeding_a_remote_target_loads_no_simulator_module(
    served: dict[str, str],
) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, sys.path))}
    for provider in SIMULATED:
        env.update(provider.harness().credentials)
    finished = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(served)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert finished.returncode == 0, finished.stderr
    outcome = json.loads(finished.stdout)
    assert outcome["seeded"] == {provider.name: True for provider in SIMULATED}
    assert outcome["loaded"] == []


def test_the_verify_command_loads_no_simulator_module_until_it_verifies_one() -> None:
    probe = (
        "import sys, corridor.cli, corridor.verification.command, corridor.verification.run;"
        "print(sorted(m for m in sys.modules if m.startswith('corridor.simulator')))"
    )
    output = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "[]"
