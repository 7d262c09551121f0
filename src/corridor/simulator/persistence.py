"""Worlds that survive restarts: `corridor simulate --state FILE`.

Every change to a world is appended to its journal (`journal.py`) in the state store
(`state_store.py`) and committed before the answer that made it is sent: the changes of all
the requests handled in one turn of the event loop in one commit. Once a world's journal since its
last snapshot holds at least `max(SNAPSHOT_MIN_ENTRIES, last snapshot's size / BYTES_PER_ENTRY)`
entries, the world is snapshotted (`snapshot.py`) and the journal it includes dropped: a write
then pays for snapshots in proportion to its own cost, and a restart after a crash replays at
most about that many entries per world. A clean stop snapshots every world, so a restart after
it replays nothing.

A restart reads the whole file first: each world's snapshot restored and its journal replayed,
and only then is anything served. A file it cannot read whole (damaged, newer, another
provider's) is refused in one line, never half-loaded.

Webhooks: deliveries made after a world's last snapshot are attempted again after a crash (a
clean stop snapshots them as made); pending ones are attempted once their time comes. That is
the at-least-once delivery every provider documents, so listeners already tell duplicates by
the event's id.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from corridor.simulator import draws, snapshot
from corridor.simulator.engine import Simulator
from corridor.simulator.journal import Entry, JournalError, replay
from corridor.simulator.state_store import DEFAULT_WORLD, StateFileError, StateStore
from corridor.simulator.wire import WireRequest
from corridor.simulator.worlds import World, WorldListener, WorldRequestRefused, WorldSettings

SNAPSHOT_MIN_ENTRIES = 1_000
BYTES_PER_ENTRY = 1_024

# builds a world's simulator: fresh for its settings (its clock starting at the time given, or
# now), or around a restored state
WorldBuilder = Callable[[WorldSettings, snapshot.WorldState | None, datetime | None], Simulator]


@dataclass
class _Kept:
    """One world's place in the store."""

    simulator: Simulator
    seq: int
    snapshot_seq: int
    snapshot_size: int

    @property
    def due_for_snapshot(self) -> bool:
        threshold = max(SNAPSHOT_MIN_ENTRIES, self.snapshot_size // BYTES_PER_ENTRY)
        return self.seq - self.snapshot_seq >= threshold


class Persistence(WorldListener):
    """Keeps every world of a served simulator in a `StateStore`."""

    def __init__(self, store: StateStore) -> None:
        self.store = store
        self._kept: dict[str, _Kept] = {}
        self._committing: asyncio.Future[None] | None = None

    # ---- restoring ------------------------------------------------------------------------

    def restore(self, build: WorldBuilder) -> tuple[Simulator | None, list[World], int]:
        """Every stored world, rebuilt: (the default world if stored, the others, how many
        entries were replayed). StateFileError, naming the world, if any cannot be."""
        return asyncio.run(self._restore(build))

    async def _restore(self, build: WorldBuilder) -> tuple[Simulator | None, list[World], int]:
        default: Simulator | None = None
        worlds: list[World] = []
        replayed = 0
        for stored in self.store.stored_worlds():
            label = "the default world" if stored.id == DEFAULT_WORLD else f"world {stored.id!r}"
            try:
                settings = WorldSettings.from_json(stored.settings)
                state = None if stored.snapshot is None else snapshot.restore(stored.snapshot)
                start = datetime.fromisoformat(stored.clock_start)
                simulator = build(settings, state, start)
                entries = (entry for _, entry in self.store.journal(stored.id, stored.snapshot_seq))
                replayed += await replay(simulator, entries)
            except (WorldRequestRefused, snapshot.SnapshotError, JournalError, ValueError) as error:
                self._kept.clear()  # nothing of a file refused is kept, nor written back
                reason = getattr(error, "message", None) or str(error)
                raise StateFileError(f"{label} cannot be restored: {reason}") from None
            size = len(stored.snapshot or b"")
            self._attach(stored.id, simulator, stored.last_seq, stored.snapshot_seq, size)
            if stored.id == DEFAULT_WORLD:
                default = simulator
            else:
                created = datetime.fromisoformat(stored.created_at)
                worlds.append(World(stored.id, settings, simulator, created_at=created))
        return default, worlds, replayed

    # ---- keeping --------------------------------------------------------------------------

    def keep_default(self, simulator: Simulator, settings: WorldSettings) -> None:
        """Keep the default world from now on, if the store does not hold it already."""
        if DEFAULT_WORLD not in self._kept:
            made = datetime.now(UTC).isoformat()
            self._keep(DEFAULT_WORLD, simulator, settings, made)

    def world_made(self, world: World) -> None:
        self._keep(world.id, world.simulator, world.settings, world.created_at.isoformat())

    def _keep(
        self, world_id: str, simulator: Simulator, settings: WorldSettings, made: str
    ) -> None:
        # the clock's reading before any request: a replay starts the world's clock there
        start = simulator.clock.now().isoformat()
        self.store.world_made(world_id, settings.to_json(), made, start)
        self._attach(world_id, simulator, 0, 0, 0)

    def world_dropped(self, world: World) -> None:
        self._kept.pop(world.id, None)
        self.store.world_dropped(world.id)

    def flush(self) -> None:
        """Snapshot every world changed since its last snapshot (a clean stop)."""
        for world_id, kept in self._kept.items():
            if kept.seq > kept.snapshot_seq:
                self._snapshot(world_id, kept)

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.store.close()

    def _attach(
        self, world_id: str, simulator: Simulator, seq: int, snapshot_seq: int, size: int
    ) -> None:
        kept = _Kept(simulator, seq, snapshot_seq, size)
        self._kept[world_id] = kept
        simulator.record_with(
            _Recorder(lambda entry: self._append(world_id, kept, entry), self.durable)
        )

    def _append(self, world_id: str, kept: _Kept, entry: Entry) -> None:
        kept.seq += 1
        self.store.append(world_id, kept.seq, entry.encode())
        if kept.due_for_snapshot:
            self._snapshot(world_id, kept)  # commits everything appended so far
        else:
            self._commit_soon()

    def _commit_soon(self) -> None:
        """Commit what was appended at the end of this turn of the event loop, once for every
        request handled in it (a group commit); at once outside a loop."""
        if self._committing is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.store.commit()
            return
        self._committing = loop.create_future()
        loop.call_soon(self._commit)

    def _commit(self) -> None:
        committing, self._committing = self._committing, None
        assert committing is not None
        try:
            self.store.commit()
        except Exception as error:  # the answers waiting on it fail: nothing unkept is answered
            committing.set_exception(error)
        else:
            committing.set_result(None)

    async def durable(self) -> None:
        """Return once every change appended so far is committed."""
        if self._committing is not None:
            await asyncio.shield(self._committing)

    def _snapshot(self, world_id: str, kept: _Kept) -> None:
        blob = snapshot.capture(kept.simulator)
        self.store.snapshot(world_id, kept.seq, blob)
        kept.snapshot_seq, kept.snapshot_size = kept.seq, len(blob)


class _Recorder:
    """One world's `WorldRecorder`: its changes, into its journal."""

    def __init__(
        self, append: Callable[[Entry], None], durable: Callable[[], Awaitable[None]]
    ) -> None:
        self._append = append
        self._durable = durable

    def request(
        self,
        operation_id: str | None,
        request: WireRequest | None,
        at: datetime,
        drawn: list[draws.Drawn],
    ) -> None:
        if request is None:
            self._append(Entry("time", at, drawn=drawn))
        else:
            self._append(Entry("api", at, operation_id, request, drawn))

    def control(self, request: WireRequest, at: datetime, drawn: list[draws.Drawn]) -> None:
        self._append(Entry("control", at, None, request, drawn))

    async def durable(self) -> None:
        await self._durable()
