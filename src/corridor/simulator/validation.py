"""Request and response validation, compiled once per operation at start-up.

Every parameter and body schema of an operation is compiled into a JSON Schema 2020-12
validator (jsonschema-rs, with format checking) when the simulator starts; a request then costs
a few microseconds to check instead of a fresh schema walk. `tests/test_simulator_validation.py`
checks that these verdicts agree with openapi-core's on the documented examples and on broken
variants of them. Text that is not Unicode (a lone surrogate from decrypted JSON, bytes that
are not UTF-8 in a path, a query or a form) is refused, naming where it is, before any
validator reads it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import jsonschema_rs
import msgspec

from corridor.spec import Operation

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def _python_date(value: str) -> bool:
    """RFC 3339 full-date that Python can hold (year 0000 passes the RFC, not `date`)."""
    if not _DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _python_date_time(value: str) -> bool:
    if not _DATE_TIME.match(value):
        return False
    try:
        datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


# Formats stricter than the RFC where a value must become a Python object downstream.
FORMATS = {"date": _python_date, "date-time": _python_date_time}

# A str holding a UTF-16 surrogate (U+D800-U+DFFF) is not Unicode text: no encoder can write it,
# and the schema validator cannot even read it. It is what a lone surrogate escape in decrypted
# JSON becomes, and what bytes that are not UTF-8 in a path, a query or a form become once read
# with "surrogateescape".
_SURROGATE = re.compile("[\ud800-\udfff]")
NOT_TEXT = "is not Unicode text (it holds bytes that are not UTF-8, or a lone surrogate)"
_UTF8 = msgspec.json.Encoder()


def is_text(value: str) -> bool:
    """Whether `value` is Unicode text, i.e. holds no surrogate code point."""
    return value.isascii() or _SURROGATE.search(value) is None


def shown(value: str) -> str:
    """`value` fit to quote in an answer: each surrogate written as its `\\udXXX` escape."""
    return value if is_text(value) else value.encode("utf-8", "backslashreplace").decode("utf-8")


def untext_fields(document: Any) -> list[str]:
    """The fields (dotted, as `Problem.name`) of a parsed document whose name or value is not
    Unicode text; [] for a document that is all text, the common case, found in one pass of
    msgspec's UTF-8 encoder."""
    try:
        _UTF8.encode(document)
        return []
    except (ValueError, TypeError, OverflowError):
        pass  # a surrogate (UnicodeEncodeError), or a value JSON has no form for: look closer
    found: list[str] = []
    pending: list[tuple[str, Any]] = [("", document)]
    while pending:
        where, value = pending.pop()
        if isinstance(value, str):
            if not is_text(value):
                found.append(where)
        elif isinstance(value, Mapping):
            for key, item in value.items():
                name = f"{where}.{shown(str(key))}" if where else shown(str(key))
                if isinstance(key, str) and not is_text(key):
                    found.append(name)
                else:
                    pending.append((name, item))
        elif isinstance(value, list | tuple):
            pending += [
                (f"{where}.{index}" if where else str(index), item)
                for index, item in enumerate(value)
            ]
    return sorted(found)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a request, named the way the caller wrote it."""

    location: str  # "body", "query", "path" or "header"
    name: str  # the parameter or body field ("beneficiary.address.city"), "" for the whole body
    message: str

    def __str__(self) -> str:
        where = f"{self.location} {self.name}".strip()
        return f"{where}: {self.message}"


@dataclass
class ValidInput:
    """A request's inputs, converted to their spec types."""

    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None


class SchemaCompiler:
    """Compiles schemas that may `$ref` into the spec's components; caches by schema text."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._components = spec.get("components", {})
        self._cache: dict[str, jsonschema_rs.Validator] = {}

    def compile(self, schema: Mapping[str, Any]) -> jsonschema_rs.Validator:
        key = json.dumps(schema, sort_keys=True)
        validator = self._cache.get(key)
        if validator is None:
            document = {**schema, "components": self._components}
            validator = jsonschema_rs.Draft202012Validator(
                document, validate_formats=True, formats=FORMATS
            )
            self._cache[key] = validator
        return validator

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow local `$ref`s to the schema they name."""
        while "$ref" in schema:
            pointer = str(schema["$ref"])
            if not pointer.startswith("#/components/"):
                raise ValueError(f"only local component references are supported: {pointer}")
            node: Any = {"components": self._components}
            for token in pointer[2:].split("/"):
                node = node[token.replace("~1", "/").replace("~0", "~")]
            schema = node
        return schema


@dataclass(frozen=True)
class ParameterRule:
    name: str
    location: str
    required: bool
    json_types: frozenset[str]
    validator: jsonschema_rs.Validator

    def convert(self, raw: str) -> tuple[Any, str | None]:
        """Turn the text a parameter arrived as into its schema type; (value, error)."""
        for json_type in ("integer", "number", "boolean"):
            if json_type in self.json_types:
                value = _parse_scalar(json_type, raw)
                if value is not None:
                    return value, None
                if self.json_types <= {json_type, "null"}:
                    return raw, f"{raw!r} is not a valid {json_type}"
        return raw, None


# ASCII digits only: int() and float() also read "1_000" and other scripts' digits
_INTEGER = re.compile(r"[+-]?[0-9]{1,4000}")
_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")


def _parse_scalar(json_type: str, raw: str) -> Any:
    text = raw.strip()
    if json_type == "boolean":
        return {"true": True, "false": False}.get(text)
    if _INTEGER.fullmatch(text):
        return int(text)  # exactly, however large: never through float
    if json_type == "integer" or not _NUMBER.fullmatch(text):
        return None
    number = float(text)
    return number if math.isfinite(number) else None


class RequestValidator:
    """Checks one operation's path, query and header parameters and its decoded body."""

    def __init__(
        self,
        operation: Operation,
        compiler: SchemaCompiler,
        body_schema: Mapping[str, Any] | None,
    ) -> None:
        self.parameters: list[ParameterRule] = []
        for parameter in operation.definition.get("parameters", []):
            parameter = compiler.resolve(parameter)
            schema = parameter.get("schema", {})
            resolved = compiler.resolve(schema)
            declared = resolved.get("type", "string")
            types = frozenset([declared] if isinstance(declared, str) else declared)
            self.parameters.append(
                ParameterRule(
                    name=parameter["name"],
                    location=parameter["in"],
                    required=bool(parameter.get("required")),
                    json_types=types,
                    validator=compiler.compile(schema),
                )
            )
        request_body = operation.definition.get("requestBody")
        self.body_required = bool(request_body and request_body.get("required"))
        self.body_validator = None if body_schema is None else compiler.compile(body_schema)

    def validate(
        self,
        path: Mapping[str, str],
        query: Mapping[str, str],
        headers: Mapping[str, str],
        body: Any,
        has_body: bool,
    ) -> tuple[ValidInput, list[Problem]]:
        valid = ValidInput()
        problems: list[Problem] = []
        sources = {"path": path, "query": query, "header": headers}
        targets: dict[str, dict[str, Any]] = {
            "path": valid.path,
            "query": valid.query,
            "header": valid.headers,
        }
        for rule in self.parameters:
            lookup = rule.name.lower() if rule.location == "header" else rule.name
            raw = sources.get(rule.location, {}).get(lookup)
            if raw is None:
                if rule.required:
                    problems.append(Problem(rule.location, rule.name, "is required"))
                continue
            if not is_text(raw):
                problems.append(Problem(rule.location, rule.name, NOT_TEXT))
                continue
            value, error = rule.convert(raw)
            if error is None and not rule.validator.is_valid(value):
                error = _first_error(rule.validator, value)
            if error is not None:
                problems.append(Problem(rule.location, rule.name, error))
                continue
            targets[rule.location][rule.name] = value
        if self.body_validator is not None:
            if not has_body:
                if self.body_required:
                    problems.append(Problem("body", "", "a JSON request body is required"))
            elif untext := untext_fields(body):
                # refused before the schema validator, which cannot read such a str
                problems += [Problem("body", name, NOT_TEXT) for name in untext]
            else:
                valid.body = body
                if not self.body_validator.is_valid(body):  # the common case, checked fast
                    problems += [
                        Problem("body", _field_name(error), error.message)
                        for error in self.body_validator.iter_errors(body)
                    ]
        return valid, problems


def _first_error(validator: jsonschema_rs.Validator, value: Any) -> str | None:
    for error in validator.iter_errors(value):
        return str(error.message)
    return None


def _field_name(error: jsonschema_rs.ValidationError) -> str:
    path = [str(part) for part in error.instance_path]
    missing = getattr(error.kind, "property", None)
    if isinstance(error.kind, jsonschema_rs.ValidationErrorKind.Required) and missing:
        path.append(str(missing))
    return ".".join(path)


class ResponseValidator:
    """Checks that an answer's status is documented and its media type and body match it."""

    def __init__(self, operation: Operation, compiler: SchemaCompiler) -> None:
        self.label = operation.label
        # status -> media type -> body validator (None: any body of that type)
        self.bodies: dict[str, dict[str, jsonschema_rs.Validator | None]] = {}
        for status, response in operation.definition.get("responses", {}).items():
            response = compiler.resolve(response)
            self.bodies[str(status)] = {
                media_type: compiler.compile(media["schema"]) if "schema" in media else None
                for media_type, media in response.get("content", {}).items()
            }

    def problems(self, status: int, media_type: str | None, body: bytes) -> Sequence[str]:
        key = str(status) if str(status) in self.bodies else f"{str(status)[0]}XX"
        if key not in self.bodies:
            key = "default"
        if key not in self.bodies:
            return [f"{self.label} answered {status}, which the spec does not document"]
        documented = self.bodies[key]
        if not documented:
            return [] if not body else [f"{self.label} {status}: the spec documents no body"]
        if media_type not in documented:
            return [
                f"{self.label} {status}: answered {media_type or 'no body'}, "
                f"the spec documents {', '.join(documented)}"
            ]
        validator = documented[media_type]
        if validator is None:
            return []
        if media_type != "application/json" and not media_type.endswith("+json"):
            return (
                []
                if validator.is_valid(body.decode("utf-8", "replace"))
                else [f"{self.label} {status}: the {media_type} body does not match the spec"]
            )
        try:
            document = json.loads(body)
        except ValueError:
            return [f"{self.label} {status}: the body is not JSON"]
        return [
            f"{self.label} {status} at /{'/'.join(map(str, error.instance_path))}: {error.message}"
            for error in validator.iter_errors(document)
        ]
