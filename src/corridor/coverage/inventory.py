"""The docs inventory: what each provider's documentation names, and how much of it is specified.

`specs/inventory/<provider>.yaml` lists every operation (method, path) and webhook the docs
name. An entry whose wire details the docs do not give is marked `wire_details: missing` with a
`reason`; it must then be absent from the spec, because corridor never invents wire details.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from corridor.spec import iter_operations, specs_dir


@dataclass(frozen=True)
class InventoryEntry:
    kind: str  # "path" or "webhook"
    key: str  # "METHOD /path" for operations, the webhook name for webhooks
    section: str
    title: str
    lacks_wire_details: bool
    reason: str | None


@dataclass
class Coverage:
    provider: str
    documented: list[InventoryEntry]
    specified: set[str]
    unexpected_in_spec: list[str] = field(default_factory=list)
    missing_from_spec: list[InventoryEntry] = field(default_factory=list)
    specified_despite_missing_details: list[InventoryEntry] = field(default_factory=list)

    def entries(self, kind: str) -> list[InventoryEntry]:
        return [entry for entry in self.documented if entry.kind == kind]

    def specified_count(self, kind: str) -> int:
        return sum(1 for entry in self.entries(kind) if entry.key in self.specified)

    def lacking_count(self, kind: str) -> int:
        return sum(1 for entry in self.entries(kind) if entry.lacks_wire_details)

    @property
    def matches(self) -> bool:
        return not (
            self.unexpected_in_spec
            or self.missing_from_spec
            or self.specified_despite_missing_details
        )


def load_inventory(provider: str) -> list[InventoryEntry]:
    path = specs_dir() / "inventory" / f"{provider}.yaml"
    with path.open(encoding="utf-8") as handle:
        raw: dict[str, Any] = yaml.safe_load(handle)
    entries = [
        _entry("path", f"{item['method'].upper()} {item['path']}", item)
        for item in raw.get("operations") or []
    ]
    entries += [_entry("webhook", item["name"], item) for item in raw.get("webhooks") or []]
    return entries


def _entry(kind: str, key: str, item: dict[str, Any]) -> InventoryEntry:
    lacking = item.get("wire_details") == "missing"
    return InventoryEntry(kind, key, item["section"], item["title"], lacking, item.get("reason"))


def spec_keys(spec: dict[str, Any]) -> set[str]:
    """Inventory keys of everything the spec specifies."""
    return {op.label if op.kind == "path" else op.key for op in iter_operations(spec)}


def compare(provider: str, spec: dict[str, Any]) -> Coverage:
    """How the provider's committed inventory and its spec relate."""
    return coverage_of(provider, load_inventory(provider), spec)


def coverage_of(provider: str, documented: list[InventoryEntry], spec: dict[str, Any]) -> Coverage:
    specified = spec_keys(spec)
    coverage = Coverage(provider, documented, specified)
    documented_keys = {entry.key for entry in documented}
    coverage.unexpected_in_spec = sorted(specified - documented_keys)
    for entry in documented:
        if entry.lacks_wire_details and entry.key in specified:
            coverage.specified_despite_missing_details.append(entry)
        elif not entry.lacks_wire_details and entry.key not in specified:
            coverage.missing_from_spec.append(entry)
    return coverage
