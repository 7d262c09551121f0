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
    table.add_column("failures", justify="right")
    for label in sorted(result.operations, key=_path_then_method):
        op = result.operations[label]
        style = "red" if op.failures else None
        table.add_row(label, str(op.cases), str(len(op.failures)), style=style)
    table.add_section()
    table.add_row("total", str(result.cases), str(len(result.failures)))
    console.print(table)
    for failure in result.failures:
        console.print(f"\n[bold red]FAIL[/] {failure.operation} - {failure.check}: {failure.title}")
        console.print(failure.message, markup=False, highlight=False)
        console.print("reproduce with:", markup=False)
        console.print(failure.reproduction, markup=False, highlight=False)
    for error in result.errors:
        console.print(f"\n[bold red]ERROR[/] {error}", highlight=False)


def write_junit(results: list[RunResult], path: Path) -> None:
    suites = ET.Element("testsuites")
    for result in results:
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=f"corridor verify {result.provider}",
            tests=str(len(result.operations)),
            failures=str(sum(1 for op in result.operations.values() if op.failures)),
            errors=str(len(result.errors)),
        )
        for label in sorted(result.operations, key=_path_then_method):
            op = result.operations[label]
            case = ET.SubElement(
                suite, "testcase", classname=result.provider, name=label, cases=str(op.cases)
            )
            for failure in op.failures:
                element = ET.SubElement(
                    case, "failure", message=f"{failure.check}: {failure.title}"
                )
                element.text = f"{failure.message}\n\n{failure.reproduction}"
        for error in result.errors:
            ET.SubElement(suite, "error", message=error)
    ET.indent(suites)
    path.write_text(ET.tostring(suites, encoding="unicode") + "\n", encoding="utf-8")


def _path_then_method(label: str) -> tuple[str, str]:
    method, _, path = label.partition(" ")
    return path, method
