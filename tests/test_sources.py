"""`x-docs-source` resolves to the provider's pages through the lock, the lock is current against
the docs snapshot beside the checkout, `corridor sources check` reports a changed snapshot
against the spec elements that cite it, and `corridor sources pull` reads pages served over
loopback, one clear line for each it cannot."""

from __future__ import annotations

import http.server
import json
import re
import shutil
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from corridor import sources
from corridor.cli import main
from corridor.providers import PROVIDERS

PROVIDER_NAMES = [provider.name for provider in PROVIDERS]
# providers whose cited pages resolve to a URL: sFOX's and P100's snapshots record it (`source:`),
# SettleGo's is kept in its lock (`page_urls`); Sentbe's material names no page URL at all
WITH_URLS = {"sfox", "p100", "settlego"}
# P100 pages whose snapshot says the current page was not located and gives no URL at all
P100_WITHOUT_URL = {"user/add-poa-file.md"}


def _snapshot(provider: str) -> Path:
    snapshot = sources.default_snapshot(provider)
    if not snapshot.is_dir():
        pytest.skip(f"no docs snapshot at {snapshot}")
    return snapshot


@pytest.mark.parametrize("provider", PROVIDER_NAMES)
def test_the_lock_is_current_against_the_snapshot(provider: str) -> None:
    assert sources.lock_is_current(provider, _snapshot(provider)), (
        f"specs/sources/{provider}.json is stale: corridor sources check {provider} --update-lock"
    )


@pytest.mark.parametrize("provider", PROVIDER_NAMES)
def test_every_docs_source_resolves(provider: str) -> None:
    _snapshot(provider)
    lock = sources.read_lock(provider)
    for citation in sources.citations(provider):
        page = lock["pages"].get(citation.page)
        assert page is not None, citation
        if citation.heading is not None:
            assert sources._find(page["sections"], citation.heading) is not None, citation
        if provider in WITH_URLS and citation.page not in P100_WITHOUT_URL:
            reference = citation.page + (f"#{citation.heading}" if citation.heading else "")
            url = sources.resolve(provider, reference)
            assert url is not None and url.startswith("https://"), citation


def test_the_lock_holds_no_docs_text() -> None:
    for provider in PROVIDER_NAMES:
        lock = sources.read_lock(provider)
        for page in lock["pages"].values():
            assert set(page) == {"url", "sha256", "read", "cited_by", "sections"}
            for section in page["sections"].values():
                assert set(section) == {"url", "sha256", "read", "cited_by"}


def test_a_settlego_source_names_its_published_page_without_an_anchor() -> None:
    _snapshot("settlego")
    assert (
        sources.resolve("settlego", "settlego/settlego-api.txt#Payment > Create payment")
        == "https://speca.io/SettleGo/settlego-api"
    )
    assert sources.cited_pages("settlego") == {
        "settlego-api.txt": "https://speca.io/SettleGo/settlego-api"
    }


def test_a_source_with_no_known_page_resolves_to_none() -> None:
    _snapshot("sentbe")
    assert sources.resolve("sentbe", "sentbe/api/_create_user.md#create user") is None
    assert sources.resolve("sentbe", "sentbe/api/_no_such_page.md#create user") is None


def test_a_sfox_source_names_its_page() -> None:
    _snapshot("sfox")
    assert (
        sources.resolve("sfox", "sfox/end-users/create-end-user-account.md#Create End User Account")
        == "https://docs.sfox.com/connect/rest-api/end-users/create-end-user-account"
        "#create-end-user-account"
    )


@pytest.fixture
def changed_sfox(tmp_path: Path) -> Path:
    copy = tmp_path / "sfox"
    shutil.copytree(_snapshot("sfox"), copy)
    page = copy / "end-users" / "create-end-user-account.md"
    text = page.read_text(encoding="utf-8")
    text = text.replace(
        "on behalf of an end user (individual or business).",
        "on behalf of an end user (individual, business or trust).",
    )
    text = text.replace('"account_type": "individual",', '"account_type": "robot",', 1)
    text += "\n## Trusts\n\nPOST /v1/enterprise/register-trust creates a trust account.\n"
    page.write_text(text, encoding="utf-8")
    return copy


def test_check_reports_each_change_against_the_citing_operation(changed_sfox: Path) -> None:
    changes = sources.check("sfox", changed_sfox, baseline=_snapshot("sfox"))
    assert {change.page for change in changes} == {"end-users/create-end-user-account.md"}
    assert all(change.cited_by == ["operation createEndUser"] for change in changes)
    by_section = {change.section: change for change in changes}
    assert by_section.keys() == {"Create End User Account", "Body (JSON)", "Trusts"}
    top = by_section["Create End User Account"]
    assert top.kind == "changed"
    assert any("individual, business or trust" in line for line in top.diff)
    assert top.invalid_examples == [] and top.missing_operations == []
    body = by_section["Body (JSON)"]
    assert body.kind == "changed"
    assert any("'robot' is not one of" in line for line in body.invalid_examples)
    added = by_section["Trusts"]
    assert added.kind == "added"
    assert added.missing_operations == ["POST /v1/enterprise/register-trust"]


def test_a_change_under_a_nested_heading_is_reported_once(tmp_path: Path) -> None:
    copy = tmp_path / "sfox"
    shutil.copytree(_snapshot("sfox"), copy)
    page = copy / "transfers" / "create-transfer.md"
    text = page.read_text(encoding="utf-8")
    # "Example request body" sits under "Examples" under "Create Transfer"
    page.write_text(text.replace('"purpose": "GOOD",', '"purpose": "SERVICE",', 1))
    changes = sources.check("sfox", copy, baseline=_snapshot("sfox"))
    assert [(c.kind, c.section) for c in changes] == [("changed", "Example request body")]
    assert changes[0].cited_by == ["operation createTransfer"]
    assert changes[0].diff == ['-"purpose": "GOOD",', '+"purpose": "SERVICE",']


def test_a_field_table_naming_a_field_or_value_the_spec_lacks_is_reported(tmp_path: Path) -> None:
    copy = tmp_path / "sfox"
    shutil.copytree(_snapshot("sfox"), copy)
    page = copy / "transfers" / "create-transfer.md"
    text = page.read_text(encoding="utf-8")
    text = text.replace("| `GOOD`, `SERVICE` |", "| `GOOD`, `SERVICE`, `GIFT` |", 1)
    text = text.replace(
        "| user_id | string | yes |",
        "| memo_code | string | no | — | A new memo. |\n| user_id | string | yes |",
        1,
    )
    page.write_text(text)
    changes = sources.check("sfox", copy, baseline=_snapshot("sfox"))
    assert [(c.kind, c.section) for c in changes] == [("changed", "Body (JSON)")]
    assert changes[0].cited_by == ["operation createTransfer"]
    # only what the change brought: fields the page already listed are not repeated
    assert changes[0].missing_fields == ["value GIFT of purpose", "field memo_code"]


def test_a_field_table_is_judged_against_the_citing_elements_only(tmp_path: Path) -> None:
    copy = tmp_path / "sfox"
    shutil.copytree(_snapshot("sfox"), copy)
    page = copy / "transfers" / "create-transfer.md"
    # `account_role` is a field of createEndUser, not of createTransfer
    text = page.read_text(encoding="utf-8").replace(
        "| user_id | string | yes |",
        "| account_role | string | no | — | Copied. |\n| user_id | string | yes |",
        1,
    )
    page.write_text(text)
    (change,) = sources.check("sfox", copy, baseline=_snapshot("sfox"))
    assert change.missing_fields == ["field account_role"]


def test_check_names_a_page_gone_and_a_page_added(tmp_path: Path) -> None:
    copy = tmp_path / "sfox"
    shutil.copytree(_snapshot("sfox"), copy)
    (copy / "transfers" / "create-transfer.md").unlink()
    (copy / "transfers" / "new-page.md").write_text("# New\n\nDELETE /v1/things/{id}\n")
    changes = {(c.kind, c.page): c for c in sources.check("sfox", copy)}
    assert changes.keys() == {
        ("gone", "transfers/create-transfer.md"),
        ("added", "transfers/new-page.md"),
    }
    assert "operation createTransfer" in changes["gone", "transfers/create-transfer.md"].cited_by
    assert changes["added", "transfers/new-page.md"].missing_operations == [
        "DELETE /v1/things/{id}"
    ]


def test_the_command_exits_1_on_a_change_and_0_without(
    changed_sfox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sources", "check", "sfox", "--snapshot", str(_snapshot("sfox"))]) == 0
    assert capsys.readouterr().out.strip() == "sfox: the snapshot matches the lock"
    assert main(["sources", "check", "sfox", "--snapshot", str(changed_sfox)]) == 1
    out = capsys.readouterr().out
    assert "changed: end-users/create-end-user-account.md#Create End User Account" in out
    assert "operation the spec lacks: POST /v1/enterprise/register-trust" in out


def test_update_lock_rewrites_the_lock(
    changed_sfox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = tmp_path / "sfox.json"
    shutil.copy(sources.lock_path("sfox"), lock)
    monkeypatch.setattr(sources, "lock_path", lambda provider: lock)
    assert main(["sources", "check", "sfox", "--snapshot", str(changed_sfox), "--update-lock"]) == 0
    assert sources.check("sfox", changed_sfox) == []
    written = json.loads(lock.read_text())
    assert "Trusts" in written["pages"]["end-users/create-end-user-account.md"]["sections"]


def test_a_missing_snapshot_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sources", "check", "sfox", "--snapshot", str(tmp_path / "none")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


class _Docs(http.server.BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[str, bytes]]] = {
        "/page.html": (
            "text/html; charset=utf-8",
            b"<html><body><nav>menu</nav><h1>Create User</h1><p>POST <b>/v1/users</b></p>"
            b"<script>x()</script></body></html>",
        ),
        "/page.md": ("text/markdown", b"# Raw\n\nGET /v1/raw\n"),
        "/logo.png": ("image/png", b"\x89PNG\r\n"),
        "/huge.html": ("text/html", b"<p>" + b"x" * 5000 + b"</p>"),
    }

    def do_GET(self) -> None:
        page = self.pages.get(self.path)
        if page is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", page[0])
        self.send_header("Content-Length", str(len(page[1])))
        self.end_headers()
        self.wfile.write(page[1])

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def docs_site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Docs)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_pull_writes_pages_and_gives_one_line_per_page_it_cannot_read(
    docs_site: str, tmp_path: Path
) -> None:
    pages = {
        "a/page.md": f"{docs_site}/page.html",
        "raw.md": f"{docs_site}/page.md",
        "gone.md": f"{docs_site}/missing",
        "logo.md": f"{docs_site}/logo.png",
        "huge.md": f"{docs_site}/huge.html",
        "down.md": f"http://127.0.0.1:{_closed_port()}/page",
    }
    lines: list[str] = []
    failures = sources.pull(pages, tmp_path, delay=0, timeout=5, max_bytes=1000, say=lines.append)
    written = (tmp_path / "a" / "page.md").read_text()
    assert sources.front_matter_source(written) == f"{docs_site}/page.html"
    assert "# Create User" in written and "POST **/v1/users**" in written
    assert "menu" not in written and "x()" not in written
    assert "GET /v1/raw" in (tmp_path / "raw.md").read_text()
    by_page = {line.split(":")[0]: line for line in failures}
    assert by_page.keys() == {"gone.md", "logo.md", "huge.md", "down.md"}
    assert by_page["gone.md"].endswith("HTTP 404")
    assert by_page["logo.md"].endswith("not an HTML page (image/png)")
    assert by_page["huge.md"].endswith("larger than 1000 bytes; not read")
    assert ": unreachable (ConnectError" in by_page["down.md"]
    assert all("\n" not in line and "Traceback" not in line for line in failures)
    assert not (tmp_path / "gone.md").exists()


def test_the_pull_command_exits_3_when_a_page_cannot_be_read(
    docs_site: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(
        sources,
        "cited_pages",
        lambda provider: {"ok.md": f"{docs_site}/page.html", "gone.md": f"{docs_site}/missing"},
    )
    argv = ["sources", "pull", "sfox", "--output", str(tmp_path), "--delay", "0"]
    assert main(argv) == 3
    out = capsys.readouterr().out
    assert f"gone.md: {docs_site}/missing: HTTP 404" in out
    assert "1 of 2 page(s) written" in out
    assert (tmp_path / "ok.md").is_file()


def test_every_cited_page_with_a_url_is_pulled() -> None:
    _snapshot("sfox")
    pages = sources.cited_pages("sfox")
    assert pages["end-users/create-end-user-account.md"] == (
        "https://docs.sfox.com/connect/rest-api/end-users/create-end-user-account"
    )


def test_pull_without_its_extra_is_one_line_and_exit_4(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "markdownify", None)
    assert main(["sources", "pull", "sfox", "--output", str(tmp_path)]) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'corridor[sources]'" in err


_SNAPSHOT_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def _served_as(folder: Path, as_html: bool) -> type[http.server.BaseHTTPRequestHandler]:
    """A docs site over a snapshot folder: each page without the snapshot's own front matter, as
    Markdown or rendered to HTML."""
    from markdown_it import MarkdownIt

    render = MarkdownIt("commonmark").enable("table").render

    class Site(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            page = (folder / self.path.lstrip("/")).resolve()
            if not page.is_relative_to(folder.resolve()) or not page.is_file():
                self.send_error(404)
                return
            text = _SNAPSHOT_FRONT_MATTER.sub("", page.read_text(encoding="utf-8"), count=1)
            kind = "text/markdown; charset=utf-8"
            if as_html:
                text = f"<html><body><nav>Docs</nav><main>{render(text)}</main></body></html>"
                kind = "text/html; charset=utf-8"
            body = text.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Site


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("as_html", [False, True], ids=["markdown", "html"])
def test_changes_pulled_from_a_served_site_are_reported_against_the_citing_elements(
    as_html: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served = tmp_path / "site"
    shutil.copytree(_snapshot("sfox"), served)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _served_as(served, as_html))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        pages = {page: f"{base}/{page}" for page in sources.cited_pages("sfox")}
        assert sources.pull(pages, tmp_path / "before", delay=0, say=lambda line: None) == []
        # the lock as `--update-lock` writes it from the first pull
        monkeypatch.setattr(sources, "lock_path", lambda provider: tmp_path / "sfox.json")
        sources.write_lock("sfox", sources.build_lock("sfox", tmp_path / "before"))
        assert sources.check("sfox", tmp_path / "before") == []

        account = served / "end-users" / "create-end-user-account.md"
        transfer = served / "transfers" / "create-transfer.md"
        _edit(account, "(individual or business)", "(individual, business or trust)")
        _edit(account, "`individual`, `corporation` |", "`individual`, `corporation`, `trust` |")
        _edit(
            account, "| first_name |", "| trust_name | string | no | — | Trust. |\n| first_name |"
        )
        _edit(transfer, '"type": "PAYMENT",', '"type": "REFUND",')
        transfer.write_text(
            transfer.read_text(encoding="utf-8")
            + "\n## Refunds\n\nPOST /v1/enterprise/transfers/{transfer_id}/refund\n",
            encoding="utf-8",
        )
        assert sources.pull(pages, tmp_path / "after", delay=0, say=lambda line: None) == []
    finally:
        server.shutdown()
        server.server_close()

    changes = sources.check("sfox", tmp_path / "after", baseline=tmp_path / "before")
    found = {(c.kind, c.page, c.section): c for c in changes}
    account_page, transfer_page = (
        "end-users/create-end-user-account.md",
        "transfers/create-transfer.md",
    )
    assert found.keys() == {
        ("changed", account_page, "Create End User Account"),
        ("changed", account_page, "Body (JSON)"),
        ("changed", transfer_page, "Example request body"),
        ("added", transfer_page, "Refunds"),
    }
    section = found["changed", account_page, "Create End User Account"]
    assert section.cited_by == ["operation createEndUser"]
    assert any("individual, business or trust" in line for line in section.diff)
    table = found["changed", account_page, "Body (JSON)"]
    assert table.cited_by == ["operation createEndUser"]
    assert table.missing_fields == ["value trust of account_type", "field trust_name"]
    example = found["changed", transfer_page, "Example request body"]
    assert example.cited_by == ["operation createTransfer"]
    assert len(example.invalid_examples) == 1 and "'REFUND'" in example.invalid_examples[0]
    endpoint = found["added", transfer_page, "Refunds"]
    assert endpoint.cited_by == ["operation createTransfer"]
    assert endpoint.missing_operations == ["POST /v1/enterprise/transfers/{transfer_id}/refund"]
    assert all(c.page in {account_page, transfer_page} for c in changes)


def test_a_page_not_utf8_and_an_example_nested_too_deep_are_reported_not_raised(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "sfox"
    shutil.copytree(_snapshot("sfox"), copy)
    (copy / "latin1.md").write_bytes("# Caf\xe9\n\nGET /v1/caf\xe9\n".encode("latin-1"))
    deep = "[" * 100_000 + "]" * 100_000
    _edit(copy / "transfers" / "create-transfer.md", '"rate": 2000 }', f'"rate": {deep} }}')
    changes = sources.check("sfox", copy, baseline=_snapshot("sfox"))
    found = {(c.kind, c.page, c.section): c for c in changes}
    assert ("added", "latin1.md", None) in found
    example = found["changed", "transfers/create-transfer.md", "Example request body"]
    assert example.invalid_examples == ["example 1 is nested too deep to read"]
    assert example.diff[-1].startswith('+"rate": [[[') and len(example.diff[-1]) == 160


@pytest.mark.parametrize("provider", PROVIDER_NAMES)
def test_the_snapshots_field_tables_name_only_what_the_spec_holds(provider: str) -> None:
    """The check's reading of field tables, against the docs the specs were transcribed from:
    booleans are `true` as tables write them, values in parentheses explain another value."""
    from corridor.spec import load_spec

    spec, lock = load_spec(provider), sources.read_lock(provider)
    texts = dict(sources._pages(_snapshot(provider)))
    found = []
    for page, entry in lock["pages"].items():
        own = sources._own_sections(texts[page], list(entry["sections"]))
        for name, section in entry["sections"].items():
            for line in sources._missing_fields(spec, own[name], section["cited_by"]):
                found.append(f"{page}#{name}: {line}")
    # Sentbe's bank list is keyed by bank code; its table calls the keys `data.keys`
    expected = ["api/_bank_info.md#response: field data.keys"] if provider == "sentbe" else []
    assert found == expected
