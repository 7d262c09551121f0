"""Run Schemathesis against a target and tally the outcome per operation.

Every phase runs (documented examples, coverage, fuzzing, and stateful sequences that follow
the spec's OpenAPI links), with every check, on positive and negative data. The provider's
seeder first creates real objects, whose ids the generated cases then draw (`seeds.py`), and the
tally counts, per operation, the schema-valid requests that got a 2xx: how deep the run went.
"""

from __future__ import annotations

import copy
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import Status, events, from_schema
from schemathesis.generation import GenerationMode

from corridor.simulator.definition import Signed
from corridor.spec import iter_operations, load_spec
from corridor.verification.seeds import SeedingError, Seeds
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
    successes: int = 0  # 2xx answers to schema-valid (positive) requests
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
    def successes(self) -> int:
        return sum(op.successes for op in self.operations.values())

    @property
    def unreached(self) -> list[str]:
        """Operations no schema-valid request got a 2xx from: their rules went untested."""
        return sorted(label for label, op in self.operations.items() if not op.successes)

    @property
    def passed(self) -> bool:
        return not self.failures and not self.errors

    def passed_with(self, require_coverage: bool) -> bool:
        return self.passed and not (require_coverage and self.unreached)


def run_schemathesis(
    target: Target,
    *,
    max_examples: int = 25,
    seed: int = 0,
    seeds: Seeds | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> RunResult:
    """`seeds` default to the target's own: its seeder creates them before the run."""
    spec = load_spec(target.provider)
    operations = {
        op.label: OperationResult(op.label) for op in iter_operations(spec) if op.kind == "path"
    }
    result = RunResult(target.provider, target.description, operations)
    if seeds is None:
        try:
            seeds = target.seed()
        except SeedingError as error:  # the run still goes ahead, shallow, and fails
            seeds = Seeds()
            result.errors.append(str(error))
    schema = _load_schema(target, spec, max_examples, seed, seeds)
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


def _load_schema(
    target: Target, spec: dict[str, Any], max_examples: int, seed: int, seeds: Seeds
) -> Any:
    bindings = seeds.config()
    operations = _with_refusals(bindings["operations"], target.harness.refusals)
    config = SchemathesisConfig.from_dict(
        {
            "seed": seed,
            "dictionaries": bindings["dictionaries"],
            "generation": {"mode": "all", "max-examples": max_examples},
            "phases": {"stateful": {"enabled": True}},
            "parameters": bindings["parameters"],
            "operations": operations,
        }
    )
    schema = schemathesis.openapi.from_dict(copy.deepcopy(spec), config=config)
    schema.config.update(base_url=target.base_url)
    if target.simulator is not None:
        schema.app = target.simulator.app
    default_security = spec.get("security", [])

    class Login:
        """Sign in for every case (tokens stop working after a logout or a deactivation), and
        send the headers of the security schemes the case's operation names."""

        def get(self, case: Any, context: Any) -> Signed:
            return target.sign_in(target.http)

        def set(self, case: Any, data: Signed, context: Any) -> None:
            definition = case.operation.definition.raw
            security = definition.get("security", default_security)
            signed = seeds.signed_for(definition.get("operationId"), data)
            case.headers = {**(case.headers or {}), **_headers_for(security, signed)}

    schema.auth(refresh_interval=None)(Login)
    return schema


def _headers_for(security: list[dict[str, Any]], signed: Signed) -> dict[str, str]:
    """The headers of the first security alternative whose every scheme is signed."""
    for alternative in security:
        if all(scheme in signed for scheme in alternative):
            merged: dict[str, str] = {}
            for scheme in alternative:
                merged.update(signed[scheme])
            return merged
    return {}


# What Schemathesis accepts for a schema-valid request by default (positive_data_acceptance).
ACCEPTED_STATUSES = ("2xx", "3xx", "401", "403", "404", "409", "429", "5xx")


def _with_refusals(
    operations: list[dict[str, Any]], refusals: Mapping[str, frozenset[int]]
) -> list[dict[str, Any]]:
    """Per operation, the documented business refusals join the statuses a schema-valid
    request may get: a duplicate idempotency key answered 422 is the docs, not a bug."""
    merged = {entry["include-operation-id"]: dict(entry) for entry in operations}
    for operation_id, statuses in refusals.items():
        entry = merged.setdefault(operation_id, {"include-operation-id": operation_id})
        expected = [*ACCEPTED_STATUSES, *(str(status) for status in sorted(statuses))]
        entry["checks"] = {"positive_data_acceptance": {"expected-statuses": expected}}
    return [merged[key] for key in sorted(merged)]


def _tally(event: events.ScenarioFinished, result: RunResult) -> None:
    recorder = event.recorder
    for case_id, node in recorder.cases.items():
        label = node.value.operation.label
        tally = result.operations.setdefault(label, OperationResult(label))
        tally.cases += 1
        interaction = recorder.interactions.get(case_id)
        meta = node.value.meta
        if (
            interaction is not None
            and interaction.response is not None
            and 200 <= interaction.response.status_code < 300
            and meta is not None
            and meta.generation.mode == GenerationMode.POSITIVE
        ):
            tally.successes += 1
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
