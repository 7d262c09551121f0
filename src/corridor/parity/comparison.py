"""Comparing what the two sides answered, step by step, after normalising what may differ.

Values that legitimately differ between two services (ids, timestamps, tokens, rates, amounts
computed from rates) are not compared as values: each field is reduced to its facets, which
must agree: present or absent, JSON type, null or not, the kind of text it holds (a date-time,
a date, a UUID, a decimal number, other text) and, for numbers, how many decimal places are
written. Values are compared only where the spec gives an enum (a status, a type, a code): those
are the provider's vocabulary, not data. In lists, the items' facets are merged (a real
service's list holds other objects than a fresh simulator's), and an enum value is reported only
when the spec does not list it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from corridor.parity.runner import WEBHOOKS, Answer, Observation

NORMALISATION = (
    "ids, timestamps, tokens, rates and amounts are compared by their facets, not their "
    "values: present or absent, JSON type, null or not, kind of text (date-time, date, UUID, "
    "decimal, other) and the decimal places a number is written with",
    "values are compared only where the spec gives an enum (statuses, types, codes); in a "
    "list, only an enum value the spec does not list is reported",
    "list items are merged into one shape per list, whatever their number and order",
    "headers compared: the media type (without parameters) and whether Retry-After is given",
    "ids each side assigned are paired by step and field (the JSON report's `ids`)",
)


@dataclass(frozen=True)
class Difference:
    aspect: str  # status, error code, missing field, extra field, type, nullability, ...
    where: str  # the JSON path it is at, or ""
    simulator: str
    target: str


@dataclass(frozen=True)
class Comparison:
    scenario: str
    step: str
    operation: str
    verdict: str  # same, different, only simulator, only target, setup
    differences: tuple[Difference, ...]
    note: str = ""
    ids: tuple[tuple[str, str, str], ...] = ()  # (field path, simulator's id, target's id)


SAME, DIFFERENT = "same", "different"
ONLY_SIMULATOR, ONLY_TARGET, SETUP = "only simulator answered", "only target answered", "setup"
NOT_COMPARED = "not compared"  # what one side cannot show (webhooks without a control API)


def compare(
    simulator: list[Observation],
    target: list[Observation],
    spec: Mapping[str, Any],
    error_code: Any,
) -> list[Comparison]:
    """One comparison per step either side ran, in the simulator's order."""
    theirs = {(o.scenario, o.step): o for o in target}
    ours = {(o.scenario, o.step): o for o in simulator}
    keys = list(ours) + [key for key in theirs if key not in ours]
    return [_compare_step(ours.get(key), theirs.get(key), spec, error_code) for key in keys]


def _compare_step(
    ours: Observation | None, theirs: Observation | None, spec: Mapping[str, Any], error_code: Any
) -> Comparison:
    known = ours or theirs
    assert known is not None
    head = (known.scenario, known.step, known.operation)
    if known.setup:
        notes = [
            f"{side}: {o.note or o.missing}"
            for side, o in (("simulator", ours), ("target", theirs))
            if o
        ]
        return Comparison(*head, SETUP, (), "; ".join(notes))
    note = "; ".join(
        f"{side}: {o.note}" for side, o in (("simulator", ours), ("target", theirs)) if o and o.note
    )
    if known.operation == WEBHOOKS:
        if ours is None or theirs is None or ours.events is None or theirs.events is None:
            unread = [
                f"{side}: {o.missing if o else 'not run'}"
                for side, o in (("simulator", ours), ("target", theirs))
                if o is None or o.events is None
            ]
            return Comparison(*head, NOT_COMPARED, (), "; ".join(unread))
        events = tuple(_compare_events(ours.events, theirs.events))
        return Comparison(*head, DIFFERENT if events else SAME, events, note)
    ours_answer = ours.answer if ours else None
    theirs_answer = theirs.answer if theirs else None
    if ours_answer is None or theirs_answer is None:
        if ours_answer is None and theirs_answer is None:
            why = "; ".join(
                f"{side}: {o.missing}" for side, o in (("simulator", ours), ("target", theirs)) if o
            )
            return Comparison(*head, SAME, (), f"neither side answered ({why})")
        silent = theirs if ours_answer is not None else ours
        why = silent.missing if silent and silent.missing else "not run"
        verdict = ONLY_SIMULATOR if ours_answer is not None else ONLY_TARGET
        return Comparison(*head, verdict, (), why)
    found = list(_compare_answers(ours_answer, theirs_answer, spec, known.operation, error_code))
    sequences = (ours.sequence if ours else None, theirs.sequence if theirs else None)
    if sequences[0] is not None and sequences[1] is not None and sequences[0] != sequences[1]:
        found.append(
            Difference("status sequence", "", " → ".join(sequences[0]), " → ".join(sequences[1]))
        )
    ids = tuple(_paired_ids(ours_answer.body, theirs_answer.body))
    return Comparison(*head, DIFFERENT if found else SAME, tuple(found), note, ids)


def _compare_answers(
    ours: Answer, theirs: Answer, spec: Mapping[str, Any], operation: str, error_code: Any
) -> Iterator[Difference]:
    if ours.status != theirs.status:
        yield Difference("status", "", str(ours.status), str(theirs.status))
    if ours.status >= 400 or theirs.status >= 400:
        codes = (_code(error_code, ours.body), _code(error_code, theirs.body))
        if codes[0] != codes[1]:
            yield Difference("error code", "", codes[0] or "none", codes[1] or "none")
    if ours.media_type != theirs.media_type:
        yield Difference("media type", "", ours.media_type or "none", theirs.media_type or "none")
    if (ours.retry_after is None) != (theirs.retry_after is None):
        yield Difference(
            "Retry-After", "", ours.retry_after or "absent", theirs.retry_after or "absent"
        )
    if ours.status != theirs.status:
        return  # two different answers: their shapes are not meant to agree
    if (ours.body is None) != (theirs.body is None):
        yield Difference(
            "body",
            "",
            "JSON" if ours.body is not None else _texty(ours),
            "JSON" if theirs.body is not None else _texty(theirs),
        )
        return
    enums = response_enums(spec, operation, ours.status)
    yield from compare_shapes(facets(ours.body), facets(theirs.body), enums)


def _texty(answer: Answer) -> str:
    return f"not JSON: {answer.text[:60]!r}" if answer.text else "empty"


def _code(error_code: Any, body: Any) -> str | None:
    try:
        code = error_code(body)
    except (KeyError, TypeError, IndexError, AttributeError):
        return None
    return None if code is None else str(code)


def _compare_events(
    ours: tuple[Mapping[str, Any], ...], theirs: tuple[Mapping[str, Any], ...]
) -> Iterator[Difference]:
    our_types = [str(event["type"]) for event in ours]
    their_types = [str(event["type"]) for event in theirs]
    if our_types != their_types:
        yield Difference(
            "webhooks", "", ", ".join(our_types) or "none", ", ".join(their_types) or "none"
        )
        return
    for number, (mine, other) in enumerate(zip(ours, theirs, strict=True)):
        for difference in compare_shapes(facets(mine["payload"]), facets(other["payload"]), {}):
            where = f"{our_types[number]}#{number + 1} {difference.where}"
            yield Difference(difference.aspect, where, difference.simulator, difference.target)


# ---- facets -----------------------------------------------------------------------------------

_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
_DECIMAL = re.compile(r"^-?\d+\.\d+$")


@dataclass
class Facet:
    """Everything a field held across the items of its lists."""

    types: set[str]
    kinds: set[str]  # what its text holds
    places: set[int]  # decimal places of its numbers with a fraction
    values: list[Any]  # its scalar values, for enum comparison
    in_list: bool


def facets(document: Any) -> dict[str, Facet]:
    found: dict[str, Facet] = {}
    _walk(document, "$", False, found)
    return found


def _walk(value: Any, path: str, in_list: bool, found: dict[str, Facet]) -> None:
    facet = found.setdefault(path, Facet(set(), set(), set(), [], in_list))
    facet.types.add(_type(value))
    if isinstance(value, dict):
        for key, item in value.items():
            _walk(item, f"{path}.{key}", in_list, found)
    elif isinstance(value, list):
        for item in value:
            _walk(item, f"{path}[]", True, found)
    else:
        facet.values.append(value)
        if isinstance(value, str):
            facet.kinds.add(_kind(value))
            if _DECIMAL.match(value):
                facet.places.add(len(value.partition(".")[2]))
        elif isinstance(value, Decimal):
            exponent = value.as_tuple().exponent
            facet.places.add(-exponent if isinstance(exponent, int) and exponent < 0 else 0)


def _type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, Decimal | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _kind(text: str) -> str:
    for name, pattern in (
        ("date-time", _DATE_TIME),
        ("date", _DATE),
        ("uuid", _UUID),
        ("decimal", _DECIMAL),
    ):
        if pattern.match(text):
            return name
    return "text"


def compare_shapes(
    ours: Mapping[str, Facet], theirs: Mapping[str, Facet], enums: Mapping[str, frozenset[Any]]
) -> Iterator[Difference]:
    for path in sorted(set(ours) | set(theirs)):
        mine, other = ours.get(path), theirs.get(path)
        if other is None and mine is not None:
            if not _under_empty_list(path, theirs):
                yield Difference("missing field", path, _types(mine), "absent")
            continue
        if mine is None and other is not None:
            if not _under_empty_list(path, ours):
                yield Difference("extra field", path, "absent", _types(other))
            continue
        assert mine is not None and other is not None
        yield from _compare_facet(path, mine, other, enums.get(path))


def _under_empty_list(path: str, shapes: Mapping[str, Facet]) -> bool:
    """A list one side holds no items of says nothing about its items' fields."""
    cut = path.find("[]")
    while cut != -1:
        if shapes.get(path[:cut]) is not None and f"{path[:cut]}[]" not in shapes:
            return True
        cut = path.find("[]", cut + 2)
    return False


def _types(facet: Facet) -> str:
    return "|".join(sorted(facet.types))


def _compare_facet(
    path: str, mine: Facet, other: Facet, enum: frozenset[Any] | None
) -> Iterator[Difference]:
    if mine.types != other.types:
        either_null = "null" in mine.types ^ other.types
        if either_null and (
            mine.types - {"null"} == other.types - {"null"} or {"null"} in (mine.types, other.types)
        ):
            yield Difference("nullability", path, _types(mine), _types(other))
        elif not (mine.in_list and (mine.types & other.types)):
            yield Difference("type", path, _types(mine), _types(other))
        return
    if mine.kinds and other.kinds and mine.kinds != other.kinds and not mine.in_list:
        yield Difference(
            "text kind", path, "|".join(sorted(mine.kinds)), "|".join(sorted(other.kinds))
        )
    if mine.places and other.places and mine.places != other.places:
        yield Difference(
            "money precision",
            path,
            "|".join(f"{p} places" for p in sorted(mine.places)),
            "|".join(f"{p} places" for p in sorted(other.places)),
        )
    if enum is not None:
        undocumented = sorted({str(v) for v in other.values if v is not None and v not in enum})
        if mine.in_list:
            if undocumented:
                yield Difference("enum value", path, "documented values", ", ".join(undocumented))
        elif [str(v) for v in mine.values] != [str(v) for v in other.values]:
            shown = ", ".join(str(v) for v in other.values)
            if undocumented:
                shown += " (not in the spec's enum)"
            yield Difference("enum value", path, ", ".join(str(v) for v in mine.values), shown)


def _paired_ids(ours: Any, theirs: Any) -> Iterator[tuple[str, str, str]]:
    if not isinstance(ours, dict) or not isinstance(theirs, dict):
        return
    mine, other = facets(ours), facets(theirs)
    for path, facet in mine.items():
        key = path.rpartition(".")[2]
        if facet.in_list or not (key == "id" or key.endswith(("Id", "_id"))):
            continue
        if path in other and facet.values and other[path].values:
            ours_value, theirs_value = facet.values[0], other[path].values[0]
            if ours_value is not None and theirs_value is not None:
                yield path, str(ours_value), str(theirs_value)


# ---- enums of the spec --------------------------------------------------------------------------


def response_enums(
    spec: Mapping[str, Any], operation_id: str, status: int
) -> dict[str, frozenset[Any]]:
    """The enum values the spec allows at each path of the operation's answer for `status`."""
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                responses = operation.get("responses", {})
                response = (
                    responses.get(str(status))
                    or responses.get(f"{str(status)[0]}XX")
                    or responses.get("default")
                )
                response = _deref(spec, response or {})
                for media in (response.get("content") or {}).values():
                    found: dict[str, frozenset[Any]] = {}
                    _enums(spec, media.get("schema") or {}, "$", found, 0)
                    return found
    return {}


def _deref(spec: Mapping[str, Any], node: Any) -> Any:
    for _ in range(20):
        if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
            return node
        target: Any = spec
        for token in node["$ref"].removeprefix("#/").split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            target = target.get(token, {}) if isinstance(target, Mapping) else {}
        node = target
    return node


def _enums(
    spec: Mapping[str, Any], schema: Any, path: str, found: dict[str, frozenset[Any]], depth: int
) -> None:
    schema = _deref(spec, schema)
    if not isinstance(schema, Mapping) or depth > 12:
        return
    if isinstance(schema.get("enum"), list):
        found[path] = found.get(path, frozenset()) | frozenset(schema["enum"])
    if "const" in schema:
        found[path] = found.get(path, frozenset()) | frozenset([schema["const"]])
    for part in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(part) or []:
            _enums(spec, sub, path, found, depth + 1)
    for name, sub in (schema.get("properties") or {}).items():
        _enums(spec, sub, f"{path}.{name}", found, depth + 1)
    if schema.get("items") is not None:
        _enums(spec, schema["items"], f"{path}[]", found, depth + 1)
