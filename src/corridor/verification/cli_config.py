"""A Schemathesis CLI configuration that checks a served simulator the way `corridor verify` does.

    corridor simulate PROVIDER --port 8080 &
    corridor schemathesis-config PROVIDER > schemathesis.toml
    export PROVIDER_API_KEY=...   # the variables `corridor verify --base-url` reads
    st --config-file schemathesis.toml run specs/PROVIDER.yaml --url http://127.0.0.1:8080

Run bare, `st run` counts every documented business refusal of a schema-valid request (a 422
for a transfer that does not exist, a 400 for an unknown user) as a rejected valid request,
and knows no credentials. This writes what `corridor verify` gives Schemathesis: an `[auth]`
table, and per operation the statuses its docs refuse schema-valid requests with. The table
names the credentials as `${VARIABLE}` placeholders, which Schemathesis fills in from the
environment when it reads the file: the file holds no secret, so it can be printed, kept and
shared, and serves a sandbox as well as a simulator. Everything else (checks, phases, data
generation) is left at the CLI's defaults, so the run is at least as strict as `st run` alone.
"""

from __future__ import annotations

from typing import Any

import tomli_w

from corridor.providers import get_provider
from corridor.verification.run import accepted_statuses, with_refusals


class NoCliAuthError(Exception):
    """The provider's requests cannot be authenticated by the Schemathesis CLI on its own."""


def schemathesis_toml(provider: str) -> str:
    """The configuration for `provider`'s simulator, as TOML text."""
    registered = get_provider(provider)
    harness = registered.harness()
    if harness.cli_auth is None:
        raise NoCliAuthError(
            f"{provider} signs every request (its harness has a signer), which the Schemathesis "
            "CLI cannot do from a configuration file; run `corridor verify` instead"
        )
    header = [
        f"# Schemathesis CLI configuration for corridor's {provider} simulator",
        f"# (written by `corridor schemathesis-config {provider}`).",
        f"#   st --config-file THIS_FILE run specs/{provider}.yaml --url SIMULATOR_URL",
        "# It reads the credentials from the environment, as `corridor verify --base-url` does:",
        "#   export " + " ".join(f"{name}=..." for name in registered.credentials),
        "# (a served simulator's defaults are in the README and docs/simulators/)",
        "",
    ]
    document: dict[str, Any] = {
        "auth": harness.cli_auth({name: f"${{{name}}}" for name in registered.credentials}),
    }
    operations = with_refusals([], harness.refusals, accepted_statuses())
    if operations:
        document["operations"] = operations
    return "\n".join(header) + "\n" + tomli_w.dumps(document)
