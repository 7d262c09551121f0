"""A parity run's report: a table, Markdown or JSON, per scenario and step.

Each step is `same`, `different` (each difference with what differs, where, and both values),
answered by one side only (with the other side's reason), or `setup` (funding, which only a side
with a control API can do). The report also says how values were normalised, and pairs the ids
each side assigned.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from io import StringIO
from typing import Any

from corridor.parity.comparison import (
    DIFFERENT,
    NORMALISATION,
    NOT_COMPARED,
    ONLY_SIMULATOR,
    ONLY_TARGET,
    SAME,
    SETUP,
    Comparison,
)

FORMATS = ("table", "markdown", "json")


@dataclass(frozen=True)
class Report:
    provider: str
    target: str  # the target as shown: its URL (without user info), or the cassette replayed
    comparisons: Sequence[Comparison]
    flows: Sequence[tuple[str, str]]  # (scenario, the documented flow it covers)

    @property
    def differences(self) -> list[Comparison]:
        return [
            c for c in self.comparisons if c.verdict in (DIFFERENT, ONLY_SIMULATOR, ONLY_TARGET)
        ]

    def counts(self) -> dict[str, int]:
        verdicts = (SAME, DIFFERENT, ONLY_SIMULATOR, ONLY_TARGET, SETUP, NOT_COMPARED)
        found = {verdict: 0 for verdict in verdicts}
        for comparison in self.comparisons:
            found[comparison.verdict] += 1
        return found


def _summary(report: Report) -> str:
    counts = report.counts()
    return (
        f"{len(report.comparisons)} steps: {counts[SAME]} same, {counts[DIFFERENT]} different, "
        f"{counts[ONLY_SIMULATOR]} only simulator answered, {counts[ONLY_TARGET]} only target "
        f"answered, {counts[SETUP]} setup, {counts[NOT_COMPARED]} not compared"
    )


def render_json(report: Report) -> str:
    document: dict[str, Any] = {
        "provider": report.provider,
        "target": report.target,
        "summary": report.counts(),
        "normalisation": list(NORMALISATION),
        "flows": [{"scenario": s, "flow": f} for s, f in report.flows],
        "steps": [
            {
                "scenario": c.scenario,
                "step": c.step,
                "operation": c.operation,
                "verdict": c.verdict,
                "note": c.note,
                "differences": [
                    {
                        "aspect": d.aspect,
                        "where": d.where,
                        "simulator": d.simulator,
                        "target": d.target,
                    }
                    for d in c.differences
                ],
                "ids": [
                    {"field": field, "simulator": ours, "target": theirs}
                    for field, ours, theirs in c.ids
                ],
            }
            for c in report.comparisons
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report) -> str:
    lines = [
        f"# Parity: {report.provider} simulator vs {report.target}",
        "",
        _summary(report),
        "",
        "| scenario | step | operation | verdict | what differs | simulator | target |",
        "|---|---|---|---|---|---|---|",
    ]
    for c in report.comparisons:
        if not c.differences:
            lines.append(
                f"| {_cell(c.scenario)} | {_cell(c.step)} | {c.operation} | {c.verdict} | "
                f"{_cell(c.note)} | | |"
            )
        for d in c.differences:
            what = f"{d.aspect} {d.where}".strip()
            lines.append(
                f"| {_cell(c.scenario)} | {_cell(c.step)} | {c.operation} | {c.verdict} | "
                f"{_cell(what)} | {_cell(d.simulator)} | {_cell(d.target)} |"
            )
    lines += ["", "## Normalisation", ""] + [f"- {line}" for line in NORMALISATION]
    lines += ["", "## Flows covered", ""] + [f"- **{s}**: {f}" for s, f in report.flows]
    return "\n".join(lines) + "\n"


def render_table(report: Report, width: int = 100) -> str:
    """The steps that differ as a rich table, `width` columns wide, and the summary."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Parity: {report.provider} simulator vs {report.target}", show_lines=False)
    for column in ("scenario / step", "verdict", "what differs", "simulator", "target"):
        table.add_column(column, overflow="fold")
    for c in report.comparisons:
        if c.verdict in (SAME, SETUP, NOT_COMPARED):
            continue
        where = f"{c.scenario} / {c.step}"
        if not c.differences:
            table.add_row(where, c.verdict, c.note, "", "")
        for d in c.differences:
            table.add_row(where, c.verdict, f"{d.aspect} {d.where}".strip(), d.simulator, d.target)
    buffer = StringIO()
    console = Console(file=buffer, width=width, force_terminal=False, color_system=None)
    if table.row_count:
        console.print(table)
    console.print(_summary(report))
    return buffer.getvalue()


def render(report: Report, output_format: str, width: int = 100) -> str:
    if output_format == "json":
        return render_json(report)
    if output_format == "markdown":
        return render_markdown(report)
    return render_table(report, width)
