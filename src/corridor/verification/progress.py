"""What a verification run says while it runs, so a slow run is never mistaken for a hung one.

A run is made of parts (a provider's single-operation phases, its stateful phase), each of
which reports a `Step` as each of its scenarios finishes: the phase it is in, the cases and
failures so far, and each new failure with its reproduction, already redacted.

On a terminal, rich shows one live line per part. Anywhere else (a CI log, a pipe) a plain line
per running part is printed at least every `HEARTBEAT` seconds, whether or not anything
finished, and every failure is printed as one block the moment it is found.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from types import TracebackType

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

from corridor.verification.run import Failure, Step

HEARTBEAT = 10.0  # seconds between two plain progress lines, at most


@dataclass
class _PartState:
    phase: str = "waiting"  # for a free worker; "starting" once one has taken the part
    cases: int = 0
    failures: int = 0
    done: bool = False


class ProgressReport:
    """Shows the ticks of every part of a run: `tick` may be called from any thread."""

    def __init__(self, console: Console, parts: list[str], heartbeat: float = HEARTBEAT) -> None:
        self._console = console
        self._parts = {part: _PartState() for part in parts}
        self._lock = threading.Lock()
        self._heartbeat = heartbeat
        self._started = time.monotonic()
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None
        self._live: Progress | None = None
        self._tasks: dict[str, TaskID] = {}

    def __enter__(self) -> ProgressReport:
        if self._console.is_terminal:
            self._live = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TextColumn("{task.fields[phase]}", style="cyan"),
                TextColumn("{task.fields[cases]} cases"),
                TextColumn("{task.fields[failures]} failures"),
                TimeElapsedColumn(),
                console=self._console,
                transient=True,
            )
            self._live.start()
            for part in self._parts:
                self._tasks[part] = self._live.add_task(
                    part, total=None, phase="waiting", cases=0, failures=0
                )
        else:
            names = ", ".join(self._parts)
            self._say(f"verifying {len(self._parts)} part(s): {names}")
            self._thread = threading.Thread(target=self._beat, daemon=True)
            self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stopped.set()
        if self._thread is not None:
            self._thread.join()
        if self._live is not None:
            self._live.stop()

    def tick(self, part: str, step: Step) -> None:
        with self._lock:
            state = self._parts.setdefault(part, _PartState())
            state.phase, state.cases, state.failures = step.phase, step.cases, step.failures
            if self._live is not None and part in self._tasks:
                self._live.update(
                    self._tasks[part], phase=step.phase, cases=step.cases, failures=step.failures
                )
        for failure in step.found:
            self._show_failure(part, failure)

    def finished(self, part: str) -> None:
        with self._lock:
            state = self._parts.setdefault(part, _PartState())
            state.done = True
            if self._live is not None and part in self._tasks:
                self._live.update(self._tasks[part], phase="done")
                self._live.stop_task(self._tasks[part])
        if self._live is None:
            self._say(
                f"{part}: done, {state.cases} cases, {state.failures} failure(s)", elapsed=True
            )

    def _show_failure(self, part: str, failure: Failure) -> None:
        text = (
            f"FAIL {part}: {failure.operation} - {failure.check}: {failure.title}\n"
            f"{failure.message}\nreproduce with:\n{failure.reproduction}"
        )
        self._say(text, elapsed=True)

    def _beat(self) -> None:
        while not self._stopped.wait(self._heartbeat):
            with self._lock:
                running = {
                    part: state
                    for part, state in self._parts.items()
                    if not state.done and state.phase != "waiting"
                }
                waiting = [part for part, state in self._parts.items() if state.phase == "waiting"]
                done = sum(1 for state in self._parts.values() if state.done)
            lines = [
                f"{part}: {state.phase}, {state.cases} cases so far, "
                f"{state.failures} failure(s) so far"
                for part, state in running.items()
            ]
            if waiting:
                lines.append(
                    f"{len(waiting)} part(s) waiting for a free worker, {done} done: "
                    + ", ".join(waiting)
                )
            for line in lines:
                self._say(line, elapsed=True)

    def _say(self, text: str, elapsed: bool = False) -> None:
        if elapsed:
            text = f"[{time.monotonic() - self._started:5.0f}s] {text}"
        with self._lock:
            # markup off: a reproduction holds brackets; soft wrap: a curl line is not cut
            self._console.print(text, markup=False, highlight=False, soft_wrap=True)
