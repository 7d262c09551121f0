"""Where the providers' docs contradict themselves, as recorded in the specs.

Each contradiction is recorded on the spec element it concerns, as `x-docs-discrepancy: <text>`.
`specs/DISCREPANCIES.md` is written from those entries by `scripts/regenerate.py`, so the list
users read can never drift from the spec.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from corridor.providers import PROVIDERS
from corridor.spec import load_spec

EXTENSION = "x-docs-discrepancy"
_NOISE = {"properties", "schema", "content", "application/json", "items", "requestBody"}


@dataclass(frozen=True)
class Discrepancy:
    location: str  # readable path to the element, e.g. "POST /payments > reason"
    note: str


def find_discrepancies(spec: dict[str, Any]) -> list[Discrepancy]:
    return list(_walk(spec, []))


def _walk(node: Any, path: list[str]) -> Iterator[Discrepancy]:
    if isinstance(node, dict):
        note = node.get(EXTENSION)
        if isinstance(note, str):
            yield Discrepancy(_readable(path, node), " ".join(note.split()))
        for key, child in node.items():
            if key != EXTENSION:
                yield from _walk(child, [*path, str(key)])
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _walk(child, [*path, str(index)])


def _readable(path: list[str], node: dict[str, Any]) -> str:
    """Turn a spec path into the words a reader of the docs would use."""
    if path[:2] == ["components", "schemas"]:
        head, rest = path[2], path[3:]
    elif path and path[0] in ("paths", "webhooks") and len(path) >= 3:
        head, rest = f"{path[2].upper()} {path[1]}", path[3:]
        if path[0] == "webhooks":
            head = f"webhook {path[1]}"
            rest = path[3:]
    else:
        head, rest = ".".join(path[:3]) or "(document)", path[3:]
    parts: list[str] = []
    index = 0
    while index < len(rest):
        token = rest[index]
        if token == "parameters" and index + 1 < len(rest):
            parts.append(f"parameter {node.get('name', rest[index + 1])}")
            index += 2
            continue
        if token == "examples" and index + 1 < len(rest):
            parts.append(f"example {rest[index + 1]}")
            index += 2
            continue
        if token not in _NOISE and not token.isdigit():
            parts.append(token)
        index += 1
    return " > ".join([head, *parts]) if parts else head


def render_markdown() -> str:
    """The whole of specs/DISCREPANCIES.md."""
    lines = [
        "# Where the providers' docs disagree with themselves",
        "",
        "Written by `scripts/regenerate.py` from the `x-docs-discrepancy` entries in `specs/`;",
        "edit the spec, not this file. Each line says what the docs say and what the spec does.",
    ]
    for provider in PROVIDERS:
        found = find_discrepancies(load_spec(provider.name))
        lines += ["", f"## {provider.title} ({len(found)})", ""]
        lines += [f"- **{item.location}**: {item.note}" for item in found]
    return "\n".join(lines) + "\n"
