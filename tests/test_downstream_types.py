"""Types reach users: downstream code type-checks under `mypy --strict` against corridor as
installed, with no isinstance check after a call.

mypy runs in a fresh process with the packages on its Python path the way an installation
puts them, so it reads them as installed packages: without `py.typed` it would refuse them as
untyped (`import-untyped`). The same program with a mistake in it must fail, which shows the
check is real.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import p100_client
import p100_models
import sentbe_client
import sentbe_models
import settlego_client
import settlego_models
import sfox_client
import sfox_models

import corridor

PROGRAM = Path(__file__).parent / "downstream" / "ten_lines.py"
PACKAGES = [
    corridor,
    settlego_client,
    settlego_models,
    sfox_client,
    sfox_models,
    p100_client,
    p100_models,
    sentbe_client,
    sentbe_models,
]


def mypy_strict(sources: list[Path], workdir: Path) -> subprocess.CompletedProcess[str]:
    roots = sorted({str(Path(package.__file__ or "").resolve().parents[1]) for package in PACKAGES})
    env = {key: value for key, value in os.environ.items() if key != "MYPYPATH"}
    env["PYTHONPATH"] = os.pathsep.join(roots)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(workdir / "cache"),
            *(source.name for source in sources),
        ],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_every_package_ships_py_typed() -> None:
    for package in PACKAGES:
        assert (Path(package.__file__ or "").parent / "py.typed").is_file(), package.__name__


def test_the_ten_line_programs_type_check_strictly_and_a_mistake_does_not(tmp_path: Path) -> None:
    good = tmp_path / "good.py"
    good.write_text(PROGRAM.read_text(encoding="utf-8"), encoding="utf-8")
    # A caller treating the created payment as something else: mypy must see it.
    bad = tmp_path / "bad.py"
    bad.write_text(
        PROGRAM.read_text(encoding="utf-8").replace(
            "amounts = [payment.amount]", "amounts = [payment.amount_due]"
        ),
        encoding="utf-8",
    )
    result = mypy_strict([good, bad], tmp_path)
    assert result.returncode in (0, 1), result.stderr  # 2: mypy itself could not run
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert "import-untyped" not in result.stdout
    assert not [line for line in errors if line.startswith("good.py")], result.stdout
    assert len(errors) == 1 and errors[0].startswith("bad.py"), result.stdout
    assert '"Payment" has no attribute "amount_due"' in errors[0]
