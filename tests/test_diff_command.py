"""`corridor diff` on the command line: outputs, exit codes, git refs, and the sFOX example."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

import corridor.diff.command
from corridor.cli import main
from corridor.diff.command import summarise_since
from corridor.spec import spec_path

ROOT = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["diff", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


# ---------------------------------------------------------------- the sFOX example


@pytest.fixture(scope="module")
def sfox_edited(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """sFOX's spec with CreateTransferRequest.description renamed memo and PAYOUT removed."""
    spec: dict[str, Any] = yaml.safe_load(spec_path("sfox").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    schemas["TransferType"]["enum"].remove("PAYOUT")
    request = schemas["CreateTransferRequest"]
    request["properties"] = {
        ("memo" if name == "description" else name): value
        for name, value in request["properties"].items()
    }
    request["required"] = [
        "memo" if name == "description" else name for name in request["required"]
    ]
    edited = tmp_path_factory.mktemp("sfox") / "sfox.yaml"
    edited.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return edited


SFOX_SPEC_CHANGES = [
    {
        "rule": "request-field-renamed",
        "severity": "breaking",
        "location": "schema CreateTransferRequest: description",
        "message": "field renamed to memo",
        "used_by": [
            "sfox_models.CreateTransferRequest",
            "sfox_client.api.transfers.create_transfer",
        ],
    },
    {
        "rule": "request-enum-value-removed",
        "severity": "breaking",
        "location": "schema TransferType",
        "message": 'enum value "PAYOUT" removed',
        "used_by": [
            "sfox_models.TransferType",
            "sfox_client.api.transfers.confirm_transfer",
            "sfox_client.api.transfers.create_transfer",
            "sfox_client.api.transfers.list_transfers",
        ],
    },
]

SFOX_PYTHON_CHANGES = {
    ("breaking", "python-field-renamed", "sfox_models.CreateTransferRequest.description"),
    # the client's copy of the enum keeps its class, so it is listed on its own
    ("breaking", "python-object-removed", "sfox_client.models.transfer_type.TransferType.PAYOUT"),
    # datamodel-code-generator writes a one-value enum as a Literal, so the enum class goes
    ("breaking", "python-object-removed", "sfox_models.TransferType"),
    ("breaking", "python-attribute-type-changed", "sfox_models.CreateTransferRequest.type"),
    ("breaking", "python-attribute-type-changed", "sfox_models.Transfer.type"),
    ("breaking", "python-attribute-type-changed", "sfox_models.TransferHistoryFilter.type"),
}  # fmt: skip


def test_sfox_example_reports_the_renamed_field_and_the_removed_enum_value(
    capsys: pytest.CaptureFixture[str], sfox_edited: Path
) -> None:
    code, out, err = run(capsys, str(spec_path("sfox")), str(sfox_edited), "--format", "json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    spec_changes = [
        {key: change[key] for key in ("rule", "severity", "location", "message", "used_by")}
        for change in report["changes"]
        if change["source"] == "spec"
    ]
    assert spec_changes == SFOX_SPEC_CHANGES
    python_changes = {
        (change["severity"], change["rule"], change["location"])
        for change in report["changes"]
        if change["source"] == "python"
    }
    assert python_changes == SFOX_PYTHON_CHANGES
    assert report["summary"] == {
        "breaking": 8,
        "compatible": 0,
        "informational": 0,
        "bump": "major",
    }
    assert report["python_compared"] is True


def test_table_lists_every_change_and_the_bump(
    capsys: pytest.CaptureFixture[str], sfox_edited: Path
) -> None:
    code, out, _ = run(capsys, str(spec_path("sfox")), str(sfox_edited), "--no-python")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"corridor diff: {spec_path('sfox')} -> {sfox_edited}"
    rows = [line for line in lines if line.startswith("│")]
    cells = [[cell.strip() for cell in row.strip("│").split("│")] for row in rows]
    # a wrapped cell continues on rows with an empty severity; the rule is under the location
    assert [row[:2] for row in cells if row[0]] == [
        ["breaking", "schema CreateTransferRequest:"],
        ["breaking", "schema TransferType"],
    ]
    assert [row[1] for row in cells if row[1].startswith("request-")] == [
        "request-field-renamed",
        "request-enum-value-removed",
    ]
    assert lines[-1] == (
        "2 breaking, 0 compatible; suggested version bump: major (Python API not compared)"
    )
    assert max(len(line) for line in lines) <= 100


def test_markdown_leads_with_the_bump_and_lists_breaking_changes_first(
    capsys: pytest.CaptureFixture[str], sfox_edited: Path
) -> None:
    code, out, _ = run(
        capsys, str(spec_path("sfox")), str(sfox_edited), "--format", "markdown", "--no-python"
    )
    assert code == 0
    assert out.splitlines()[2] == (
        "**Suggested version bump: major**: 2 breaking, 0 compatible (Python API not compared)"
    )
    assert "#### Breaking changes (2)" in out.splitlines()
    assert (
        '- `schema TransferType`: enum value "PAYOUT" removed <sub>request-enum-value-removed</sub>'
        "<br>used by `sfox_models.TransferType`, `sfox_client.api.transfers.confirm_transfer`, "
        "`sfox_client.api.transfers.create_transfer`, `sfox_client.api.transfers.list_transfers`"
    ) in out.splitlines()


def test_fail_on_breaking_exits_1_only_when_something_breaks(
    capsys: pytest.CaptureFixture[str], sfox_edited: Path, tmp_path: Path
) -> None:
    old = str(spec_path("sfox"))
    assert run(capsys, old, str(sfox_edited), "--no-python", "--fail-on", "breaking")[0] == 1
    assert run(capsys, old, str(sfox_edited), "--no-python")[0] == 0

    spec = yaml.safe_load(spec_path("sfox").read_text(encoding="utf-8"))
    spec["servers"].append({"url": "https://eu.sfox.example"})
    compatible = tmp_path / "sfox.yaml"
    compatible.write_text(yaml.safe_dump(spec), encoding="utf-8")
    code, out, _ = run(capsys, old, str(compatible), "--no-python", "--fail-on", "breaking")
    assert code == 0
    assert "server-added" in out


# ---------------------------------------------------------------- --since GIT_REF


def test_unchanged_provider_since_head_prints_no_changes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = spec_path("settlego")
    if git(ROOT, "status", "--porcelain", "--", str(spec)).strip():
        pytest.skip("specs/settlego.yaml has uncommitted edits in this checkout")
    code, out, err = run(capsys, "settlego", "--since", "HEAD")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "no changes"
    assert summarise_since("settlego", "HEAD") == ["settlego: no changes"]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository whose specs/settlego.yaml is the real one, committed."""
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "settlego.yaml").write_bytes(spec_path("settlego").read_bytes())
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "spec")
    monkeypatch.setattr(
        corridor.diff.command, "spec_path", lambda name: tmp_path / "specs" / f"{name}.yaml"
    )
    return tmp_path


def test_new_required_request_field_since_head_is_breaking(
    capsys: pytest.CaptureFixture[str], repo: Path
) -> None:
    spec_file = repo / "specs" / "settlego.yaml"
    spec = yaml.safe_load(spec_file.read_text(encoding="utf-8"))
    request = spec["components"]["schemas"]["CreatePaymentRequest"]
    request["properties"]["purposeCode"] = {"type": "string"}
    request["required"].append("purposeCode")
    spec_file.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")

    code, out, _ = run(capsys, "settlego", "--since", "HEAD", "--no-python", "--format", "json")
    assert code == 0
    report = json.loads(out)
    assert report["old"] == "specs/settlego.yaml at HEAD"
    assert [(c["rule"], c["severity"], c["location"]) for c in report["changes"]] == [
        ("request-field-added-required", "breaking", "schema CreatePaymentRequest: purposeCode")
    ]
    assert (
        run(capsys, "settlego", "--since", "HEAD", "--no-python", "--fail-on", "breaking")[0] == 1
    )
    assert summarise_since("settlego", "HEAD") == [
        "settlego: 1 breaking, 0 compatible; suggested version bump: major",
        "  breaking   request-field-added-required  schema CreatePaymentRequest: purposeCode: "
        "required field added (used by settlego_models.CreatePaymentRequest, "
        "settlego_client.api.payments.create_payment)",
    ]


def test_files_a_spec_references_are_read_at_the_ref_too(
    capsys: pytest.CaptureFixture[str], repo: Path
) -> None:
    parts = repo / "specs" / "_parts"
    parts.mkdir()
    (parts / "schemas.yaml").write_text(
        "Fee:\n  type: object\n  properties:\n    amount: {type: number}\n"
        "    currency: {$ref: '#/Currency'}\n"
        "Currency: {type: string, enum: [GBP, EUR]}\n",
        encoding="utf-8",
    )
    spec_file = repo / "specs" / "settlego.yaml"
    spec = yaml.safe_load(spec_file.read_text(encoding="utf-8"))
    spec["components"]["schemas"]["Payment"]["properties"]["fee"] = {
        "$ref": "_parts/schemas.yaml#/Fee"
    }
    spec_file.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "split")
    assert run(capsys, "settlego", "--since", "HEAD", "--no-python")[1].splitlines()[-1] == (
        "no changes"
    )

    (parts / "schemas.yaml").write_text(
        "Fee:\n  type: object\n  properties:\n    currency: {$ref: '#/Currency'}\n"
        "Currency: {type: string, enum: [GBP, EUR, USD]}\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "settlego", "--since", "HEAD", "--no-python", "--format", "json")
    assert code == 0
    changes = {(c["rule"], c["location"]) for c in json.loads(out)["changes"]}
    assert changes == {
        ("response-field-removed", "schema Payment: fee.amount"),
        ("response-enum-value-added", "schema Payment: fee.currency"),
    }


# ---------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nowhere", "--since", "HEAD"], "unknown provider 'nowhere'; known providers: "),
        (["settlego", "--since", "no-such-ref"], "not a git commit: 'no-such-ref'"),
        (["missing.yaml", "other.yaml"], "no such spec file: missing.yaml"),
        (["settlego"], "give two spec files (OLD NEW), or a provider and --since GIT_REF"),
        (["settlego", "x.yaml", "--since", "HEAD"], "--since compares a provider's spec"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert err.startswith(f"corridor diff: {message}")
    assert len(err.splitlines()) == 1


def test_a_file_that_is_not_a_spec_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "other.yaml"
    other.write_text("paths: []\n", encoding="utf-8")
    code, _, err = run(capsys, str(spec_path("sfox")), str(other), "--no-python")
    assert code == 2
    assert err.startswith("corridor diff: ") and "is not an OpenAPI document" in err


def test_missing_extras_are_named_with_the_install_command(
    capsys: pytest.CaptureFixture[str], sfox_edited: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        corridor.diff.command, "missing_generators", lambda: ["openapi_python_client"]
    )
    code, out, err = run(capsys, str(spec_path("sfox")), str(sfox_edited))
    assert (code, out) == (2, "")
    assert err == (
        "corridor diff: comparing the Python API needs openapi_python_client: "
        'pip install -e ".[diff]" (or pass --no-python to compare the specs only)\n'
    )
    assert run(capsys, str(spec_path("sfox")), str(sfox_edited), "--no-python")[0] == 0


# ---------------------------------------------------------------- a realistic change to SettleGo


@pytest.fixture(scope="module")
def settlego_report(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A new required field, an enum value removed, a field renamed in three schemas (a request,
    a response and a webhook payload), and a webhook payload field's type changed."""
    from corridor.diff.command import compare, files

    spec: dict[str, Any] = yaml.safe_load(spec_path("settlego").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    for name in ("CreatePaymentRequest", "Payment", "PaymentWebhookPayload"):
        schema = schemas[name]
        schema["properties"] = {
            ("endToEndReference" if field == "paymentReference" else field): value
            for field, value in schema["properties"].items()
        }
        if "required" in schema:
            schema["required"] = [
                "endToEndReference" if field == "paymentReference" else field
                for field in schema["required"]
            ]
    schemas["CreatePaymentRequest"]["properties"]["purposeCode"] = {"type": "string"}
    schemas["CreatePaymentRequest"]["required"].append("purposeCode")
    schemas["PaymentType"]["enum"].remove("chaps")
    schemas["PaymentWebhookPayload"]["properties"]["totalFees"] = {"type": "string"}
    folder = tmp_path_factory.mktemp("settlego")
    edited = folder / "settlego.yaml"
    edited.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return compare(files(str(spec_path("settlego")), str(edited)), python=True)


def test_the_realistic_change_lists_each_change_once(settlego_report: Any) -> None:
    changes = settlego_report.changes
    keys = [(change.source, change.location, change.message) for change in changes]
    assert len(keys) == len(set(keys))
    spec = {(c.rule, c.location, c.message) for c in changes if c.source == "spec"}
    assert spec == {
        ("request-field-renamed", "schema CreatePaymentRequest: paymentReference",
         "field renamed to endToEndReference"),
        ("request-field-added-required", "schema CreatePaymentRequest: purposeCode",
         "required field added"),
        ("response-field-renamed", "schema Payment: paymentReference",
         "field renamed to endToEndReference"),
        ("request-enum-value-removed", "schema PaymentType", 'enum value "chaps" removed'),
        # the webhook payload, in the spec section too
        ("response-field-renamed", "schema PaymentWebhookPayload: paymentReference",
         "field renamed to endToEndReference"),
        ("response-type-changed", "schema PaymentWebhookPayload: totalFees",
         "type number -> string, format decimal removed"),
    }  # fmt: skip
    python = {(c.rule, c.location) for c in changes if c.source == "python"}
    renamed = {location for rule, location in python if rule == "python-field-renamed"}
    assert renamed == {
        "settlego_models.CreatePaymentRequest.payment_reference",
        "settlego_models.Payment.payment_reference",
        "settlego_models.PaymentWebhookPayload.payment_reference",
    }
    assert not any("payment_reference" in location or "end_to_end" in location
                   for rule, location in python if rule != "python-field-renamed")  # fmt: skip
    assert settlego_report.bump == "major"


def test_used_by_names_the_functions_and_models_a_user_imports(settlego_report: Any) -> None:
    by_location = {c.location: c for c in settlego_report.changes if c.source == "spec"}
    assert by_location["schema Payment: paymentReference"].used_by == (
        "settlego_models.Payment",
        "settlego_client.api.payments.create_payment",
    )
    webhook = by_location["schema PaymentWebhookPayload: totalFees"].used_by
    assert webhook[0] == "settlego_models.PaymentWebhookPayload"
    assert "settlego_models.PaymentCreatedEvent" in webhook
    enum = by_location["schema PaymentType"].used_by
    assert "settlego_client.api.payments.create_payment" in enum
    assert "settlego_client.api.beneficiaries.create_beneficiary" in enum


def test_the_table_fits_100_columns(settlego_report: Any) -> None:
    import io

    from rich.console import Console

    from corridor.diff.command import _width
    from corridor.diff.render import print_table

    out = io.StringIO()
    print_table(settlego_report, Console(file=out, width=_width(out), soft_wrap=False))
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 100
    assert "Spec" in lines and "Generated Python API" in lines
    assert sum("PaymentWebhookPayload" in line for line in lines) >= 2


def test_the_markdown_leads_with_the_bump_and_groups_the_changes(settlego_report: Any) -> None:
    from corridor.diff.render import render_markdown

    markdown = render_markdown(settlego_report)
    lines = markdown.splitlines()
    assert lines[0].startswith("### corridor diff: `")
    assert lines[2].startswith("**Suggested version bump: major**: ")
    headings = [line for line in lines if line.startswith("#### ")]
    assert headings[0].startswith("#### Breaking changes (")
    assert all("Breaking" not in heading for heading in headings[1:])
    assert lines.index("**Spec**") < lines.index("**Generated Python API**")
    assert (
        "- `schema Payment: paymentReference`: field renamed to endToEndReference "
        "<sub>response-field-renamed</sub><br>used by `settlego_models.Payment`, "
        "`settlego_client.api.payments.create_payment`"
    ) in lines
    assert sum("renamed to endToEndReference" in line for line in lines) == 3


def test_python_names_follow_the_generator() -> None:
    from corridor.diff.names import snake

    assert snake("createPayment") == "create_payment"
    assert snake("Reference Data") == "reference_data"
    assert snake("Pay-ins") == "pay_ins"
    assert snake("endToEndReference") == "end_to_end_reference"


def test_a_change_only_the_clients_copy_of_a_model_has_is_kept() -> None:
    from corridor.diff.changes import Change
    from corridor.diff.names import one_package
    from corridor.providers import get_provider

    def python(location: str) -> Change:
        return Change("python-object-removed", "breaking", location, "gone", source="python")

    both = python("sfox_models.TransferType.PAYOUT")
    copy = python("sfox_client.models.transfer_type.TransferType.PAYOUT")
    only_client = python("sfox_client.models.transfer.Transfer.fee")
    kept = one_package([both, copy, only_client], get_provider("sfox"))
    assert kept == [both, only_client]


def test_markdown_says_when_nothing_changed(capsys: pytest.CaptureFixture[str]) -> None:
    spec = str(spec_path("sfox"))
    code, out, _ = run(capsys, spec, spec, "--format", "markdown", "--no-python")
    assert code == 0
    assert out.splitlines()[2] == "**No changes.**"
