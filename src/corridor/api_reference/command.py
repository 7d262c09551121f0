"""Writing the reference: one self-contained HTML page per provider, and an index."""

from __future__ import annotations

import html
import json
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from corridor.api_reference.annotate import annotate, notes
from corridor.api_reference.links import linker
from corridor.api_reference.redocly import RenderError, build_docs
from corridor.command_errors import CommandError
from corridor.providers import PROVIDERS, get_provider
from corridor.spec import iter_operations, load_spec


@dataclass(frozen=True)
class Page:
    provider: str
    title: str
    path: Path
    operations: int
    discrepancies: int


def render_references(
    providers: Sequence[str] | None,
    output: Path,
    on_page: Callable[[Page], None] = lambda page: None,
) -> list[Page]:
    """Render the reference of each provider (default: all) into `output`; return the pages."""
    names = list(providers or [p.name for p in PROVIDERS])
    for name in names:
        try:
            get_provider(name)
        except KeyError as error:
            raise CommandError(error.args[0]) from error
    if output.exists() and not output.is_dir():
        raise CommandError(f"--output {output} exists and is not a directory")
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CommandError(f"--output {output}: {error.strerror or error}") from error
    pages = []
    with tempfile.TemporaryDirectory(prefix="corridor-docs-") as scratch:
        for name in names:
            page = _render(name, output, Path(scratch))
            on_page(page)
            pages.append(page)
    (output / "index.html").write_text(index_page(pages), encoding="utf-8")
    return pages


def _render(name: str, output: Path, scratch: Path) -> Page:
    provider = get_provider(name)
    spec = load_spec(name)
    annotated = scratch / f"{name}.json"
    annotated.write_text(json.dumps(annotate(spec, linker(name)), ensure_ascii=False), encoding="utf-8")
    page = output / f"{name}.html"
    try:
        build_docs(annotated, page, f"{provider.title} API reference")
    except RenderError as error:
        raise CommandError(f"Redocly could not render {name}'s spec: {error}") from error
    return Page(
        name,
        provider.title,
        page,
        operations=sum(1 for _ in iter_operations(spec)),
        discrepancies=sum(1 for _ in notes(spec)),
    )


def index_page(pages: Sequence[Page]) -> str:
    rows = "\n".join(
        f'    <li><a href="{html.escape(page.path.name)}">{html.escape(page.title)}</a>: '
        f"{page.operations} operations and webhooks, {page.discrepancies} docs discrepancies"
        "</li>"
        for page in pages
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>corridor API references</title>
</head>
<body>
  <h1>corridor API references</h1>
  <p>One page per provider, rendered from its spec. Each operation names the docs page it was
  transcribed from and the discrepancies recorded where those docs contradict themselves.</p>
  <ul>
{rows}
  </ul>
</body>
</html>
"""
