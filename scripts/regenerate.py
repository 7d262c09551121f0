"""Rebuild generated/ (and specs/DISCREPANCIES.md) from specs/.

    python scripts/regenerate.py            # rewrite generated/ from the specs
    python scripts/regenerate.py --check    # exit 1 naming stale files if generated/ is stale

For every provider in corridor.providers.PROVIDERS this runs the pipeline of
corridor.generation (openapi-python-client -> generated/<provider>_client, attrs + httpx;
datamodel-code-generator -> generated/<provider>_models, pydantic v2). Generator versions are
pinned in pyproject.toml's `generate` extra; the output carries no timestamps, so regenerating
twice gives no diff.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from corridor.coverage.discrepancies import render_markdown
from corridor.diff.command import summarise_since
from corridor.generation import GenerationError, generate_client, generate_models
from corridor.providers import PROVIDERS

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated"
DISCREPANCIES = ROOT / "specs" / "DISCREPANCIES.md"


def generate_all(target: Path) -> None:
    """Write every provider's generated packages under `target`.

    The generators are separate processes that each use one core, so all of them run at once."""
    jobs = []
    for provider in PROVIDERS:
        spec = ROOT / "specs" / f"{provider.name}.yaml"
        jobs.append((generate_client, provider, spec, target / provider.client_package))
        jobs.append((generate_models, provider, spec, target / provider.models_package))
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = [pool.submit(*job) for job in jobs]
    for future in futures:
        error = future.exception()
        if isinstance(error, GenerationError):
            sys.stderr.write(error.output)
            raise SystemExit(str(error)) from None
        if error is not None:
            raise error


def stale_files(fresh: Path, current: Path) -> list[str]:
    """Files that differ between two trees, relative to them (missing on either side included)."""
    fresh_files = {p.relative_to(fresh) for p in fresh.rglob("*") if _tracked(p)}
    current_files = {p.relative_to(current) for p in current.rglob("*") if _tracked(p)}
    stale = fresh_files ^ current_files
    for relative in fresh_files & current_files:
        if not filecmp.cmp(fresh / relative, current / relative, shallow=False):
            stale.add(relative)
    return sorted(str(path) for path in stale)


def _tracked(path: Path) -> bool:
    return path.is_file() and "__pycache__" not in path.parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report files that are stale")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "generated"
        fresh.mkdir()
        generate_all(fresh)
        discrepancies = render_markdown()
        if args.check:
            stale = [f"generated/{name}" for name in stale_files(fresh, GENERATED)]
            if not DISCREPANCIES.is_file() or DISCREPANCIES.read_text("utf-8") != discrepancies:
                stale.append("specs/DISCREPANCIES.md")
            if stale:
                print("generated files are stale; run `python scripts/regenerate.py`:")
                print("\n".join(f"  {name}" for name in stale))
                return 1
            print("generated/ and specs/DISCREPANCIES.md match specs/")
            return 0
        shutil.rmtree(GENERATED, ignore_errors=True)
        shutil.copytree(fresh, GENERATED)
        DISCREPANCIES.write_text(discrepancies, encoding="utf-8")
    print(f"regenerated {len(PROVIDERS)} provider(s) into generated/")
    print("spec changes since HEAD (corridor diff PROVIDER --since HEAD for the full report):")
    for provider in PROVIDERS:
        print("\n".join(f"  {line}" for line in summarise_since(provider.name, "HEAD")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
