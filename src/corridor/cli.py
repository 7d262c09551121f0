"""The `corridor` command line."""

from __future__ import annotations

import argparse

from corridor.report import full_report


def _report(_: argparse.Namespace) -> int:
    text, ok = full_report()
    print(text)
    return 0 if ok else 1


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
    args = parser.parse_args(argv)
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
