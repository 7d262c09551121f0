"""`x-docs-source` resolves to the provider's pages through the lock, the lock is current against
the docs snapshot beside the checkout, and `corridor sources check` reports a changed snapshot
against the spec elements that cite it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from corridor import sources
from corridor.cli import main
from corridor.providers import PROVIDERS

PROVIDER_NAMES = [provider.name for provider in PROVIDERS]
# snapshots whose pages record the URL they were read from (`source:`); SettleGo's and Sentbe's
# snapshots record none, so their lock entries resolve to a page and heading without a URL
WITH_URLS = {"sfox", "p100"}
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
    top = next(c for c in changes if c.section == "Create End User Account")
    assert top.kind == "changed"
    assert any("individual, business or trust" in line for line in top.diff)
    assert any("'robot' is not one of" in line for line in top.invalid_examples)
    assert top.missing_operations == ["POST /v1/enterprise/register-trust"]
    added = next(c for c in changes if c.section == "Trusts")
    assert added.kind == "added"
    assert added.missing_operations == ["POST /v1/enterprise/register-trust"]


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
