"""Reading a spec from the working tree or from a git ref, with the files it `$ref`s.

Specs are parsed the way `corridor.spec.load_spec` parses them (`yaml.safe_load`). A spec split
over several files (`$ref: "_parts/schemas.yaml#/Payment"`) is bundled into one document by
inlining every external reference, so the comparison sees what a generator sees; references
inside an inlined file are rewritten relative to the main spec so they keep pointing where they
did.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

Reader = Callable[[PurePosixPath], str]
# libyaml's loader when PyYAML has it: the same safe subset, several times faster on big specs
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SpecSourceError(Exception):
    """The spec (or a file it references) cannot be read: missing file, bad ref, bad YAML."""


def read_working_tree(root: Path) -> Reader:
    def read(path: PurePosixPath) -> str:
        file = root / path
        try:
            return file.read_text(encoding="utf-8")
        except OSError as error:
            raise SpecSourceError(f"cannot read {file}: {error.strerror or error}") from None

    return read


def git_toplevel(path: Path) -> Path:
    """The root of the git work tree holding `path`."""
    result = _git(path.parent, "rev-parse", "--show-toplevel")
    return Path(result.strip())


def read_git_ref(repo: Path, ref: str) -> Reader:
    """Files as they are at `ref` in the repository at `repo` (`git show REF:path`)."""
    try:
        _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except SpecSourceError:
        raise SpecSourceError(f"not a git commit: {ref!r}") from None

    def read(path: PurePosixPath) -> str:
        try:
            return _git(repo, "show", f"{ref}:{path}")
        except SpecSourceError:
            raise SpecSourceError(f"{path} does not exist at {ref}") from None

    return read


def _git(cwd: Path, *args: str) -> str:
    try:
        result = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, check=False
        )
    except OSError as error:
        raise SpecSourceError(f"cannot run git: {error}") from None
    if result.returncode != 0:
        message = result.stderr.strip().splitlines()
        raise SpecSourceError(message[-1] if message else f"git {args[0]} failed")
    return result.stdout


def load_document(read: Reader, path: PurePosixPath) -> dict[str, Any]:
    """Parse the spec at `path` and inline every reference to another file."""
    document = _parse(read, path)
    if not isinstance(document, dict) or "openapi" not in document:
        raise SpecSourceError(f"{path} is not an OpenAPI document (no `openapi` key at the top)")
    bundled: dict[str, Any] = _bundle(document, read, path, main=path, stack=frozenset())
    return bundled


def _parse(read: Reader, path: PurePosixPath) -> Any:
    try:
        return yaml.load(read(path), Loader=_Loader)
    except yaml.YAMLError as error:
        raise SpecSourceError(f"{path} is not valid YAML: {error}") from None


def _bundle(
    node: Any, read: Reader, file: PurePosixPath, *, main: PurePosixPath, stack: frozenset[str]
) -> Any:
    """Inline, in `node` (read from `file`), every ref that does not point into the main spec."""
    if isinstance(node, list):
        return [_bundle(item, read, file, main=main, stack=stack) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        target, _, fragment = ref.partition("#")
        other = PurePosixPath(_normalise(file.parent / target)) if target else file
        if other != main:
            # Internal refs of an inlined file point into that file, so they are inlined too.
            key = f"{other}#{fragment}"
            if key in stack:
                raise SpecSourceError(f"recursive reference across files at {key}")
            content = _resolve_pointer(_parse(read, other), fragment, other)
            return _bundle(content, read, other, main=main, stack=stack | {key})
        if target:
            return {**node, "$ref": f"#{fragment}"}
    return {key: _bundle(value, read, file, main=main, stack=stack) for key, value in node.items()}


def _normalise(path: PurePosixPath) -> str:
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            if parts:
                parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def _resolve_pointer(document: Any, fragment: str, file: PurePosixPath) -> Any:
    node = document
    for token in [t for t in fragment.split("/") if t]:
        key = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        elif isinstance(node, dict) and key in node:
            node = node[key]
        else:
            raise SpecSourceError(f"{file} has nothing at #{fragment}")
    return node
