"""A diff report as a terminal table, as Markdown (for a pull request comment) and as JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from rich.console import Console
from rich.table import Table
from rich.text import Text

from corridor.diff.changes import Bump, Change, sorted_changes, suggested_bump

_USED_BY_SHOWN = 4
_USED_BY_LISTED = 8  # in Markdown, one change a list item
_SECTIONS = (("spec", "Spec"), ("python", "Generated Python API"))


@dataclass(frozen=True)
class Report:
    old: str  # what was compared, in words: a file, or `specs/x.yaml at HEAD`
    new: str
    changes: tuple[Change, ...]
    python_compared: bool

    @property
    def bump(self) -> Bump:
        return suggested_bump(self.changes)

    @property
    def breaking(self) -> int:
        return sum(change.breaking for change in self.changes)

    def ordered(self) -> list[Change]:
        return sorted_changes(self.changes)


def summary(report: Report) -> str:
    """One line: counts and the suggested bump, or `no changes`."""
    if not report.changes:
        return "no changes"
    informational = sum(change.informational for change in report.changes)
    compatible = len(report.changes) - report.breaking
    counts = f"{report.breaking} breaking, {compatible} compatible"
    if informational:
        counts += f" ({informational} informational)"
    note = "" if report.python_compared else " (Python API not compared)"
    return f"{counts}; suggested version bump: {report.bump}{note}"


def describe(change: Change) -> str:
    """The change in words, with the operations a shared schema reaches."""
    if not change.used_by:
        return change.message
    shown = ", ".join(change.used_by[:_USED_BY_SHOWN])
    more = len(change.used_by) - _USED_BY_SHOWN
    return f"{change.message} (used by {shown}{f' and {more} more' if more > 0 else ''})"


def severity_label(change: Change) -> str:
    return "info" if change.informational else change.severity


def render_lines(report: Report) -> list[str]:
    """Plain text, one change a line: for logs such as the regeneration script's."""
    return [summary(report)] + [
        f"  {severity_label(change):<10} {change.rule}  {change.location}: {describe(change)}"
        for change in report.ordered()
    ]


def print_table(report: Report, console: Console) -> None:
    console.print(f"corridor diff: {report.old} -> {report.new}")
    if report.changes:
        for source, title in _SECTIONS:
            rows = [change for change in report.ordered() if change.source == source]
            if not rows:
                continue
            console.print(title, style="bold", highlight=False)
            table = Table(expand=True)
            table.add_column("severity", no_wrap=True)
            # The rule sits under the location; the change and its users get the most room.
            # A Python path is long and its change short; a spec change lists its users.
            ratios = (3, 2) if source == "python" else (2, 3)
            table.add_column("location (rule)", overflow="fold", ratio=ratios[0])
            table.add_column("change", overflow="fold", ratio=ratios[1])
            for change in rows:
                style = "bold red" if change.breaking else "dim" if change.informational else ""
                label = severity_label(change)
                where = Text.assemble(change.location, "\n", (change.rule, "dim"))
                table.add_row(label, where, describe(change), style=style)
            console.print(table)
    console.print(summary(report), highlight=False)


def render_markdown(report: Report) -> str:
    """A pull-request comment or a release note: the bump first, then breaking changes, then
    compatible ones, then documentation-only ones, each group split into spec and Python API."""
    lines = [
        f"### corridor diff: `{report.old}` → `{report.new}`",
        "",
        f"**Suggested version bump: {report.bump}**: {summary(report).split(';')[0]}"
        + ("" if report.python_compared else " (Python API not compared)")
        if report.changes
        else "**No changes.**",
    ]
    ordered = report.ordered()
    for title, group in _GROUPS:
        changes = [change for change in ordered if _group(change) == group]
        if not changes:
            continue
        lines += ["", f"#### {title} ({len(changes)})"]
        for source, heading in _SECTIONS:
            rows = [change for change in changes if change.source == source]
            if not rows:
                continue
            lines += ["", f"**{heading}**", ""]
            lines += [_markdown_item(change) for change in rows]
    return "\n".join(lines) + "\n"


_GROUPS = (
    ("Breaking changes", "breaking"),
    ("Compatible changes", "compatible"),
    ("Documentation only", "informational"),
)


def _group(change: Change) -> str:
    return (
        "breaking" if change.breaking else "informational" if change.informational else "compatible"
    )


def _markdown_item(change: Change) -> str:
    item = f"- `{_code(change.location)}`: {_plain(change.message)} <sub>{change.rule}</sub>"
    if change.used_by:
        users = ", ".join(f"`{_code(user)}`" for user in change.used_by[:_USED_BY_LISTED])
        more = len(change.used_by) - _USED_BY_LISTED
        item += f"<br>used by {users}{f' and {more} more' if more > 0 else ''}"
    return item


def _code(text: str) -> str:
    return text.replace("`", "'").replace("\n", " ")


def _plain(text: str) -> str:
    return text.replace("\n", " ")


def render_json(report: Report) -> str:
    informational = sum(change.informational for change in report.changes)
    document = {
        "old": report.old,
        "new": report.new,
        "python_compared": report.python_compared,
        "summary": {
            "breaking": report.breaking,
            "compatible": len(report.changes) - report.breaking,
            "informational": informational,
            "bump": report.bump,
        },
        "changes": [asdict(change) for change in report.ordered()],
    }
    return json.dumps(document, indent=2) + "\n"
