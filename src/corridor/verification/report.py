"""How a verification run is shown: a per-operation table, failure details and JUnit XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from rich.console import Console
from rich.table import Table

from corridor.verification.run import RunResult


def print_summary(result: RunResult, console: Console) -> None:
    table = Table(title=f"{result.provider} against {result.target}")
    table.add_column("operation")
    table.add_column("cases", justify="right")
    table.add_column("2xx", justify="right")  # 2xx answers to schema-valid requests
    table.add_column("failures", justify="right")
    for label in sorted(result.operations, key=_path_then_method):
        op = result.operations[label]
        style = "red" if op.failures else "yellow" if not op.successes else None
        successes = str(op.successes) if op.successes else "0 (no 2xx)"
        table.add_row(label, str(op.cases), successes, str(len(op.failures)), style=style)
    table.add_section()
    reached = len(result.operations) - len(result.unreached)
    table.add_row(
        f"total ({reached}/{len(result.operations)} operations reached a 2xx)",
        str(result.cases),
        str(result.successes),
        str(len(result.failures)),
    )
    console.print(table)
    if result.tampered:
        refused = sum(1 for sent in result.tampered if not sent.accepted)
        console.print(
            f"{len(result.tampered)} invalid request(s) also carried a broken signature; "
            f"{refused} refused",
            highlight=False,
        )
    for failure in result.failures:
        console.print(f"\n[bold red]FAIL[/] {failure.operation} - {failure.check}: {failure.title}")
        console.print(failure.message, markup=False, highlight=False)
        console.print("reproduce with:", markup=False)
        console.print(failure.reproduction, markup=False, highlight=False)
    for error in result.errors:
        console.print(f"\n[bold red]ERROR[/] {error}", highlight=False)


def write_junit(results: list[RunResult], path: Path, *, require_coverage: bool = False) -> None:
    """One testsuite per provider, one testcase per operation with its case and 2xx counts; with
    `require_coverage`, an operation without a 2xx fails."""
    suites = ET.Element("testsuites")
    for result in results:
        unreached = set(result.unreached) if require_coverage else set()
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=f"corridor verify {result.provider}",
            tests=str(len(result.operations)),
            failures=str(
                sum(1 for op in result.operations.values() if op.failures or op.label in unreached)
            ),
            errors=str(len(result.errors)),
        )
        for label in sorted(result.operations, key=_path_then_method):
            op = result.operations[label]
            case = ET.SubElement(
                suite,
                "testcase",
                classname=result.provider,
                name=label,
                cases=str(op.cases),
                successes=str(op.successes),
            )
            ET.SubElement(
                ET.SubElement(case, "properties"),
                "property",
                name="2xx answers to schema-valid requests",
                value=str(op.successes),
            )
            for failure in op.failures:
                element = ET.SubElement(
                    case, "failure", message=f"{failure.check}: {failure.title}"
                )
                element.text = f"{failure.message}\n\n{failure.reproduction}"
            if label in unreached:
                ET.SubElement(
                    case,
                    "failure",
                    message="no schema-valid request got a 2xx: its rules went untested",
                )
        for error in result.errors:
            ET.SubElement(suite, "error", message=error)
    ET.indent(suites)
    path.write_text(ET.tostring(suites, encoding="unicode") + "\n", encoding="utf-8")


def _path_then_method(label: str) -> tuple[str, str]:
    method, _, path = label.partition(" ")
    return path, method
