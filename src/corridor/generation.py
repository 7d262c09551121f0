"""Generating a provider's Python packages from its spec: the one pipeline corridor uses.

  - openapi-python-client    -> <target>/<provider>_client  (attrs + httpx, sync and async;
                                run through corridor.codegen for Decimal amounts, success-only
                                `sync`/`asyncio` and paging iterators)
  - datamodel-code-generator -> <target>/<provider>_models  (pydantic v2)

`scripts/regenerate.py` writes `generated/` with it, and `corridor diff` builds the packages of
two spec versions with it to compare their Python API. The generators are pinned in
pyproject.toml's `generate` extra; the output carries no timestamps, so generating twice gives
no diff.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from corridor.providers import Provider

GENERATORS = ("openapi_python_client", "datamodel_code_generator", "ruff")


class GenerationError(Exception):
    """A generator failed or warned (a warning means pieces of the spec were dropped)."""

    def __init__(self, message: str, output: str) -> None:
        super().__init__(message)
        self.output = output


def missing_generators() -> list[str]:
    """The generator modules that are not installed (`pip install -e ".[generate]"`)."""
    return [name for name in GENERATORS if importlib.util.find_spec(name) is None]


def generate_packages(provider: Provider, spec: Path, target: Path) -> None:
    """Write `provider`'s client and models packages, generated from `spec`, under `target`."""
    generate_client(provider, spec, target / provider.client_package)
    generate_models(provider, spec, target / provider.models_package)


def generate_client(provider: Provider, spec: Path, out_dir: Path) -> None:
    python = sys.executable
    config = out_dir.parent / f"{provider.name}-client-config.yaml"
    config.write_text(
        f"package_name_override: {provider.client_package}\n"
        f"project_name_override: {provider.client_package}\n"
        "literal_enums: false\n"
        "post_hooks:\n"
        f"  - '{python} -P -m ruff check . --fix-only --quiet --no-cache'\n"
        f"  - '{python} -P -m ruff format . --quiet --no-cache'\n",
        encoding="utf-8",
    )
    try:
        _run(
            [
                python,
                "-m",
                # openapi-python-client with corridor's additions (Decimal, paging, templates)
                "corridor.codegen.client_generator",
                "generate",
                "--path",
                str(spec),
                "--meta",
                "none",
                "--output-path",
                str(out_dir),
                "--config",
                str(config),
                "--overwrite",
            ],
            cwd=spec.parent,
        )
    finally:
        config.unlink()
    # PEP 561: without it, mypy treats the package as untyped in users' code.
    (out_dir / "py.typed").write_text("", encoding="utf-8")


def generate_models(provider: Provider, spec: Path, out_dir: Path) -> None:
    out_dir.mkdir(parents=True)
    _run(
        [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input",
            # relative, so the header of the output names the spec file and not where it lives
            spec.name,
            "--input-file-type",
            "openapi",
            "--output",
            str(out_dir / "__init__.py"),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--disable-timestamp",
            "--snake-case-field",
            "--allow-population-by-field-name",
            "--use-annotated",
            "--collapse-root-models",
            "--field-constraints",
            "--use-standard-collections",
            "--use-union-operator",
            "--use-schema-description",
            "--use-field-description",
            "--use-title-as-name",
            "--capitalise-enum-members",
            "--enum-field-as-literal",
            "one",
            "--formatters",
            "ruff-format",
            "ruff-check",
        ],
        cwd=spec.parent,
    )
    (out_dir / "py.typed").write_text("", encoding="utf-8")


def _run(command: list[str], *, cwd: Path) -> None:
    # The generator runs corridor.codegen: the copy of corridor running this, not whichever
    # one the subprocess would find on its own. Relative PYTHONPATH entries would mean other
    # folders under the subprocess's cwd ("." would put the generated types.py before the
    # standard library's), so they are made absolute here.
    entries = [str(Path(__file__).resolve().parents[1])]
    entries += [
        str(Path(entry).resolve())
        for entry in os.environ.get("PYTHONPATH", "").split(os.pathsep)
        if entry
    ]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(entries)}
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    if result.returncode != 0 or "warning" in output.lower():
        raise GenerationError(f"generator failed or warned: {' '.join(command[:4])} ...", output)
