"""A Schemathesis CLI configuration that checks a served simulator the way `corridor verify` does.

    corridor simulate PROVIDER --port 8080 &
    corridor schemathesis-config PROVIDER > schemathesis.toml
    st --config-file schemathesis.toml run specs/PROVIDER.yaml --url http://127.0.0.1:8080

Run bare, `st run` counts every documented business refusal of a schema-valid request (a 422
for a transfer that does not exist, a 400 for an unknown user) as a rejected valid request,
and knows no credentials. This writes what `corridor verify` gives Schemathesis: the simulator's
default credentials in an `[auth]` table, and per operation the statuses its docs refuse
schema-valid requests with. Everything else (checks, phases, data generation) is left at the
CLI's defaults, so the run is at least as strict as `st run` on its own.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from schemathesis.config import ChecksConfig

from corridor.providers import get_provider


class NoCliAuthError(Exception):
    """The provider's requests cannot be authenticated by the Schemathesis CLI on its own."""


def schemathesis_toml(provider: str) -> str:
    """The configuration for `provider`'s simulator, as TOML text."""
    harness = get_provider(provider).simulator().harness
    if harness.cli_auth is None:
        raise NoCliAuthError(
            f"{provider} signs every request (its harness has a signer), which the Schemathesis "
            "CLI cannot do from a configuration file; run `corridor verify` instead"
        )
    accepted = [*ChecksConfig().positive_data_acceptance.expected_statuses]
    lines = [
        f"# Schemathesis CLI configuration for corridor's {provider} simulator",
        f"# (written by `corridor schemathesis-config {provider}`).",
        f"#   st --config-file THIS_FILE run specs/{provider}.yaml --url SIMULATOR_URL",
        "",
    ]
    for path, table in _tables("auth", harness.cli_auth(harness.credentials)):
        lines += [f"[{path}]", *(f"{_key(k)} = {_value(v)}" for k, v in table.items()), ""]
    for operation_id, statuses in sorted(harness.refusals.items()):
        expected = [*accepted, *(str(status) for status in sorted(statuses))]
        lines += [
            "[[operations]]",
            f"include-operation-id = {_value(operation_id)}",
            f"checks.positive_data_acceptance.expected-statuses = {_value(expected)}",
            "",
        ]
    return "\n".join(lines)


def _tables(path: str, table: Mapping[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """`table` as TOML tables: one per level that holds plain values, nested ones after."""
    plain = {key: value for key, value in table.items() if not _is_table(value)}
    found = [(path, plain)] if plain else []
    for key, value in table.items():
        if _is_table(value):
            found += _tables(f"{path}.{_key(key)}", value)
    return found


def _is_table(value: Any) -> bool:
    # a mapping of mappings is a table; a mapping of values (a JSON payload) is written inline
    return isinstance(value, Mapping) and any(isinstance(v, Mapping) for v in value.values())


def _key(key: str) -> str:
    bare = key.replace("-", "").replace("_", "").isalnum() and key.isascii()
    return key if bare else json.dumps(key)


def _value(value: Any) -> str:
    """A TOML value: a JSON string, number or array of them is one; a mapping goes inline."""
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, bool | int | str):
        return json.dumps(value)
    raise TypeError(f"no TOML form for {type(value).__name__}")
