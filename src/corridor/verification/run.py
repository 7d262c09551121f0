"""Run Schemathesis against a target and tally the outcome per operation.

Every phase runs (documented examples, coverage, fuzzing, and stateful sequences that follow
the spec's OpenAPI links), with every check, on positive and negative data. The provider's
seeder first creates real objects, whose ids the generated cases then draw
(`corridor.providers.seeding`), and the tally counts, per operation, the schema-valid requests
that got a 2xx: how deep the run went.
Where the provider's wire rewrites requests (its harness has a signer), every case is signed on
its way out and some invalid ones carry a broken signature too (`signing.py`). Nothing the run
keeps shows a credential (`redaction.py`).
"""

from __future__ import annotations

import copy
import warnings
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import schemathesis
from schemathesis.config import ChecksConfig, SchemathesisConfig
from schemathesis.core.parameters import ParameterLocation
from schemathesis.engine import Status, events, from_schema
from schemathesis.engine.recorder import ScenarioRecorder
from schemathesis.generation import GenerationMode

from corridor.providers import get_provider
from corridor.providers.harness import Signed
from corridor.providers.seeding import SeedingError, Seeds
from corridor.spec import iter_operations, load_spec
from corridor.verification.politeness import Pace, Paced
from corridor.verification.redaction import Redaction, output_config, sanitized_keys
from corridor.verification.signing import CaseSigning, Tampered
from corridor.verification.targets import Target

# Schemathesis's phases, in the order it runs them; all but the last test one operation at a time.
PHASES = ("examples", "coverage", "fuzzing", "stateful")


@dataclass(frozen=True)
class Failure:
    operation: str
    check: str
    title: str
    message: str
    reproduction: str


@dataclass(frozen=True)
class Step:
    """Where a run is, after one of its scenarios: `found` holds the failures that scenario
    found first, redacted with what the run knew by then."""

    phase: str
    cases: int
    failures: int
    found: tuple[Failure, ...] = ()


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
    tampered: list[Tampered] = field(default_factory=list)  # requests sent with a broken signature
    pacing: str = ""  # against a real service: its rate limit, and the 429s waited out

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


def combined(parts: Sequence[RunResult]) -> RunResult:
    """One provider's result from runs that each did some of its phases: cases and 2xx added
    up per operation, failures kept once per (check, title), errors and tampering all kept."""
    first = parts[0]
    operations = {label: OperationResult(label) for label in first.operations}
    result = RunResult(first.provider, first.target, operations)
    for part in parts:
        for label, op in part.operations.items():
            total = operations.setdefault(label, OperationResult(label))
            total.cases += op.cases
            total.successes += op.successes
            for failure in op.failures:
                if all(
                    (f.check, f.title) != (failure.check, failure.title) for f in total.failures
                ):
                    total.failures.append(failure)
        result.errors += part.errors
        result.tampered += part.tampered
        result.pacing = result.pacing or part.pacing
    return result


def run_schemathesis(
    target: Target,
    *,
    max_examples: int = 25,
    seed: int = 0,
    seeds: Seeds | None = None,
    on_progress: Callable[[Step], None] | None = None,
    phases: Collection[str] = PHASES,
    pace: Pace | None = None,
) -> RunResult:
    """`seeds` default to the target's own: its seeder creates them before the run. `phases`
    are the Schemathesis phases to run, all of them unless told. With `pace`, every case keeps
    to the target's rate limit (`politeness.py`; give the target the same one)."""
    unknown = sorted(set(phases) - set(PHASES))
    if unknown:
        raise ValueError(f"no such Schemathesis phase: {', '.join(unknown)}")
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
    signer = target.harness.signer
    signing = None if signer is None else CaseSigning(signer, target.credentials)
    public = get_provider(target.provider).public_credentials
    redaction = Redaction(
        sanitized_keys(spec),
        secrets=[value for name, value in target.credentials.items() if name not in public],
        public=[value for name, value in target.credentials.items() if name in public],
    )
    schema = _load_schema(target, spec, max_examples, seed, seeds, signing, phases, redaction, pace)
    with warnings.catch_warnings():
        # Schemathesis drives ASGI apps through Starlette's deprecated httpx test client
        warnings.simplefilter("ignore")
        for event in from_schema(schema).execute():
            if isinstance(event, events.ScenarioFinished) and event.is_test_scenario:
                found = _tally(event, result, redaction)
                if on_progress is not None:
                    on_progress(
                        Step(
                            event.phase.value,
                            result.cases,
                            len(result.failures),
                            tuple(_redacted(failure, redaction) for failure in found),
                        )
                    )
            elif isinstance(event, events.NonFatalError | events.FatalError):
                result.errors.append(_describe_error(event))
            elif isinstance(event, events.Interrupted):
                # Schemathesis ends a run cut short by Ctrl-C (or the CLI's SIGTERM) as if it
                # were done: the partial result is no verdict
                raise KeyboardInterrupt
    if signing is not None:
        result.tampered = signing.tampered
        result.errors += [
            f"{sent.operation}: a request whose signature was broken ({sent.how}) was accepted "
            f"with {sent.status}"
            for sent in signing.tampered
            if sent.accepted
        ]
    if pace is not None:
        result.pacing = pace.describe()
    _redact(result, redaction)
    return result


def _redact(result: RunResult, redaction: Redaction) -> None:
    """Every text of `result` without the secrets the run knows, those learnt last included."""
    for op in result.operations.values():
        op.failures = [_redacted(failure, redaction) for failure in op.failures]
    result.errors = [redaction(error) for error in result.errors]


def _redacted(failure: Failure, redaction: Redaction) -> Failure:
    return replace(
        failure,
        message=redaction(failure.message),
        reproduction=redaction(failure.reproduction),
    )


def _load_schema(
    target: Target,
    spec: dict[str, Any],
    max_examples: int,
    seed: int,
    seeds: Seeds,
    signing: CaseSigning | None,
    phases: Collection[str],
    redaction: Redaction,
    pace: Pace | None,
) -> Any:
    bindings = seeds.config(max_examples)
    accepted = accepted_statuses()
    operations = with_refusals(bindings["operations"], target.harness.refusals, accepted)
    config = SchemathesisConfig.from_dict(
        {
            "seed": seed,
            "checks": {"positive_data_acceptance": {"expected-statuses": accepted}},
            "dictionaries": bindings["dictionaries"],
            # no example database: a run is the same run for the same seed, wherever it runs
            "generation": {"mode": "all", "max-examples": max_examples, "database": "none"},
            "phases": {name: {"enabled": name in phases} for name in PHASES},
            "parameters": bindings["parameters"],
            "operations": operations,
            "output": output_config(spec),
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
            label = case.operation.label
            definition = case.operation.definition.raw
            security = definition.get("security", default_security)
            signed = seeds.signed_for(definition.get("operationId"), data)
            headers = _headers_for(security, signed)
            # not `case.meta`: reading it revalidates a case whose request is not settled yet,
            # which can relabel it (Schemathesis's own coverage_scenario reads `_meta` too)
            meta = case._meta
            negative = meta is not None and meta.generation.mode == GenerationMode.NEGATIVE
            withheld: frozenset[str] = frozenset()
            if negative and meta.is_negative_at(ParameterLocation.HEADER):
                # generated without a credential header on purpose: it must go without it
                present = {name.lower() for name in (case.headers or {})}
                withheld = credential_headers.get(label, frozenset()) - present
            signed_in = {
                name: value for name, value in headers.items() if name.lower() not in withheld
            }
            for value in signed_in.values():  # a fresh session token, a user's token...
                redaction.learn(value)
            case.headers = {**(case.headers or {}), **signed_in}
            # `requests` applies a case's auth to the finished request, in process and over
            # the network; Schemathesis keeps it in this slot (its own RequestsAuth does too)
            auth = None if signing is None else signing.auth_for(label, negative, withheld)
            case._auth = auth if pace is None else pace.auth(auth)

    credential_headers = _credential_headers(spec)
    schema.auth(refresh_interval=None)(Login)
    return schema


def _credential_headers(spec: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Per operation label, the (lower-cased) credential headers every one of its security
    alternatives needs: a case generated without one of them is meant to go without it."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    in_header = {
        name: str(scheme["name"]).lower()
        for name, scheme in schemes.items()
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header"
    }
    headers: dict[str, frozenset[str]] = {}
    for operation in iter_operations(spec):
        alternatives = operation.definition.get("security", spec.get("security", []))
        needed = [
            {in_header[n] for n in alternative if n in in_header} for alternative in alternatives
        ]
        headers[operation.label] = frozenset(set.intersection(*needed)) if needed else frozenset()
    return headers


def _headers_for(security: list[dict[str, Any]], signed: Signed) -> dict[str, str]:
    """The headers of the first security alternative whose every scheme is signed."""
    for alternative in security:
        if all(scheme in signed for scheme in alternative):
            merged: dict[str, str] = {}
            for scheme in alternative:
                merged.update(signed[scheme])
            return merged
    return {}


def accepted_statuses() -> list[str]:
    """The statuses Schemathesis lets a schema-valid request get by default."""
    return [*ChecksConfig().positive_data_acceptance.expected_statuses]


def with_refusals(
    operations: list[dict[str, Any]],
    refusals: Mapping[str, frozenset[int]],
    accepted: list[str],
) -> list[dict[str, Any]]:
    """Per operation, the documented business refusals join the statuses a schema-valid
    request may get: a duplicate idempotency key answered 422 is the docs, not a bug."""
    merged = {entry["include-operation-id"]: dict(entry) for entry in operations}
    for operation_id, statuses in refusals.items():
        entry = merged.setdefault(operation_id, {"include-operation-id": operation_id})
        expected = [*accepted, *(str(status) for status in sorted(statuses))]
        entry["checks"] = {"positive_data_acceptance": {"expected-statuses": expected}}
    return [merged[key] for key in sorted(merged)]


def _tally(
    event: events.ScenarioFinished, result: RunResult, redaction: Redaction
) -> list[Failure]:
    """Counts the scenario into `result`; the failures it found first."""
    recorder = event.recorder
    new: list[Failure] = []
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
            # the requests to reproduce it, oldest first (Schemathesis's code sample has them all)
            steps = [(step.case_id, step.curl) for step in check.failure_info.steps] or [
                (case_id, check.failure_info.code_sample)
            ]
            for step_id, _ in steps:
                interaction = recorder.interactions.get(step_id)
                if interaction is not None and interaction.response is not None:
                    redaction.learn_answer(interaction.response.content)
            found = Failure(
                operation=label,
                check=check.name,
                title=failure.title,
                message=failure.message,
                reproduction="\n".join(_reproduction(recorder, *step) for step in steps),
            )
            known = result.operations[label].failures
            if all((f.check, f.title) != (found.check, found.title) for f in known):
                known.append(found)
                new.append(found)
    return new


def _reproduction(recorder: ScenarioRecorder, case_id: str, rendered: str) -> str:
    """The curl command of one request of a failure, as it was sent, credentials masked:
    `rendered`, Schemathesis's own, unless the case was signed.

    A signed case is rendered again here, without its signing auth: Schemathesis renders a
    case by preparing it once more, which signs the masked request again with the real
    credentials. It shows the parameters as generated, the signed headers masked."""
    node = recorder.cases.get(case_id)
    interaction = recorder.interactions.get(case_id)
    if node is None or interaction is None or _signing(node.value._auth) is None:
        return rendered
    case = node.value
    sent = {name: values[0] for name, values in interaction.request.headers.items() if values}
    verify = interaction.response.verify if interaction.response is not None else True
    auth, case._auth = case._auth, None
    try:
        curl = case.as_curl_command(headers=sent, verify=verify)
    finally:
        case._auth = auth
    return "# as generated; corridor signed it on the way out\n" + curl


def _signing(auth: Any) -> Any:
    """The signing auth of a case, if it has one, out of its pacing (`politeness.py`)."""
    return auth.inner if isinstance(auth, Paced) else auth


def _describe_error(event: events.NonFatalError | events.FatalError) -> str:
    info = getattr(event, "info", None)
    label = getattr(event, "label", "")
    return f"{label}: {getattr(info, 'message', info)}".strip(": ")
