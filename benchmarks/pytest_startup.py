"""What corridor's pytest plugin costs a test run that does not use it.

    python benchmarks/pytest_startup.py [--runs 15] [--python PATH]

Builds the corridor wheel and installs `corridor[simulator]` and pytest in a fresh virtual
environment (the simulator stack is there to be imported, so only laziness keeps it out), or
uses the interpreter given with `--python`. Then runs pytest on a one-test project, alternating
with the plugin (as installed) and without it (`-p no:corridor`), and prints the median and best
wall time of each, their ratio and difference. Figures only: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from fresh_venv import CLEAN_ENV, build_wheel, fresh_venv, with_extras

ONE_TEST = "def test_addition():\n    assert 1 + 1 == 2\n"


def fresh_environment(work: Path) -> Path:
    wheel = build_wheel(work / "dist")
    return fresh_venv(work / "venv", with_extras(wheel, "simulator"), "pytest")


def timed_run(python: Path, project: Path, extra: list[str]) -> float:
    command = [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra, "test_one.py"]
    start = time.perf_counter()
    subprocess.run(command, cwd=project, env=CLEAN_ENV, check=True, capture_output=True)
    return time.perf_counter() - start


def plugin_is_loaded(python: Path, project: Path) -> bool:
    """The measurement means something only if pytest really loads corridor's plugin."""
    command = [str(python), "-m", "pytest", "--fixtures", "-p", "no:cacheprovider", "test_one.py"]
    listing = subprocess.run(
        command, cwd=project, env=CLEAN_ENV, capture_output=True, text=True
    ).stdout
    return "simulator_control" in listing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each kind (default 15)")
    parser.add_argument("--python", type=Path, help="measure this interpreter's environment")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="corridor-pytest-startup-") as scratch:
        work = Path(scratch)
        python = args.python or fresh_environment(work)
        project = work / "project"
        project.mkdir()
        (project / "test_one.py").write_text(ONE_TEST, encoding="utf-8")
        if not plugin_is_loaded(python, project):
            print(f"corridor's pytest plugin is not installed for {python}")
            return 1
        timed_run(python, project, [])  # warm the bytecode caches of both arms
        timed_run(python, project, ["-p", "no:corridor"])
        with_plugin, without = [], []
        for _ in range(args.runs):
            with_plugin.append(timed_run(python, project, []))
            without.append(timed_run(python, project, ["-p", "no:corridor"]))
    on, off = statistics.median(with_plugin), statistics.median(without)
    where = python if args.python else "fresh venv"
    print(f"pytest startup, one test, {args.runs} runs each ({where})")
    print(f"  with corridor's plugin:     median {on:.3f} s, best {min(with_plugin):.3f} s")
    print(f"  without it (-p no:corridor): median {off:.3f} s, best {min(without):.3f} s")
    print(
        f"  ratio {on / off:.3f}, difference {on - off:+.3f} s (median), "
        f"{min(with_plugin) - min(without):+.3f} s (best)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
