"""Types reach users: downstream code type-checks under `mypy --strict` against corridor as
installed, with no isinstance check after a call.

mypy runs in a fresh process with the packages on its Python path the way an installation
puts them, so it reads them as installed packages: without `py.typed` it would refuse them as
untyped (`import-untyped`). The same program with a mistake in it must fail, which shows the
check is real.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import p100_client
import p100_models
import sentbe_client
import sentbe_models
import settlego_client
import settlego_models
import sfox_client
import sfox_models

import corridor

PROGRAM = Path(__file__).parent / "downstream" / "ten_lines.py"
# what each facade's answers are, as assert_type checks (one facade shape, issue 25)
TYPED_ANSWERS = Path(__file__).parent / "downstream" / "typed_answers.py"
PACKAGES = [
    corridor,
    settlego_client,
    settlego_models,
    sfox_client,
    sfox_models,
    p100_client,
    p100_models,
    sentbe_client,
    sentbe_models,
]


def mypy_strict(sources: list[Path], workdir: Path) -> subprocess.CompletedProcess[str]:
    roots = sorted({str(Path(package.__file__ or "").resolve().parents[1]) for package in PACKAGES})
    env = {key: value for key, value in os.environ.items() if key != "MYPYPATH"}
    env["PYTHONPATH"] = os.pathsep.join(roots)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(workdir / "cache"),
            *(source.name for source in sources),
        ],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_every_package_ships_py_typed() -> None:
    for package in PACKAGES:
        assert (Path(package.__file__ or "").parent / "py.typed").is_file(), package.__name__


def test_the_ten_line_programs_type_check_strictly_and_a_mistake_does_not(tmp_path: Path) -> None:
    good = tmp_path / "good.py"
    good.write_text(PROGRAM.read_text(encoding="utf-8"), encoding="utf-8")
    # A caller treating the created payment as something else: mypy must see it.
    bad = tmp_path / "bad.py"
    bad.write_text(
        PROGRAM.read_text(encoding="utf-8").replace(
            "amounts = [payment.amount]", "amounts = [payment.amount_due]"
        ),
        encoding="utf-8",
    )
    result = mypy_strict([good, bad], tmp_path)
    assert result.returncode in (0, 1), result.stderr  # 2: mypy itself could not run
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert "import-untyped" not in result.stdout
    assert not [line for line in errors if line.startswith("good.py")], result.stdout
    assert len(errors) == 1 and errors[0].startswith("bad.py"), result.stdout
    assert '"Payment" has no attribute "amount_due"' in errors[0]


# One change to typed_answers.py each, and the error mypy must report first for it.
MISTAKES = {
    # P100's amounts were `str` (or `Decimal | str`): they are Decimal now
    "p100-amount-as-str": (
        "assert_type(transfer.amount, Decimal)",
        "assert_type(transfer.amount, Decimal | str)",
        'Expression is of type "Decimal", not "Decimal | str"',
    ),
    # P100's statuses were plain strings: they are enums now
    "p100-status-as-str": (
        "assert_type(order.status, OrderStatus)",
        "assert_type(order.status, str)",
        'Expression is of type "OrderStatus", not "str"',
    ),
    # the payloads do not say which P100 webhook they are: `expect` is required
    "p100-receive-without-expect": (
        "body, headers, token, expect=p100_models.PartnerSepaTransferEvent",
        "body, headers, token",
        "No overload variant",
    ),
    # with `expect`, receive returns that event: no isinstance needed, and no other type
    "settlego-event-is-the-expected-one": (
        "assert_type(event, settlego_models.PaymentStatusUpdateEvent)",
        "assert_type(event, settlego_models.PaymentCreatedEvent)",
        'not "PaymentCreatedEvent"',
    ),
    # an answer without a body is None, not Any
    "no-body-is-none": (
        "assert_type(delete_beneficiary.sync(beneficiary_id, client=client), None)",
        "assert_type(delete_beneficiary.sync(beneficiary_id, client=client), int)",
        'Expression is of type "None", not "int"',
    ),
}


def test_each_facades_answers_have_their_types_without_isinstance(tmp_path: Path) -> None:
    text = TYPED_ANSWERS.read_text(encoding="utf-8")
    sources = [tmp_path / "good.py"]
    sources[0].write_text(text, encoding="utf-8")
    for name, (line, changed, _) in MISTAKES.items():
        assert text.count(line) == 1, name
        source = tmp_path / f"{name.replace('-', '_')}.py"
        source.write_text(text.replace(line, changed), encoding="utf-8")
        sources.append(source)
    result = mypy_strict(sources, tmp_path)
    assert result.returncode in (0, 1), result.stderr
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert not [line for line in errors if line.startswith("good.py")], result.stdout
    for name, (_, _, message) in MISTAKES.items():
        found = [line for line in errors if line.startswith(f"{name.replace('-', '_')}.py")]
        assert found and message in found[0], (name, result.stdout)
