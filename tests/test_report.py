"""`corridor report`: the docs coverage per provider."""

from __future__ import annotations

import pytest

from corridor.cli import main
from corridor.coverage.report import full_report


def test_report_shows_full_settlego_coverage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report"]) == 0
    lines = capsys.readouterr().out.splitlines()
    settlego = next(line for line in lines if line.startswith("SettleGo"))
    assert "44/44" in settlego
    assert "17/17" in settlego
    assert "matches spec" in settlego


def test_report_counts_valid_examples_out_of_all(capsys: pytest.CaptureFixture[str]) -> None:
    main(["report"])
    settlego = next(
        line for line in capsys.readouterr().out.splitlines() if line.startswith("SettleGo")
    )
    valid, total = settlego.split()[3].split("/")
    assert valid == total
    assert int(total) > 40


def test_report_shows_per_section_gaps_where_the_docs_lack_wire_details(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text, _ = full_report()
    p100 = text.split("P100 Partner API: specified / documented per docs section")[1]
    assert "Virtual Cards" in p100
    assert " 2/9   (7 lack wire details)" in p100
    assert "SettleGo: specified" not in text  # fully specified providers need no gap listing


def test_report_table_fits_100_columns_and_wraps_rather_than_cuts() -> None:
    text, _ = full_report()
    table = text.split("\n\n")[0].splitlines()
    assert all(len(line) <= 100 for line in table)
    p100 = table.index(next(line for line in table if line.startswith("P100 Partner API")))
    # a wrapped cell continues on the next line: every word of it is there
    cells = " ".join(" ".join(table[p100 : p100 + 2]).split())
    assert "20/58 (38" in cells and "4/17 (13" in cells
    assert cells.count("lack") == 2 and cells.count("wire details") == 2
