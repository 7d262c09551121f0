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
from corridor.coverage.report import ProviderReport, build_report
from corridor.providers import PROVIDERS, get_provider
from corridor.spec import iter_operations, load_spec


@dataclass(frozen=True)
class Page:
    provider: str
    title: str
    path: Path
    operations: int
    discrepancies: int
    spec_title: str
    spec_version: str
    coverage: ProviderReport  # as `corridor report` counts it
    sources_cited: int  # operations and webhooks naming the docs page they come from
    sources_linked: int  # of those, how many link to the provider's page


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
    source_of = linker(name)
    annotated = scratch / f"{name}.json"
    annotated.write_text(json.dumps(annotate(spec, source_of), ensure_ascii=False), "utf-8")
    page = output / f"{name}.html"
    try:
        build_docs(annotated, page, reference_title(provider.title))
    except RenderError as error:
        raise CommandError(f"Redocly could not render {name}'s spec: {error}") from error
    cited = [
        op.definition["x-docs-source"]
        for op in iter_operations(spec)
        if isinstance(op.definition.get("x-docs-source"), str)
    ]
    info = spec.get("info") or {}
    return Page(
        name,
        provider.title,
        page,
        operations=sum(1 for _ in iter_operations(spec)),
        discrepancies=sum(1 for _ in notes(spec)),
        spec_title=str(info.get("title", provider.title)),
        spec_version=str(info.get("version", "")),
        coverage=build_report(provider),
        sources_cited=len(cited),
        sources_linked=sum(1 for reference in cited if source_of(reference).url),
    )


def reference_title(title: str) -> str:
    """`SettleGo API` -> `SettleGo API reference`, `Sentbe` -> `Sentbe API reference`."""
    return f"{title} reference" if title.endswith("API") else f"{title} API reference"


def index_page(pages: Sequence[Page]) -> str:
    """The index: per provider, its spec and how much of its docs the spec covers, as cards that
    stack on a phone. Self-contained, like the pages: its style is inline."""
    cards = "\n".join(_card(page) for page in pages)
    return _INDEX.replace("{cards}", cards)


def _card(page: Page) -> str:
    r = page.coverage
    figures = [
        (
            "operations",
            "Operations transcribed",
            _of(r.operations_specified, r.operations_documented),
            _lacking(r.operations_lacking_details),
        ),
        (
            "webhooks",
            "Webhooks transcribed",
            _of(r.webhooks_specified, r.webhooks_documented),
            _lacking(r.webhooks_lacking_details),
        ),
        (
            "examples",
            "Docs examples valid",
            _of(r.examples_checked - r.examples_invalid, r.examples_checked),
            "",
        ),
        ("discrepancies", "Docs discrepancies", str(r.discrepancies), "recorded in the spec"),
        (
            "sources",
            "Docs pages linked",
            _of(page.sources_linked, page.sources_cited),
            "operations and webhooks",
        ),
    ]
    rows = "\n".join(
        f'        <div class="figure" data-figure="{key}"><dt>{html.escape(label)}</dt>'
        f"<dd><strong>{html.escape(value)}</strong>"
        + (f" <span>{html.escape(note)}</span>" if note else "")
        + "</dd></div>"
        for key, label, value, note in figures
    )
    version = f" · version {page.spec_version}" if page.spec_version else ""
    inventory = (
        ""
        if r.inventory_matches
        else (
            '\n      <p class="warning">The docs inventory and the spec differ: '
            "run <code>corridor report</code>.</p>"
        )
    )
    return f"""    <article class="provider" data-provider="{html.escape(page.provider)}">
      <h2><a href="{html.escape(page.path.name)}">{html.escape(page.title)}</a></h2>
      <p class="spec">{html.escape(page.spec_title)}{html.escape(version)}</p>
      <dl>
{rows}
      </dl>{inventory}
      <p><a class="open" href="{html.escape(page.path.name)}">Open the reference</a></p>
    </article>"""


def _of(done: int, total: int) -> str:
    return f"{done} of {total}" if total else "none"


def _lacking(count: int) -> str:
    # the docs name them without their wire details, so the spec cannot hold them
    return f"documented; {count} lack wire details" if count else "documented"


_INDEX = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>corridor API references</title>
  <style>
    :root { color-scheme: light; --ink: #1c2330; --muted: #5a6474; --line: #d9dee7;
      --accent: #1f5fbf; --paper: #f6f7f9; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      color: var(--ink); background: var(--paper); }
    main { max-width: 72rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .5rem; }
    .lead { color: var(--muted); max-width: 46rem; margin: 0 0 2rem; }
    .providers { display: grid; gap: 1.25rem;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); }
    .provider { background: #fff; border: 1px solid var(--line); border-radius: .6rem;
      padding: 1.25rem 1.25rem 1rem; overflow-wrap: break-word; }
    .provider h2 { font-size: 1.3rem; margin: 0; }
    .provider h2 a { color: var(--ink); text-decoration: none; }
    .provider h2 a:hover { color: var(--accent); }
    .spec { color: var(--muted); margin: .2rem 0 1rem; font-size: .95rem; }
    dl { margin: 0; }
    .figure { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem;
      padding: .45rem 0; border-top: 1px solid var(--line); }
    dt { color: var(--muted); }
    dd { margin: 0; text-align: right; }
    dd span { display: block; color: var(--muted); font-size: .8rem; }
    .warning { color: #9a3412; font-size: .9rem; }
    .open { display: inline-block; margin-top: .75rem; padding: .45rem .9rem;
      border-radius: .4rem; background: var(--accent); color: #fff; text-decoration: none; }
    .open:hover { background: #174a96; }
  </style>
</head>
<body>
  <main>
    <h1>corridor API references</h1>
    <p class="lead">One page per provider, rendered from its spec. Each operation links to the
    provider's docs page it was transcribed from and counts the discrepancies recorded where
    those docs contradict themselves or say nothing; the counts below are those of
    <code>corridor report</code>.</p>
    <section class="providers">
{cards}
    </section>
  </main>
</body>
</html>
"""
