"""How a verification run is shown: a per-operation table, failure details, JUnit XML and a
Markdown summary for a CI job page."""

from __future__ import annotations

from pathlib import Path

from junitparser import (
    Element,
    Error,
    Failure,
    IntAttr,
    JUnitXml,
    Properties,
    Property,
    TestCase,
    TestSuite,
)
from rich.console import Console
from rich.table import Table

from corridor.verification.run import RunResult

# The widest a table gets: it fits a CI log or a 100-column terminal; a long operation wraps.
TABLE_WIDTH = 100


def print_summary(result: RunResult, console: Console) -> None:
    table = Table(
        title=f"{result.provider} against {result.target}",
        caption="cases: requests sent; 2xx: schema-valid requests answered with a 2xx; "
        "failures: distinct checks that failed",
        caption_justify="left",
        width=min(console.width, TABLE_WIDTH),
    )
    # fold, never cut: every path shows whole, on two lines if need be
    table.add_column("operation", overflow="fold", ratio=1)
    table.add_column("cases", justify="right", no_wrap=True)
    table.add_column("2xx", justify="right", no_wrap=True)
    table.add_column("failures", justify="right", no_wrap=True)
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
        console.print(tampering_line(result), highlight=False, markup=False)
    if result.pacing:
        console.print(result.pacing, highlight=False, markup=False)
    for failure in result.failures:
        console.print(f"\n[bold red]FAIL[/] {failure.operation} - {failure.check}: {failure.title}")
        console.print(failure.message, markup=False, highlight=False)
        console.print("reproduce with:", markup=False)
        console.print(failure.reproduction, markup=False, highlight=False)
    for error in result.errors:
        console.print(f"\n[bold red]ERROR[/] {error}", highlight=False)


def tampering_line(result: RunResult) -> str:
    """What the requests sent with a broken signature showed, in one sentence."""
    sent = len(result.tampered)
    accepted = sum(1 for tampered in result.tampered if tampered.accepted)
    line = (
        f"signature check: {sent} invalid request(s) were also sent with their signature broken "
        f"on purpose, to see that {result.provider} refuses a request it cannot verify; "
    )
    if not accepted:
        return line + f"all {sent} were refused, as they should be"
    return line + f"{accepted} were accepted (each is an error below), {sent - accepted} refused"


FENCE = "```"


def markdown_summary(results: list[RunResult], *, require_coverage: bool = False) -> str:
    """The verdict as Markdown for a CI job summary (`$GITHUB_STEP_SUMMARY`): failures and
    errors first, each with its reproduction, then a table per provider."""
    passed = all(result.passed_with(require_coverage) for result in results)
    verdict = "spec and target agree" if passed else "spec and target DISAGREE"
    lines = [f"# corridor verify: {verdict}", ""]
    for result in results:
        for failure in result.failures:
            lines += [
                f"## FAIL {result.provider}: `{failure.operation}`: {failure.check}: "
                f"{_md(failure.title)}",
                "",
                *_fenced("text", failure.message),
                "",
                "Reproduce with:",
                "",
                *_fenced("sh", failure.reproduction),
                "",
            ]
        for error in result.errors:
            lines += [f"## ERROR {result.provider}", "", *_fenced("text", error), ""]
        if require_coverage and result.unreached:
            lines += [
                f"## FAIL {result.provider}: {len(result.unreached)} operation(s) never answered "
                "a schema-valid request with a 2xx, so their rules went untested",
                "",
                *(f"- `{label}`" for label in result.unreached),
                "",
            ]
    for result in results:
        reached = len(result.operations) - len(result.unreached)
        lines += [
            f"## {result.provider} against {_md(result.target)}",
            "",
            f"{result.cases} cases, {reached}/{len(result.operations)} operations reached a 2xx, "
            f"{len(result.failures)} failure(s), {len(result.errors)} error(s).",
            "",
            "| operation | cases | 2xx to schema-valid requests | failures |",
            "|---|---:|---:|---:|",
        ]
        for label in sorted(result.operations, key=_path_then_method):
            op = result.operations[label]
            successes = str(op.successes) if op.successes else "0 (no 2xx)"
            lines.append(f"| `{label}` | {op.cases} | {successes} | {len(op.failures)} |")
        if result.tampered:
            lines += ["", _md(tampering_line(result))]
        if result.pacing:
            lines += ["", _md(result.pacing)]
        lines.append("")
    return "\n".join(lines)


def _fenced(language: str, text: str) -> list[str]:
    """`text` in a fenced block that no line of it can close."""
    fence = FENCE
    while fence in text:
        fence += "`"
    return [fence + language, text, fence]


def _md(text: str) -> str:
    """`text` on one Markdown line, table pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


class _OperationCase(TestCase):
    """A testcase that also carries the operation's case and 2xx counts as attributes."""

    cases = IntAttr()
    successes = IntAttr()

    def append(self, sub_elem: Element) -> None:
        # typed here once: junitparser leaves `append` untyped, and mypy's exclusion of it
        # (pyproject.toml) does not reach a call through a subclass
        super().append(sub_elem)  # type: ignore[no-untyped-call]


def write_junit(results: list[RunResult], path: Path, *, require_coverage: bool = False) -> None:
    """One testsuite per provider, one testcase per operation with its case and 2xx counts; with
    `require_coverage`, an operation without a 2xx fails."""
    report = JUnitXml()
    for result in results:
        unreached = set(result.unreached) if require_coverage else set()
        suite = TestSuite(f"corridor verify {result.provider}")
        failed = 0
        for label in sorted(result.operations, key=_path_then_method):
            op = result.operations[label]
            case = _OperationCase(label, classname=result.provider)
            case.cases = op.cases
            case.successes = op.successes
            properties = Properties()
            properties.add_property(
                Property("2xx answers to schema-valid requests", str(op.successes))
            )
            case.append(properties)
            for failure in op.failures:
                found = Failure(f"{failure.check}: {failure.title}")
                found.text = f"{failure.message}\n\n{failure.reproduction}"
                case.append(found)
            if label in unreached:
                case.append(Failure("no schema-valid request got a 2xx: its rules went untested"))
            failed += bool(op.failures) or label in unreached
            suite.append(case)
        for error in result.errors:
            suite.append(Error(error))
        # set by hand: junitparser's update_statistics counts failure elements, not failing
        # operations, and misses the run's errors, which belong to no operation
        suite.tests = len(result.operations)
        suite.failures = failed
        suite.errors = len(result.errors)
        report.append(suite)
    # not `pretty=True`: its reformatting turns line breaks inside a message into spaces
    report.write(str(path))


def _path_then_method(label: str) -> tuple[str, str]:
    method, _, path = label.partition(" ")
    return path, method
