"""Loading a provider's OpenAPI spec and walking its operations.

The specs are the single source of truth. In a source checkout they live in `specs/`; in an
installed wheel they are shipped inside the package as `corridor/specs/`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_PACKAGED_SPECS = Path(__file__).parent / "specs"
_CHECKOUT_SPECS = Path(__file__).resolve().parents[2] / "specs"


def specs_dir() -> Path:
    """The directory holding `<provider>.yaml`, `inventory/` and `DISCREPANCIES.md`."""
    return _PACKAGED_SPECS if _PACKAGED_SPECS.is_dir() else _CHECKOUT_SPECS


# libyaml's loader parses the specs about ten times faster than the pure-Python one, same result
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def spec_path(provider: str) -> Path:
    return specs_dir() / f"{provider}.yaml"


@functools.cache
def load_spec(provider: str) -> dict[str, Any]:
    """Parse a provider's spec once per process; callers must not mutate the result."""
    with spec_path(provider).open(encoding="utf-8") as handle:
        document: dict[str, Any] = load_yaml_text(handle)
    return document


def load_yaml_text(text: bytes | str | IO[str]) -> Any:
    """YAML (a spec, most often) parsed the one way corridor parses it."""
    return yaml.load(text, Loader=_LOADER)


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: an HTTP path operation, or a webhook the provider sends."""

    kind: str  # "path" or "webhook"
    key: str  # the URL path, or the webhook's name
    method: str  # lower-case HTTP method
    pointer: str  # JSON pointer of the operation object inside the spec
    definition: dict[str, Any]

    @property
    def operation_id(self) -> str | None:
        value = self.definition.get("operationId")
        return value if isinstance(value, str) else None

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.key}"


def escape_pointer(token: str) -> str:
    """Escape one JSON-pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def iter_operations(spec: Mapping[str, Any]) -> Iterator[Operation]:
    """Every path operation, then every webhook operation, in document order."""
    for kind, section in (("path", "paths"), ("webhook", "webhooks")):
        for key, item in (spec.get(section) or {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    pointer = f"/{section}/{escape_pointer(key)}/{method}"
                    yield Operation(kind, key, method, pointer, item[method])
