"""`corridor simulate --state FILE`: worlds that survive restarts, and files that are refused.

Every change is journaled before its answer is sent, so a server killed at any moment comes
back with every answered change; a clean stop snapshots every world. A restored world is
checked to be exactly the original: every object, balance, scheduled change, pending delivery,
seeded id generator and clock it holds compares equal, and it answers reads the same.
"""

from __future__ import annotations

import inspect
import operator
import random
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from corridor.providers import get_provider
from corridor.providers.seeding import SeedContext
from corridor.simulator import simulate, snapshot
from corridor.simulator.clock import DEFAULT_START, Clock
from corridor.simulator.engine import Simulator
from corridor.simulator.persistence import Persistence
from corridor.simulator.session import SimulatorSession
from corridor.simulator.state_store import FORMAT, SQLiteStateStore, StateFileError
from corridor.simulator.transport import InProcessTransport
from corridor.simulator.worlds import WorldHost, WorldSettings
from corridor.spec import load_spec
from tests.served import end_session, free_port, start, wait_for_port

PROVIDERS = ["settlego", "sfox", "p100", "sentbe"]


def differences(a: Any, b: Any, where: str = "world", seen: set[Any] | None = None) -> list[str]:
    """Where two worlds' states differ, walking both object graphs (dicts and sets by
    content, not order; a clock by the time it reads; functions by name)."""
    seen = set() if seen is None else seen
    if (id(a), id(b)) in seen:
        return []
    seen.add((id(a), id(b)))
    if type(a) is not type(b):
        return [f"{where}: {type(a).__name__} != {type(b).__name__}"]
    if isinstance(a, Clock):
        return [] if a.now() == b.now() else [f"{where}: {a.now()} != {b.now()}"]
    if isinstance(a, random.Random):
        return [] if a.getstate() == b.getstate() else [f"{where}: random state"]
    if isinstance(a, dict):
        if set(a) != set(b):
            return [f"{where}: keys {sorted(map(str, set(a) ^ set(b)))}"]
        return [d for key in a for d in differences(a[key], b[key], f"{where}[{key!r}]", seen)]
    if isinstance(a, list | tuple):
        if len(a) != len(b):
            return [f"{where}: {len(a)} items != {len(b)}"]
        pairs = enumerate(zip(a, b, strict=True))
        return [d for i, (x, y) in pairs for d in differences(x, y, f"{where}[{i}]", seen)]
    if isinstance(a, operator.attrgetter | operator.itemgetter):
        return [] if repr(a) == repr(b) else [f"{where}: {a!r} != {b!r}"]
    if inspect.ismethod(a):  # a scheduled change: its method and the object it acts on
        named = [] if a.__name__ == b.__name__ else [f"{where}: {a.__name__} != {b.__name__}"]
        return named + differences(a.__self__, b.__self__, f"{where}.__self__", seen)
    if inspect.isfunction(a) or isinstance(a, type):
        return [] if a is b else [f"{where}: {a!r} != {b!r}"]
    if hasattr(a, "__dict__") or hasattr(type(a), "__slots__"):
        return differences(_fields(a), _fields(b), where, seen)
    return [] if a == b else [f"{where}: {a!r:.80} != {b!r:.80}"]


def _fields(value: Any) -> dict[str, Any]:
    fields = dict(getattr(value, "__dict__", {}))
    for slot in getattr(type(value), "__slots__", ()):
        if hasattr(value, slot):
            fields[slot] = getattr(value, slot)
    return fields


def assert_same_world(restored: Simulator, original: Simulator) -> None:
    # both through the same save and restore, so what is not state (caches) is left out alike
    ours = snapshot.restore(snapshot.capture(restored))
    theirs = snapshot.restore(snapshot.capture(original))
    found = differences(
        (ours.provider, ours.services, ours.faults),
        (theirs.provider, theirs.services, theirs.faults),
    )
    assert found[:20] == []


ORIGIN = "http://corridor.test"


def _builder(provider: str) -> Any:
    def build(
        settings: WorldSettings, state: snapshot.WorldState | None, start: datetime | None = None
    ) -> Simulator:
        if state is not None:
            return snapshot.rebuild(provider, state)
        return simulate(
            provider,
            seed=settings.seed,
            clock=Clock(start or DEFAULT_START, ticking=settings.clock == "ticking"),
            faults=settings.faults,
        )

    return build


def _host(provider: str, path: Path) -> tuple[WorldHost, Persistence]:
    """A served simulator's worlds kept in the state file at `path`, as `serve` makes them."""
    persistence = Persistence(SQLiteStateStore(path, provider))
    build = _builder(provider)
    default, restored, _ = persistence.restore(build)
    settings = WorldSettings(clock="frozen")
    host = WorldHost(
        provider,
        lambda asked: build(asked, None, None),
        default=default or build(settings, None, None),
        on_change=persistence,
    )
    for world in restored:
        host.adopt(world)
    persistence.keep_default(host.default, settings)
    return host, persistence


def _seeded_world(provider: str, host: WorldHost) -> SimulatorSession:
    """A world filled through the API and the control API as a contract run fills a target."""
    with httpx.Client(transport=InProcessTransport(host), base_url=ORIGIN) as admin:
        world = admin.put("/w/kept", json={"seed": 11, "clock": "frozen"}).json()
    session = SimulatorSession(provider, world=world, transport=InProcessTransport(host))
    session.sign_in()
    harness = get_provider(provider).harness()
    assert harness.seed is not None
    harness.seed(
        SeedContext(
            session.http, session.signed, session.control, load_spec(provider), session.credentials
        )
    )
    session.control.advance_clock(3 * 24 * 3600)  # scheduled changes happen
    return session


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_world_killed_without_a_clean_stop_comes_back_exactly(
    provider: str, tmp_path: Path
) -> None:
    host, _ = _host(provider, tmp_path / "state.sqlite")
    _seeded_world(provider, host)
    original = host.worlds["kept"].simulator
    # no flush, no snapshot: every change is in the journal alone, as after a SIGKILL
    host.on_change.store.close()  # type: ignore[union-attr]

    restored_host, persistence = _host(provider, tmp_path / "state.sqlite")
    restored = restored_host.worlds["kept"].simulator

    assert_same_world(restored, original)
    persistence.store.close()


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_world_stopped_cleanly_comes_back_from_its_snapshot_with_nothing_to_replay(
    provider: str, tmp_path: Path
) -> None:
    host, persistence = _host(provider, tmp_path / "state.sqlite")
    _seeded_world(provider, host)
    original = snapshot.rebuild(
        provider, snapshot.restore(snapshot.capture(host.worlds["kept"].simulator))
    )
    persistence.close()

    with closing(sqlite3.connect(tmp_path / "state.sqlite")) as db:
        assert db.execute("SELECT COUNT(*) FROM journal").fetchone() == (0,)
    restored_host, again = _host(provider, tmp_path / "state.sqlite")

    assert_same_world(restored_host.worlds["kept"].simulator, original)
    again.store.close()


def test_a_deleted_world_is_gone_after_a_restart(tmp_path: Path) -> None:
    host, persistence = _host("settlego", tmp_path / "state.sqlite")
    with httpx.Client(transport=InProcessTransport(host), base_url=ORIGIN) as admin:
        admin.put("/w/gone")
        admin.put("/w/kept")
        admin.delete("/w/gone")
    persistence.close()

    restored, again = _host("settlego", tmp_path / "state.sqlite")

    assert sorted(restored.worlds) == ["kept"]
    again.store.close()


def _refusal(path: Path, provider: str = "settlego") -> str:
    with pytest.raises(StateFileError) as refused:
        SQLiteStateStore(path, provider)
    return str(refused.value)


def test_a_file_that_is_not_sqlite_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n" * 100)

    message = _refusal(path)

    assert "not a corridor state file" in message
    assert "\n" not in message
    assert path.read_text() == "shopping list\n" * 100  # left as it was


def test_an_sqlite_file_of_something_else_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("CREATE TABLE invoices (id INTEGER)")

    assert "not a corridor state file" in _refusal(path)


def test_a_newer_state_format_is_refused_naming_both_versions(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    SQLiteStateStore(path, "settlego").close()
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'format'", (str(FORMAT + 1),))

    message = _refusal(path)

    assert f"state format {FORMAT + 1}, newer than this corridor reads ({FORMAT})" in message


def test_another_providers_state_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    SQLiteStateStore(path, "sfox").close()

    assert "holds sfox worlds, not settlego ones" in _refusal(path)


def test_a_state_file_in_use_by_another_server_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    holder = SQLiteStateStore(path, "settlego")
    try:
        assert "in use by another corridor simulate" in _refusal(path)
    finally:
        holder.close()


def test_a_damaged_journal_entry_refuses_the_whole_file_and_writes_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "state.sqlite"
    host, persistence = _host("settlego", path)
    with httpx.Client(transport=InProcessTransport(host), base_url=ORIGIN) as admin:
        admin.put("/w/a")
        admin.post("/w/a/_simulator/clock/advance", json={"seconds": 5})
    persistence.store.close()
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE journal SET entry = ?", (b"{not json",))
    before = path.read_bytes()

    with pytest.raises(StateFileError, match="world 'a' cannot be restored: a journal entry"):
        _host("settlego", path)

    assert path.read_bytes() == before


# ---- the served command ------------------------------------------------------------------


@pytest.fixture
def served_state(tmp_path: Path) -> Iterator[tuple[Path, Any]]:
    processes: list[subprocess.Popen[bytes]] = []

    def serve(port: int) -> subprocess.Popen[bytes]:
        process = start(
            ["simulate", "settlego", "--port", str(port), "--state", str(tmp_path / "s.sqlite")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        processes.append(process)
        wait_for_port(port, process, "settlego")
        return process

    try:
        yield tmp_path / "s.sqlite", serve
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=10)
            end_session(process.pid)


def _reads(base: str, world: dict[str, Any]) -> dict[str, Any]:
    with SimulatorSession("settlego", world=world) as session:
        page = {"pageNumber": 1, "pageSize": 50}
        return {
            "beneficiaries": session.http.get("/beneficiaries", params=page).json(),
            "payments": session.http.get("/payments", params=page).json(),
            "accounts": session.http.get("/currency-accounts", params=page).json(),
            "now": session.control.now(),
            "deliveries": len(session.control.webhook_deliveries()),
        }


def test_every_answered_change_survives_sigkill_and_a_clean_stop(served_state: Any) -> None:
    _, serve = served_state
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    first = serve(port)
    world = httpx.put(f"{base}/w/team", json={"seed": 3, "clock": "frozen"}).json()
    with SimulatorSession("settlego", world=world) as session:
        session.sign_in()
        harness = get_provider("settlego").harness()
        assert harness.seed is not None
        harness.seed(
            SeedContext(
                session.http,
                session.signed,
                session.control,
                load_spec("settlego"),
                session.credentials,
            )
        )
    before = _reads(base, world)

    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    second = serve(port)
    after_kill = _reads(base, world)
    second.send_signal(signal.SIGTERM)
    assert second.wait(timeout=10) != 0  # stopped by the signal, as documented
    serve(port)
    after_stop = _reads(base, world)

    assert before["beneficiaries"]["pagination"]["totalEntryCount"] > 0
    # reads made after the restart sign in again: the sessions differ, the world does not
    assert after_kill == before
    assert after_stop == before


def test_the_command_refuses_an_unusable_state_file_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"\x00" * 4096)

    argv = ["simulate", "settlego", "--port", str(free_port()), "--state", str(path)]
    run = subprocess.run(
        [sys.executable, "-m", "corridor", *argv],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert run.returncode == 2
    assert run.stderr.count("\n") == 1
    assert run.stderr.startswith("corridor simulate: --state:")
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_folder_given_as_the_state_file_is_refused_in_one_line(
    workers: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from corridor.cli import main

    argv = ["simulate", "settlego", "--port", str(free_port()), "--workers", workers]
    code = main([*argv, "--state", str(tmp_path)])

    error = capsys.readouterr().err
    assert code == 2
    assert error == f"corridor simulate: --state: {tmp_path} is a folder, not a state file\n"
