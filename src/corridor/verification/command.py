"""`corridor verify`: run the contract checks and say plainly whether spec and service agree."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
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
    process that frees up takes the next."""
    jobs = [(name, phases) for phases in PARTS for name in names]
    workers = min(len(jobs), os.cpu_count() or 1)
    with (
        console.status(f"verifying {', '.join(names)} ({workers} at a time)"),
        ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool,
    ):
        home = str(hypothesis_dir())  # as the CLI sets it, in every worker
        futures = {
            job: pool.submit(check_simulator, *job, max_examples, seed, home) for job in jobs
        }
        done = {job: future.result() for job, future in futures.items()}
    results = [combined([done[name, phases] for phases in PARTS]) for name in names]
    for result in results:
        show(result, console, require_coverage)
    return results


def check_simulator(
    name: str, phases: tuple[str, ...], max_examples: int, seed: int, hypothesis_home: str
) -> RunResult:
    configuration.set_hypothesis_home_dir(hypothesis_home)
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
