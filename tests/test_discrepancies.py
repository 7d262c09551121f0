"""Docs discrepancies are recorded on the spec element and listed in specs/DISCREPANCIES.md."""

from __future__ import annotations

from typing import Any

from corridor.coverage.discrepancies import find_discrepancies, render_markdown
from corridor.spec import specs_dir


def test_discrepancies_md_lists_every_recorded_discrepancy() -> None:
    committed = (specs_dir() / "DISCREPANCIES.md").read_text(encoding="utf-8")
    assert committed == render_markdown(), "run python scripts/regenerate.py"


def test_every_provider_records_its_discrepancies(spec: dict[str, Any]) -> None:
    assert find_discrepancies(spec), "the docs of every provider contradict themselves somewhere"


def test_a_discrepancy_is_located_by_operation_and_field() -> None:
    spec = {
        "paths": {
            "/payments": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "properties": {
                                        "reason": {"x-docs-discrepancy": "required, or not?"}
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {"Payment": {"properties": {"amount": {"x-docs-discrepancy": "a\n  b"}}}}
        },
    }
    found = [(item.location, item.note) for item in find_discrepancies(spec)]
    assert found == [
        ("POST /payments > reason", "required, or not?"),
        ("Payment > amount", "a b"),
    ]
