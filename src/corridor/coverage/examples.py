"""Every example a spec carries, and whether it validates against the schema it illustrates.

Examples are the docs' own JSON, carried as data. An example that does not match its schema
means either the transcription or the docs are wrong, so the spec tests and the coverage report
both run this check.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from corridor.spec import escape_pointer, iter_operations

_SPEC_URI = "urn:corridor:spec"


@dataclass(frozen=True)
class Example:
    where: str  # human-readable location, e.g. "POST /payments request [docs]"
    schema_pointer: str  # JSON pointer of the schema the value must satisfy
    value: Any


@dataclass(frozen=True)
class ExampleError:
    example: Example
    message: str

    def __str__(self) -> str:
        return f"{self.example.where}: {self.message}"


def iter_examples(spec: dict[str, Any]) -> Iterator[Example]:
    """Examples on parameters, request and response bodies, and inside component schemas."""
    for op in iter_operations(spec):
        for index, parameter in enumerate(op.definition.get("parameters", [])):
            if "example" in parameter and "schema" in parameter:
                where = f"{op.label} parameter {parameter['name']}"
                pointer = f"{op.pointer}/parameters/{index}/schema"
                yield Example(where, pointer, parameter["example"])
        request_content = (op.definition.get("requestBody") or {}).get("content") or {}
        for media_type, media in request_content.items():
            pointer = f"{op.pointer}/requestBody/content/{escape_pointer(media_type)}"
            yield from _media_examples(media, pointer, f"{op.label} request")
        for status, response in (op.definition.get("responses") or {}).items():
            for media_type, media in (response.get("content") or {}).items():
                pointer = f"{op.pointer}/responses/{status}/content/{escape_pointer(media_type)}"
                yield from _media_examples(media, pointer, f"{op.label} {status}")
    for name, schema in (spec.get("components", {}).get("schemas") or {}).items():
        yield from _schema_examples(schema, f"/components/schemas/{escape_pointer(name)}", name)


def _media_examples(media: dict[str, Any], pointer: str, where: str) -> Iterator[Example]:
    if "example" in media:
        yield Example(where, f"{pointer}/schema", media["example"])
    for name, example in (media.get("examples") or {}).items():
        if "value" in example:
            yield Example(f"{where} [{name}]", f"{pointer}/schema", example["value"])


def _schema_examples(schema: Any, pointer: str, where: str) -> Iterator[Example]:
    """`examples` lists on a schema and on every schema nested inside it."""
    if isinstance(schema, dict):
        examples = schema.get("examples")
        if isinstance(examples, list):
            for index, value in enumerate(examples):
                yield Example(f"schema {where} example {index}", pointer, value)
        for key, child in schema.items():
            if key not in ("examples", "example", "enum", "const", "default"):
                child_where = f"{where}.{key}" if key not in ("properties", "items") else where
                yield from _schema_examples(child, f"{pointer}/{escape_pointer(key)}", child_where)
    elif isinstance(schema, list):
        for index, child in enumerate(schema):
            yield from _schema_examples(child, f"{pointer}/{index}", where)


class ExampleValidator:
    """Validates values against schemas of one spec; `$ref`s resolve inside that spec."""

    def __init__(self, spec: dict[str, Any]) -> None:
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._format_checker = FormatChecker()

    def errors(self, example: Example) -> list[ExampleError]:
        validator = Draft202012Validator(
            {"$ref": f"{_SPEC_URI}#{example.schema_pointer}"},
            registry=self._registry,
            format_checker=self._format_checker,
        )
        return [
            ExampleError(example, f"{error.json_path}: {error.message}")
            for error in validator.iter_errors(example.value)
        ]


def validate_examples(spec: dict[str, Any]) -> tuple[int, list[ExampleError]]:
    """Check every example of the spec; returns (examples checked, errors found)."""
    validator = ExampleValidator(spec)
    checked = 0
    errors: list[ExampleError] = []
    for example in iter_examples(spec):
        checked += 1
        errors.extend(validator.errors(example))
    return checked, errors
