"""`corridor verify --shard K/N` over separate processes, merged, is the unsharded run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from corridor.cli import main
from corridor.verification.run import Failure, OperationResult, RunResult
from corridor.verification.shards import Shard, ShardResult, all_parts, merge, read_result

ARGUMENTS = ["--provider", "sentbe", "--max-examples", "1", "--seed", "7"]


def _verify(*arguments: str, cache: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "corridor", "verify", *ARGUMENTS, *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "CORRIDOR_CACHE_DIR": str(cache)},
    )


def _finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    output, _ = process.communicate(timeout=300)
    return process.returncode, output


def test_three_shards_in_separate_processes_merge_into_the_unsharded_run(tmp_path: Path) -> None:
    whole = tmp_path / "whole.json"
    shards = [tmp_path / f"shard-{number}.json" for number in (1, 2, 3)]
    runs = [_verify("--result", str(whole), cache=tmp_path / "cache")] + [
        _verify("--shard", f"{number}/3", "--result", str(path), cache=tmp_path / "cache")
        for number, path in enumerate(shards, start=1)
    ]
    outcomes = [_finish(run) for run in runs]
    for code, output in outcomes:
        assert code in (0, 1), output  # 1: the run found a disagreement, which it may
    # piped, the run says what it does while it does it
    assert (
        "verifying 2 part(s): sentbe examples+coverage+fuzzing, sentbe stateful" in (outcomes[0][1])
    )
    assert "shard 3/3: 0 part(s) of 2 (nothing to do)" in outcomes[3][1]

    (unsharded,) = merge([read_result(whole)])
    (merged,) = merge([read_result(path) for path in shards])
    assert merged.cases == unsharded.cases > 0
    assert {label: op.successes for label, op in merged.operations.items()} == {
        label: op.successes for label, op in unsharded.operations.items()
    }
    assert merged.unreached == unsharded.unreached
    assert merged.failures == unsharded.failures
    assert merged == unsharded

    junit = tmp_path / "merged.xml"
    summary = tmp_path / "summary.md"
    code = main(
        [
            "verify",
            "--require-coverage",
            "--merge",
            *map(str, reversed(shards)),
            "--junit-xml",
            str(junit),
            "--summary-markdown",
            str(summary),
        ]
    )
    # the whole run's exit code, coverage counted over the union
    assert code == (0 if unsharded.passed_with(require_coverage=True) else 1)
    suite = ET.parse(junit).getroot().find("testsuite")
    assert suite is not None and suite.get("tests") == str(len(unsharded.operations))
    assert summary.read_text().startswith("# corridor verify: spec and target ")


def _outcome(shard: Shard, failures: list[Failure], successes: int = 1) -> ShardResult:
    parts = [part for part in all_parts(["settlego"]) if part.index == shard.number - 1]
    results = {
        part: RunResult(
            "settlego",
            "in-process simulator",
            {"GET /x": OperationResult("GET /x", 2, successes, failures)},
        )
        for part in parts
    }
    return ShardResult(["settlego"], 0, 5, shard, results)


def test_merge_applies_coverage_to_the_union_and_exits_as_the_whole_run(tmp_path: Path) -> None:
    from corridor.verification.shards import write_result

    first, second = tmp_path / "1.json", tmp_path / "2.json"
    write_result(first, _outcome(Shard(1, 2), [], successes=0))
    write_result(second, _outcome(Shard(2, 2), [], successes=1))
    # no 2xx in shard 1, one in shard 2: the union reached the operation
    assert main(["verify", "--merge", str(first), str(second), "--require-coverage"]) == 0
    broken = Failure("GET /x", "not_a_server_error", "Server error", "500", "curl http://x")
    write_result(second, _outcome(Shard(2, 2), [broken]))
    summary = tmp_path / "summary.md"
    assert main(["verify", "--merge", str(first), str(second), "--summary-markdown", str(summary)])
    text = summary.read_text()
    assert text.index("## FAIL settlego") < text.index("| operation |")
    assert "curl http://x" in text


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (["1"], "missing shard(s) 2/2"),
        (["1", "1", "2"], "shard(s) given twice: 1/2"),
    ],
)
def test_merge_refuses_an_incomplete_set_of_shards(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: list[str], message: str
) -> None:
    from corridor.verification.shards import write_result

    for number in (1, 2):
        write_result(tmp_path / f"{number}.json", _outcome(Shard(number, 2), []))
    code = main(["verify", "--merge", *(str(tmp_path / f"{name}.json") for name in files)])
    assert code == 2
    assert message in capsys.readouterr().err


def test_a_result_file_is_json_that_names_its_shard(tmp_path: Path) -> None:
    from corridor.verification.shards import write_result

    path = tmp_path / "r.json"
    write_result(path, _outcome(Shard(2, 2), []))
    document = json.loads(path.read_text())
    assert document["shard"] == [2, 2]
    assert document["parts"][0]["provider"] == "settlego"
