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
from multiprocessing.queues import Queue
from pathlib import Path

import httpx
from hypothesis import configuration
from rich.console import Console

from corridor.cache import hypothesis_dir
from corridor.providers import PROVIDERS, get_provider, simulator_names
from corridor.verification.politeness import DEFAULT_RATE_LIMIT, Pace, RateLimit
from corridor.verification.progress import ProgressReport
from corridor.verification.report import markdown_summary, print_summary, write_junit
from corridor.verification.run import PHASES, RunResult, Step, run_schemathesis

# PARTS: where the run's parts were defined before shards.py, for those who import it here
from corridor.verification.shards import PARTS as PARTS
from corridor.verification.shards import (
    WHOLE,
    Part,
    Shard,
    ShardResult,
    all_parts,
    merge,
    read_result,
    shard_parts,
    write_result,
)
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
    shard: Shard = WHOLE,
    result_file: Path | None = None,
    summary_markdown: Path | None = None,
    rate_limit: str | None = None,
) -> int:
    """0 when every check passed, 1 on any failure, 2 when the run could not start.

    With `require_coverage`, an operation that never gave a 2xx to a schema-valid request is a
    failure too: its business rules were never exercised. A `shard` other than 1/1 runs its
    part of the work only (`shards.py`) and leaves the verdict to `merge_results`."""
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
    if base_url is not None and shard != WHOLE:
        # shards run at once on several machines: together they would exceed the service's
        # rate limit, which each respects alone
        console.print("--shard splits runs against the simulators; not with --base-url")
        return 2
    if base_url is None:
        done = run_parts(shard_parts(names, shard), max_examples, seed, console)
        if shard != WHOLE:
            console.print(
                f"shard {shard}: {len(done)} part(s) of {len(all_parts(names))} "
                + (f"({', '.join(part.name for part in done)})" if done else "(nothing to do)"),
                highlight=False,
            )
            if result_file is not None:
                write_result(result_file, ShardResult(names, seed, max_examples, shard, done))
                console.print(f"shard result written to {result_file}", highlight=False)
            # a shard's failures are the merge's verdict; the shard itself says only whether
            # its own parts agreed
            return 0 if all(result.passed for result in done.values()) else 1
        whole = ShardResult(names, seed, max_examples, shard, done)
        if result_file is not None:
            write_result(result_file, whole)
        results = merge([whole])  # the very code that merges shards
    else:
        try:
            pace = polite_pace(names[0], rate_limit, served_limit(base_url))
        except ValueError as error:
            console.print(f"--rate-limit: {error}", highlight=False)
            return 2
        try:
            target = remote_target(names[0], base_url, pace)
        except MissingCredentialsError as error:
            console.print(f"[bold red]cannot verify:[/] {error}")
            return 2
        results = [
            verify_target(
                target,
                max_examples,
                seed,
                console,
                require_coverage,
                pace=pace,
                show_result=False,
            )
        ]
        if result_file is not None:
            console.print("--result is written by runs against the simulators only")
    return conclude(results, console, require_coverage, junit_xml, summary_markdown)


def polite_pace(
    provider: str, rate_limit: str | None, served: RateLimit | bool | None = False
) -> Pace | None:
    """The pace of a run against a URL: `rate_limit` when given; else, for a corridor
    simulator served there (`served` is not False), the limit it enforces, if any; else the
    limit the provider's docs state, else `DEFAULT_RATE_LIMIT`."""
    documented = get_provider(provider).rate_limit
    if rate_limit is not None:
        return Pace(RateLimit.parse(rate_limit), "--rate-limit")
    if served is None:
        return None  # a simulator without a limit: nothing to be polite to
    if isinstance(served, RateLimit):
        return Pace(served, "the limit the served simulator enforces")
    if documented is not None:
        return Pace(RateLimit.parse(documented), f"{provider}'s documented limit")
    return Pace(
        RateLimit.parse(DEFAULT_RATE_LIMIT),
        f"corridor's default: {provider}'s docs state no limit; --rate-limit sets one",
    )


def served_limit(base_url: str) -> RateLimit | bool | None:
    """False when `base_url` is not a corridor simulator (no control API beside it); else the
    rate limit it enforces, None when it enforces none."""
    origin = httpx.URL(base_url).copy_with(path="/", query=None, fragment=None)
    try:
        answer = httpx.get(str(origin).rstrip("/") + "/_simulator/rate-limit", timeout=5.0)
        state = answer.json() if answer.status_code == 200 else None
    except (httpx.HTTPError, ValueError):
        return False
    if not isinstance(state, dict) or not isinstance(state.get("enabled"), bool):
        return False
    if not state["enabled"]:
        return None
    try:
        return RateLimit(int(state["requests"]), float(state["seconds"]))
    except (KeyError, TypeError, ValueError):
        return False


def merge_results(
    paths: list[Path],
    *,
    console: Console,
    junit_xml: Path | None,
    require_coverage: bool = False,
    summary_markdown: Path | None = None,
) -> int:
    """The one verdict of a sharded run from its shards' result files, as the unsharded run
    would give it: the tables, `require_coverage` over the union, JUnit XML, the exit code."""
    results = merge([read_result(path) for path in paths])
    return conclude(results, console, require_coverage, junit_xml, summary_markdown)


def conclude(
    results: list[RunResult],
    console: Console,
    require_coverage: bool,
    junit_xml: Path | None,
    summary_markdown: Path | None,
) -> int:
    for result in results:
        show(result, console, require_coverage)
    if junit_xml is not None:
        write_junit(results, junit_xml, require_coverage=require_coverage)
        console.print(f"JUnit XML written to {junit_xml}", highlight=False)
    if summary_markdown is not None:
        summary_markdown.write_text(
            markdown_summary(results, require_coverage=require_coverage), encoding="utf-8"
        )
        console.print(f"Markdown summary written to {summary_markdown}", highlight=False)
    return 0 if all(result.passed_with(require_coverage) for result in results) else 1


def run_parts(
    parts: list[Part], max_examples: int, seed: int, console: Console
) -> dict[Part, RunResult]:
    """Each part on a simulator of its own, spread over one process per core.

    Whole runs per process would leave a core idle at the end: the largest provider's run
    alone is about two fifths of the work. The parts go out the longest first, and a process
    that frees up takes the next. Each worker reports its progress through a queue, which a
    thread of this process shows (`progress.py`).

    An interruption (Ctrl-C, or SIGTERM, which the CLI turns into one) is the parent's to
    handle: the workers ignore SIGINT, which a terminal sends to the whole process group, and
    the parent stops them before it goes (`_stop`)."""
    if not parts:
        return {}
    workers = min(len(parts), os.cpu_count() or 1)
    home = str(hypothesis_dir())  # as the CLI sets it, in every worker
    context = get_context("spawn")
    queue: Queue[tuple[str, Step | None]] = context.Queue()
    with ProgressReport(console, [part.name for part in parts]) as report:
        listener = threading.Thread(target=_relay, args=(queue, report), daemon=True)
        listener.start()
        before = set(active_children())
        # one part per process: a part that ran after another in the same process got other
        # answers (state the previous part left in the process), so the run of a part, and a
        # shard's result, would depend on which parts went before it
        pool = ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(home, queue),
            max_tasks_per_child=1,
        )
        try:
            with _sigint_blocked():  # the workers are spawned here, and born deaf to it
                futures = {
                    part: pool.submit(check_simulator, part, max_examples, seed) for part in parts
                }
            done = {part: future.result() for part, future in futures.items()}
        except BaseException:
            with _signals_held():
                _stop(pool, [p for p in active_children() if p not in before])
            raise
        finally:
            queue.put(("", None), timeout=1)
            listener.join(timeout=2)
        pool.shutdown()
    return done


def _relay(queue: Queue[tuple[str, Step | None]], report: ProgressReport) -> None:
    """Shows what the workers report, until the empty name; a part's `None` says it is done."""
    while True:
        try:
            name, step = queue.get()
        except (EOFError, OSError, ValueError):  # the queue closed under an interruption
            return
        if not name:
            return
        if step is None:
            report.finished(name)
        else:
            report.tick(name, step)


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


# In a worker: where its parts report their progress (`_start_worker`).
_progress: Queue[tuple[str, Step | None]] | None = None


def _start_worker(hypothesis_home: str, progress: Queue[tuple[str, Step | None]]) -> None:
    """A worker ignores SIGINT (Ctrl-C reaches the whole process group; the parent decides)
    and, blocked since it was spawned, lets it through only once ignored."""
    global _progress
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _CAN_MASK:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    configuration.set_hypothesis_home_dir(hypothesis_home)
    _progress = progress


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


def check_simulator(part: Part, max_examples: int, seed: int) -> RunResult:
    """One part on a fresh simulator; its progress goes to the worker's queue, if it has one."""
    queue = _progress

    def report(step: Step) -> None:
        if queue is not None:
            queue.put((part.name, step))

    report(Step("starting", 0, 0))  # taken by this worker; the simulator starts and is seeded
    result = check_target(
        simulator_target(part.provider), max_examples, seed, part.phases, on_progress=report
    )
    if queue is not None:
        queue.put((part.name, None))
    return result


def check_target(
    target: Target,
    max_examples: int,
    seed: int,
    phases: tuple[str, ...] = PHASES,
    on_progress: Callable[[Step], None] | None = None,
    pace: Pace | None = None,
) -> RunResult:
    """The Schemathesis run of `phases`, then (for a simulator) its books."""
    result = run_schemathesis(
        target,
        max_examples=max_examples,
        seed=seed,
        on_progress=on_progress,
        phases=phases,
        pace=pace,
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
    *,
    pace: Pace | None = None,
    show_result: bool = True,
) -> RunResult:
    """A whole run (every phase) in this process, its progress shown as it goes."""
    name = f"{target.provider} against {target.description}"
    with ProgressReport(console, [name]) as report:
        report.tick(name, Step("starting", 0, 0))  # signing in, seeding
        result = check_target(
            target,
            max_examples,
            seed,
            on_progress=lambda step: report.tick(name, step),
            pace=pace,
        )
        report.finished(name)
    if show_result:
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
