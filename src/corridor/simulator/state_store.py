"""Where a served simulator keeps its worlds between runs: a small interface, and SQLite.

A world is stored as its settings, its latest snapshot (`snapshot.py`) and a journal of the
changes made since (`journal.py`). `StateStore` is all the server needs of a store, so a server
database can stand in for the embedded SQLite file later.

The SQLite file runs in WAL mode with `synchronous=NORMAL`: a commit is in the operating
system's hands when the call returns, so a killed server (SIGKILL) loses no change that was
answered; only a power cut can lose the last moments. Journal entries are committed in groups:
those of the requests handled in one turn of the server's event loop, once, before any of their
answers is sent. The file names its format version and
provider; one this corridor cannot read is refused whole, before anything is served.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

FORMAT = 1  # raised when the tables change shape in a way older code cannot read
DEFAULT_WORLD = ""  # the world at the root paths

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE worlds (
    id TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    created_at TEXT NOT NULL,
    clock_start TEXT NOT NULL
);
CREATE TABLE snapshots (
    world TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    blob BLOB NOT NULL
);
CREATE TABLE journal (
    world TEXT NOT NULL,
    seq INTEGER NOT NULL,
    entry BLOB NOT NULL
);
-- an entry is a kilobyte or two: kept in a rowid table with an index (a WITHOUT ROWID table
-- holding rows that size writes several times the pages per commit)
CREATE UNIQUE INDEX journal_order ON journal (world, seq);
"""


class StateFileError(Exception):
    """The state file cannot be used; the message is one line saying why."""


@dataclass
class StoredWorld:
    id: str
    settings: dict[str, object]
    created_at: str
    clock_start: str  # what the world's clock read when it was made
    snapshot: bytes | None
    snapshot_seq: int  # the last journal entry the snapshot includes (0: none)
    last_seq: int  # the last journal entry written


class StateStore(Protocol):
    """What a served simulator needs of the place its worlds are kept."""

    def stored_worlds(self) -> list[StoredWorld]: ...

    def journal(self, world_id: str, after: int) -> Iterator[tuple[int, bytes]]: ...

    def world_made(
        self, world_id: str, settings: dict[str, object], created_at: str, clock_start: str
    ) -> None: ...

    def world_dropped(self, world_id: str) -> None: ...

    def append(self, world_id: str, seq: int, entry: bytes) -> None:
        """Add a journal entry; it is kept once `commit` returns."""

    def commit(self) -> None: ...

    def snapshot(self, world_id: str, seq: int, blob: bytes) -> None: ...

    def close(self) -> None: ...


class SQLiteStateStore:
    """Worlds in one SQLite file, held exclusively by one server process."""

    def __init__(self, path: Path, provider: str) -> None:
        self.path = path
        if path.exists() and path.is_dir():
            raise StateFileError(f"{path} is a folder, not a state file")
        try:
            # one thread at a time uses it (the server's event loop; a test's in-process
            # transport runs that loop in a thread of its own)
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as error:
            raise StateFileError(f"cannot open {path}: {error}") from None
        try:
            self._open(provider)
        except sqlite3.DatabaseError as error:
            self._db.close()
            message = str(error)
            if "locked" in message:
                raise StateFileError(
                    f"{path} is in use by another corridor simulate (one server per state file)"
                ) from None
            if "not a database" in message or "malformed" in message:
                raise StateFileError(f"{path} is not a corridor state file ({message})") from None
            raise StateFileError(f"cannot use {path}: {message}") from None

    def _open(self, provider: str) -> None:
        db = self._db
        # one server per file: the exclusive lock is taken now and held until the file closes
        db.execute("PRAGMA locking_mode=EXCLUSIVE")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("BEGIN EXCLUSIVE")
        try:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            if tables and "meta" not in tables:
                raise StateFileError(
                    f"{self.path} is an SQLite file, but not a corridor state file"
                )
            if not tables:
                for statement in filter(str.strip, _SCHEMA.split(";")):
                    db.execute(statement)
                db.executemany(
                    "INSERT INTO meta VALUES (?, ?)",
                    [("format", str(FORMAT)), ("provider", provider)],
                )
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            version = meta.get("format", "")
            if not version.isdigit():
                raise StateFileError(f"{self.path} names no state format")
            if int(version) > FORMAT:
                raise StateFileError(
                    f"{self.path} is state format {version}, newer than this corridor reads "
                    f"({FORMAT}): upgrade corridor to serve it"
                )
            if meta.get("provider") != provider:
                raise StateFileError(
                    f"{self.path} holds {meta.get('provider')} worlds, not {provider} ones"
                )
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def stored_worlds(self) -> list[StoredWorld]:
        rows = self._db.execute(
            """
            SELECT w.id, w.settings, w.created_at, w.clock_start, s.blob, COALESCE(s.seq, 0),
                   COALESCE((SELECT MAX(seq) FROM journal j WHERE j.world = w.id), s.seq, 0)
            FROM worlds w LEFT JOIN snapshots s ON s.world = w.id
            ORDER BY w.rowid
            """
        ).fetchall()
        worlds = []
        for world_id, settings, created_at, clock_start, blob, snapshot_seq, last_seq in rows:
            try:
                parsed = json.loads(settings)
            except ValueError:
                raise StateFileError(f"world {world_id!r}: its settings are damaged") from None
            worlds.append(
                StoredWorld(world_id, parsed, created_at, clock_start, blob, snapshot_seq, last_seq)
            )
        return worlds

    def journal(self, world_id: str, after: int) -> Iterator[tuple[int, bytes]]:
        cursor = self._db.execute(
            "SELECT seq, entry FROM journal WHERE world = ? AND seq > ? ORDER BY seq",
            (world_id, after),
        )
        yield from cursor

    def world_made(
        self, world_id: str, settings: dict[str, object], created_at: str, clock_start: str
    ) -> None:
        self._begin()
        self._db.execute(
            "INSERT OR REPLACE INTO worlds VALUES (?, ?, ?, ?)",
            (world_id, json.dumps(settings), created_at, clock_start),
        )
        self.commit()

    def world_dropped(self, world_id: str) -> None:
        db = self._db
        self._begin()
        db.execute("DELETE FROM journal WHERE world = ?", (world_id,))
        db.execute("DELETE FROM snapshots WHERE world = ?", (world_id,))
        db.execute("DELETE FROM worlds WHERE id = ?", (world_id,))
        self.commit()

    def append(self, world_id: str, seq: int, entry: bytes) -> None:
        """Add an entry to the open transaction: the entries of requests handled together are
        committed together (`commit`), before any of their answers is sent."""
        self._begin()
        self._db.execute("INSERT INTO journal VALUES (?, ?, ?)", (world_id, seq, entry))

    def commit(self) -> None:
        if self._db.in_transaction:
            self._db.execute("COMMIT")

    def _begin(self) -> None:
        if not self._db.in_transaction:
            self._db.execute("BEGIN")

    def snapshot(self, world_id: str, seq: int, blob: bytes) -> None:
        """Keep `blob` as the world up to journal entry `seq`; the entries it includes go."""
        db = self._db
        self._begin()
        db.execute("INSERT OR REPLACE INTO snapshots VALUES (?, ?, ?)", (world_id, seq, blob))
        db.execute("DELETE FROM journal WHERE world = ? AND seq <= ?", (world_id, seq))
        self.commit()

    def close(self) -> None:
        """Close the file; what is not committed is dropped, as a killed server's would be."""
        self._db.close()
