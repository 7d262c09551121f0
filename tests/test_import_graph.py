"""The layers of `src/corridor` as its imports draw them: no cycle, and providers named only in
their own folders.

Every import counts, wherever it is written: at the top of a module, inside a function (loaded
on first use) or under `TYPE_CHECKING` (for the type checker only). A cycle of any of them is a
cycle of layers: each module in it needs another to be understood, tested or moved.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from corridor.providers import PROVIDERS

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "corridor"


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str, path: Path, known: set[str]) -> Iterator[str]:
    """The corridor modules `name` imports, anywhere in it: `from a.b import c` is `a.b.c` when
    that is a module, else `a.b`. A package's own `__init__` is not counted as imported by its
    submodules: Python runs it first, but it is not the submodule's dependency."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
            targets = [next(t for t in targets if t in known or t == base)]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                yield target


def import_graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: set(imported(name, path, known)) for name, path in found.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected component of more than one module (Tarjan), each
    written as a path that returns to its start."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for neighbour in sorted(graph.get(node, ())):
            if neighbour not in index:
                visit(neighbour)
                low[node] = min(low[node], low[neighbour])
            elif neighbour in on_stack:
                low[node] = min(low[node], index[neighbour])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_path_through(graph, set(component)) for component in components]


def _path_through(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """A shortest cycle from the component's first module back to itself (breadth first)."""
    start = min(component)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for neighbour in sorted(graph[node] & component):
                if neighbour == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [*reversed(path), start]
                if neighbour not in came_from:
                    came_from[neighbour] = node
                    following.append(neighbour)
        frontier = following
    raise AssertionError(f"no cycle through {start}")


def test_the_import_graph_finds_a_cycle_and_names_it() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_import_graph_sees_imports_in_functions_and_under_type_checking() -> None:
    graph = import_graph()
    # `corridor.simulator.simulate` imports the engine only when it is called
    assert "corridor.simulator.engine" in graph["corridor.simulator"]
    assert "corridor.providers" in graph["corridor.simulator"]


def test_no_module_of_corridor_takes_part_in_an_import_cycle() -> None:
    graph = import_graph()
    found = []
    for cycle in cycles(graph):
        knot = sorted(_knot(graph, cycle[0]) - set(cycle))
        also = f" (and, tied in with them: {', '.join(knot)})" if knot else ""
        found.append(" -> ".join(cycle) + also)
    assert found == [], "import cycles:\n" + "\n".join(found)


def _knot(graph: dict[str, set[str]], start: str) -> set[str]:
    """Every module that both `start` reaches and reaches `start`."""
    return _reach(graph, start) & _reach(
        {n: {m for m in graph if n in graph[m]} for n in graph}, start
    )


def _reach(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for neighbour in graph.get(todo.pop(), ()):
            if neighbour not in seen:
                seen.add(neighbour)
                todo.append(neighbour)
    return seen


NAMES = re.compile(
    r"(?<![A-Za-z0-9])(" + "|".join(re.escape(p.name) for p in PROVIDERS) + r")(?![A-Za-z0-9])",
    re.IGNORECASE,
)


def _own_folders(name: str) -> bool:
    """A provider's own modules (its facade, its simulator, its harness), or the registry's
    one list of providers."""
    parts = name.split(".")
    return name == "corridor.providers" or any(
        parts[1 : 1 + len(prefix)] == prefix
        for provider in PROVIDERS
        for prefix in ([provider.name], ["simulator", provider.name], ["providers", provider.name])
    )


def naming(path: Path) -> Iterator[str]:
    """Where the code of `path` names a provider: an import, an identifier or a string (not a
    docstring, which may give a provider as an example)."""
    tree = ast.parse(path.read_text(), str(path))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        texts: list[str] = []
        if isinstance(node, ast.Import):
            texts = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            texts = [node.module or "", *(alias.name for alias in node.names)]
        elif isinstance(node, ast.Name):
            texts = [node.id]
        elif isinstance(node, ast.Attribute):
            texts = [node.attr]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            texts = [] if id(node) in docstrings else [node.value]
        for text in texts:
            if NAMES.search(text):
                yield f"line {node.lineno}: {text!r}"


def test_no_module_outside_a_providers_own_folders_names_a_provider() -> None:
    offenders = [
        f"{name} {where}"
        for name, path in modules().items()
        if not _own_folders(name)
        for where in naming(path)
    ]
    assert offenders == []
