"""The docs coverage report: per provider, how much of the documentation the spec covers."""

from __future__ import annotations

import io
import shutil
import sys
from dataclasses import dataclass

from rich import box
from rich.console import Console
from rich.table import Table

from corridor.coverage.discrepancies import find_discrepancies
from corridor.coverage.examples import validate_examples
from corridor.coverage.inventory import InventoryEntry, compare
from corridor.providers import PROVIDERS, Provider
from corridor.spec import load_spec


@dataclass(frozen=True)
class ProviderReport:
    provider: Provider
    operations_documented: int
    operations_specified: int
    operations_lacking_details: int
    webhooks_documented: int
    webhooks_specified: int
    webhooks_lacking_details: int
    examples_checked: int
    examples_invalid: int
    discrepancies: int
    inventory_matches: bool
    sections: list[tuple[str, int, int]]  # (docs section, specified, documented)


def build_report(provider: Provider) -> ProviderReport:
    spec = load_spec(provider.name)
    coverage = compare(provider.name, spec)
    checked, errors = validate_examples(spec)
    return ProviderReport(
        provider=provider,
        operations_documented=len(coverage.entries("path")),
        operations_specified=coverage.specified_count("path"),
        operations_lacking_details=coverage.lacking_count("path"),
        webhooks_documented=len(coverage.entries("webhook")),
        webhooks_specified=coverage.specified_count("webhook"),
        webhooks_lacking_details=coverage.lacking_count("webhook"),
        examples_checked=checked,
        examples_invalid=len({error.example for error in errors}),
        discrepancies=len(find_discrepancies(spec)),
        inventory_matches=coverage.matches,
        sections=_sections(coverage.documented, coverage.specified),
    )


def _sections(entries: list[InventoryEntry], specified: set[str]) -> list[tuple[str, int, int]]:
    totals: dict[str, list[int]] = {}
    for entry in entries:
        counts = totals.setdefault(entry.section, [0, 0])
        counts[0] += entry.key in specified
        counts[1] += 1
    return [(section, done, total) for section, (done, total) in totals.items()]


def render_gaps(reports: list[ProviderReport]) -> str:
    """Per docs section, how much is specified, for providers whose docs lack wire details."""
    blocks = []
    for r in reports:
        if not (r.operations_lacking_details or r.webhooks_lacking_details):
            continue
        lines = [f"{r.provider.title}: specified / documented per docs section"]
        width = max(len(section) for section, _, _ in r.sections)
        for section, done, total in r.sections:
            marker = "" if done == total else f"  ({total - done} lack wire details)"
            lines.append(f"  {section.ljust(width)}  {done:>2}/{total:<2}{marker}".rstrip())
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


# The widest the table gets: it fits a CI log or a 100-column terminal; a long cell wraps.
TABLE_WIDTH = 100


def render(reports: list[ProviderReport]) -> str:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    # wrap at word boundaries, never cut: a figure shows whole, on two lines if need be
    for name in ("provider", "operations", "webhooks", "examples valid"):
        table.add_column(name, overflow="fold")
    table.add_column("discrepancies", justify="right", no_wrap=True)
    table.add_column("inventory", overflow="fold")
    for r in reports:
        operations = f"{r.operations_specified}/{r.operations_documented}"
        if r.operations_lacking_details:
            operations += f" ({r.operations_lacking_details} lack wire details)"
        webhooks = f"{r.webhooks_specified}/{r.webhooks_documented}"
        if r.webhooks_lacking_details:
            webhooks += f" ({r.webhooks_lacking_details} lack wire details)"
        examples = f"{r.examples_checked - r.examples_invalid}/{r.examples_checked}"
        inventory = "matches spec" if r.inventory_matches else "DIFFERS from spec"
        table.add_row(
            r.provider.title, operations, webhooks, examples, str(r.discrepancies), inventory
        )
    text = io.StringIO()
    console = Console(file=text, width=_width(), color_system=None, highlight=False, emoji=False)
    console.print(table)
    return "\n".join(line.rstrip() for line in text.getvalue().splitlines()).strip("\n")


def _width() -> int:
    """The terminal's width up to TABLE_WIDTH; TABLE_WIDTH when standard output is no terminal."""
    if sys.stdout.isatty():
        return min(shutil.get_terminal_size().columns, TABLE_WIDTH)
    return TABLE_WIDTH


def full_report() -> tuple[str, bool]:
    """The rendered report for every provider, and whether everything is in order."""
    reports = [build_report(provider) for provider in PROVIDERS]
    ok = all(r.inventory_matches and r.examples_invalid == 0 for r in reports)
    gaps = render_gaps(reports)
    return render(reports) + (f"\n\n{gaps}" if gaps else ""), ok
