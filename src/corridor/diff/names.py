"""What a change means in the names a client's user imports.

The spec says `createPayment` and `schema Payment`; the user writes
`settlego_client.api.payments.create_payment` and `settlego_models.Payment`. "Used by" lists the
models and functions a change reaches in those names, and a field renamed in the spec is one
rename in the generated models too, not a removed attribute, an added one and a new required
constructor argument.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from corridor.diff.changes import Change
from corridor.diff.refs import component_name
from corridor.providers import Provider
from corridor.spec import iter_operations

_SCHEMA = re.compile(r"^schema (?P<name>[^:]+)(?:: (?P<fields>.+))?$")


def snake(name: str) -> str:
    """`createPayment` -> `create_payment`, `Reference Data` -> `reference_data`."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return re.sub(r"[^A-Za-z0-9]+", "_", spaced).strip("_").lower()


def python_names(provider: Provider, *specs: dict[str, Any]) -> dict[str, str]:
    """operationId -> the function a user calls; a webhook's -> the payload model it parses."""
    names: dict[str, str] = {}
    for spec in specs:
        for op in iter_operations(spec):
            if not op.operation_id or op.operation_id in names:
                continue
            if op.kind == "webhook":
                content: dict[str, Any] = (op.definition.get("requestBody") or {}).get(
                    "content"
                ) or {}
                media: dict[str, Any] = next(iter(content.values()), {}) or {}
                ref = (media.get("schema") or {}).get("$ref")
                model = component_name(ref) if isinstance(ref, str) else None
                if model:
                    names[op.operation_id] = f"{provider.models_package}.{model}"
                continue
            tags = op.definition.get("tags") or ["default"]
            module = snake(str(tags[0]))
            names[op.operation_id] = (
                f"{provider.client_package}.api.{module}.{snake(op.operation_id)}"
            )
    return names


def name_users(
    changes: Iterable[Change], provider: Provider, names: dict[str, str]
) -> list[Change]:
    """Each spec change's `used_by` as the models and functions a user imports."""
    named = []
    for change in changes:
        if change.source != "spec" or not change.used_by:
            named.append(change)
            continue
        users: list[str] = []
        match = _SCHEMA.match(change.location)
        if match:
            users.append(f"{provider.models_package}.{match['name']}")
        for user in change.used_by:
            name = names.get(user, user)
            if name not in users:
                users.append(name)
        models = sorted(u for u in users[1:] if not _is_function(u, provider))
        functions = sorted(u for u in users[1:] if _is_function(u, provider))
        named.append(replace(change, used_by=(*users[:1], *functions, *models)))
    return named


def _is_function(name: str, provider: Provider) -> bool:
    return name.startswith(f"{provider.client_package}.api.")


def python_renames(changes: list[Change]) -> list[Change]:
    """A renamed spec field's removed attribute, added attribute and new required constructor
    argument in each generated package, as one `python-field-renamed` change per class."""
    renames: list[tuple[str, str, str]] = []  # (class, old attribute, new attribute)
    for change in changes:
        match = _SCHEMA.match(change.location)
        if not change.rule.endswith("field-renamed") or not match or not match["fields"]:
            continue
        if "." in match["fields"] or "[" in match["fields"]:
            continue  # a nested inline object's field: no model class of its own to name
        new = change.message.removeprefix("field renamed to ")
        renames.append((match["name"], snake(match["fields"]), snake(new)))
    if not renames:
        return changes
    result: list[Change] = []
    folded: set[int] = set()
    for index, change in enumerate(changes):
        if change.source != "python" or index in folded:
            continue
        for cls, old, new in renames:
            if change.rule == "python-object-removed" and change.location.endswith(f".{cls}.{old}"):
                owner = change.location.removesuffix(f".{old}")
                parts = {
                    i
                    for i, other in enumerate(changes)
                    if other.source == "python"
                    and other.location in {f"{owner}.{new}", f"{owner}({new})"}
                }
                folded |= parts
                message = f"field renamed to {new}"
                result.append(replace(change, rule="python-field-renamed", message=message))
                folded.add(index)
                break
    return [
        change
        for index, change in enumerate(changes)
        if change.source != "python" or index not in folded
    ] + result


def one_package(changes: list[Change], provider: Provider) -> list[Change]:
    """The client package's copy of the models (`x_client.models.payment.Payment`) changes
    exactly as the models package (`x_models.Payment`) does: each change is listed once, in the
    models package's names, unless only the client's copy changed."""
    prefix = re.compile(rf"^{re.escape(provider.client_package)}\.models\.[a-z0-9_]+\.")
    models = {(c.rule, c.location) for c in changes if c.source == "python"}
    arguments = {c.location for c in changes if c.rule.startswith("python-constructor-argument")}
    kept = []
    for change in changes:
        if change.source == "python" and prefix.match(change.location):
            location = prefix.sub(f"{provider.models_package}.", change.location)
            if (change.rule, location) in models:
                continue
        if change.rule == "python-object-added" and change.message == "field added":
            owner, _, field = change.location.rpartition(".")
            if f"{owner}({field})" in arguments:
                continue  # the new required constructor argument says it
        kept.append(change)
    return kept
