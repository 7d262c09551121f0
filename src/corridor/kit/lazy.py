"""Facade attributes resolved on first read (PEP 562): heavy modules, and deprecated names.

A facade's `models` (the pydantic package) and `webhooks` cost more to import than the rest of
the facade together: pydantic builds every model class as it is defined, about half a second
for the four providers. A service that only calls the API never needs them, so each facade
names them here and they are imported the first time they are read.

A name a facade has replaced stays readable for a while: reading it warns (DeprecationWarning,
naming its replacement) and gives the replacement's value. It is not in `__all__`, and the
module declares it for type checkers under `TYPE_CHECKING`.
"""

from __future__ import annotations

import importlib
import sys
import warnings
from collections.abc import Callable, Mapping
from typing import Any


def lazy_modules(
    owner: str,
    modules: Mapping[str, str],
    *,
    deprecated: Mapping[str, tuple[str, Any]] | None = None,
) -> Callable[[str], object]:
    """A module `__getattr__` for `owner` that imports `modules[name]` when `name` is read.

    `deprecated` maps an old name to its replacement's name (in `owner`, or dotted in full)
    and value."""
    renamed = dict(deprecated or {})

    def __getattr__(name: str) -> object:
        if name in renamed:
            replacement, value = renamed[name]
            where = replacement if "." in replacement else f"{owner}.{replacement}"
            warnings.warn(
                f"{owner}.{name} is deprecated: use {where}",
                DeprecationWarning,
                stacklevel=2,
            )
            return value
        target = modules.get(name)
        if target is None:
            raise AttributeError(f"module {owner!r} has no attribute {name!r}")
        module = importlib.import_module(target)
        # kept on the facade, so later reads are plain attribute reads
        setattr(sys.modules[owner], name, module)
        return module

    return __getattr__


def deprecated_names(owner: str, renamed: Mapping[str, tuple[str, Any]]) -> Callable[[str], object]:
    """A module `__getattr__` for `owner` that only serves deprecated names."""
    return lazy_modules(owner, {}, deprecated=renamed)
