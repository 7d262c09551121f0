"""Real objects for a contract run, so generated requests reach the business rules.

Random ids only ever meet 404s, 403s and 409s, and a run that never gets past them proves the
routing and nothing else. Before Schemathesis runs, a provider's seeder (`Harness.seed`) creates
objects of every kind through the provider's own API, and through the control API when the target
is a simulator, and binds their ids to the parameters that take them. The bindings become
Schemathesis fuzz dictionaries: a positive case draws a real value with the bound probability and
keeps a generated one otherwise; Schemathesis only draws entries that match the parameter's schema
for positive cases and never lets them make a negative case valid.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from corridor.providers.control import SimulatorControl

Entry = str | int | float

# Often enough that every operation reaches its rules within a few examples; the coverage phase
# and the remaining draws still send unknown ids down the 404 path in the same run.
DEFAULT_PROBABILITY = 0.9


class SeedingError(Exception):
    """The target refused a request the seeder needs; the run cannot go deep, so it stops."""


@dataclass
class SeedContext:
    """What a seeder works with: the target, signed in, and its control API when simulated."""

    http: httpx.Client  # on the target's base URL
    signed: Mapping[str, Mapping[str, str]]  # headers per security scheme (the harness's sign_in)
    control: SimulatorControl | None  # None against a real service
    spec: Mapping[str, Any]
    credentials: Mapping[str, str]  # by environment variable name, as the registry lists them

    @property
    def simulated(self) -> bool:
        return self.control is not None

    @property
    def headers(self) -> Mapping[str, str]:
        """The headers of the spec's default security (its first alternative)."""
        alternatives = self.spec.get("security") or [{}]
        merged: dict[str, str] = {}
        for scheme in alternatives[0]:
            merged.update(self.signed.get(scheme, {}))
        return merged

    def documented(self, operation_id: str, example: str | None = None, **fields: Any) -> Any:
        """The operation's documented JSON request example (the first, or the one named), with
        `fields` replaced: the docs' own request, pointed at objects that exist."""
        for path_item in self.spec.get("paths", {}).values():
            for operation in path_item.values():
                if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                    content = operation["requestBody"]["content"]
                    examples = next(iter(content.values()))["examples"]
                    chosen = examples[example or next(iter(examples))]
                    return {**copy.deepcopy(chosen["value"]), **fields}
        raise KeyError(f"no operation {operation_id!r} in the spec")

    def call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """The decoded answer of one request that must succeed; anything else is a SeedingError."""
        sent = {**self.headers, **(headers or {})}
        answer = self.http.request(method, path, json=json, params=params, headers=sent)
        if not answer.is_success:
            raise SeedingError(
                f"seeding: {method} {path} answered {answer.status_code}: {answer.text[:300]}"
            )
        return answer.json() if answer.content else None


@dataclass
class Seeds:
    """Parameter bindings: a Schemathesis parameter key and the real values it may take.

    Keys name a location and a name as Schemathesis does: `path.id`, `query.onBehalfOf`,
    `header.X-Partner`, `body.beneficiaryId`, `body.payer.accountId`. A binding applies to the
    operations named (by operationId), or to every operation that has the parameter.

    A seeder may also name who some operations run as (`sign_as`): where one caller's state
    decides what an operation can do (one bank account per end user: linking needs none,
    verifying needs one), each such operation gets a caller of its own, prepared for it.
    """

    probability: float = DEFAULT_PROBABILITY
    _bound: dict[tuple[str, tuple[str, ...]], list[Entry]] = field(default_factory=dict)
    # operation -> how many times the run's examples it gets: for an operation whose
    # schema-valid requests rarely pass its rules (optional fields a rule forbids), so the run
    # still reaches them
    _more: dict[str, int] = field(default_factory=dict)
    _identities: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)

    def sign_as(
        self, scheme: str, headers: Mapping[str, str], *, operations: Iterable[str]
    ) -> None:
        """Sign the operations' `scheme` with `headers` instead of the harness's sign-in."""
        for operation in operations:
            self._identities[(operation, scheme)] = dict(headers)

    def signed_for(
        self, operation: str | None, signed: Mapping[str, Mapping[str, str]]
    ) -> dict[str, dict[str, str]]:
        """`signed` (headers per scheme) with the operation's own callers put in."""
        merged = {scheme: dict(headers) for scheme, headers in signed.items()}
        for (bound, scheme), headers in self._identities.items():
            if bound == operation:
                merged[scheme] = dict(headers)
        return merged

    def bind(
        self, parameter: str, values: Iterable[Entry], *, operations: Iterable[str] = ()
    ) -> None:
        entries = self._bound.setdefault((parameter, tuple(sorted(operations))), [])
        entries += [value for value in values if value not in entries]

    def values(self, parameter: str, operation: str | None = None) -> list[Entry]:
        """Every value bound to `parameter` for `operation` (or for every operation)."""
        return [
            value
            for (key, operations), entries in self._bound.items()
            if key == parameter and (not operations or operation in operations)
            for value in entries
        ]

    def more_examples(self, operations: Iterable[str], factor: int) -> None:
        for operation in operations:
            self._more[operation] = max(factor, self._more.get(operation, 1))

    def __bool__(self) -> bool:
        return any(self._bound.values()) or bool(self._identities)

    def config(self, max_examples: int | None = None) -> dict[str, Any]:
        """The bindings as Schemathesis configuration: dictionaries, parameters, operations
        (with more examples where asked, given the run's `max_examples`)."""
        dictionaries: dict[str, Any] = {}
        everywhere: dict[str, Any] = {}
        per_operation: dict[str, dict[str, Any]] = {}
        for number, ((parameter, operations), entries) in enumerate(self._bound.items()):
            if not entries:
                continue
            name = f"seed-{number}"
            dictionaries[name] = {"values": list(entries)}
            binding = {"dictionary": name, "probability": self.probability}
            if not operations:
                everywhere[parameter] = binding
            for operation in operations:
                per_operation.setdefault(operation, {})[parameter] = binding
        entries_by_operation: list[dict[str, Any]] = []
        for operation in sorted(set(per_operation) | set(self._more)):
            entry: dict[str, Any] = {
                "include-operation-id": operation,
                "parameters": per_operation.get(operation, {}),
            }
            if max_examples is not None and operation in self._more:
                entry["generation"] = {"max-examples": max_examples * self._more[operation]}
            entries_by_operation.append(entry)
        return {
            "dictionaries": dictionaries,
            "parameters": everywhere,
            "operations": entries_by_operation,
        }
