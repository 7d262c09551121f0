"""The simulator's compiled request validation agrees with openapi-core, the reference validator."""

from __future__ import annotations

import json
from typing import Any

import pytest
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest

from corridor.simulator.dialect import Dialect
from corridor.simulator.validation import RequestValidator, SchemaCompiler
from corridor.simulator.wire import decode_json
from corridor.spec import Operation, iter_operations, load_spec

SPEC = load_spec("settlego")
REFERENCE = OpenAPI.from_dict(SPEC)
COMPILER = SchemaCompiler(SPEC)
HOST = "https://sandbox-api.settlego.com"
BASE = "/api/v1"


def documented_bodies() -> list[tuple[Operation, Any]]:
    """Every documented request body example, with its operation."""
    cases = []
    for operation in iter_operations(SPEC):
        media = operation.definition.get("requestBody", {}).get("content", {})
        examples = media.get("application/json", {}).get("examples", {})
        cases += [(operation, example["value"]) for example in examples.values()]
    return cases


def broken_variants(body: Any) -> list[Any]:
    """The example with one field dropped, and with one field of the wrong type."""
    if not isinstance(body, dict) or not body:
        return []
    first = next(iter(body))
    return [
        {key: value for key, value in body.items() if key != first},
        body | {first: {"not": "a scalar"}},
    ]


def simulator_accepts(operation: Operation, body: Any) -> bool:
    path_params = {name: "x1" for name in _path_names(operation.key)}
    validator = RequestValidator(operation, COMPILER, Dialect().body_schema(operation))
    query = _required_query(operation)
    parsed = decode_json(json.dumps(body).encode())
    _, problems = validator.validate(path_params, query, {}, parsed, True)
    return not problems


def reference_accepts(operation: Operation, body: Any) -> bool:
    path = operation.key
    for name in _path_names(path):
        path = path.replace("{" + name + "}", "x1")
    request = MockRequest(
        HOST,
        operation.method,
        BASE + path,
        headers={"x-auth-token": "t", "Content-Type": "application/json"},
        args=_required_query(operation),
        data=json.dumps(body).encode(),
        content_type="application/json",
    )
    return not REFERENCE.unmarshal_request(request).errors


def _path_names(path: str) -> list[str]:
    return [segment[1:-1] for segment in path.split("/") if segment.startswith("{")]


def _required_query(operation: Operation) -> dict[str, str]:
    query = {}
    for parameter in operation.definition.get("parameters", []):
        parameter = COMPILER.resolve(parameter)
        if parameter["in"] == "query" and parameter.get("required"):
            query[parameter["name"]] = str(parameter.get("example", "1"))
    return query


CASES = [
    pytest.param(operation, variant, id=f"{operation.operation_id}-{index}")
    for operation, body in documented_bodies()
    for index, variant in enumerate([body, *broken_variants(body)])
]


@pytest.mark.parametrize(("operation", "body"), CASES)
def test_compiled_validation_gives_the_same_verdict_as_openapi_core(
    operation: Operation, body: Any
) -> None:
    assert simulator_accepts(operation, body) == reference_accepts(operation, body)


def test_the_cross_check_covers_valid_and_invalid_bodies() -> None:
    verdicts = {simulator_accepts(operation, body) for operation, body in (c.values for c in CASES)}
    assert verdicts == {True, False}
    assert len(CASES) > 30


def list_payments_validator() -> RequestValidator:
    operation = next(op for op in iter_operations(SPEC) if op.operation_id == "listPayments")
    return RequestValidator(operation, COMPILER, None)


@pytest.mark.parametrize(
    ("raw", "read"),
    [("1", 1), (" 7 ", 7), ("9007199254740993", 9007199254740993), ("+3", 3)],
)
def test_an_integer_query_parameter_is_read_exactly(raw: str, read: int) -> None:
    # 9007199254740993 is 2**53 + 1: read through a float it would become ...992
    valid, problems = list_payments_validator().validate(
        {}, {"pageNumber": raw, "pageSize": "10"}, {}, None, False
    )
    assert [p for p in problems if p.name == "pageNumber"] == []
    assert valid.query["pageNumber"] == read


@pytest.mark.parametrize("raw", ["1.0", "1e3", "1_000", "\u0661", "0x10", "inf", "", "NaN"])
def test_an_integer_query_parameter_must_be_written_in_ascii_digits(raw: str) -> None:
    _, problems = list_payments_validator().validate(
        {}, {"pageNumber": raw, "pageSize": "10"}, {}, None, False
    )
    assert [(p.location, p.name) for p in problems] == [("query", "pageNumber")]
