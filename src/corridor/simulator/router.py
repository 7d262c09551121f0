"""Matching a request path to a spec path template, in time that does not grow with the spec.

Paths are kept in a tree of segments. A literal segment wins over a template one, so
`/payments/validate` is matched before `/payments/{id}`; the tree falls back to the template
branch when the literal branch leads nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

Target = TypeVar("Target")


@dataclass
class _Node(Generic[Target]):
    literals: dict[str, _Node[Target]] = field(default_factory=dict)
    parameter: tuple[str, _Node[Target]] | None = None
    methods: dict[str, Target] = field(default_factory=dict)  # upper-case method -> target


@dataclass(slots=True)  # not frozen: one is built per request, 5x faster
class Match(Generic[Target]):
    methods: dict[str, Target]  # what the path offers; empty means the path is unknown
    path_params: dict[str, str]


class Router(Generic[Target]):
    def __init__(self) -> None:
        self._root: _Node[Target] = _Node()

    def add(self, template: str, method: str, target: Target) -> None:
        node = self._root
        for segment in _segments(template):
            if segment.startswith("{") and segment.endswith("}"):
                name = segment[1:-1]
                if node.parameter is None:
                    node.parameter = (name, _Node())
                elif node.parameter[0] != name:
                    raise ValueError(f"{template}: {{{name}}} clashes with {{{node.parameter[0]}}}")
                node = node.parameter[1]
            else:
                node = node.literals.setdefault(segment, _Node())
        if method.upper() in node.methods:
            raise ValueError(f"{method.upper()} {template} is routed twice")
        node.methods[method.upper()] = target

    def match(self, path: str, segments: list[str] | None = None) -> Match[Target]:
        """The operations at `path`; `segments`, when given, are its segments already split on
        the raw path and decoded one by one (a `%2F` inside an id is not a separator)."""
        found = _walk(self._root, _segments(path) if segments is None else segments, 0, {})
        return found if found is not None else Match({}, {})


def _segments(path: str) -> list[str]:
    return path.strip("/").split("/") if path.strip("/") else []


def _walk(
    node: _Node[Target], segments: list[str], index: int, params: dict[str, str]
) -> Match[Target] | None:
    if index == len(segments):
        return Match(node.methods, dict(params)) if node.methods else None
    segment = segments[index]
    literal = node.literals.get(segment)
    if literal is not None:
        found = _walk(literal, segments, index + 1, params)
        if found is not None:
            return found
    if node.parameter is not None and segment:
        name, child = node.parameter
        params[name] = segment  # already percent-decoded, one segment at a time
        found = _walk(child, segments, index + 1, params)
        del params[name]
        return found
    return None
