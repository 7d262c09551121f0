"""Unpredictable values a world draws (session tokens, one-time codes), and their replay.

Credentials must not follow the world's seed, so they come from `secrets`; but a journal replay
must give a world back exactly, tokens included, or every request recorded after a sign-in
would be refused when replayed. So a simulator draws them here: while a request is handled
under `recording()`, each value drawn is kept on its tape (the journal entry stores it), and
under `replaying(values)` the recorded values are handed out again in the order they were
drawn. Outside both, this is plain `secrets`.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Drawn = int | str


class _Tape:
    def __init__(self, replayed: list[Drawn] | None = None) -> None:
        self.drawn: list[Drawn] = []
        self._replayed = list(reversed(replayed)) if replayed is not None else None

    def draw(self, kind: type[Drawn], fresh: Drawn) -> Drawn:
        if self._replayed:
            value = self._replayed.pop()
            # a value of another kind means the world took another path than recorded: the
            # fresh value is then as good as any
            fresh = value if isinstance(value, kind) else fresh
        self.drawn.append(fresh)
        return fresh


_TAPE: ContextVar[_Tape | None] = ContextVar("corridor_draws", default=None)


@contextmanager
def recording() -> Iterator[list[Drawn]]:
    """Keep every value drawn inside the block; yields the list they are kept in."""
    tape = _Tape()
    token = _TAPE.set(tape)
    try:
        yield tape.drawn
    finally:
        _TAPE.reset(token)


@contextmanager
def replaying(values: list[Drawn]) -> Iterator[None]:
    """Hand out `values`, in order, to the draws inside the block."""
    token = _TAPE.set(_Tape(values))
    try:
        yield
    finally:
        _TAPE.reset(token)


def token_hex(nbytes: int) -> str:
    tape = _TAPE.get()
    fresh = secrets.token_hex(nbytes)
    return fresh if tape is None else str(tape.draw(str, fresh))


def randbelow(upper: int) -> int:
    tape = _TAPE.get()
    fresh = secrets.randbelow(upper)
    if tape is None:
        return fresh
    value = tape.draw(int, fresh)
    return value if isinstance(value, int) and 0 <= value < upper else fresh
