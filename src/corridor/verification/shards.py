"""A verification split over CI jobs: which parts a shard runs, what it writes, how they merge.

The work of a run against the simulators is a list of parts, each a provider and some of its
phases on a simulator of its own (`Part`): the same list, in the same order, for the same
providers. Shard K of N runs every N-th part from the K-th, with the run's seed, so each part is
the very run the unsharded command gives it, and the merged result is the unsharded one.

A shard writes its parts' results as JSON (`write_result`); `merge` reads every shard's file,
checks that they are the N shards of one run (same seed, examples, providers, each shard
once), and gives back each provider's result combined over its parts.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from corridor.command_errors import CommandError
from corridor.verification.run import PHASES, Failure, OperationResult, RunResult, combined
from corridor.verification.signing import Tampered

FORMAT = "corridor-verify-result/1"

# A provider's run in two parts, each on a simulator of its own: the phases that test one
# operation at a time, and the stateful phase, whose sequences cross operations.
PARTS = (PHASES[:-1], PHASES[-1:])


@dataclass(frozen=True)
class Part:
    provider: str
    index: int  # into PARTS

    @property
    def phases(self) -> tuple[str, ...]:
        return PARTS[self.index]

    @property
    def name(self) -> str:
        return f"{self.provider} {'+'.join(self.phases)}"


@dataclass(frozen=True)
class Shard:
    number: int  # from 1
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        """`K/N`, 1 <= K <= N: raises `ValueError` with the reason otherwise."""
        match = re.fullmatch(r"([0-9]{1,4})/([0-9]{1,4})", text.strip())
        if match is None:
            raise ValueError(f"expected K/N, such as 2/3, got {text!r}")
        number, count = int(match[1]), int(match[2])
        if not 1 <= number <= count:
            raise ValueError(f"K must be from 1 to N, got {text!r}")
        return cls(number, count)

    def __str__(self) -> str:
        return f"{self.number}/{self.count}"


WHOLE = Shard(1, 1)


def all_parts(providers: list[str]) -> list[Part]:
    """The run's parts, the longest first: every provider's single-operation phases, then the
    stateful ones (a process that frees up takes the next)."""
    return [Part(name, index) for index in range(len(PARTS)) for name in providers]


def shard_parts(providers: list[str], shard: Shard) -> list[Part]:
    return all_parts(providers)[shard.number - 1 :: shard.count]


@dataclass
class ShardResult:
    providers: list[str]
    seed: int
    max_examples: int
    shard: Shard
    results: dict[Part, RunResult]


def write_result(path: Path, outcome: ShardResult) -> None:
    document = {
        "format": FORMAT,
        "providers": outcome.providers,
        "seed": outcome.seed,
        "max_examples": outcome.max_examples,
        "shard": [outcome.shard.number, outcome.shard.count],
        "parts": [
            {"provider": part.provider, "part": part.index, "result": _result_json(result)}
            for part, result in outcome.results.items()
        ],
    }
    path.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")


def read_result(path: Path) -> ShardResult:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} file")
        number, count = document["shard"]
        return ShardResult(
            list(document["providers"]),
            int(document["seed"]),
            int(document["max_examples"]),
            Shard(int(number), int(count)),
            {
                Part(entry["provider"], int(entry["part"])): _result_from_json(entry["result"])
                for entry in document["parts"]
            },
        )
    except OSError as error:
        raise CommandError(f"--merge: cannot read {path}: {error.strerror or error}") from error
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise CommandError(
            f"--merge: {path} is not a result written by `corridor verify --result` ({error})"
        ) from error


def merge(outcomes: list[ShardResult]) -> list[RunResult]:
    """Each provider's result over every shard's parts; `CommandError` unless `outcomes` are
    exactly the N shards of one run."""
    if not outcomes:
        raise CommandError("--merge needs at least one result file")
    first = outcomes[0]
    for other in outcomes[1:]:
        for what in ("providers", "seed", "max_examples"):
            if getattr(other, what) != getattr(first, what):
                raise CommandError(
                    f"--merge: shard {other.shard} ran with other {what.replace('_', ' ')} "
                    f"({getattr(other, what)}) than shard {first.shard} ({getattr(first, what)})"
                )
    counts = {outcome.shard.count for outcome in outcomes}
    if len(counts) > 1:
        raise CommandError(f"--merge: the files come from runs of {sorted(counts)} shards")
    count = counts.pop()
    numbers = sorted(outcome.shard.number for outcome in outcomes)
    missing = sorted(set(range(1, count + 1)) - set(numbers))
    twice = sorted({n for n in numbers if numbers.count(n) > 1})
    problems = []
    if missing:
        problems.append("missing shard(s) " + ", ".join(f"{n}/{count}" for n in missing))
    if twice:
        problems.append("shard(s) given twice: " + ", ".join(f"{n}/{count}" for n in twice))
    if problems:
        raise CommandError(f"--merge: {'; '.join(problems)}")
    parts: dict[Part, RunResult] = {}
    for outcome in outcomes:
        parts.update(outcome.results)
    absent = [part.name for part in all_parts(first.providers) if part not in parts]
    if absent:
        raise CommandError(f"--merge: no result for {', '.join(absent)}")
    return [
        combined([parts[Part(name, index)] for index in range(len(PARTS))])
        for name in first.providers
    ]


def _result_json(result: RunResult) -> dict[str, Any]:
    return asdict(result)


def _result_from_json(data: dict[str, Any]) -> RunResult:
    operations = {
        label: OperationResult(
            op["label"],
            int(op["cases"]),
            int(op["successes"]),
            [Failure(**failure) for failure in op["failures"]],
        )
        for label, op in data["operations"].items()
    }
    return RunResult(
        data["provider"],
        data["target"],
        operations,
        [str(error) for error in data["errors"]],
        [Tampered(**sent) for sent in data["tampered"]],
        str(data.get("pacing", "")),
    )
