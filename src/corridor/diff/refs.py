"""Following internal `$ref`s and putting schemas in one comparable shape."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

COMPONENT_SCHEMAS = "#/components/schemas/"
_MAX_HOPS = 64
# Keys that do not change what a schema accepts, so `anyOf: [X, null]` with only these beside it
# is "X, or null".
_ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "default", "deprecated", "readOnly"}
)


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow `node`'s internal `$ref` chain to the object it names (`node` itself if none)."""
    for _ in range(_MAX_HOPS):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#"):
            return node
        node = pointer_get(document, ref[1:])
    return {}


def pointer_get(document: Any, pointer: str) -> Any:
    node = document
    for token in [t for t in pointer.split("/") if t]:
        key = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            node = node.get(key, {})
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return {}
    return node


def component_name(ref: str) -> str | None:
    """`Payment` for `#/components/schemas/Payment`, None for anything else."""
    if ref.startswith(COMPONENT_SCHEMAS) and "/" not in ref[len(COMPONENT_SCHEMAS) :]:
        return ref[len(COMPONENT_SCHEMAS) :]
    return None


@dataclass(frozen=True)
class Flat:
    """A schema with its `$ref` chain followed, `null` taken out and `allOf` merged."""

    outer_nullable: bool  # the node itself allows null, before any $ref is followed
    nullable: bool  # null is allowed somewhere along the chain
    ref: str | None  # the first $ref met, if any
    schema: dict[str, Any]


def flatten(document: dict[str, Any], node: Any) -> Flat:
    outer_nullable, nullable, first_ref = False, False, None
    for _ in range(_MAX_HOPS):
        allows_null, node = _without_null(node)
        nullable = nullable or allows_null
        if first_ref is None:
            outer_nullable = nullable
        ref = node.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#"):
            break
        first_ref = first_ref or ref
        node = pointer_get(document, ref[1:])
    return Flat(outer_nullable, nullable, first_ref, _merge_all_of(document, node))


def _without_null(node: Any) -> tuple[bool, dict[str, Any]]:
    if not isinstance(node, dict):
        return False, {}  # a boolean schema: true accepts anything
    types = node.get("type")
    if isinstance(types, list) and "null" in types:
        rest = [t for t in types if t != "null"]
        return True, {**node, "type": rest[0] if len(rest) == 1 else rest}
    if node.get("type") == "null":
        return True, {key: value for key, value in node.items() if key != "type"}
    if node.get("nullable") is True:
        return True, {key: value for key, value in node.items() if key != "nullable"}
    for keyword in ("anyOf", "oneOf"):
        variants = node.get(keyword)
        if not isinstance(variants, list):
            continue
        rest = [v for v in variants if not (isinstance(v, dict) and v.get("type") == "null")]
        if len(rest) == len(variants):
            continue
        others = set(node) - {keyword} - _ANNOTATIONS
        if len(rest) == 1 and not {k for k in others if not k.startswith("x-")}:
            return True, rest[0] if isinstance(rest[0], dict) else {}
        return True, {**node, keyword: rest}
    return False, node


def _merge_all_of(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Fold `allOf` parts into one schema: properties and required sets are combined.

    A property a later part declares again refines the earlier one (an envelope's generic
    `payload` object, then the event's own payload schema), so the later declaration is kept,
    unless it only adds prose (a description, examples).
    """
    parts = node.get("allOf")
    if not isinstance(parts, list):
        return node
    merged: dict[str, Any] = {key: value for key, value in node.items() if key != "allOf"}
    properties: dict[str, Any] = dict(merged.get("properties") or {})
    required: list[str] = list(merged.get("required") or [])
    for part in parts:
        schema = flatten(document, part).schema
        for name, value in (schema.get("properties") or {}).items():
            if name not in properties or not _annotation_only(value):
                properties[name] = value
        required += [name for name in schema.get("required") or [] if name not in required]
        for key, value in schema.items():
            if key not in {"properties", "required"}:
                merged.setdefault(key, value)
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def _annotation_only(schema: Any) -> bool:
    prose = {"description", "title", "examples", "example"}
    return isinstance(schema, dict) and all(key in prose or key.startswith("x-") for key in schema)
