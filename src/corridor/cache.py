"""The one folder corridor keeps its caches in, outside any project directory.

`CORRIDOR_CACHE_DIR` when set, else the platform's user cache folder for corridor as
platformdirs finds it: `$XDG_CACHE_HOME/corridor`, else `~/.cache/corridor` on Linux
(`~/Library/Caches/corridor` on macOS, under `%LOCALAPPDATA%` on Windows).
platformdirs comes with the extras whose commands keep a cache (verify, docs), and is
imported only when the folder is asked for.
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
    from platformdirs import user_cache_path

    return user_cache_path("corridor", appauthor=False)


def hypothesis_dir() -> Path:
    return cache_dir() / "hypothesis"
