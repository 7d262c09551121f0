"""An independent check of a simulator against its spec: Schemathesis generates schema-valid
requests (positive data only) for every operation, straight from the spec, and each is sent to
the simulator as a client would send it. Any answer outside the 2xx range must be one of the
refusals the provider's docs give for that operation, by status and error code; a refusal for
any other reason is a rule the spec does not state.

Nothing here comes from `corridor verify`: the provider's test seeds its objects through the
public API (the control API only for money and time) and says how ids are bound and how a
refusal's code is read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.generation import GenerationMode

# (operationId, case, bind seeded ids?) -> the request as the client sends it, parameters bound
Send = Callable[[str, Any, bool], httpx.Response]
# an answer -> the error code it refuses with (None where there is none)
CodeOf = Callable[[httpx.Response], str | None]


@dataclass
class Outcome:
    """What one operation's generated requests got."""

    sent: int = 0
    accepted: int = 0
    refused: dict[tuple[int, str | None], int] = field(default_factory=dict)
    undocumented: list[str] = field(default_factory=list)


def check(
    spec: Mapping[str, Any],
    send: Send,
    code_of: CodeOf,
    documented: Mapping[str, frozenset[tuple[int, str | None]]],
    examples: int,
    skip: frozenset[str] = frozenset(),
) -> dict[str, Outcome]:
    """Every operation of `spec` (but `skip`), `examples` schema-valid requests each; per
    operation what they got, with each refusal `documented` does not list for it."""
    schema = schemathesis.openapi.from_dict(dict(spec))
    outcomes: dict[str, Outcome] = {}
    for result in schema.get_all_operations():
        operation = result.ok()  # type: ignore[union-attr]  # the spec is valid: lint says so
        operation_id = operation.definition.raw.get("operationId", operation.label)
        if operation_id in skip:
            continue
        outcome = outcomes.setdefault(operation_id, Outcome())
        _run(operation, operation_id, outcome, send, code_of, documented, examples)
    return outcomes


def _run(
    operation: Any,
    operation_id: str,
    outcome: Outcome,
    send: Send,
    code_of: CodeOf,
    documented: Mapping[str, frozenset[tuple[int, str | None]]],
    examples: int,
) -> None:
    allowed = documented.get(operation_id, frozenset())

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(GenerationMode.POSITIVE), bind=st.booleans())
    def run(case: Any, bind: bool) -> None:
        answer = send(operation_id, case, bind)
        outcome.sent += 1
        if answer.is_success:
            outcome.accepted += 1
            return
        refusal = (answer.status_code, code_of(answer))
        outcome.refused[refusal] = outcome.refused.get(refusal, 0) + 1
        if refusal not in allowed:
            sent = f"{case.method} {case.formatted_path} {case.body!r}"[:300]
            outcome.undocumented.append(f"{refusal} for {sent}: {answer.text[:300]}")

    run()


def undocumented(outcomes: Mapping[str, Outcome]) -> list[str]:
    return [
        f"{operation_id}: {line}"
        for operation_id, outcome in sorted(outcomes.items())
        for line in outcome.undocumented
    ]
