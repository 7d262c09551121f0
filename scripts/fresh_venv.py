"""A corridor wheel built from this checkout, installed in a virtual environment of its own.

The venv is made without pip and filled by this interpreter's pip (`pip --python`), so every
distribution in it came with what was installed. Its interpreter runs with no PYTHONPATH, so
nothing of the checkout leaks in.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLEAN_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}


def build_wheel(into: Path) -> Path:
    pip = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
    subprocess.run([*pip, "--wheel-dir", str(into), str(ROOT)], check=True)
    [wheel] = into.glob("corridor-*.whl")
    return wheel


def fresh_venv(where: Path, *requirements: str) -> Path:
    """A venv at `where` holding `requirements` and their dependencies; returns its python."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
    subprocess.run([*pip, "--disable-pip-version-check", *requirements], check=True)
    return python


def with_extras(wheel: Path, extras: str) -> str:
    """The requirement for `wheel` with `extras` (e.g. "simulator"), as pip takes it."""
    return f"corridor[{extras}] @ {wheel.as_uri()}"
