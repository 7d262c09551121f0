"""`corridor verify`: run the contract checks and say plainly whether spec and service agree."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import active_children, get_context
from multiprocessing.process import BaseProcess
from pathlib import Path

from hypothesis import configuration
from rich.console import Console

from corridor.cache import hypothesis_dir
from corridor.providers import PROVIDERS, simulator_names
from corridor.verification.report import print_summary, write_junit
from corridor.verification.run import PHASES, RunResult, combined, run_schemathesis
from corridor.verification.targets import (
    MissingCredentialsError,
    Target,
    remote_target,
    simulator_target,
)


def verify(
    providers: list[str] | None,
    *,
    base_url: str | None,
    max_examples: int,
    seed: int,
    junit_xml: Path | None,
    console: Console,
    require_coverage: bool = False,
) -> int:
    """0 when every check passed, 1 on any failure, 2 when the run could not start.

    With `require_coverage`, an operation that never gave a 2xx to a schema-valid request is a
    failure too: its business rules were never exercised."""
    available = [p.name for p in PROVIDERS if p.has_simulator]
    names = providers or available
    unknown = [name for name in names if name not in available]
    if unknown:
        console.print(
            f"no simulator or contract suite for: {', '.join(unknown)} "
            f"(available: {simulator_names()})"
        )
        return 2
    if base_url is not None and len(names) != 1:
        console.print("--base-url needs exactly one --provider")
        return 2
    if base_url is None:
        results = verify_simulators(names, max_examples, seed, console, require_coverage)
    else:
        try:
            target = remote_target(names[0], base_url)
        except MissingCredentialsError as error:
            console.print(f"[bold red]cannot verify:[/] {error}")
            return 2
        results = [verify_target(target, max_examples, seed, console, require_coverage)]
    if junit_xml is not None:
        write_junit(results, junit_xml, require_coverage=require_coverage)
        console.print(f"JUnit XML written to {junit_xml}")
    return 0 if all(result.passed_with(require_coverage) for result in results) else 1


# A provider's run in two parts, each on a simulator of its own: the phases that test one
# operation at a time, and the stateful phase, whose sequences cross operations.
PARTS = (PHASES[:-1], PHASES[-1:])


def verify_simulators(
    names: list[str], max_examples: int, seed: int, console: Console, require_coverage: bool
) -> list[RunResult]:
    """Every provider's parts, spread over one process per core, then combined per provider.

    Whole runs per process would leave a core idle at the end: the largest provider's run
    alone is about two fifths of the work. The parts go out the longest first (every
    provider's single-operation phases, in registry order, then the stateful ones), and a
    process that frees up takes the next.

    An interruption (Ctrl-C, or SIGTERM, which the CLI turns into one) is the parent's to
    handle: the workers ignore SIGINT, which a terminal sends to the whole process group, and
    the parent stops them before it goes (`_stop`)."""
    jobs = [(name, phases) for phases in PARTS for name in names]
    workers = min(len(jobs), os.cpu_count() or 1)
    home = str(hypothesis_dir())  # as the CLI sets it, in every worker
    with console.status(f"verifying {', '.join(names)} ({workers} at a time)"):
        before = set(active_children())
        pool = ProcessPoolExecutor(
            workers, mp_context=get_context("spawn"), initializer=_start_worker, initargs=(home,)
        )
        try:
            with _sigint_blocked():  # the workers are spawned here, and born deaf to it
                futures = {
                    job: pool.submit(check_simulator, *job, max_examples, seed) for job in jobs
                }
            done = {job: future.result() for job, future in futures.items()}
        except BaseException:
            with _signals_held():
                _stop(pool, [p for p in active_children() if p not in before])
            raise
        pool.shutdown()
    results = [combined([done[name, phases] for phases in PARTS]) for name in names]
    for result in results:
        show(result, console, require_coverage)
    return results


# How long the workers get to end on SIGTERM before they are killed.
STOP_GRACE = 1.0
_CAN_MASK = hasattr(signal, "pthread_sigmask")  # POSIX


def _stop(pool: ProcessPoolExecutor, processes: list[BaseProcess]) -> None:
    """End the pool now: its queued jobs dropped, its workers terminated, and killed if they
    have not gone within `STOP_GRACE` seconds."""
    for process in processes:
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + STOP_GRACE
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()
            process.join(STOP_GRACE)


def _start_worker(hypothesis_home: str) -> None:
    """A worker ignores SIGINT (Ctrl-C reaches the whole process group; the parent decides)
    and, blocked since it was spawned, lets it through only once ignored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _CAN_MASK:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    configuration.set_hypothesis_home_dir(hypothesis_home)


@contextmanager
def _sigint_blocked() -> Iterator[None]:
    """SIGINT blocked in this thread, so that the processes it spawns are born with it blocked:
    a Ctrl-C while a worker starts up (it imports for seconds before its initializer runs)
    stays pending there until the worker ignores it. The parent still gets it: another of its
    threads takes the signal, or it waits until the block ends, and the main thread raises
    `KeyboardInterrupt` as usual."""
    if not _CAN_MASK:
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM ignored for the block (in the main thread), so that a second Ctrl-C,
    or a SIGTERM after one, cannot cut the stopping of the workers short."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held = (signal.SIGINT, signal.SIGTERM)
    previous = {number: signal.signal(number, signal.SIG_IGN) for number in held}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def check_simulator(name: str, phases: tuple[str, ...], max_examples: int, seed: int) -> RunResult:
    return check_target(simulator_target(name), max_examples, seed, phases)


def check_target(
    target: Target,
    max_examples: int,
    seed: int,
    phases: tuple[str, ...] = PHASES,
    on_progress: Callable[[str], None] | None = None,
) -> RunResult:
    """The Schemathesis run of `phases`, then (for a simulator) its books."""
    result = run_schemathesis(
        target, max_examples=max_examples, seed=seed, on_progress=on_progress, phases=phases
    )
    if target.simulator is not None:
        result.errors += [
            f"invariant broken: {problem}"
            for problem in target.simulator.provider.broken_invariants()
        ]
    return result


def verify_target(
    target: Target,
    max_examples: int,
    seed: int,
    console: Console,
    require_coverage: bool = False,
) -> RunResult:
    with console.status(f"verifying {target.provider} against {target.description}") as status:
        result = check_target(
            target,
            max_examples,
            seed,
            on_progress=lambda step: status.update(f"{target.provider}: {step}"),
        )
    show(result, console, require_coverage)
    return result


def show(result: RunResult, console: Console, require_coverage: bool) -> None:
    print_summary(result, console)
    if result.unreached:
        flagged = "[bold red]FAIL[/]" if require_coverage else "[yellow]warning[/]"
        console.print(
            f"{flagged} {len(result.unreached)} operation(s) never answered a schema-valid "
            "request with a 2xx, so their rules went untested: " + ", ".join(result.unreached),
            highlight=False,
        )
    verdict = "[green]agree[/]" if result.passed_with(require_coverage) else "[bold red]DISAGREE[/]"
    console.print(f"{result.provider}: spec and {result.target} {verdict}")
