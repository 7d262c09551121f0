"""`corridor parity PROVIDER`: the provider's scenarios against a target and a fresh simulator,
and every difference between their answers.

The target is a service at `--base-url` (credentials from the environment, checked first as
`corridor verify --base-url` checks them), optionally recorded into a cassette (`--record`),
or a cassette played back (`--cassette`), which needs neither network nor credentials. Exit 0
when the two sides agree on every step, 1 when they differ, 3 when the target cannot be used.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import httpx

from corridor.command_errors import CommandError, ExitCode, TargetError
from corridor.parity import cassettes
from corridor.parity.comparison import compare
from corridor.parity.report import Report, render, render_json, render_markdown
from corridor.parity.runner import Side, run_plan
from corridor.parity.scenarios import plan_of
from corridor.parity.sides import simulator_side, target_side
from corridor.providers import get_provider
from corridor.verification.targets import shown_url


def parity(
    provider: str,
    *,
    base_url: str | None = None,
    cassette: Path | None = None,
    record: Path | None = None,
    output_format: str = "table",
    markdown: Path | None = None,
    json_file: Path | None = None,
    poll_seconds: float = 60.0,
    width: int = 100,
) -> int:
    entry = get_provider(provider)
    try:
        plan = plan_of(entry)
    except KeyError as error:
        raise CommandError(str(error).strip("'\"")) from None
    recorder: cassettes.Recorder | None = None
    if cassette is not None:
        target, tag, shown = _replayed(provider, cassette)
    else:
        assert base_url is not None
        from corridor.verification.preflight import check_remote_target

        check_remote_target(provider, base_url)
        tag = uuid.uuid4().hex[:8]
        shown = shown_url(base_url)
        recorder = cassettes.Recorder(httpx.HTTPTransport())
        target = _reached(provider, base_url, recorder)
        target.on_step = lambda label: setattr(recorder, "label", label)
        target.poll_seconds = poll_seconds
    try:
        theirs = run_plan(plan, target, tag)
    finally:
        if record is not None and recorder is not None:
            _record(record, provider, recorder, tag, shown)
    ours = run_plan(plan, simulator_side(provider), tag)
    report = Report(
        provider,
        shown if cassette is None else f"{shown} (replayed from {cassette.name})",
        compare(ours, theirs, target.spec, plan.error_code),
        [(scenario.name, scenario.flow) for scenario in plan.scenarios],
    )
    print(render(report, output_format, width), end="" if output_format == "table" else "\n")
    if markdown is not None:
        markdown.write_text(render_markdown(report), encoding="utf-8")
    if json_file is not None:
        json_file.write_text(render_json(report) + "\n", encoding="utf-8")
    return ExitCode.PROBLEMS_FOUND if report.differences else ExitCode.OK


def _reached(provider: str, base_url: str, transport: httpx.BaseTransport) -> Side:
    shown = shown_url(base_url)
    try:
        return target_side(provider, base_url, transport)
    except PermissionError as error:
        raise TargetError(f"{shown} did not accept the sign-in ({error})") from error
    except httpx.HTTPError as error:
        raise TargetError(f"cannot reach {shown}: {' '.join(str(error).split())}") from error


def _replayed(provider: str, path: Path) -> tuple[Side, str, str]:
    if not path.is_file():
        raise CommandError(f"--cassette {path}: no such file")
    try:
        recorded = cassettes.read(path)
    except cassettes.CassetteError as error:
        raise CommandError(str(error)) from None
    if recorded.about.get("provider") != provider:
        raise CommandError(
            f"--cassette {path} was recorded against {recorded.about.get('provider')!r}, "
            f"not {provider!r}"
        )
    player = cassettes.Player(recorded)
    base_url = recorded.about.get("base_url") or "http://recorded.invalid"
    defaults = get_provider(provider).harness().credentials
    try:
        side = target_side(provider, base_url, player, credentials=defaults)
    except (
        PermissionError,
        httpx.HTTPError,
        httpx.InvalidURL,
        ValueError,
        KeyError,
        TypeError,
    ) as error:
        raise CommandError(
            f"--cassette {path} does not hold the sign-in parity makes first ({error})"
        ) from None
    side.recorded_polls = player.upcoming
    side.on_step = lambda label: setattr(player, "label", label)
    side.remote = False  # a recorded 429 is an answer to compare, not a reason to stop
    return side, recorded.about.get("run", ""), recorded.about.get("base_url", str(path))


def _record(path: Path, provider: str, recorder: cassettes.Recorder, tag: str, shown: str) -> None:
    from corridor.spec import load_spec

    entry = get_provider(provider)
    secret = [
        os.environ[name]
        for name in entry.credentials
        if name not in entry.public_credentials and os.environ.get(name)
    ]
    public = [os.environ[name] for name in entry.public_credentials if os.environ.get(name)]
    secrets = cassettes.Secrets(load_spec(provider), secret, public)
    about = {"provider": provider, "run": tag, "base_url": shown}
    cassettes.write(path, recorder.exchanges, secrets, about)
