"""The one folder corridor keeps its caches in, outside any project directory.

`CORRIDOR_CACHE_DIR` when set, else `$XDG_CACHE_HOME/corridor`, else `~/.cache/corridor`.
`corridor verify` keeps Hypothesis' example database there (`hypothesis/`), so re-runs replay
earlier failures without leaving a `.hypothesis/` folder in the directory it was run from;
`corridor docs` keeps its Redocly install there (`redocly/`).
"""

from __future__ import annotations

import os
from pathlib import Path

ENVIRONMENT_VARIABLE = "CORRIDOR_CACHE_DIR"


def cache_dir() -> Path:
    configured = os.environ.get(ENVIRONMENT_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "corridor"


def hypothesis_dir() -> Path:
    return cache_dir() / "hypothesis"
