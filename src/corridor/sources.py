"""`corridor sources`: where each spec element was transcribed from, and what changed there since.

Every `x-docs-source` names a snapshot file and heading (`sfox/end-users/x.md#Heading`). The lock
(`specs/sources/<provider>.json`) records, per snapshot page, the page's URL (the `source:` of
its front matter, else the lock's own `page_urls` entry for a page whose snapshot records none),
a hash of its normalised text, when it was read, and per section the same plus the spec elements
that cite it. A section's hash covers its own text, not the sections nested in it, so a change
belongs to the innermost heading it is under. The lock holds hashes, URLs and headings only,
never docs text. `resolve` turns an `x-docs-source` into its URL.

`corridor sources check PROVIDER` compares a snapshot folder with the lock: pages and sections
changed, added or gone, with the spec elements citing each and a short text diff; JSON examples
in changed sections that no longer validate against the citing element's schemas; `METHOD /path`
lines naming operations the spec lacks; and field tables naming fields or enum values the citing
elements lack.
"""

from __future__ import annotations

import datetime
import difflib
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corridor.spec import HTTP_METHODS, load_spec, specs_dir

LOCK_VERSION = 2  # 2: a section's hash covers its own text, not its nested sections
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_JSON_BLOCK = re.compile(r"```json[^\n]*\n(.*?)```", re.DOTALL)
_ENDPOINT = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE)\s+`?(/[\w{}/.:\-]*)")
_TEXT_SUFFIXES = (".md", ".txt")
_SOURCE_LINE = re.compile(r"^source:[^\n]*?(https?://[^\s)]+)", re.MULTILINE)


def lock_path(provider: str) -> Path:
    return specs_dir() / "sources" / f"{provider}.json"


def default_snapshot(provider: str) -> Path:
    """The snapshot beside the checkout: ../shared/docs/<provider>."""
    return specs_dir().parent.parent / "shared" / "docs" / provider


def normalise(text: str) -> str:
    """Text as compared: no front matter, whitespace collapsed per line, no blank lines."""
    text = _FRONT_MATTER.sub("", text.replace("\r\n", "\n"), count=1)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def digest(text: str) -> str:
    return "sha256:" + hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def _heading_key(heading: str) -> str:
    return " ".join(re.sub(r"[_\-`*]", " ", heading).lower().split())


def _slug(heading: str) -> str:
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def front_matter_source(text: str) -> str | None:
    """The page's URL: `source:` in its front matter (or, as P100's snapshots keep it, in a YAML
    block under the title), its first URL."""
    head = "\n".join(text.replace("\r\n", "\n").split("\n")[:40])
    match = _SOURCE_LINE.search(head)
    return match.group(1) if match else None


# ------------------------------------------------------------------------------------------------
# Citations: which spec elements name which page and heading


@dataclass(frozen=True)
class Citation:
    page: str  # path inside the provider's snapshot folder
    heading: str | None
    element: str  # "operation createPayment", "webhook paymentCreated", "schema Payment"


def _element_of(pointer: list[str], spec: Mapping[str, Any]) -> str:
    if len(pointer) >= 3 and pointer[0] == "paths" and pointer[2] in HTTP_METHODS:
        operation = spec["paths"][pointer[1]][pointer[2]]
        return f"operation {operation.get('operationId', pointer[2].upper() + ' ' + pointer[1])}"
    if len(pointer) >= 2 and pointer[0] == "webhooks":
        return f"webhook {pointer[1]}"
    if len(pointer) >= 3 and pointer[0] == "components":
        return f"{pointer[1].rstrip('s')} {pointer[2]}"
    return pointer[0] if pointer else "spec"


def citations(provider: str, spec: Mapping[str, Any] | None = None) -> list[Citation]:
    """Every `x-docs-source` of the spec that names a page (the spec-wide folder is skipped)."""
    spec = load_spec(provider) if spec is None else spec
    found: list[Citation] = []

    def walk(node: Any, pointer: list[str]) -> None:
        if isinstance(node, Mapping):
            for key, value in node.items():
                if key == "x-docs-source" and isinstance(value, str):
                    reference, _, heading = value.partition("#")
                    prefix = f"{provider}/"
                    page = reference.removeprefix(prefix)
                    if page and not page.endswith("/"):
                        found.append(Citation(page, heading or None, _element_of(pointer, spec)))
                else:
                    walk(value, [*pointer, str(key)])
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, [*pointer, str(index)])

    walk(spec, [])
    return found


# ------------------------------------------------------------------------------------------------
# Sections of a page


def _spans(text: str, cited: list[str]) -> tuple[list[str], dict[str, tuple[int, int]]]:
    """A page's lines, and heading -> the line range of its section. Markdown headings end at the
    next heading of the same or a higher level; a cited heading path in plain text
    (`Payment > Create payment`) runs to the next cited heading found."""
    lines = _FRONT_MATTER.sub("", text.replace("\r\n", "\n"), count=1).split("\n")
    spans: dict[str, tuple[int, int]] = {}
    headings = [
        (index, len(match.group(1)), match.group(2))
        for index, line in enumerate(lines)
        if (match := _HEADING.match(line))
    ]
    for position, (index, level, heading) in enumerate(headings):
        end = next((i for i, lv, _ in headings[position + 1 :] if lv <= level), len(lines))
        spans.setdefault(heading, (index, end))
    keys = {_heading_key(heading) for heading in spans}
    # plain-text heading paths: each part found as a line of its own, in order
    starts: dict[str, int] = {}
    for heading in cited:
        if _heading_key(heading) in keys:
            continue
        at = 0
        for part in heading.split(">"):
            wanted = _heading_key(part)
            at = next(
                (i for i in range(at, len(lines)) if _heading_key(lines[i]) == wanted), len(lines)
            )
        if at < len(lines):
            starts[heading] = at
    ordered = sorted(starts.items(), key=lambda item: item[1])
    for position, (heading, start) in enumerate(ordered):
        end = ordered[position + 1][1] if position + 1 < len(ordered) else len(lines)
        spans[heading] = (start, end)
    return lines, spans


def _sections(text: str, cited: list[str]) -> dict[str, str]:
    """Heading -> its section's whole text, nested sections included."""
    lines, spans = _spans(text, cited)
    return {name: "\n".join(lines[start:end]) for name, (start, end) in spans.items()}


def _own_sections(text: str, cited: list[str]) -> dict[str, str]:
    """Heading -> its section's own text: without the sections nested in it, so that a change
    under a nested heading belongs to that heading alone."""
    lines, spans = _spans(text, cited)
    own: dict[str, str] = {}
    for name, (start, end) in spans.items():
        keep = [True] * (end - start)
        for other, (inner_start, inner_end) in spans.items():
            if other != name and start < inner_start < end:
                for index in range(inner_start, min(inner_end, end)):
                    keep[index - start] = False
        own[name] = "\n".join(
            line for line, kept in zip(lines[start:end], keep, strict=True) if kept
        )
    return own


def _find(sections: Mapping[str, Any], heading: str) -> str | None:
    """The section a cited heading names: as written, else without a trailing ` — note` the spec
    added, else the last part of a `Parent > Child` path."""
    for candidate in (heading, heading.split(" — ")[0], heading.split(" — ")[0].split(">")[-1]):
        wanted = _heading_key(candidate)
        name = next((name for name in sections if _heading_key(name) == wanted), None)
        if name is not None:
            return name
    return None


# ------------------------------------------------------------------------------------------------
# The lock


def _pages(snapshot: Path) -> Iterator[tuple[str, str]]:
    for path in sorted(snapshot.rglob("*")):
        if path.is_file() and path.suffix in _TEXT_SUFFIXES:
            # a page that is not UTF-8 is still compared (its odd bytes as U+FFFD), not refused
            text = path.read_bytes().decode("utf-8", errors="replace")
            yield path.relative_to(snapshot).as_posix(), text


class UnresolvedSourceError(Exception):
    """An `x-docs-source` names a page or heading the snapshot lacks."""


def build_lock(
    provider: str,
    snapshot: Path,
    *,
    previous: Mapping[str, Any] | None = None,
    spec: Mapping[str, Any] | None = None,
    now: str | None = None,
) -> dict[str, Any]:
    """The lock for a snapshot. `read` keeps the previous lock's time for an unchanged hash."""
    now = now or datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat()
    cites = citations(provider, spec)
    by_page: dict[str, list[Citation]] = {}
    for citation in cites:
        by_page.setdefault(citation.page, []).append(citation)
    old_pages = (previous or {}).get("pages", {})
    page_urls: dict[str, Any] = dict((previous or {}).get("page_urls", {}))
    pages: dict[str, Any] = {}
    problems: list[str] = []
    texts = dict(_pages(snapshot))
    for page in by_page:
        if page not in texts:
            problems.append(f"{provider}/{page}: no such page in {snapshot}")
    for page, text in texts.items():
        known = page_urls.get(page, {})
        url = front_matter_source(text) or known.get("url")
        anchors = bool(known.get("anchors", True)) if url == known.get("url") else True
        page_cites = by_page.get(page, [])
        headings = [c.heading for c in page_cites if c.heading]
        sections = _sections(text, headings)
        own = _own_sections(text, headings)
        old = old_pages.get(page, {})
        page_hash = digest(text)
        entry: dict[str, Any] = {
            "url": url,
            "sha256": page_hash,
            "read": old.get("read", now) if old.get("sha256") == page_hash else now,
            "cited_by": sorted({c.element for c in page_cites if not c.heading}),
            "sections": {},
        }
        cited_sections: dict[str, set[str]] = {}
        for citation in page_cites:
            if citation.heading is None:
                continue
            name = _find(sections, citation.heading)
            if name is None:
                problems.append(f"{provider}/{page}#{citation.heading}: no such heading")
                continue
            cited_sections.setdefault(name, set()).add(citation.element)
        for name, section_text in sections.items():
            if name not in cited_sections:  # a subsection shares the citations of its section
                inherited = {
                    element
                    for other, elements in cited_sections.items()
                    if other != name and section_text in sections[other]
                    for element in elements
                }
                if inherited:
                    cited_sections[name] = set()
                    entry.setdefault("inherited", {})[name] = sorted(inherited)
        for name in sections:
            cited = cited_sections.get(name, set()) | set(entry.get("inherited", {}).get(name, ()))
            section_hash = digest(own[name])
            old_section = old.get("sections", {}).get(name, {})
            entry["sections"][name] = {
                "url": (f"{url}#{_slug(name)}" if anchors else url) if url else None,
                "sha256": section_hash,
                "read": old_section.get("read", now)
                if old_section.get("sha256") == section_hash
                else now,
                "cited_by": sorted(cited),
            }
        entry.pop("inherited", None)
        pages[page] = entry
    if problems:
        raise UnresolvedSourceError("; ".join(problems))
    lock: dict[str, Any] = {"version": LOCK_VERSION, "provider": provider}
    if page_urls:
        lock["page_urls"] = page_urls
    lock["pages"] = pages
    return lock


def read_lock(provider: str) -> dict[str, Any]:
    path = lock_path(provider)
    if not path.is_file():
        return {"version": LOCK_VERSION, "provider": provider, "pages": {}}
    lock: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return lock


def write_lock(provider: str, lock: Mapping[str, Any]) -> Path:
    path = lock_path(provider)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(lock, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _without_times(node: Any) -> Any:
    if isinstance(node, Mapping):
        return {k: _without_times(v) for k, v in node.items() if k != "read"}
    return node


def lock_is_current(provider: str, snapshot: Path) -> bool:
    lock = read_lock(provider)
    built = build_lock(provider, snapshot, previous=lock)
    return bool(_without_times(built) == _without_times(lock))


def resolve(provider: str, reference: str) -> str | None:
    """The provider page URL (with the heading's anchor where the site's anchors are known) an
    `x-docs-source` stands for, as the lock records it; None for a page or heading the lock lacks
    or a page whose URL no material gives."""
    page, _, heading = reference.removeprefix(f"{provider}/").partition("#")
    entry = read_lock(provider)["pages"].get(page)
    if entry is None:
        return None
    url: str | None = entry["url"]
    if heading:
        name = _find(entry["sections"], heading)
        url = entry["sections"][name]["url"] if name else None
    return url


# ------------------------------------------------------------------------------------------------
# The check


@dataclass
class Change:
    kind: str  # changed, added, gone
    page: str
    section: str | None
    url: str | None
    cited_by: list[str]
    diff: list[str] = field(default_factory=list)
    invalid_examples: list[str] = field(default_factory=list)
    missing_operations: list[str] = field(default_factory=list)
    missing_fields: list[str] = field(default_factory=list)


def _short_diff(old: str, new: str, limit: int = 12, width: int = 160) -> list[str]:
    lines = [
        line if len(line) <= width else line[: width - 3] + "..."
        for line in difflib.unified_diff(
            normalise(old).split("\n"), normalise(new).split("\n"), lineterm="", n=0
        )
        if not line.startswith(("---", "+++", "@@"))
    ]
    return lines[:limit] + (
        [f"... {len(lines) - limit} more line(s)"] if len(lines) > limit else []
    )


def _element_schemas(spec: Mapping[str, Any], element: str) -> list[Any]:
    kind, _, name = element.partition(" ")
    found: list[Any] = []

    def media(holder: Any) -> None:
        for content in (holder or {}).get("content", {}).values():
            if isinstance(content, Mapping) and "schema" in content:
                found.append(content["schema"])

    if kind == "operation":
        for path_item in spec.get("paths", {}).values():
            for method in HTTP_METHODS:
                operation = path_item.get(method)
                if isinstance(operation, Mapping) and operation.get("operationId") == name:
                    media(operation.get("requestBody"))
                    for response in operation.get("responses", {}).values():
                        media(response)
    elif kind == "webhook":
        for operation in spec.get("webhooks", {}).get(name, {}).values():
            if isinstance(operation, Mapping):
                media(operation.get("requestBody"))
    elif kind == "schema":
        schema = spec.get("components", {}).get("schemas", {}).get(name)
        if schema is not None:
            found.append(schema)
    return found


def _invalid_examples(spec: Mapping[str, Any], text: str, elements: list[str]) -> list[str]:
    import jsonschema

    schemas = [schema for element in elements for schema in _element_schemas(spec, element)]
    if not schemas:
        return []
    problems: list[str] = []
    for number, block in enumerate(_JSON_BLOCK.findall(text), start=1):
        try:
            example = json.loads(block)
        except ValueError as error:
            problems.append(f"example {number} is not JSON: {error}")
            continue
        except RecursionError:
            problems.append(f"example {number} is nested too deep to read")
            continue
        errors: list[str] = []
        for schema in schemas:
            root = {"components": spec.get("components", {}), "$defs": {"t": schema}}
            validator = jsonschema.Draft202012Validator({**root, "$ref": "#/$defs/t"})
            mismatch = jsonschema.exceptions.best_match(validator.iter_errors(example))
            if mismatch is None:
                break
            where = "/".join(str(part) for part in mismatch.absolute_path) or "(top)"
            errors.append(f"{where}: {mismatch.message[:100]}")
        else:
            problems.append(f"example {number} fits none of {', '.join(elements)}: {errors[0]}")
    return problems


def _path_pattern(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/"))


def _missing_operations(spec: Mapping[str, Any], text: str) -> list[str]:
    known = {
        (method.upper(), _path_pattern(path))
        for path, item in spec.get("paths", {}).items()
        for method in HTTP_METHODS
        if method in item
    }
    missing: list[str] = []
    for method, path in _ENDPOINT.findall(text):
        pattern = _path_pattern(path)
        if not any(m == method and (p.endswith(pattern) or pattern.endswith(p)) for m, p in known):
            line = f"{method} {path}"
            if line not in missing:
                missing.append(line)
    return missing


# A field table: a Markdown table (an HTML table pulled from a page becomes one) whose first
# column, or the column headed so, names fields or parameters.
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_NAME_HEADERS = ("name", "field", "parameter", "property", "key", "attribute")
_VALUE_HEADERS = ("allowed values", "values", "enum", "possible values")
_FIELD_NAME = re.compile(r"^[A-Za-z_][\w\-]*$")
_CODE = re.compile(r"`([^`\n]+)`")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _tables(text: str) -> Iterator[tuple[list[str], list[list[str]]]]:
    lines = text.split("\n")
    for index in range(1, len(lines)):
        if _TABLE_SEPARATOR.match(lines[index]) and "|" in lines[index - 1]:
            rows = []
            for line in lines[index + 1 :]:
                if "|" not in line:
                    break
                rows.append(_cells(line))
            yield [cell.lower() for cell in _cells(lines[index - 1])], rows


def _field_path(cell: str) -> list[str]:
    """`data['id']` -> [data, id]; `**individual.dob**` -> [individual, dob]; prose -> []."""
    name = cell.strip().strip("`* ")
    name = re.sub(r"\[['\"]([^'\"\]]+)['\"]\]", r".\1", name).replace("[]", "").replace("{}", "")
    parts = [part for part in name.split(".") if part]
    return parts if parts and all(_FIELD_NAME.match(part) for part in parts) else []


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and seen < 20:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        node, seen = target, seen + 1
    return node


def _as_text(value: Any) -> str:
    """An enum value as a docs table writes it: `true`, not `True`."""
    return value if isinstance(value, str) else json.dumps(value)


def _known_fields(spec: Mapping[str, Any], elements: list[str]) -> dict[str, set[str]]:
    """Every field and parameter name the citing elements' schemas hold -> its enum values
    (empty when the field takes any value)."""
    known: dict[str, set[str]] = {}
    visited: set[int] = set()

    def enum_of(schema: Any) -> set[str]:
        schema = _resolve(spec, schema)
        if not isinstance(schema, Mapping):
            return set()
        values = {_as_text(value) for value in schema.get("enum", ()) if value is not None}
        if "const" in schema:
            values.add(_as_text(schema["const"]))
        for key in ("oneOf", "anyOf", "allOf"):
            for part in schema.get(key, ()):
                values |= enum_of(part)
        if "items" in schema:
            values |= enum_of(schema["items"])
        return values

    def walk(schema: Any) -> None:
        schema = _resolve(spec, schema)
        if not isinstance(schema, Mapping) or id(schema) in visited:
            return
        visited.add(id(schema))
        for name, child in (schema.get("properties") or {}).items():
            known.setdefault(name, set()).update(enum_of(child))
            walk(child)
        for key in ("oneOf", "anyOf", "allOf", "prefixItems"):
            for part in schema.get(key, ()):
                walk(part)
        for key in ("items", "additionalProperties", "not"):
            if isinstance(schema.get(key), Mapping):
                walk(schema[key])

    for element in elements:
        for schema in _element_schemas(spec, element):
            walk(schema)
        kind, _, name = element.partition(" ")
        if kind != "operation":
            continue
        for path_item in spec.get("paths", {}).values():
            for method in HTTP_METHODS:
                operation = path_item.get(method)
                if isinstance(operation, Mapping) and operation.get("operationId") == name:
                    for parameter in [
                        *path_item.get("parameters", ()),
                        *operation.get("parameters", ()),
                    ]:
                        parameter = _resolve(spec, parameter)
                        if isinstance(parameter, Mapping) and "name" in parameter:
                            known.setdefault(str(parameter["name"]), set()).update(
                                enum_of(parameter.get("schema"))
                            )
                            walk(parameter.get("schema"))
    return known


def _missing_fields(spec: Mapping[str, Any], text: str, elements: list[str]) -> list[str]:
    """Fields and enum values a field table in `text` names that the citing elements lack."""
    known = _known_fields(spec, elements)
    if not known:  # nothing to judge against: the section is cited by no schema
        return []
    lowered = {name.lower(): name for name in known}
    missing: list[str] = []
    for header, rows in _tables(text):
        name_column = next(
            (i for i, cell in enumerate(header) if cell.strip("*`").startswith(_NAME_HEADERS)),
            None,
        )
        if name_column is None:
            continue
        value_column = next(
            (i for i, cell in enumerate(header) if any(word in cell for word in _VALUE_HEADERS)),
            None,
        )
        for row in rows:
            if name_column >= len(row):
                continue
            path = _field_path(row[name_column])
            if not path:
                continue
            field_name = lowered.get(path[-1].lower())
            if field_name is None:
                line = f"field {'.'.join(path)}"
            elif value_column is not None and value_column < len(row) and known[field_name]:
                # a value named in parentheses explains another (`SUCCESSFUL` (leads to `VERIFIED`))
                listed = re.sub(r"\([^)]*\)", "", row[value_column])
                values = [v for v in _CODE.findall(listed) if _FIELD_NAME.match(v)]
                lacking = [v for v in values if v not in known[field_name]]
                if not lacking:
                    continue
                line = f"value {', '.join(lacking)} of {'.'.join(path)}"
            else:
                continue
            if line not in missing:
                missing.append(line)
    return missing


def check(
    provider: str,
    snapshot: Path,
    *,
    baseline: Path | None = None,
    spec: Mapping[str, Any] | None = None,
) -> list[Change]:
    """Compare a snapshot with the lock. The lock keeps no text, so a diff's left side comes from
    `baseline` (the snapshot the lock was written from), where its section still has the locked
    hash; there, what the section already said (a field the spec leaves out on purpose) is not
    reported again."""
    spec = load_spec(provider) if spec is None else spec
    lock = read_lock(provider)
    texts = dict(_pages(snapshot))
    changes: list[Change] = []
    for page, entry in lock["pages"].items():
        if page not in texts:
            cited = sorted({e for s in entry["sections"].values() for e in s["cited_by"]})
            changes.append(Change("gone", page, None, entry["url"], entry["cited_by"] + cited))
    for page, text in texts.items():
        entry = lock["pages"].get(page)
        if entry is None:
            change = Change("added", page, None, front_matter_source(text), [])
            change.missing_operations = _missing_operations(spec, text)
            changes.append(change)
            continue
        if entry["sha256"] == digest(text):
            continue
        locked = entry["sections"]
        sections = _sections(text, list(locked))
        own = _own_sections(text, list(locked))
        section_changes: list[Change] = []
        for name, section in locked.items():
            current = _find(sections, name)
            if current is None:
                section_changes.append(
                    Change("gone", page, name, section["url"], section["cited_by"])
                )
            elif digest(own[current]) != section["sha256"]:
                section_changes.append(
                    Change("changed", page, name, section["url"], section["cited_by"])
                )
        for name in sections:
            if _find(locked, name) is None:
                within = {
                    element
                    for other, section in locked.items()
                    if (current := _find(sections, other)) not in (None, name)
                    and sections[name] in sections[str(current)]
                    for element in section["cited_by"]
                }
                section_changes.append(Change("added", page, name, None, sorted(within)))
        old_file = baseline / page if baseline is not None else None
        old_text = (
            old_file.read_bytes().decode("utf-8", errors="replace")
            if old_file and old_file.is_file()
            else None
        )
        for change in section_changes:
            if change.kind == "gone" or change.section is None:
                continue
            body = own[_find(own, change.section) or change.section]
            old_body: str | None = None
            if old_text is not None and change.kind == "changed":
                old_own = _own_sections(old_text, list(locked))
                old_name = _find(old_own, change.section)
                if old_name and digest(old_own[old_name]) == locked[change.section]["sha256"]:
                    old_body = old_own[old_name]
                    change.diff = _short_diff(old_body, body)
            change.invalid_examples = _invalid_examples(spec, body, change.cited_by)
            change.missing_operations = _missing_operations(spec, body)
            known_before = (
                set(_missing_fields(spec, old_body, change.cited_by)) if old_body else set()
            )
            change.missing_fields = [
                line
                for line in _missing_fields(spec, body, change.cited_by)
                if line not in known_before
            ]
        if not section_changes:  # text outside any section
            section_changes.append(Change("changed", page, None, entry["url"], entry["cited_by"]))
        changes.extend(section_changes)
    return changes


def render(provider: str, changes: list[Change]) -> str:
    if not changes:
        return f"{provider}: the snapshot matches the lock"
    lines = [f"{provider}: {len(changes)} change(s) against specs/sources/{provider}.json"]
    for change in changes:
        where = change.page + (f"#{change.section}" if change.section else "")
        lines.append(f"{change.kind}: {where}" + (f" ({change.url})" if change.url else ""))
        lines.append("  cited by: " + (", ".join(change.cited_by) or "nothing in the spec"))
        lines.extend(f"  {line}" for line in change.diff)
        lines.extend(f"  example no longer valid: {line}" for line in change.invalid_examples)
        lines.extend(f"  operation the spec lacks: {line}" for line in change.missing_operations)
        lines.extend(f"  field table, not in the spec: {line}" for line in change.missing_fields)
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------------
# The pull: every cited page fetched again, as text


PULL_DELAY = 1.0  # seconds between two requests to the provider's docs site
PULL_TIMEOUT = 20.0  # seconds for connecting, and between two reads of an answer
PULL_MAX_BYTES = 5 * 1024 * 1024  # a bigger page is refused, not read whole
_TEXT_TYPES = ("text/plain", "text/markdown")


def cited_pages(provider: str) -> dict[str, str]:
    """Page -> URL (without its anchor) for every page of the lock a spec element cites."""
    pages: dict[str, str] = {}
    for page, entry in read_lock(provider)["pages"].items():
        cited = entry["cited_by"] or any(s["cited_by"] for s in entry["sections"].values())
        if cited and entry["url"]:
            pages[page] = entry["url"].partition("#")[0]
    return pages


def html_to_text(html: str) -> str:
    """A page's HTML as Markdown (markdownify), without its scripts, styles, navigation, header
    and footer."""
    from bs4 import BeautifulSoup
    from markdownify import MarkdownConverter

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript", "svg"]):
        tag.decompose()
    main = soup.find("main") or soup.find("article") or soup.body or soup
    # field names keep their underscores unescaped, so field tables read as the docs wrote them
    converter = MarkdownConverter(
        heading_style="ATX",
        code_language_callback=_code_language,
        escape_underscores=False,
        escape_asterisks=False,
        escape_misc=False,
    )
    return str(converter.convert_soup(main)).strip()


def _code_language(pre: Any) -> str:
    """A code block's language from its `language-*` class (on `<pre>` or its `<code>`), so a JSON
    example pulled from HTML is still a ```json block the check validates."""
    code = pre.find("code")
    for element in (pre, code):
        for name in (element.get("class") or []) if element is not None else []:
            if str(name).startswith("language-"):
                return str(name).removeprefix("language-")
    return ""


def _fetch(client: Any, url: str, max_bytes: int) -> str:
    import httpx

    try:
        with client.stream("GET", url) as response:
            if response.status_code != 200:
                raise PullError(f"HTTP {response.status_code}")
            kind = response.headers.get("content-type", "").partition(";")[0].strip().lower()
            if kind != "text/html" and kind not in _TEXT_TYPES:
                raise PullError(f"not an HTML page ({kind or 'no content type'})")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    raise PullError(f"larger than {max_bytes} bytes; not read")
            text = body.decode(response.encoding or "utf-8", errors="replace")
    except httpx.TimeoutException:
        raise PullError("no answer in time") from None
    except httpx.HTTPError as error:
        raise PullError(f"unreachable ({type(error).__name__}: {error})") from None
    return html_to_text(text) if kind == "text/html" else text


class PullError(Exception):
    """One page could not be read; `str()` is the reason."""


def pull(
    pages: Mapping[str, str],
    output: Path,
    *,
    delay: float = PULL_DELAY,
    timeout: float = PULL_TIMEOUT,
    max_bytes: int = PULL_MAX_BYTES,
    say: Any = print,
) -> list[str]:
    """Fetch each page, one at a time with `delay` between requests, and write it as
    `output/<page>` with a front matter naming its `source:`. Returns one line per page that
    could not be read."""
    import time

    import httpx

    failures: list[str] = []
    read = datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat()
    headers = {"User-Agent": "corridor-sources (docs change check; one request at a time)"}
    with httpx.Client(timeout=timeout, follow_redirects=True, headers=headers) as client:
        for number, (page, url) in enumerate(sorted(pages.items())):
            if number:
                time.sleep(delay)
            try:
                text = _fetch(client, url, max_bytes)
            except PullError as error:
                failures.append(f"{page}: {url}: {error}")
                say(failures[-1])
                continue
            target = output / page
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(
                f"---\nsource: {url}\nread: {read}\n---\n\n{text}\n", encoding="utf-8"
            )
            say(f"wrote {target}")
    return failures
