"""corridor diff's Python API comparison: griffe on packages generated from small crafted specs."""

from __future__ import annotations

import copy
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from textwrap import dedent
from typing import Any

import griffe
import pytest
import yaml

from corridor.diff.changes import Change
from corridor.diff.python_api import compare_generated, compare_modules
from corridor.generation import generate_packages
from corridor.providers import Provider

TINY = Provider("tiny", "Tiny")


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1"},
    "paths": {
        "/payments": {
            "post": {
                "operationId": "createPayment",
                "requestBody": {"required": True, "content": _json(_ref("PaymentRequest"))},
                "responses": {"201": {"description": "created", "content": _json(_ref("Payment"))}},
            }
        },
        "/payments/{id}": {
            "get": {
                "operationId": "getPayment",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"200": {"description": "one", "content": _json(_ref("Payment"))}},
            }
        },
    },
    "components": {
        "schemas": {
            "Status": {"type": "string", "enum": ["pending", "paid"]},
            "PaymentRequest": {
                "type": "object",
                "required": ["amount"],
                "properties": {"amount": {"type": "number"}, "reference": {"type": "string"}},
            },
            "Payment": {
                "type": "object",
                "required": ["id", "status"],
                "properties": {"id": {"type": "string"}, "status": _ref("Status")},
            },
        }
    },
}


def found(changes: list[Change]) -> set[tuple[str, str, str]]:
    return {(change.rule, change.severity, change.location) for change in changes}


def test_breaking_spec_edits_show_up_as_breaking_python_changes() -> None:
    new = copy.deepcopy(SPEC)
    schemas = new["components"]["schemas"]
    schemas["PaymentRequest"]["properties"]["payer"] = {"type": "string"}
    schemas["PaymentRequest"]["required"].append("payer")
    schemas["Status"]["enum"].remove("paid")
    parameters = new["paths"]["/payments/{id}"]["get"]["parameters"]
    parameters.append(
        {"name": "view", "in": "query", "required": True, "schema": {"type": "string"}}
    )

    changes = compare_generated(SPEC, new, TINY)

    get_payment = "tiny_client.api.default.get_payment"
    assert {c for c in found(changes) if c[1] == "breaking"} == {
        # a required model field is a required constructor argument, in both packages
        (
            "python-constructor-argument-added-required",
            "breaking",
            "tiny_client.models.payment_request.PaymentRequest(payer)",
        ),
        (
            "python-constructor-argument-added-required",
            "breaking",
            "tiny_models.PaymentRequest(payer)",
        ),
        # the enum lost a member (griffe's object-removed)
        ("python-object-removed", "breaking", "tiny_client.models.status.Status.PAID"),
        # a single-value enum becomes a Literal in the pydantic models
        ("python-object-removed", "breaking", "tiny_models.Status"),
        ("python-attribute-type-changed", "breaking", "tiny_models.Payment.status"),
        # every generated function of the operation gained a required keyword (griffe)
        *(
            ("python-parameter-added-required", "breaking", f"{get_payment}.{function}(view)")
            for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
        ),
    }


def test_compatible_spec_edits_show_up_as_additions_only() -> None:
    new = copy.deepcopy(SPEC)
    schemas = new["components"]["schemas"]
    schemas["PaymentRequest"]["properties"]["memo"] = {"type": "string"}
    schemas["Status"]["enum"].append("refunded")
    parameters = new["paths"]["/payments/{id}"]["get"]["parameters"]
    parameters.append({"name": "view", "in": "query", "schema": {"type": "string"}})

    changes = compare_generated(SPEC, new, TINY)

    assert [change for change in changes if change.breaking] == []
    get_payment = "tiny_client.api.default.get_payment"
    assert found(changes) >= {
        (
            "python-object-added",
            "compatible",
            "tiny_client.models.payment_request.PaymentRequest.memo",
        ),
        ("python-object-added", "compatible", "tiny_models.PaymentRequest.memo"),
        ("python-object-added", "compatible", "tiny_client.models.status.Status.REFUNDED"),
        ("python-object-added", "compatible", "tiny_models.Status.REFUNDED"),
        ("python-parameter-added", "compatible", f"{get_payment}.sync(view)"),
    }
    messages = {change.location: change.message for change in changes}
    assert messages["tiny_models.Status.REFUNDED"] == "enum member added"
    assert messages["tiny_models.PaymentRequest.memo"] == "field added"


@pytest.fixture(scope="module")
def tiny_packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("tiny")
    spec = root / "tiny.yaml"
    spec.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    generate_packages(TINY, spec, root)
    sys.path.insert(0, str(root))
    yield root
    sys.path.remove(str(root))
    for name in [
        name for name in sys.modules if name.split(".")[0] in {"tiny_client", "tiny_models"}
    ]:
        del sys.modules[name]


def test_generated_enums_reject_values_they_do_not_know(tiny_packages: Path) -> None:
    """Why an enum value added in a response breaks clients generated before it."""
    client_models = importlib.import_module("tiny_client.models")
    assert client_models.Payment.from_dict({"id": "p1", "status": "paid"}).status.value == "paid"
    with pytest.raises(ValueError, match="refunded"):
        client_models.Payment.from_dict({"id": "p1", "status": "refunded"})

    pydantic_models = importlib.import_module("tiny_models")
    with pytest.raises(ValueError, match="refunded"):
        pydantic_models.Payment.model_validate({"id": "p1", "status": "refunded"})


def _package(root: Path, source: str) -> griffe.Module:
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "__init__.py").write_text(dedent(source), encoding="utf-8")
    module = griffe.load(
        "pkg",
        search_paths=[root],
        try_relative_path=False,
        modules_collection=griffe.ModulesCollection(),
        lines_collection=griffe.LinesCollection(),
    )
    assert isinstance(module, griffe.Module)
    return module


def test_annotations_parameters_and_models_are_compared(tmp_path: Path) -> None:
    old = _package(
        tmp_path / "old",
        """
        from attrs import define as _attrs_define

        def pay(amount: int, currency: str, memo: str | None = None) -> None: ...

        @_attrs_define
        class Payment:
            amount: int
            note: str | None = None
        """,
    )
    new = _package(
        tmp_path / "new",
        """
        from attrs import define as _attrs_define

        def pay(
            amount: int | str, currency: bytes, memo: str | None = None, fast: bool = False
        ) -> None: ...

        @_attrs_define
        class Payment:
            amount: float
            note: str
            payer: str
        """,
    )
    assert found(compare_modules(old, new)) == {
        ("python-parameter-type-widened", "compatible", "pkg.pay(amount)"),
        ("python-parameter-type-changed", "breaking", "pkg.pay(currency)"),
        ("python-parameter-added", "compatible", "pkg.pay(fast)"),
        ("python-attribute-type-changed", "breaking", "pkg.Payment.amount"),
        ("python-attribute-type-changed", "breaking", "pkg.Payment.note"),
        ("python-constructor-argument-made-required", "breaking", "pkg.Payment(note)"),
        ("python-constructor-argument-added-required", "breaking", "pkg.Payment(payer)"),
        ("python-object-added", "compatible", "pkg.Payment.payer"),
    }
    assert compare_modules(old, old) == []
