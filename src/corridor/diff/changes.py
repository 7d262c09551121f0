"""One change between two versions of an API, and the version bump a set of changes calls for."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["breaking", "compatible"]
Source = Literal["spec", "python"]
Bump = Literal["major", "minor", "patch", "none"]


@dataclass(frozen=True)
class Change:
    """A difference a client's user may care about.

    `rule` names the check that found it (e.g. `request-field-added-required`), `location` says
    where in words (operation, parameter, schema and field path) and `pointer` exactly (a JSON
    pointer into the spec, or a dotted Python path). Informational changes (documentation only)
    are compatible and never call for more than a patch release.
    """

    rule: str
    severity: Severity
    location: str
    message: str
    source: Source = "spec"
    pointer: str = ""
    informational: bool = False
    used_by: tuple[str, ...] = ()

    @property
    def breaking(self) -> bool:
        return self.severity == "breaking"

    def sort_key(self) -> tuple[int, str, str, str, str]:
        order = 0 if self.breaking else 2 if self.informational else 1
        return (order, self.source, self.location, self.rule, self.message)


def suggested_bump(changes: Iterable[Change]) -> Bump:
    """Any breaking change: major; any other API change: minor; documentation only: patch."""
    bump: Bump = "none"
    for change in changes:
        if change.breaking:
            return "major"
        if not change.informational:
            bump = "minor"
        elif bump == "none":
            bump = "patch"
    return bump


def sorted_changes(changes: Iterable[Change]) -> list[Change]:
    """Breaking first, then compatible, then informational; stable within each group."""
    return sorted(set(changes), key=Change.sort_key)
