"""Facade attributes that import their module on first use (PEP 562).

A facade's `models` (the pydantic package) and `webhooks` cost more to import than the rest of
the facade together: pydantic builds every model class as it is defined, about half a second
for the four providers. A service that only calls the API never needs them, so each facade
names them here and they are imported the first time they are read.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from types import ModuleType


def lazy_modules(owner: str, modules: Mapping[str, str]) -> Callable[[str], ModuleType]:
    """A module `__getattr__` for `owner` that imports `modules[name]` when `name` is read."""

    def __getattr__(name: str) -> ModuleType:
        target = modules.get(name)
        if target is None:
            raise AttributeError(f"module {owner!r} has no attribute {name!r}")
        module = importlib.import_module(target)
        # kept on the facade, so later reads are plain attribute reads
        setattr(sys.modules[owner], name, module)
        return module

    return __getattr__
