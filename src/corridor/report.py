"""The docs coverage report: per provider, how much of the documentation the spec covers."""

from __future__ import annotations

from dataclasses import dataclass

from corridor.discrepancies import find_discrepancies
from corridor.examples import validate_examples
from corridor.inventory import compare
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
    )


def render(reports: list[ProviderReport]) -> str:
    header = ("provider", "operations", "webhooks", "examples valid", "discrepancies", "inventory")
    rows = [header]
    for r in reports:
        operations = f"{r.operations_specified}/{r.operations_documented}"
        if r.operations_lacking_details:
            operations += f" ({r.operations_lacking_details} lack wire details)"
        webhooks = f"{r.webhooks_specified}/{r.webhooks_documented}"
        if r.webhooks_lacking_details:
            webhooks += f" ({r.webhooks_lacking_details} lack wire details)"
        examples = f"{r.examples_checked - r.examples_invalid}/{r.examples_checked}"
        inventory = "matches spec" if r.inventory_matches else "DIFFERS from spec"
        rows.append(
            (r.provider.title, operations, webhooks, examples, str(r.discrepancies), inventory)
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def full_report() -> tuple[str, bool]:
    """The rendered report for every provider, and whether everything is in order."""
    reports = [build_report(provider) for provider in PROVIDERS]
    ok = all(r.inventory_matches and r.examples_invalid == 0 for r in reports)
    return render(reports), ok
