"""A spec rewritten for readers: docs sources and docs discrepancies shown in the descriptions.

The renderer shows descriptions, not `x-` extensions, so what the specs record in
`x-docs-source`, `x-docs-discrepancy` and `x-docs-unpublished` is carried into descriptions:
- an operation (or webhook) opens with a line linking to the provider's docs page it was
  transcribed from, then a panel, closed until opened, whose summary counts the discrepancies
  recorded inside it or on the components it references, directly or not, and which lists them:
  the page opens on the request schema, not on a screen of notes;
- any other element that records a discrepancy (a schema field, a parameter, a response, a
  server, a security scheme) gets the note appended to its own description, so it shows next
  to that field; a media type has no description, so its note goes to the response or request
  body holding it.
The extensions themselves stay in place, so the page's "download" link gives the spec as is.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from corridor.api_reference.links import DocsSource, plain_source
from corridor.spec import iter_operations

SOURCE = "x-docs-source"
DISCREPANCY = "x-docs-discrepancy"
UNPUBLISHED = "x-docs-unpublished"
# Path tokens a reader does not need to locate an element.
_NOISE = {"properties", "content", "schema", "items", "application/json", "value"}


@dataclass(frozen=True)
class Note:
    path: tuple[str, ...]  # JSON path of the element inside the spec
    text: str


def annotate(
    spec: Mapping[str, Any], source_of: Callable[[str], DocsSource] = plain_source
) -> dict[str, Any]:
    """A copy of `spec` with the docs sources and discrepancies written into descriptions;
    `source_of` says where each `x-docs-source` sends a reader."""
    document: dict[str, Any] = copy.deepcopy(dict(spec))
    operation_paths = {_split(op.pointer) for op in iter_operations(document)}
    panels = {
        _split(op.pointer): _panel(spec, op.definition, source_of) for op in iter_operations(spec)
    }
    for note in list(notes(spec)):
        if note.path[:1] == ("servers",):  # rendered as plain text, not Markdown
            _append(_describable(document, note.path), f"(docs discrepancy: {note.text})", " ")
        elif note.path not in operation_paths:
            _append(_describable(document, note.path), f"> **Docs discrepancy:** {note.text}")
    for op in iter_operations(document):
        panel = panels[_split(op.pointer)]
        if panel:
            description = op.definition.get("description") or ""
            op.definition["description"] = panel + ("\n\n" + description if description else "")
    info = document.setdefault("info", {})
    _append(info, _overview(spec, source_of))
    return document


def notes(node: Any, path: tuple[str, ...] = ()) -> Iterator[Note]:
    """Every `x-docs-discrepancy` under `node`, with its path, in document order."""
    if isinstance(node, dict):
        text = node.get(DISCREPANCY)
        if isinstance(text, str):
            yield Note(path, " ".join(text.split()))
        for key, child in node.items():
            if key != DISCREPANCY:
                yield from notes(child, (*path, str(key)))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from notes(child, (*path, str(index)))


def referenced_components(spec: Mapping[str, Any], node: Any) -> list[tuple[str, ...]]:
    """Paths of the components `node` references, directly or through other components."""
    seen: list[tuple[str, ...]] = []
    pending = list(_refs(node))
    while pending:
        path = pending.pop(0)
        if path in seen:
            continue
        target = _resolve(spec, path)
        if target is None:
            continue
        seen.append(path)
        pending.extend(_refs(target))
    return seen


def _panel(
    spec: Mapping[str, Any],
    operation: Mapping[str, Any],
    source_of: Callable[[str], DocsSource],
) -> str:
    blocks: list[str] = []
    source = operation.get(SOURCE)
    if isinstance(source, str):
        blocks.append(f"**Docs source:** {source_line(source_of(source))}")
    if operation.get(UNPUBLISHED) is True:
        blocks.append("**Not on the published docs page:** the provider may not offer it.")
    found = [(_where(operation, note.path), note.text) for note in notes(operation)]
    for path in referenced_components(spec, operation):
        found += [
            (_where(spec, (*path, *note.path)), note.text) for note in notes(_resolve(spec, path))
        ]
    if found:
        # Markdown inside an HTML block needs the blank lines around it (CommonMark)
        blocks.append(
            '<details class="docs-discrepancies">\n'
            f"<summary><strong>{discrepancy_count(len(found))}</strong></summary>\n\n"
            "Where the provider's docs contradict themselves or say nothing, and what this spec "
            "does:\n\n"
            + "\n".join(
                f"- **{_escape(where)}**: {text}" if where else f"- {text}" for where, text in found
            )
            + "\n\n</details>"
        )
    return "\n\n".join(blocks)


def discrepancy_count(count: int) -> str:
    """The summary of a closed panel: `14 docs discrepancies`, `1 docs discrepancy`."""
    return f"{count} docs discrepanc{'y' if count == 1 else 'ies'}"


def source_line(source: DocsSource) -> str:
    """A docs source as Markdown: a link to the provider's page, with its host, or the heading
    as plain text when its URL is not known."""
    label = _escape(source.label)
    if source.url is None:
        return f"{label} (no public URL recorded)"
    # parentheses and spaces would end a Markdown link target early
    target = source.url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    return f"[{label}]({target}) on {_escape(source.host or source.url)}"


def _escape(text: str) -> str:
    """Text shown as is in Markdown: emphasis, link and HTML characters escaped."""
    return re.sub(r"([\\`*_\[\]<])", r"\\\1", text)


def _overview(spec: Mapping[str, Any], source_of: Callable[[str], DocsSource]) -> str:
    operations = list(iter_operations(spec))
    total = sum(1 for _ in notes(spec))
    cited = [
        op.definition[SOURCE] for op in operations if isinstance(op.definition.get(SOURCE), str)
    ]
    linked = sum(1 for reference in cited if source_of(reference).url is not None)
    return (
        "---\n\n**About this reference.** Rendered by corridor from its hand-written spec. "
        f"{len(cited)} of {len(operations)} operations and webhooks name the docs page they "
        f"were transcribed from ({linked} with a link to it), and {total} docs discrepancies are "
        "recorded: each operation counts its own in a panel that opens on a click, and every "
        "field, parameter or response concerned repeats its note."
    )


def _where(root: Any, path: tuple[str, ...]) -> str:
    """Readable location of the element at `path` under `root`, e.g. `parameter currency`,
    `schema Payment > amount`."""
    words: list[str] = []
    index = 0
    if path[:2] == ("components", "schemas") and len(path) > 2:
        words.append(f"schema {path[2]}")
        index = 3
    elif path[:1] == ("components",) and len(path) > 2:
        words.append(f"{path[1].removesuffix('s')} {path[2]}")
        index = 3
    while index < len(path):
        token = path[index]
        following = path[index + 1] if index + 1 < len(path) else None
        if token in ("parameters", "examples", "responses") and following is not None:
            named = _resolve(root, path[: index + 2]) if token == "parameters" else None
            label = named.get("name", following) if isinstance(named, Mapping) else following
            words.append(f"{token.removesuffix('s')} {label}")
            index += 2
            continue
        if token == "requestBody":
            words.append("request body")
        elif token not in _NOISE and not token.isdigit():
            words.append(token)
        index += 1
    return " > ".join(words)


def _describable(document: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    """The element whose description should carry a note recorded at `path`."""
    if len(path) >= 2 and path[-2] == "content":  # a media type: its response or request body
        path = path[:-2]
    node: Any = document
    for token in path:
        node = node[int(token)] if isinstance(node, list) else node[token]
    if path[:1] == ("info",) or not path or not isinstance(node, dict):
        info: dict[str, Any] = document.setdefault("info", {})
        return info
    described: dict[str, Any] = node
    return described


def _append(node: dict[str, Any], text: str, separator: str = "\n\n") -> None:
    description = node.get("description")
    node["description"] = f"{description}{separator}{text}" if description else text


def _refs(node: Any) -> Iterator[tuple[str, ...]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            yield _split(ref[1:])
        for child in node.values():
            yield from _refs(child)
    elif isinstance(node, list):
        for child in node:
            yield from _refs(child)


def _resolve(spec: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    node: Any = spec
    for token in path:
        if isinstance(node, Mapping) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def _split(pointer: str) -> tuple[str, ...]:
    """JSON pointer to path tokens (RFC 6901 unescaping)."""
    return (
        tuple(
            token.replace("~1", "/").replace("~0", "~") for token in pointer.lstrip("/").split("/")
        )
        if pointer.strip("/")
        else ()
    )
