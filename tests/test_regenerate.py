"""scripts/regenerate.py: deterministic output, and --check names what is stale."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from corridor.providers import PROVIDERS

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "regenerate.py"


@pytest.fixture(scope="module")
def regenerate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("regenerate", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_stale_files_names_changed_missing_and_extra_files(
    regenerate: ModuleType, tmp_path: Path
) -> None:
    fresh = write(tmp_path / "fresh", {"a/x.py": "1", "a/y.py": "2", "b.py": "3"})
    current = write(tmp_path / "current", {"a/x.py": "1", "a/y.py": "changed", "c.py": "4"})
    assert regenerate.stale_files(fresh, current) == ["a/y.py", "b.py", "c.py"]


def test_stale_files_ignores_bytecode_caches(regenerate: ModuleType, tmp_path: Path) -> None:
    fresh = write(tmp_path / "fresh", {"a.py": "1"})
    current = write(tmp_path / "current", {"a.py": "1", "__pycache__/a.cpython-311.pyc": "x"})
    assert regenerate.stale_files(fresh, current) == []


def test_generating_twice_gives_identical_trees(regenerate: ModuleType, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    regenerate.generate_all(first)
    regenerate.generate_all(second)
    assert regenerate.stale_files(first, second) == []
    expected = {f"{p.name}_{kind}" for p in PROVIDERS for kind in ("client", "models")}
    assert {p.name for p in first.iterdir()} == expected


def test_check_passes_on_the_committed_tree() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "generated/ and specs/DISCREPANCIES.md match specs/\n"


def test_regenerating_prints_what_changed_in_each_spec_since_head(
    regenerate: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "specs"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    if dirty.strip():
        pytest.skip("specs/ has uncommitted edits in this checkout")
    # the generators are exercised above; here only what main prints after them matters
    monkeypatch.setattr(regenerate, "generate_all", lambda target: None)
    monkeypatch.setattr(regenerate, "GENERATED", tmp_path / "generated")
    monkeypatch.setattr(regenerate, "DISCREPANCIES", tmp_path / "DISCREPANCIES.md")
    assert regenerate.main([]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "spec changes since HEAD (corridor diff PROVIDER --since HEAD for the full report):",
        *(f"  {provider.name}: no changes" for provider in PROVIDERS),
    ]
