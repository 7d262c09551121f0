"""Every change between two versions of an OpenAPI document, classified for a client.

A schema component that both versions use at the same place is compared once, at the component
(`schema Payment: amount`), in each direction it is used in, and the change lists the operations
that reach it (directly or through other components). Reporting it at every operation instead
would turn one renamed field of a shared schema into dozens of rows saying the same thing;
`used_by` keeps the "which calls does this touch" answer. Inline schemas, and places where the
two versions point at different components, are compared where they sit.

Webhooks run the other way round: the provider sends the payload and the client receives it, so
a webhook's request body is checked with the response rules and its responses (what the client
answers) with the request rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from corridor.diff.changes import Change, Severity
from corridor.diff.client_rules import compare_client_rules
from corridor.diff.refs import pointer_get, resolve
from corridor.diff.schema_rules import (
    At,
    ComponentKey,
    Direction,
    SchemaComparison,
    narrowing,
    widening,
)
from corridor.spec import Operation, escape_pointer, iter_operations

OperationKey = tuple[str, str, str]  # (kind, path or webhook name, method)


def compare_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """All changes from `old` to `new`, in a stable order (document order, then components)."""
    return _SpecComparison(old, new).run()


class _SpecComparison:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.schemas = SchemaComparison(old, new, self._use_component)
        # Who uses each component: operations directly, and other components.
        self.operation_users: dict[ComponentKey, set[str]] = defaultdict(set)
        self.component_users: dict[ComponentKey, set[ComponentKey]] = defaultdict(set)
        self.pending: list[ComponentKey] = []
        self.current_operation = ""

    def run(self) -> list[Change]:
        self._servers(self.old.get("servers"), self.new.get("servers"), "servers", "/servers")
        self._operations()
        self._security_schemes()
        self._components()
        self._discrepancies()
        return _once(self.changes)

    def add(self, rule: str, severity: Severity, location: str, message: str, pointer: str) -> None:
        self.changes.append(Change(rule, severity, location, message, pointer=pointer))

    # ---------------------------------------------------------------- operations

    def _operations(self) -> None:
        old_ops = {_key(op): op for op in iter_operations(self.old)}
        new_ops = {_key(op): op for op in iter_operations(self.new)}
        matched = [(old_ops[key], new_ops[key]) for key in old_ops if key in new_ops]
        gone = [op for key, op in old_ops.items() if key not in new_ops]
        came = [op for key, op in new_ops.items() if key not in old_ops]
        for old_op in list(gone):
            moved = next((op for op in came if _same_identity(old_op, op)), None)
            if moved is not None:
                gone.remove(old_op)
                came.remove(moved)
                self._moved(old_op, moved)
                matched.append((old_op, moved))
        for op in gone:
            rule = f"{_kind(op)}-removed"
            self.add(rule, "breaking", _label(op), f"{_kind(op)} removed", op.pointer)
        for op in came:
            rule = f"{_kind(op)}-added"
            self.add(rule, "compatible", _label(op), f"{_kind(op)} added", op.pointer)
        for old_op, new_op in matched:
            self._operation(old_op, new_op)

    def _moved(self, old: Operation, new: Operation) -> None:
        if old.key != new.key:
            message = f"path {old.key} -> {new.key}"
            self.add("operation-path-changed", "breaking", _label(new), message, new.pointer)
        if old.method != new.method:
            message = f"method {old.method.upper()} -> {new.method.upper()}"
            self.add("operation-method-changed", "breaking", _label(new), message, new.pointer)

    def _operation(self, old: Operation, new: Operation) -> None:
        label = _label(new)
        self.current_operation = new.operation_id or new.label
        if old.operation_id != new.operation_id:
            message = f"operationId {old.operation_id} -> {new.operation_id} (renames the function)"
            self.add("operation-id-changed", "breaking", label, message, new.pointer)
        # The rules follow who sends what: the client sends a call's request but receives a
        # webhook's, and answers a webhook but receives a call's response.
        webhook = new.kind == "webhook"
        request_part: Direction = "response" if webhook else "request"
        response_part: Direction = "request" if webhook else "response"
        self._parameters(old, new, label, request_part)
        self._request_body(old.definition, new.definition, label, new.pointer, request_part)
        self._responses(old, new, label, response_part)
        if new.kind == "path":
            self._security(old.definition, new.definition, label, new.pointer)
            compare_client_rules(
                old,
                new,
                lambda rule, severity, message, pointer: self.add(
                    rule, severity, label, message, pointer
                ),
            )
            old_servers = _effective_servers(self.old, old)
            new_servers = _effective_servers(self.new, new)
            if old_servers is not None or new_servers is not None:
                self._servers(old_servers, new_servers, label, f"{new.pointer}/servers")

    def _parameters(self, old: Operation, new: Operation, label: str, direction: Direction) -> None:
        old_params = _parameters(self.old, old)
        new_params = _parameters(self.new, new)
        for key in [*old_params, *(k for k in new_params if k not in old_params)]:
            where, name = key
            at = At(f"{label} {where} parameter {name}", f"{new.pointer}/parameters", direction)
            before, after = old_params.get(key), new_params.get(key)
            was_required = bool(before and before.get("required"))
            is_required = bool(after and after.get("required"))
            if after is None:
                self._report(at, "parameter-removed", "breaking", "parameter removed")
            elif before is None:
                if is_required and direction == "request":
                    message = "required parameter added"
                    self._report(at, "parameter-added-required", "breaking", message)
                else:
                    message = f"{'required' if is_required else 'optional'} parameter added"
                    self._report(at, "parameter-added", "compatible", message)
            else:
                if is_required and not was_required:
                    message = "parameter made required"
                    self._report(at, "parameter-made-required", narrowing(direction), message)
                elif was_required and not is_required:
                    message = "parameter made optional"
                    self._report(at, "parameter-made-optional", widening(direction), message)
                self.schemas.compare(_param_schema(before), _param_schema(after), at)

    def _request_body(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        label: str,
        pointer: str,
        direction: Direction,
    ) -> None:
        before = resolve(self.old, old.get("requestBody"))
        after = resolve(self.new, new.get("requestBody"))
        at = At(f"{label} request body", f"{pointer}/requestBody", direction)
        if direction == "request":
            was_required = bool(before and before.get("required"))
            is_required = bool(after and after.get("required"))
            if before and not after:
                self._report(at, "request-body-removed", "breaking", "request body removed")
            elif after and not before:
                if is_required:
                    message = "required request body added"
                    self._report(at, "request-body-added-required", "breaking", message)
                else:
                    self._report(at, "request-body-added", "compatible", "optional body added")
            elif is_required and not was_required:
                message = "request body made required"
                self._report(at, "request-body-made-required", "breaking", message)
            elif was_required and not is_required:
                message = "request body made optional"
                self._report(at, "request-body-made-optional", "compatible", message)
        if before and after:
            self._content(before, after, at, "request")

    def _responses(self, old: Operation, new: Operation, label: str, direction: Direction) -> None:
        before: dict[str, Any] = old.definition.get("responses") or {}
        after: dict[str, Any] = new.definition.get("responses") or {}
        for status in [*before, *(s for s in after if s not in before)]:
            pointer = f"{new.pointer}/responses/{escape_pointer(str(status))}"
            at = At(f"{label} {status} response", pointer, direction)
            success = str(status).startswith("2")
            if status not in after and new.kind == "path":
                message = "status removed" + (" (a documented success)" if success else "")
                severity: Severity = "breaking" if success else "compatible"
                self._report(at, "response-status-removed", severity, message)
            elif status not in before and new.kind == "path":
                message = "status added"
                if success:
                    message += " (clients generated from the old spec cannot read it)"
                severity = "breaking" if success else "compatible"
                self._report(at, "response-status-added", severity, message)
            elif status in before and status in after:
                old_response = resolve(self.old, before[status])
                new_response = resolve(self.new, after[status])
                self._content(old_response, new_response, at, "response")

    def _content(self, old: Any, new: Any, at: At, part: str) -> None:
        """Compare the media types of a request body or response and the schema of each."""
        before: dict[str, Any] = (old or {}).get("content") or {}
        after: dict[str, Any] = (new or {}).get("content") or {}
        for media in [*before, *(m for m in after if m not in before)]:
            place = At(at.owner, f"{at.pointer}/content/{escape_pointer(media)}", at.direction)
            if len(after) > 1 or len(before) > 1:
                place = At(f"{at.owner} ({media})", place.pointer, at.direction)
            if media not in after:
                message = f"media type {media} removed"
                self._report(place, f"{part}-media-type-removed", "breaking", message)
            elif media not in before:
                message = f"media type {media} added"
                self._report(place, f"{part}-media-type-added", "compatible", message)
            else:
                schema_at = At(place.owner, f"{place.pointer}/schema", at.direction)
                old_schema = (before[media] or {}).get("schema", {})
                new_schema = (after[media] or {}).get("schema", {})
                self.schemas.compare(old_schema, new_schema, schema_at)

    def _report(self, at: At, rule: str, severity: Severity, message: str) -> None:
        self.add(rule, severity, at.location, message, at.pointer)

    # ---------------------------------------------------------------- security and servers

    def _security(self, old: dict[str, Any], new: dict[str, Any], label: str, ptr: str) -> None:
        before = _requirements(self.old, old)
        after = _requirements(self.new, new)
        for requirement in sorted(before - after, key=sorted):
            message = f"no longer accepts {_show_requirement(requirement)}"
            self.add("security-requirement-removed", "breaking", label, message, ptr)
        for requirement in sorted(after - before, key=sorted):
            message = f"now also accepts {_show_requirement(requirement)}"
            self.add("security-requirement-added", "compatible", label, message, ptr)

    def _security_schemes(self) -> None:
        before = (self.old.get("components") or {}).get("securitySchemes") or {}
        after = (self.new.get("components") or {}).get("securitySchemes") or {}
        for name in before:
            pointer = f"/components/securitySchemes/{escape_pointer(name)}"
            old_scheme = {k: v for k, v in before[name].items() if k != "description"}
            new_scheme = {k: v for k, v in (after.get(name) or {}).items() if k != "description"}
            if name in after and old_scheme != new_scheme:
                changed = sorted(
                    k
                    for k in old_scheme.keys() | new_scheme.keys()
                    if old_scheme.get(k) != new_scheme.get(k)
                )
                message = "changed: " + ", ".join(
                    f"{key} {_plain(old_scheme.get(key))} -> {_plain(new_scheme.get(key))}"
                    for key in changed
                )
                location = f"security scheme {name}"
                self.add("security-scheme-changed", "breaking", location, message, pointer)

    def _servers(self, old: Any, new: Any, location: str, pointer: str) -> None:
        before = [s.get("url") for s in old or [] if isinstance(s, dict)]
        after = [s.get("url") for s in new or [] if isinstance(s, dict)]
        for url in before:
            if url not in after:
                self.add("server-removed", "breaking", location, f"server {url} removed", pointer)
        for url in after:
            if url not in before:
                self.add("server-added", "compatible", location, f"server {url} added", pointer)

    # ---------------------------------------------------------------- components

    def _use_component(self, key: ComponentKey, at: At) -> None:
        if at.component is not None:
            self.component_users[key].add(at.component)
        else:
            self.operation_users[key].add(self.current_operation)
        if key not in self.pending:
            self.pending.append(key)

    def _components(self) -> None:
        self.current_operation = ""
        done = 0
        while done < len(self.pending):
            name, direction = self.pending[done]
            done += 1
            pointer = f"/components/schemas/{escape_pointer(name)}"
            at = At(f"schema {name}", pointer, direction, component=(name, direction))
            old_schema = pointer_get(self.old, pointer)
            new_schema = pointer_get(self.new, pointer)
            self.schemas.compare(old_schema, new_schema, at)
        for finding in self.schemas.findings:
            change = finding.change
            if finding.component is not None:
                change = Change(
                    change.rule,
                    change.severity,
                    change.location,
                    change.message,
                    pointer=change.pointer,
                    used_by=tuple(sorted(self._operations_using(finding.component))),
                )
            self.changes.append(change)

    def _operations_using(self, key: ComponentKey) -> set[str]:
        found: set[str] = set()
        stack, visited = [key], set()
        while stack:
            current = stack.pop()
            if current in visited:
                continue
            visited.add(current)
            found |= self.operation_users.get(current, set())
            stack.extend(self.component_users.get(current, set()))
        return found

    # ---------------------------------------------------------------- documentation

    def _discrepancies(self) -> None:
        before = dict(_discrepancies(self.old, ""))
        after = dict(_discrepancies(self.new, ""))
        for pointer in [*before, *(p for p in after if p not in before)]:
            location = describe_pointer(self.new if pointer in after else self.old, pointer)
            if pointer not in after:
                rule, message = "docs-discrepancy-resolved", "x-docs-discrepancy resolved"
            elif pointer not in before:
                rule, message = "docs-discrepancy-added", "x-docs-discrepancy added"
            elif before[pointer] != after[pointer]:
                rule, message = "docs-discrepancy-changed", "x-docs-discrepancy reworded"
            else:
                continue
            change = Change(
                rule, "compatible", location, message, pointer=pointer, informational=True
            )
            self.changes.append(change)


def _once(changes: list[Change]) -> list[Change]:
    """Each change once: a shared schema used both ways reports the same fact twice (`enum
    value "x" removed` as a request and as a response); keep the more severe report, used by
    every operation either reaches."""
    kept: dict[tuple[str, str, str], Change] = {}
    for change in changes:
        rule = change.rule.removeprefix("request-").removeprefix("response-")
        key = (rule, change.location, change.message.split(" (")[0])
        if rule.startswith("type-"):  # a field's type and format: one change to the field
            key = ("type", change.location, "")
            earlier = kept.get(key)
            if earlier is not None and earlier.message != change.message:
                first = earlier if earlier.breaking or not change.breaking else change
                message = f"{earlier.message}, {change.message}"
                kept[key] = replace(first, message=message)
                continue
        earlier = kept.get(key)
        if earlier is None:
            kept[key] = change
            continue
        first = earlier if earlier.breaking or not change.breaking else change
        used_by = tuple(sorted(set(earlier.used_by) | set(change.used_by)))
        kept[key] = replace(first, used_by=used_by)
    return list(kept.values())


def _key(op: Operation) -> OperationKey:
    return (op.kind, op.key, op.method)


def _kind(op: Operation) -> str:
    return "webhook" if op.kind == "webhook" else "operation"


def _label(op: Operation) -> str:
    name = f" ({op.operation_id})" if op.operation_id else ""
    if op.kind == "webhook":
        return f"webhook {op.key}{name}"
    return f"{op.method.upper()} {op.key}{name}"


def _same_identity(old: Operation, new: Operation) -> bool:
    return (
        old.kind == new.kind
        and old.operation_id is not None
        and (old.operation_id == new.operation_id)
    )


def _parameters(document: dict[str, Any], op: Operation) -> dict[tuple[str, str], Any]:
    section = "webhooks" if op.kind == "webhook" else "paths"
    item = (document.get(section) or {}).get(op.key) or {}
    found: dict[tuple[str, str], Any] = {}
    for raw in [*(item.get("parameters") or []), *(op.definition.get("parameters") or [])]:
        parameter = resolve(document, raw)
        if isinstance(parameter, dict) and "name" in parameter:
            found[(str(parameter.get("in")), str(parameter["name"]))] = parameter
    return found


def _param_schema(parameter: dict[str, Any]) -> Any:
    if "schema" in parameter:
        return parameter["schema"]
    for media in (parameter.get("content") or {}).values():
        return (media or {}).get("schema", {})
    return {}


def _requirements(document: dict[str, Any], op: dict[str, Any]) -> set[frozenset[str]]:
    """Each way of authenticating an operation, as the set of schemes sent together."""
    requirements = op["security"] if "security" in op else document.get("security") or []
    if not requirements:
        return {frozenset()}
    return {frozenset(requirement or {}) for requirement in requirements}


def _show_requirement(requirement: frozenset[str]) -> str:
    return " + ".join(sorted(requirement)) if requirement else "calls without credentials"


def _effective_servers(document: dict[str, Any], op: Operation) -> Any:
    if "servers" in op.definition:
        return op.definition["servers"]
    item = (document.get("paths") or {}).get(op.key) or {}
    return item.get("servers")


def _plain(value: Any) -> str:
    return "none" if value is None else str(value)


def _discrepancies(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        if isinstance(node.get("x-docs-discrepancy"), str):
            yield pointer or "/", " ".join(node["x-docs-discrepancy"].split())
        for key, value in node.items():
            yield from _discrepancies(value, f"{pointer}/{escape_pointer(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _discrepancies(value, f"{pointer}/{index}")


def describe_pointer(document: dict[str, Any], pointer: str) -> str:
    """A JSON pointer in words: `POST /v1/x (createX): requestBody/...`, `schema Payment: ...`."""
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/") if t]
    if len(tokens) >= 3 and tokens[0] in {"paths", "webhooks"}:
        operation = pointer_get(document, "/" + "/".join(escape_pointer(t) for t in tokens[:3]))
        op_id = operation.get("operationId") if isinstance(operation, dict) else None
        name = f" ({op_id})" if op_id else ""
        owner = (
            f"webhook {tokens[1]}"
            if tokens[0] == "webhooks"
            else f"{tokens[2].upper()} {tokens[1]}"
        )
        rest = tokens[3:]
        return f"{owner}{name}: {'/'.join(rest)}" if rest else f"{owner}{name}"
    if len(tokens) >= 3 and tokens[:2] == ["components", "schemas"]:
        rest = [t for t in tokens[3:] if t != "properties"]
        return f"schema {tokens[2]}: {'.'.join(rest)}" if rest else f"schema {tokens[2]}"
    return "/".join(tokens) or "document"
