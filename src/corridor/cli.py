"""The `corridor` command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from corridor.report import full_report


def _report(_: argparse.Namespace) -> int:
    text, ok = full_report()
    print(text)
    return 0 if ok else 1


def _verify(args: argparse.Namespace) -> int:
    from rich.console import Console

    from corridor.verification.command import verify

    return verify(
        args.provider,
        base_url=args.base_url,
        max_examples=args.max_examples,
        seed=args.seed,
        junit_xml=args.junit_xml,
        require_coverage=args.require_coverage,
        console=Console(),
    )


def _simulate(args: argparse.Namespace) -> int:
    from corridor.providers import PROVIDERS, simulator_names

    if args.provider not in [p.name for p in PROVIDERS if p.has_simulator]:
        print(f"no simulator for {args.provider}; available: {simulator_names()}")
        return 2
    from corridor.simulator.faults import FaultRule, FaultSpecError
    from corridor.simulator.server import serve

    try:
        for rule in args.faults:
            FaultRule.parse(rule)
    except FaultSpecError as error:
        print(f"--faults: {error}")
        return 2
    serve(
        args.provider,
        host=args.host,
        port=args.port,
        seed=args.seed,
        faults=args.faults,
        rate_limit=args.rate_limit,
    )
    return 0


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="corridor",
        description="Typed clients, specs and contract checks for cross-border payment APIs.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
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
        "--provider", action="append", help="provider to verify (repeatable; default: all)"
    )
    verify.add_argument(
        "--base-url",
        help="verify a real service at this URL (e.g. https://sandbox-api.settlego.com/api/v1) "
        "instead of the simulator; credentials come from environment variables",
    )
    verify.add_argument("--max-examples", type=int, default=25, help="cases per operation")
    verify.add_argument("--seed", type=int, default=0, help="seed for reproducible runs")
    verify.add_argument("--junit-xml", type=Path, help="also write a JUnit XML report here")
    verify.add_argument(
        "--require-coverage",
        action="store_true",
        help="fail when an operation never answered a schema-valid request with a 2xx",
    )
    verify.set_defaults(run=_verify)

    simulate = commands.add_parser("simulate", help="serve a stateful provider simulator")
    simulate.add_argument("provider", help="e.g. settlego")
    simulate.add_argument("--host", default="127.0.0.1")
    simulate.add_argument("--port", type=int, default=8080)
    simulate.add_argument("--seed", type=int, default=0)
    simulate.add_argument(
        "--faults",
        action="append",
        default=[],
        metavar="KIND=RATE[:DELAY][@OP+OP]",
        help="inject faults, seeded by --seed (repeatable): 500, 503, 429, latency, reset "
        "(dropped before the handler runs), lost (dropped after it committed); e.g. 503=0.2, "
        "latency=0.5:10ms-200ms, lost=0.1@createPayment",
    )
    simulate.add_argument(
        "--rate-limit",
        action="store_true",
        help="enforce the provider's documented request limit (429 with Retry-After)",
    )
    simulate.set_defaults(run=_simulate)

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
    args = parser.parse_args(argv)
    result: int = args.run(args)
    sys.stdout.flush()
    return result


if __name__ == "__main__":
    raise SystemExit(main())
