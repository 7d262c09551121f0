"""The client behaviour a spec states, in `x-corridor-*` extensions on its operations.

What a call is as far as retrying it goes belongs to the API, not to hand-written facade code,
so each spec says it beside the operation it concerns:

- `x-corridor-retry`: `read`, `safe` (changes nothing a second call would undo), `create` or
  `write`; only where it differs from the method's default (GET/HEAD/OPTIONS read, else write).
- `x-corridor-idempotency` (creates only): the request body `field` holding the create's
  idempotency handle, whether corridor makes one up when the caller gives none (`generated`),
  the `lookup` that finds the object by it (an operationId; the handle fills its path
  parameter; `carry` names body fields it takes as query parameters of the same name; its
  `answer` is the create's own (`same`) or only confirms the object exists (`exists`); with
  `entry`, the lookup lists, and the object is the entry whose `match` field holds the handle),
  and which refusals are the provider's "this handle is used" answer (`already_done`: its
  `statuses`, `codes` and `messages` fragments, each list given must match).
- `x-corridor-where-to-look`: for a create without a lookup, or a write, what to check when
  its outcome is unknown (`operations`, named with their method and path, and a `note`).
- `x-corridor-pagination`: the paging style of a list operation (read by
  `corridor.codegen.client_generator.pagination_of`).

`read_rules` reads and checks them all against the spec, lookups resolved to method and path;
the code generator writes each into its endpoint module (`OPERATION`, a
`corridor.kit.operations.Operation`) and `corridor diff` compares them (`declared`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from corridor.spec import Operation, iter_operations

RETRY = "x-corridor-retry"
IDEMPOTENCY = "x-corridor-idempotency"
WHERE_TO_LOOK = "x-corridor-where-to-look"
PAGINATION = "x-corridor-pagination"

Kind = Literal["read", "safe", "create", "write"]
KINDS: tuple[Kind, ...] = ("read", "safe", "create", "write")
SAFE_METHODS = frozenset({"get", "head", "options"})
ANSWERS = ("same", "exists")

_IDEMPOTENCY_KEYS = frozenset({"field", "generated", "lookup", "already_done"})
_LOOKUP_KEYS = frozenset({"operationId", "carry", "answer", "entry"})
_ENTRY_KEYS = frozenset({"items", "match", "wrap"})
_DONE_KEYS = frozenset({"statuses", "codes", "messages"})
_WHERE_KEYS = frozenset({"operations", "note"})


class SpecRuleError(ValueError):
    """An `x-corridor-*` extension that is malformed or names what the spec does not have."""


@dataclass(frozen=True)
class Entry:
    """A lookup that lists: the list (`items`, dotted path in its answer), the entry's field
    that holds the handle (`match`), and where the entry goes in the create's answer (`wrap`,
    dotted; empty: the entry is the answer)."""

    items: str
    match: str
    wrap: str = ""


@dataclass(frozen=True)
class Done:
    """The provider's own "this handle is used" refusal: every list given must match."""

    statuses: tuple[int, ...] = ()
    codes: tuple[str, ...] = ()
    messages: tuple[str, ...] = ()


@dataclass(frozen=True)
class LookupRule:
    operation_id: str
    method: str  # upper case
    path: str
    parameter: str | None  # the path parameter the handle fills
    carry: tuple[str, ...] = ()
    answer: str = "same"
    entry: Entry | None = None


@dataclass(frozen=True)
class IdempotencyRule:
    field: str
    generated: bool = False
    lookup: LookupRule | None = None
    already_done: Done | None = None


@dataclass(frozen=True)
class ClientRule:
    """One operation's rule, as the client kit applies it."""

    operation_id: str
    method: str  # upper case
    path: str
    kind: Kind
    idempotency: IdempotencyRule | None = None
    where_to_look: str = ""  # resolved: operations with method and path, then the note
    created_status: int = 200  # the lowest documented success status

    def python(self, module: str = "rules") -> str:
        """This rule as a `corridor.kit.operations.Operation` expression (`module` imported)."""
        arguments = [repr(self.operation_id), repr(self.kind)]
        if self.idempotency is not None:
            arguments.append(f"idempotency={_idempotency_python(self.idempotency, module)}")
        if self.where_to_look:
            arguments.append(f"hint={self.where_to_look!r}")
        if self.kind == "create" and self.created_status != 200:
            arguments.append(f"created_status={self.created_status}")
        return f"{module}.Operation({', '.join(arguments)})"


def _idempotency_python(rule: IdempotencyRule, module: str) -> str:
    arguments = [repr(rule.field)]
    if rule.generated:
        arguments.append("generated=True")
    if rule.lookup is not None:
        lookup = rule.lookup
        parts = [repr(lookup.operation_id), repr(lookup.method), repr(lookup.path)]
        if lookup.parameter is not None:
            parts.append(f"parameter={lookup.parameter!r}")
        if lookup.carry:
            parts.append(f"carry={lookup.carry!r}")
        if lookup.answer != "same":
            parts.append(f"answer={lookup.answer!r}")
        if lookup.entry is not None:
            entry = lookup.entry
            wrap = f", wrap={entry.wrap!r}" if entry.wrap else ""
            parts.append(f"entry={module}.Entry({entry.items!r}, {entry.match!r}{wrap})")
        arguments.append(f"lookup={module}.Lookup({', '.join(parts)})")
    if rule.already_done is not None:
        done = rule.already_done
        lists = [
            f"{name}={value!r}"
            for name, value in (
                ("statuses", done.statuses),
                ("codes", done.codes),
                ("messages", done.messages),
            )
            if value
        ]
        arguments.append(f"already_done={module}.Refusals({', '.join(lists)})")
    return f"{module}.Idempotency({', '.join(arguments)})"


def default_kind(method: str) -> Kind:
    return "read" if method.lower() in SAFE_METHODS else "write"


def declared(definition: Mapping[str, Any], method: str) -> dict[str, Any]:
    """An operation's extensions as written, with their defaults filled in and nothing checked
    against the rest of the spec: what `corridor diff` compares."""
    kind = definition.get(RETRY, default_kind(method))
    result: dict[str, Any] = {"kind": kind}
    handle = definition.get(IDEMPOTENCY)
    if isinstance(handle, Mapping):
        lookup = handle.get("lookup")
        done = handle.get("already_done")
        result["idempotency"] = {
            "field": handle.get("field"),
            "generated": bool(handle.get("generated", False)),
            "lookup": None
            if not isinstance(lookup, Mapping)
            else {
                "operationId": lookup.get("operationId"),
                "carry": sorted(str(name) for name in lookup.get("carry") or []),
                "answer": lookup.get("answer", "same"),
                "entry": dict(lookup["entry"])
                if isinstance(lookup.get("entry"), Mapping)
                else None,
            },
            "already_done": None
            if not isinstance(done, Mapping)
            else {key: sorted(str(v) for v in done.get(key) or []) for key in sorted(_DONE_KEYS)},
        }
    else:
        result["idempotency"] = None
    result["where_to_look"] = definition.get(WHERE_TO_LOOK)
    result["pagination"] = definition.get(PAGINATION)
    return result


def read_rules(document: Mapping[str, Any]) -> dict[str, ClientRule]:
    """Every path operation's rule by operationId; `SpecRuleError` naming every problem."""
    reader = _Reader(document)
    rules = {}
    for op in iter_operations(document):
        if op.kind == "path" and op.operation_id is not None:
            rule = reader.rule(op)
            if rule is not None:
                rules[op.operation_id] = rule
    for op in iter_operations(document):
        if op.kind != "path" or op.operation_id is None:
            present = [key for key in (RETRY, IDEMPOTENCY, WHERE_TO_LOOK) if key in op.definition]
            if present:
                reader.problem(
                    op, f"{', '.join(present)} needs a path operation with an operationId"
                )
    if reader.problems:
        raise SpecRuleError("; ".join(reader.problems))
    return rules


@dataclass
class _Reader:
    document: Mapping[str, Any]
    problems: list[str] = field(default_factory=list)
    by_id: dict[str, Operation] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {
            op.operation_id: op
            for op in iter_operations(self.document)
            if op.kind == "path" and op.operation_id is not None
        }

    def problem(self, op: Operation, text: str) -> None:
        self.problems.append(f"{op.operation_id or op.label}: {text}")

    def rule(self, op: Operation) -> ClientRule | None:
        definition = op.definition
        assert op.operation_id is not None
        kind = definition.get(RETRY, default_kind(op.method))
        if kind not in KINDS:
            self.problem(op, f"{RETRY} must be one of {', '.join(KINDS)}, not {kind!r}")
            return None
        idempotency = None
        if IDEMPOTENCY in definition:
            if kind != "create":
                self.problem(op, f"{IDEMPOTENCY} needs {RETRY}: create")
            else:
                idempotency = self._idempotency(op, definition[IDEMPOTENCY])
        where = ""
        if WHERE_TO_LOOK in definition:
            if kind in ("read", "safe"):
                self.problem(op, f"{WHERE_TO_LOOK} is for creates and writes, not a {kind}")
            else:
                where = self._where_to_look(op, definition[WHERE_TO_LOOK])
        if idempotency is not None and idempotency.lookup is not None and where:
            self.problem(op, f"{WHERE_TO_LOOK} is not used: the lookup says where to look")
        return ClientRule(
            op.operation_id,
            op.method.upper(),
            op.key,
            kind,
            idempotency=idempotency,
            where_to_look=where,
            created_status=_lowest_success(definition),
        )

    def _idempotency(self, op: Operation, raw: Any) -> IdempotencyRule | None:
        if not self._mapping(op, IDEMPOTENCY, raw, _IDEMPOTENCY_KEYS):
            return None
        name = raw.get("field")
        body = _body_properties(self.document, op.definition)
        if not isinstance(name, str) or not name:
            self.problem(op, f"{IDEMPOTENCY}.field must name the request body field")
            return None
        if body is not None and name not in body:
            self.problem(op, f"{IDEMPOTENCY}.field {name!r} is not a request body field")
        generated = raw.get("generated", False)
        if not isinstance(generated, bool):
            self.problem(op, f"{IDEMPOTENCY}.generated must be true or false")
        lookup = None
        if "lookup" in raw:
            lookup = self._lookup(op, raw["lookup"], body)
        done = None
        if "already_done" in raw:
            done = self._done(op, raw["already_done"])
        return IdempotencyRule(name, generated is True, lookup, done)

    def _lookup(self, op: Operation, raw: Any, body: set[str] | None) -> LookupRule | None:
        where = f"{IDEMPOTENCY}.lookup"
        if not self._mapping(op, where, raw, _LOOKUP_KEYS):
            return None
        target_id = raw.get("operationId")
        target = self.by_id.get(target_id) if isinstance(target_id, str) else None
        if target is None or not isinstance(target_id, str):
            self.problem(op, f"{where}.operationId {target_id!r} is no operation of this spec")
            return None
        if target.method != "get":
            self.problem(op, f"{where}: {target_id} is a {target.method.upper()}, not a GET")
        parameters = _parameters(self.document, op=target)
        path_parameters = [name for name, place in parameters if place == "path"]
        query_parameters = {name for name, place in parameters if place == "query"}
        if len(path_parameters) > 1:
            self.problem(op, f"{where}: {target_id} has more than one path parameter")
        carry = raw.get("carry", [])
        if not isinstance(carry, list) or not all(isinstance(n, str) for n in carry):
            self.problem(op, f"{where}.carry must be a list of body field names")
            carry = []
        for name in carry:
            if name not in query_parameters:
                self.problem(op, f"{where}.carry {name!r} is not a query parameter of {target_id}")
            if body is not None and name not in body:
                self.problem(op, f"{where}.carry {name!r} is not a request body field")
        answer = raw.get("answer", "same")
        if answer not in ANSWERS:
            self.problem(op, f"{where}.answer must be one of {', '.join(ANSWERS)}")
        entry = None
        if "entry" in raw:
            entry = self._entry(op, raw["entry"])
        elif not path_parameters:
            self.problem(op, f"{where}: {target_id} takes no handle in its path, so it needs entry")
        return LookupRule(
            target_id,
            target.method.upper(),
            target.key,
            path_parameters[0] if path_parameters else None,
            tuple(carry),
            str(answer),
            entry,
        )

    def _entry(self, op: Operation, raw: Any) -> Entry | None:
        where = f"{IDEMPOTENCY}.lookup.entry"
        if not self._mapping(op, where, raw, _ENTRY_KEYS):
            return None
        items, match, wrap = raw.get("items"), raw.get("match"), raw.get("wrap", "")
        if not all(isinstance(value, str) for value in (items, match, wrap)) or not (
            items and match
        ):
            self.problem(op, f"{where} needs items and match (and may have wrap), as strings")
            return None
        return Entry(str(items), str(match), str(wrap))

    def _done(self, op: Operation, raw: Any) -> Done | None:
        where = f"{IDEMPOTENCY}.already_done"
        if not self._mapping(op, where, raw, _DONE_KEYS):
            return None
        statuses, codes, messages = (raw.get(key, []) for key in ("statuses", "codes", "messages"))
        if not (
            isinstance(statuses, list)
            and all(isinstance(s, int) and not isinstance(s, bool) for s in statuses)
            and isinstance(codes, list)
            and all(isinstance(c, str) and c for c in codes)
            and isinstance(messages, list)
            and all(isinstance(m, str) and m for m in messages)
        ):
            self.problem(op, f"{where}: statuses are integers, codes and messages strings")
            return None
        if not (statuses or codes or messages):
            self.problem(op, f"{where} names no status, code or message")
            return None
        return Done(tuple(statuses), tuple(codes), tuple(messages))

    def _where_to_look(self, op: Operation, raw: Any) -> str:
        if not self._mapping(op, WHERE_TO_LOOK, raw, _WHERE_KEYS):
            return ""
        names, note = raw.get("operations", []), raw.get("note", "")
        if not isinstance(names, list) or not isinstance(note, str) or not (names or note):
            self.problem(op, f"{WHERE_TO_LOOK} needs operations (a list) or a note")
            return ""
        shown = []
        for name in names:
            target = self.by_id.get(name) if isinstance(name, str) else None
            if target is None:
                self.problem(op, f"{WHERE_TO_LOOK} names {name!r}, no operation of this spec")
            else:
                shown.append(f"{name} ({target.method.upper()} {target.key})")
        return " ".join(part for part in (", ".join(shown), " ".join(note.split())) if part)

    def _mapping(self, op: Operation, where: str, raw: Any, keys: frozenset[str]) -> bool:
        if not isinstance(raw, Mapping):
            self.problem(op, f"{where} must be a mapping")
            return False
        unknown = sorted(str(key) for key in raw if key not in keys)
        if unknown:
            self.problem(op, f"{where} has unknown keys: {', '.join(unknown)}")
            return False
        return True


def _lowest_success(definition: Mapping[str, Any]) -> int:
    statuses = [
        int(status)
        for status in definition.get("responses") or {}
        if str(status).isdigit() and 200 <= int(status) <= 299
    ]
    return min(statuses, default=200)


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    for _ in range(32):
        ref = node.get("$ref") if isinstance(node, Mapping) else None
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return node
        node = document
        for token in ref[2:].split("/"):
            key = token.replace("~1", "/").replace("~0", "~")
            node = node.get(key) if isinstance(node, Mapping) else None
    return None


def _parameters(document: Mapping[str, Any], *, op: Operation) -> list[tuple[str, str]]:
    """(name, in) of the operation's parameters, its path item's included."""
    item = (document.get("paths") or {}).get(op.key) or {}
    found = []
    for raw in [*(item.get("parameters") or []), *(op.definition.get("parameters") or [])]:
        parameter = _resolve(document, raw)
        if isinstance(parameter, Mapping) and "name" in parameter:
            found.append((str(parameter["name"]), str(parameter.get("in"))))
    return found


def _body_properties(document: Mapping[str, Any], definition: Mapping[str, Any]) -> set[str] | None:
    """The JSON request body's top-level fields; None when they cannot be told."""
    body = _resolve(document, definition.get("requestBody"))
    content = body.get("content") if isinstance(body, Mapping) else None
    media = content.get("application/json") if isinstance(content, Mapping) else None
    schema = _resolve(document, media.get("schema") if isinstance(media, Mapping) else None)
    if not isinstance(schema, Mapping):
        return None
    names: set[str] = set()
    for part in _schema_parts(document, schema):
        names |= set(part.get("properties") or {})
    return names or None


def _schema_parts(document: Mapping[str, Any], schema: Mapping[str, Any]) -> Iterator[Any]:
    yield schema
    for member in schema.get("allOf") or []:
        resolved = _resolve(document, member)
        if isinstance(resolved, Mapping):
            yield from _schema_parts(document, resolved)


__all__ = [
    "IDEMPOTENCY",
    "PAGINATION",
    "RETRY",
    "WHERE_TO_LOOK",
    "ClientRule",
    "Done",
    "Entry",
    "IdempotencyRule",
    "LookupRule",
    "SpecRuleError",
    "declared",
    "read_rules",
]
