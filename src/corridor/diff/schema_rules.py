"""Comparing two versions of a JSON schema, as a request or as a response.

One principle drives every rule: a client *sends* requests and *receives* responses. Narrowing
what a request accepts (a type, a format, an enum, a bound, a newly required field) rejects
bodies that used to pass, so it breaks; widening what a response may hold (a new enum value, a
new type, null) hands the generated client values it was not built to parse, so it breaks too.
The mirror images are compatible. Removing a field breaks both ways: callers setting it and
callers reading it both stop compiling against the generated models.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal

from corridor.diff.changes import Change, Severity
from corridor.diff.refs import component_name, flatten
from corridor.spec import escape_pointer

Direction = Literal["request", "response"]
ComponentKey = tuple[str, Direction]  # (component schema name, direction it is used in)

_UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
_LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")


def narrowing(direction: Direction) -> Severity:
    """Accepting less: breaks a request, is safe in a response."""
    return "breaking" if direction == "request" else "compatible"


def widening(direction: Direction) -> Severity:
    """Accepting more: safe in a request, breaks a response."""
    return "compatible" if direction == "request" else "breaking"


@dataclass(frozen=True)
class At:
    """Where a schema sits: its owner (operation part or component), field path and pointer."""

    owner: str
    pointer: str
    direction: Direction
    fields: tuple[str, ...] = ()
    component: ComponentKey | None = None  # set while comparing inside a component schema

    @property
    def location(self) -> str:
        path = ""
        for segment in self.fields:
            path += segment if segment.startswith("[") or not path else f".{segment}"
        return f"{self.owner}: {path}" if path else self.owner

    def child(self, field: str, *tokens: str) -> At:
        pointer = "/".join([self.pointer, *(escape_pointer(t) for t in tokens)])
        return replace(self, fields=(*self.fields, field), pointer=pointer)


@dataclass(frozen=True)
class Finding:
    change: Change
    component: ComponentKey | None


# Called when both versions use the same component schema at a place: (component, the place).
OnComponent = Callable[[ComponentKey, At], None]


class SchemaComparison:
    def __init__(
        self, old_doc: dict[str, Any], new_doc: dict[str, Any], on_component: OnComponent
    ) -> None:
        self.old_doc, self.new_doc = old_doc, new_doc
        self.on_component = on_component
        self.findings: list[Finding] = []

    def report(self, at: At, rule: str, severity: Severity, message: str) -> None:
        change = Change(rule, severity, at.location, message, pointer=at.pointer)
        self.findings.append(Finding(change, at.component))

    def compare(
        self, old: Any, new: Any, at: At, seen: frozenset[tuple[str, str]] = frozenset()
    ) -> None:
        """Compare two schemas found at the same place; `seen` stops recursive schemas."""
        old_flat, new_flat = flatten(self.old_doc, old), flatten(self.new_doc, new)
        same_ref = old_flat.ref is not None and old_flat.ref == new_flat.ref
        name = component_name(old_flat.ref) if same_ref and old_flat.ref else None
        if name is not None:
            # The component's own changes are reported once, at the component.
            self._nullability(old_flat.outer_nullable, new_flat.outer_nullable, at)
            self.on_component((name, at.direction), at)
            return
        self._nullability(old_flat.nullable, new_flat.nullable, at)
        pair = (old_flat.ref or "", new_flat.ref or "")
        if pair != ("", "") and pair in seen:
            return
        seen = seen | {pair}
        old_schema, new_schema = old_flat.schema, new_flat.schema
        self._types(old_schema, new_schema, at)
        self._format(old_schema, new_schema, at)
        self._enum(old_schema, new_schema, at)
        self._bounds(old_schema, new_schema, at)
        self._properties(old_schema, new_schema, at, seen)
        if "items" in old_schema or "items" in new_schema:
            items = at.child("[]", "items")
            self.compare(old_schema.get("items", {}), new_schema.get("items", {}), items, seen)
        self._additional(old_schema, new_schema, at, seen)
        self._variants(old_schema, new_schema, at, seen)

    def _nullability(self, old: bool, new: bool, at: At) -> None:
        direction = at.direction
        if new and not old:
            self.report(at, f"{direction}-made-nullable", widening(direction), "now allows null")
        elif old and not new:
            message = "no longer allows null"
            self.report(at, f"{direction}-made-non-nullable", narrowing(direction), message)

    def _narrowed(self, at: At, message: str) -> None:
        self.report(at, f"{at.direction}-type-narrowed", narrowing(at.direction), message)

    def _widened(self, at: At, message: str) -> None:
        self.report(at, f"{at.direction}-type-widened", widening(at.direction), message)

    def _changed(self, at: At, message: str) -> None:
        self.report(at, f"{at.direction}-type-changed", "breaking", message)

    def _types(self, old: dict[str, Any], new: dict[str, Any], at: At) -> None:
        old_types, new_types = _types(old), _types(new)
        if old_types == new_types:
            return
        described = f"type {_show_types(old_types)} -> {_show_types(new_types)}"
        if new_types is None:
            self._widened(at, described)
        elif old_types is None or new_types < old_types:
            self._narrowed(at, described)
        elif new_types > old_types:
            self._widened(at, described)
        else:
            self._changed(at, described)

    def _format(self, old: dict[str, Any], new: dict[str, Any], at: At) -> None:
        old_format, new_format = old.get("format"), new.get("format")
        if old_format == new_format:
            return
        if old_format is None:
            self._narrowed(at, f"format {new_format} added")
        elif new_format is None:
            self._widened(at, f"format {old_format} removed")
        else:
            self._changed(at, f"format {old_format} -> {new_format}")

    def _enum(self, old: dict[str, Any], new: dict[str, Any], at: At) -> None:
        old_values, new_values = _enum(old), _enum(new)
        if old_values == new_values:
            return
        direction = at.direction
        if old_values is None:
            self._narrowed(at, f"now limited to {_show_values(new_values or [])}")
        elif new_values is None:
            self._widened(at, f"no longer limited to {_show_values(old_values)}")
        else:
            removed = [value for value in old_values if value not in new_values]
            added = [value for value in new_values if value not in old_values]
            if removed:
                rule, severity = f"{direction}-enum-value-removed", narrowing(direction)
                self.report(at, rule, severity, f"enum value {_show_values(removed)} removed")
            if added:
                rule, severity = f"{direction}-enum-value-added", widening(direction)
                message = f"enum value {_show_values(added)} added"
                if direction == "response":
                    message += " (clients generated from the old spec reject it)"
                self.report(at, rule, severity, message)

    def _bounds(self, old: dict[str, Any], new: dict[str, Any], at: At) -> None:
        for keyword in (*_UPPER_BOUNDS, *_LOWER_BOUNDS):
            before, after = old.get(keyword), new.get(keyword)
            if before == after or not (_is_number(before) and _is_number(after)):
                continue
            message = f"{keyword} {_show(before)} -> {_show(after)}"
            upper = keyword in _UPPER_BOUNDS
            if before is None or (
                after is not None and (after < before if upper else after > before)
            ):
                self._narrowed(at, message)
            else:
                self._widened(at, message)
        for keyword in ("pattern", "multipleOf"):
            before, after = old.get(keyword), new.get(keyword)
            if before == after:
                continue
            message = f"{keyword} {_show(before)} -> {_show(after)}"
            if before is None:
                self._narrowed(at, message)
            elif after is None:
                self._widened(at, message)
            else:
                self._changed(at, message)

    def _properties(
        self, old: dict[str, Any], new: dict[str, Any], at: At, seen: frozenset[tuple[str, str]]
    ) -> None:
        old_props: dict[str, Any] = old.get("properties") or {}
        new_props: dict[str, Any] = new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        direction = at.direction
        renamed = _renames(old_props, new_props, old_required, new_required)
        for old_name, new_name in renamed.items():
            field = at.child(old_name, "properties", new_name)
            message = f"field renamed to {new_name}"
            self.report(field, f"{direction}-field-renamed", "breaking", message)
        for name in [*old_props, *(n for n in new_props if n not in old_props)]:
            if name in renamed or name in renamed.values():
                continue
            field = at.child(name, "properties", name)
            if name not in new_props:
                self.report(field, f"{direction}-field-removed", "breaking", "field removed")
            elif name not in old_props:
                if direction == "request" and name in new_required:
                    message = "required field added"
                    self.report(field, "request-field-added-required", "breaking", message)
                else:
                    kind = "required" if name in new_required else "optional"
                    message = f"{kind} field added"
                    self.report(field, f"{direction}-field-added", "compatible", message)
            else:
                if name in new_required and name not in old_required:
                    rule = f"{direction}-field-made-required"
                    self.report(field, rule, narrowing(direction), "field made required")
                elif name in old_required and name not in new_required:
                    rule = f"{direction}-field-made-optional"
                    self.report(field, rule, widening(direction), "field made optional")
                self.compare(old_props[name], new_props[name], field, seen)

    def _additional(
        self, old: dict[str, Any], new: dict[str, Any], at: At, seen: frozenset[tuple[str, str]]
    ) -> None:
        before, after = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(before, dict) and isinstance(after, dict):
            self.compare(before, after, at.child("{}", "additionalProperties"), seen)
        elif after is False and before is not False:
            self._narrowed(at, "no longer accepts extra properties")
        elif before is False and after is not False:
            self._widened(at, "now accepts extra properties")

    def _variants(
        self, old: dict[str, Any], new: dict[str, Any], at: At, seen: frozenset[tuple[str, str]]
    ) -> None:
        old_variants, new_variants = _variants(old), _variants(new)
        if not old_variants and not new_variants:
            return
        keyword = "oneOf" if "oneOf" in new else "anyOf"
        for key in [key for key in old_variants if key not in new_variants]:
            self._narrowed(at, f"{keyword} variant {key} removed")
        for key in [key for key in new_variants if key not in old_variants]:
            self._widened(at, f"{keyword} variant {key} added")
        for index, (key, variant) in enumerate(new_variants.items()):
            if key in old_variants:
                place = at.child(f"[{keyword} {key}]", keyword, str(index))
                self.compare(old_variants[key], variant, place, seen)


def _renames(
    old_props: dict[str, Any],
    new_props: dict[str, Any],
    old_required: set[str],
    new_required: set[str],
) -> dict[str, str]:
    """Fields removed and added at the same place with the same schema: old name -> new name.

    Both must be required or both optional; descriptions may differ. When several added fields
    have that schema, the one in the removed field's position in the property order is taken,
    else none.
    """
    gone = [name for name in old_props if name not in new_props]
    came = [name for name in new_props if name not in old_props]
    old_order, new_order = list(old_props), list(new_props)
    pairs: dict[str, str] = {}
    for old_name in gone:
        shape = _shape(old_props[old_name])
        same = [
            name
            for name in came
            if _shape(new_props[name]) == shape
            and (old_name in old_required) == (name in new_required)
            and name not in pairs.values()
        ]
        if len(same) > 1:
            same = [name for name in same if new_order.index(name) == old_order.index(old_name)]
        if len(same) == 1:
            pairs[old_name] = same[0]
    return pairs


def _shape(schema: Any) -> Any:
    """A schema without its prose, for telling whether two fields hold the same thing."""
    if isinstance(schema, dict):
        return {
            key: _shape(value)
            for key, value in schema.items()
            if key not in {"description", "examples", "example", "title"}
            and not key.startswith("x-docs")
        }
    if isinstance(schema, list):
        return [_shape(item) for item in schema]
    return schema


def _is_number(value: Any) -> bool:
    """A bound's value, or its absence (3.0's boolean exclusiveMaximum is not a bound)."""
    return value is None or (isinstance(value, int | float) and not isinstance(value, bool))


def _types(schema: dict[str, Any]) -> frozenset[str] | None:
    """The JSON types a schema accepts (integer implied by number); None for any type."""
    declared = schema.get("type")
    if isinstance(declared, str):
        types = {declared}
    elif isinstance(declared, list):
        types = {t for t in declared if isinstance(t, str)}
    else:
        return None
    if "number" in types:
        types.add("integer")
    return frozenset(types)


def _show_types(types: frozenset[str] | None) -> str:
    if types is None:
        return "any"
    shown = sorted(types - {"integer"}) if "number" in types else sorted(types)
    return "|".join(shown)


def _enum(schema: dict[str, Any]) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    values = schema.get("enum")
    return [value for value in values if value is not None] if isinstance(values, list) else None


def _variants(schema: dict[str, Any]) -> dict[str, Any]:
    """oneOf/anyOf variants keyed by what they are: component name, else type, else position."""
    variants = schema.get("oneOf") or schema.get("anyOf") or []
    keyed: dict[str, Any] = {}
    for index, variant in enumerate(variants):
        ref = variant.get("$ref") if isinstance(variant, dict) else None
        if isinstance(ref, str):
            key = ref.rsplit("/", 1)[-1]
        elif isinstance(variant, dict) and isinstance(variant.get("type"), str):
            key = variant["type"]
        else:
            key = f"#{index}"
        keyed[key if key not in keyed else f"{key}#{index}"] = variant
    return keyed


def _show_values(values: list[Any]) -> str:
    return ", ".join(json.dumps(value) for value in values)


def _show(value: Any) -> str:
    return "none" if value is None else json.dumps(value)
