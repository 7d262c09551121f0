"""corridor's pytest plugin costs nothing until a fixture is used, and says what it lacks."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytest_plugins = ["pytester"]

HEAVY = (
    "corridor.simulator.engine",
    "corridor.simulator.settlego",
    "corridor.spec",
    "schemathesis",
    "hypothesis",
    "starlette",
    "uvicorn",
    "yaml",
    "jsonschema",
    "jsonschema_rs",
    "httpx",
    "pydantic",
)


def test_importing_the_plugin_loads_no_simulator_schemathesis_spec_or_generated_package() -> None:
    probe = (
        "import sys, corridor.simulator.pytest_plugin;"
        f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})"
        " or m.endswith(('_client', '_models'))))"
    )
    output = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "[]"


def test_a_fixture_without_the_simulator_extra_fails_its_test_with_one_line(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, sys.path)))
    # starlette made unimportable inside the inner run, as on a plain install
    pytester.makeconftest(
        "import sys\nsys.modules['starlette'] = None\n"
        "for name in [m for m in sys.modules if m.startswith('corridor.simulator.')]:\n"
        "    if name != 'corridor.simulator.pytest_plugin':\n"
        "        del sys.modules[name]\n"
    )
    pytester.makepyfile("def test_uses_it(settlego_simulator):\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    report = result.stdout.str()
    assert (
        "\nthe settlego_simulator fixture needs the 'simulator' extra (no module named "
        "'starlette'): pip install 'corridor[simulator]'\n"
    ) in report
    assert "Traceback" not in report
