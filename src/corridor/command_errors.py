"""How the `corridor` command fails: one line on stderr and a documented exit code.

- 0: done; every check passed
- 1: the command ran and found a problem (spec and target disagree, docs coverage gaps, a
  breaking change with `--fail-on breaking`)
- 2: bad command line: unknown command, provider or option, a value out of range, a missing
  file or folder
- 3: the target cannot be used: unreachable, wrong base URL, credentials missing or refused, a
  port already taken, the npm registry out of reach
- 4: the command needs an extra that is not installed (the line names the `pip install`)
- 70: a bug in corridor (the line says how to see the traceback)
- 130: interrupted (Ctrl-C, SIGINT)
- 141: standard output was closed early (e.g. piped into `head`); nothing more is printed
- 143: terminated (SIGTERM, as a CI runner sends when it cancels a job)

SIGTERM ends a command the way Ctrl-C does: it raises `KeyboardInterrupt` where the command is,
so that what the command started (worker processes, a served simulator) is stopped on the way
out, and the exit is one line, not a traceback.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from enum import IntEnum
from types import FrameType


class ExitCode(IntEnum):
    OK = 0
    PROBLEMS_FOUND = 1
    USAGE = 2
    TARGET = 3
    MISSING_EXTRA = 4
    INTERNAL = 70
    INTERRUPTED = 130
    OUTPUT_CLOSED = 141
    TERMINATED = 143


DEBUG_VARIABLE = "CORRIDOR_DEBUG"


class CommandError(Exception):
    """A command cannot go on; `str(error)` is the one line to show."""

    code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str, code: ExitCode | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class TargetError(CommandError):
    """What the command talks to is unreachable, refuses it, or is set up wrong."""

    code = ExitCode.TARGET


class MissingExtraError(CommandError):
    code = ExitCode.MISSING_EXTRA

    def __init__(self, command: str, extra: str, module: str) -> None:
        super().__init__(
            f"corridor {command} needs the '{extra}' extra (no module named {module!r}): "
            f"pip install 'corridor[{extra}]'"
        )


def _own_packages() -> tuple[str, ...]:
    """Imports that belong to corridor itself (its generated packages are `<provider>_...`): a
    missing one is a broken install, not a missing extra."""
    from corridor.providers import PROVIDERS

    return ("corridor", *(f"{provider.name}_" for provider in PROVIDERS))


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: raised where the program is, as Ctrl-C raises `KeyboardInterrupt`."""


_terminated = threading.Event()  # set once SIGTERM arrived, whatever caught its exception


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    _terminated.set()
    raise Terminated


@contextlib.contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """Within the block, SIGTERM raises `Terminated` (a `KeyboardInterrupt`). Libraries that
    catch interrupts (Schemathesis ends its run with an "interrupted" event) may swallow the
    exception itself; `was_terminated()` still tells that the signal came."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set a signal handler
        return
    _terminated.clear()
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def was_terminated() -> bool:
    return _terminated.is_set()


def run_calmly(command: str, extra: str | None, run: Callable[[], int]) -> int:
    """Run one command; turn every way it can fail into one line and an exit code."""
    try:
        with sigterm_interrupts():
            return run()
    except CommandError as error:
        return _say(command, error, error.code)
    except ModuleNotFoundError as error:
        module = (error.name or "").partition(".")[0]
        if extra is None or not module or module.startswith(_own_packages()):
            return _internal(command, error)
        missing = MissingExtraError(command, extra, module)
        return _say(command, missing, missing.code, prefixed=False)
    except KeyboardInterrupt:
        if was_terminated():
            return _say(command, "terminated", ExitCode.TERMINATED)
        return _say(command, "interrupted", ExitCode.INTERRUPTED)
    except BrokenPipeError:
        return output_closed()
    except Exception as error:  # the last line of defence: a bug must not print a traceback
        return _internal(command, error)


def _say(command: str, message: object, code: ExitCode, *, prefixed: bool = True) -> int:
    line = " ".join(str(message).split())
    say_line(f"corridor {command}: {line}" if prefixed else line)
    return int(code)


def say_line(line: str) -> None:
    """Print one line on stderr, whatever it holds: lone surrogates and characters the
    terminal cannot show come out as backslash escapes instead of a UnicodeEncodeError."""
    encoding = getattr(sys.stderr, "encoding", None) or "utf-8"
    printable = line.encode(encoding, "backslashreplace").decode(encoding)
    with contextlib.suppress(BrokenPipeError):
        print(printable, file=sys.stderr)


def _internal(command: str, error: BaseException) -> int:
    if os.environ.get(DEBUG_VARIABLE):
        raise error
    detail = f"{type(error).__name__}: {error}"
    return _say(
        command,
        f"internal error ({detail}); set {DEBUG_VARIABLE}=1 to see the traceback",
        ExitCode.INTERNAL,
    )


def output_closed() -> int:
    # Point stdout at /dev/null, so that the interpreter's final flush does not fail again
    # and print "Exception ignored" on the way out.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return int(ExitCode.OUTPUT_CLOSED)
