"""Run Schemathesis against a target and tally the outcome per operation.

Every phase runs (documented examples, coverage, fuzzing, and stateful sequences that follow
the spec's OpenAPI links), with every check, on positive and negative data.
"""

from __future__ import annotations

import copy
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import Status, events, from_schema

from corridor.spec import iter_operations, load_spec
from corridor.verification.targets import Target


@dataclass(frozen=True)
class Failure:
    operation: str
    check: str
    title: str
    message: str
    reproduction: str


@dataclass
class OperationResult:
    label: str
    cases: int = 0
    failures: list[Failure] = field(default_factory=list)


@dataclass
class RunResult:
    provider: str
    target: str
    operations: dict[str, OperationResult]
    errors: list[str] = field(default_factory=list)  # engine errors that are not check failures

    @property
    def failures(self) -> list[Failure]:
        return [f for op in self.operations.values() for f in op.failures]

    @property
    def cases(self) -> int:
        return sum(op.cases for op in self.operations.values())

    @property
    def passed(self) -> bool:
        return not self.failures and not self.errors


def run_schemathesis(
    target: Target,
    *,
    max_examples: int = 25,
    seed: int = 0,
    on_progress: Callable[[str], None] | None = None,
) -> RunResult:
    spec = load_spec(target.provider)
    operations = {
        op.label: OperationResult(op.label) for op in iter_operations(spec) if op.kind == "path"
    }
    result = RunResult(target.provider, target.description, operations)
    schema = _load_schema(target, spec, max_examples, seed)
    with warnings.catch_warnings():
        # Schemathesis drives ASGI apps through Starlette's deprecated httpx test client
        warnings.simplefilter("ignore")
        for event in from_schema(schema).execute():
            if isinstance(event, events.ScenarioFinished) and event.is_test_scenario:
                _tally(event, result)
                if on_progress is not None and event.label:
                    on_progress(f"{event.phase.value}: {event.label}")
            elif isinstance(event, events.NonFatalError | events.FatalError):
                result.errors.append(_describe_error(event))
    return result


def _load_schema(target: Target, spec: dict[str, Any], max_examples: int, seed: int) -> Any:
    config = SchemathesisConfig.from_dict(
        {
            "seed": seed,
            "generation": {"mode": "all", "max-examples": max_examples},
            "phases": {"stateful": {"enabled": True}},
        }
    )
    schema = schemathesis.openapi.from_dict(copy.deepcopy(spec), config=config)
    schema.config.update(base_url=target.base_url)
    if target.simulator is not None:
        schema.app = target.simulator.app

    class Login:
        """Log in once, and again whenever the token stops working (e.g. after a logout)."""

        def get(self, case: Any, context: Any) -> dict[str, str]:
            return target.sign_in(target.http)

        def set(self, case: Any, data: dict[str, str], context: Any) -> None:
            case.headers = {**(case.headers or {}), **data}

    schema.auth(refresh_interval=None)(Login)
    return schema


def _tally(event: events.ScenarioFinished, result: RunResult) -> None:
    recorder = event.recorder
    for node in recorder.cases.values():
        label = node.value.operation.label
        result.operations.setdefault(label, OperationResult(label)).cases += 1
    for case_id, checks in recorder.checks.items():
        label = recorder.cases[case_id].value.operation.label
        for check in checks:
            if check.status != Status.FAILURE or check.failure_info is None:
                continue
            failure = check.failure_info.failure
            found = Failure(
                operation=label,
                check=check.name,
                title=failure.title,
                message=failure.message,
                reproduction=check.failure_info.code_sample,
            )
            known = result.operations[label].failures
            if all((f.check, f.title) != (found.check, found.title) for f in known):
                known.append(found)


def _describe_error(event: events.NonFatalError | events.FatalError) -> str:
    info = getattr(event, "info", None)
    label = getattr(event, "label", "")
    return f"{label}: {getattr(info, 'message', info)}".strip(": ")
