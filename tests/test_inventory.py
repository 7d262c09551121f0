"""The docs inventory and the spec name exactly the same operations and webhooks."""

from __future__ import annotations

from typing import Any

from corridor.coverage.inventory import InventoryEntry, compare, coverage_of, load_inventory
from corridor.spec import load_spec


def test_spec_specifies_exactly_what_the_inventory_lists(
    provider: str, spec: dict[str, Any]
) -> None:
    coverage = compare(provider, spec)
    assert coverage.unexpected_in_spec == []
    assert [entry.key for entry in coverage.missing_from_spec] == []
    assert [entry.key for entry in coverage.specified_despite_missing_details] == []


def test_settlego_specifies_all_44_operations_and_17_webhooks() -> None:
    coverage = compare("settlego", load_spec("settlego"))
    assert len(coverage.entries("path")) == 44
    assert coverage.specified_count("path") == 44
    assert len(coverage.entries("webhook")) == 17
    assert coverage.specified_count("webhook") == 17


def test_inventory_entries_are_unique(provider: str) -> None:
    keys = [entry.key for entry in load_inventory(provider)]
    assert len(keys) == len(set(keys))


def _entry(key: str, *, lacking: bool = False, kind: str = "path") -> InventoryEntry:
    return InventoryEntry(
        kind, key, "Section", "Title", lacking, "no path given" if lacking else None
    )


SPEC = {"paths": {"/things": {"get": {}}}, "webhooks": {"thingMade": {"post": {}}}}


def test_an_operation_missing_from_the_spec_is_reported() -> None:
    documented = [
        _entry("GET /things"),
        _entry("POST /things"),
        _entry("thingMade", kind="webhook"),
    ]
    coverage = coverage_of("demo", documented, SPEC)
    assert [entry.key for entry in coverage.missing_from_spec] == ["POST /things"]
    assert not coverage.matches


def test_an_operation_the_docs_do_not_name_is_reported() -> None:
    coverage = coverage_of("demo", [_entry("thingMade", kind="webhook")], SPEC)
    assert coverage.unexpected_in_spec == ["GET /things"]


def test_an_entry_lacking_wire_details_must_not_be_specified() -> None:
    documented = [_entry("GET /things", lacking=True), _entry("thingMade", kind="webhook")]
    coverage = coverage_of("demo", documented, SPEC)
    assert [entry.key for entry in coverage.specified_despite_missing_details] == ["GET /things"]


def test_an_entry_lacking_wire_details_counts_as_documented_not_specified() -> None:
    documented = [
        _entry("GET /things"),
        _entry("DELETE /things", lacking=True),
        _entry("thingMade", kind="webhook"),
    ]
    coverage = coverage_of("demo", documented, SPEC)
    assert coverage.matches
    assert len(coverage.entries("path")) == 2
    assert coverage.specified_count("path") == 1
    assert coverage.lacking_count("path") == 1
