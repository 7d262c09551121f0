"""Rules every hand-written spec follows (DESIGN.md, "Specs: how to transcribe")."""

from __future__ import annotations

import json
import re
from typing import Any

from openapi_spec_validator import validate

from corridor.coverage.examples import validate_examples
from corridor.spec import iter_operations

CAMEL_CASE_VERB_NOUN = re.compile(r"^[a-z]+(?:[A-Z][a-z0-9]*)+$")


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_servers_name_production_and_only_documented_environments(spec: dict[str, Any]) -> None:
    # a sandbox URL appears only where the docs give one; corridor never invents a host
    descriptions = [server["description"] for server in spec["servers"]]
    assert "Production" in descriptions
    assert set(descriptions) <= {"Production", "Sandbox"}


def test_every_operation_has_operation_id_tag_summary_and_docs_source(
    spec: dict[str, Any],
) -> None:
    incomplete = [
        op.label
        for op in iter_operations(spec)
        if not (
            op.operation_id
            and op.definition.get("tags")
            and op.definition.get("summary")
            and op.definition.get("x-docs-source")
        )
    ]
    assert incomplete == []


def test_operation_ids_are_unique_camel_case_verb_noun(spec: dict[str, Any]) -> None:
    ids = [op.operation_id for op in iter_operations(spec)]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if i is None or not CAMEL_CASE_VERB_NOUN.match(i)] == []


def test_every_tag_used_is_declared(spec: dict[str, Any]) -> None:
    declared = {tag["name"] for tag in spec.get("tags", [])}
    used = {tag for op in iter_operations(spec) for tag in op.definition.get("tags", [])}
    assert used - declared == set()
    assert declared - used == set()


def test_every_example_validates_against_its_schema(spec: dict[str, Any]) -> None:
    checked, errors = validate_examples(spec)
    assert checked > 0
    assert [str(error) for error in errors] == []


def test_every_component_is_referenced(spec: dict[str, Any]) -> None:
    text = json.dumps({key: value for key, value in spec.items() if key != "components"})
    components = json.dumps(spec["components"])
    unused = []
    for kind, entries in spec["components"].items():
        if kind == "securitySchemes":
            continue
        for name in entries:
            ref = f'"#/components/{kind}/{name}"'
            # referenced from paths/webhooks, or from another component
            if ref not in text and ref not in components:
                unused.append(f"{kind}/{name}")
    assert unused == []


def test_security_schemes_are_all_used(spec: dict[str, Any]) -> None:
    schemes = set(spec["components"].get("securitySchemes", {}))
    used = {name for requirement in spec.get("security", []) for name in requirement}
    for op in iter_operations(spec):
        used |= {name for req in op.definition.get("security", []) for name in req}
    assert schemes == used
