"""`corridor diff`: compare two spec versions, print the report, exit as asked.

    corridor diff OLD.yaml NEW.yaml
    corridor diff PROVIDER --since GIT_REF     # the spec at GIT_REF against the working tree

Exit codes: 0 normally, 1 with `--fail-on breaking` when a breaking change was found, 2 when the
comparison could not run (unknown provider, missing file, bad git ref, missing extras).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Literal, TextIO

from rich.console import Console

from corridor.diff.changes import Change
from corridor.diff.names import name_users, one_package, python_names, python_renames
from corridor.diff.render import (
    Report,
    print_table,
    render_json,
    render_lines,
    render_markdown,
)
from corridor.diff.sources import (
    SpecSourceError,
    git_toplevel,
    load_document,
    read_git_ref,
    read_working_tree,
)
from corridor.diff.spec_rules import compare_specs
from corridor.generation import GenerationError, missing_generators
from corridor.providers import PROVIDERS, Provider, get_provider
from corridor.spec import spec_path

Format = Literal["table", "markdown", "json"]
EXTRA_HINT = 'pip install -e ".[diff]"'


class DiffError(Exception):
    """The comparison cannot run; the message is the one line to show."""


@dataclass(frozen=True)
class Versions:
    old: dict[str, Any]
    new: dict[str, Any]
    old_label: str
    new_label: str
    provider: Provider


def diff(
    target: str,
    new: str | None,
    *,
    since: str | None,
    output_format: Format,
    fail_on: str | None,
    python: bool,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        versions = provider_since(target, since, new) if since else files(target, new)
        report = compare(versions, python=python)
    except DiffError as error:
        print(f"corridor diff: {error}", file=err)
        return 2
    if output_format == "json":
        out.write(render_json(report))
    elif output_format == "markdown":
        out.write(render_markdown(report))
    else:
        print_table(report, Console(file=out, width=_width(out), soft_wrap=False))
    return 1 if fail_on == "breaking" and report.breaking else 0


def files(old: str, new: str | None) -> Versions:
    if new is None:
        raise DiffError("give two spec files (OLD NEW), or a provider and --since GIT_REF")
    old_file, new_file = Path(old), Path(new)
    return Versions(
        _load_file(old_file), _load_file(new_file), old, new, _provider_for(old_file, new_file)
    )


def provider_since(name: str, ref: str, new: str | None = None) -> Versions:
    if new is not None:
        raise DiffError("--since compares a provider's spec with its working copy: give no NEW")
    try:
        provider = get_provider(name)
    except KeyError as error:
        raise DiffError(str(error.args[0])) from None
    spec = spec_path(provider.name).resolve()
    try:
        root = git_toplevel(spec)
        relative = PurePosixPath(spec.relative_to(root).as_posix())
        old = load_document(read_git_ref(root, ref), relative)
        current = load_document(read_working_tree(root), relative)
    except SpecSourceError as error:
        raise DiffError(str(error)) from None
    return Versions(old, current, f"{relative} at {ref}", f"{relative}", provider)


def summarise_since(provider: str, ref: str) -> list[str]:
    """What changed in a provider's spec since `ref`, spec rules only (fast): for logs."""
    try:
        report = compare(provider_since(provider, ref), python=False)
    except DiffError as error:
        return [f"{provider}: not compared with {ref} ({error})"]
    lines = render_lines(report)
    if report.changes:
        lines[0] = lines[0].replace(" (Python API not compared)", "")
    return [f"{provider}: {lines[0]}", *lines[1:]]


def compare(versions: Versions, *, python: bool) -> Report:
    provider = versions.provider
    names = python_names(provider, versions.new, versions.old)
    changes = name_users(compare_specs(versions.old, versions.new), provider, names)
    if python and versions.old != versions.new:  # equal specs generate equal packages
        changes += one_package(_python_changes(versions), provider)
        changes = python_renames(changes)
    return Report(versions.old_label, versions.new_label, tuple(changes), python)


def _python_changes(versions: Versions) -> list[Change]:
    missing = missing_generators()
    if importlib.util.find_spec("griffe") is None:
        missing.append("griffe")
    if missing:
        raise DiffError(
            f"comparing the Python API needs {', '.join(missing)}: {EXTRA_HINT} "
            "(or pass --no-python to compare the specs only)"
        )
    from corridor.diff.python_api import compare_generated

    try:
        return compare_generated(versions.old, versions.new, versions.provider)
    except GenerationError as error:
        first = next((line for line in error.output.splitlines() if line.strip()), str(error))
        raise DiffError(
            f"cannot generate the Python packages ({first.strip()}); "
            "pass --no-python to compare the specs only"
        ) from None


def _load_file(file: Path) -> dict[str, Any]:
    if not file.is_file():
        raise DiffError(f"no such spec file: {file}")
    absolute = file.resolve()
    try:
        return load_document(read_working_tree(Path("/")), PurePosixPath(absolute.as_posix()[1:]))
    except SpecSourceError as error:
        raise DiffError(str(error)) from None


def _provider_for(*spec_files: Path) -> Provider:
    """The registered provider the files are named after, else a package name from the file."""
    known = {provider.name: provider for provider in PROVIDERS}
    for file in spec_files:
        if file.stem in known:
            return known[file.stem]
    name = re.sub(r"\W", "_", spec_files[0].stem).lower().strip("_") or "api"
    name = name if name[0].isalpha() else f"api_{name}"
    return Provider(name, name)


def _width(out: TextIO) -> int:
    """Tables fit 100 columns when written to a file or pipe, the terminal's width on one."""
    return 100 if not out.isatty() else min(Console().width, 100)
