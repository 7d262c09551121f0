"""Changes to the client behaviour a spec states (its `x-corridor-*` extensions, see
corridor.client_rules), classified for retry safety.

What a caller counts on is that a call corridor retries cannot happen twice and that a create
found after a retry comes back as the call's answer. A change that takes part of that away is
breaking, although no signature changes: a create losing its idempotency handle, its lookup or
a refusal it recognised as "already done", a handle no longer generated, a lookup whose answer
no longer is the create's, a call retried like a read becoming a write, a paging style removed.
A change that adds to it (a new handle, a new lookup, a call found safe) is compatible, and so
are changes the kit absorbs (another lookup, where to look when the outcome is unknown).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from corridor.client_rules import IDEMPOTENCY, PAGINATION, RETRY, WHERE_TO_LOOK, declared
from corridor.diff.changes import Severity
from corridor.spec import Operation

Report = Callable[[str, Severity, str, str], None]  # rule, severity, message, pointer

_RETRIED = ("read", "safe")
_LISTS = ("statuses", "codes", "messages")


def compare_client_rules(old: Operation, new: Operation, report: Report) -> None:
    """Report every change of `old`'s client rules in `new` (a path operation)."""
    before = declared(old.definition, old.method)
    after = declared(new.definition, new.method)
    stated = RETRY in old.definition or RETRY in new.definition
    if old.method == new.method or stated:  # a moved method is reported as such
        _retry(before["kind"], after["kind"], f"{new.pointer}/{RETRY}", report)
    _idempotency(
        before["idempotency"], after["idempotency"], f"{new.pointer}/{IDEMPOTENCY}", report
    )
    where = f"{new.pointer}/{WHERE_TO_LOOK}"
    _optional("where-to-look", before["where_to_look"], after["where_to_look"], where, report)
    paging = f"{new.pointer}/{PAGINATION}"
    if before["pagination"] is not None and after["pagination"] is None:
        report("pagination-removed", "breaking", "paging style removed (no more iterate)", paging)
    elif before["pagination"] is None and after["pagination"] is not None:
        report("pagination-added", "compatible", "paging style added (iterate/aiterate)", paging)
    elif before["pagination"] != after["pagination"]:
        report("pagination-changed", "compatible", "paging style changed", paging)


def _retry(before: Any, after: Any, pointer: str, report: Report) -> None:
    if before == after:
        return
    message = f"retry kind {before} -> {after}"
    if before in _RETRIED and after not in _RETRIED:
        report(
            "retry-kind-changed",
            "breaking",
            message + " (no longer retried once it may have arrived)",
            pointer,
        )
    else:
        report("retry-kind-changed", "compatible", message, pointer)


def _idempotency(before: Any, after: Any, pointer: str, report: Report) -> None:
    if before is None and after is None:
        return
    if after is None:
        message = f"idempotency handle {before['field']} removed (the create is no longer retried"
        report(
            "idempotency-handle-removed",
            "breaking",
            message + " once it may have arrived)",
            pointer,
        )
        return
    if before is None:
        message = f"idempotency handle {after['field']} added (the create is retried safely)"
        report("idempotency-handle-added", "compatible", message, pointer)
        return
    if before["field"] != after["field"]:
        message = f"idempotency handle {before['field']} -> {after['field']}"
        report("idempotency-handle-changed", "breaking", message, f"{pointer}/field")
    if before["generated"] and not after["generated"]:
        message = (
            f"{after['field']} no longer generated (a create sent without one is no longer "
            "retried once it may have arrived)"
        )
        report("idempotency-handle-not-generated", "breaking", message, f"{pointer}/generated")
    elif after["generated"] and not before["generated"]:
        message = f"{after['field']} generated when the caller gives none"
        report("idempotency-handle-generated", "compatible", message, f"{pointer}/generated")
    _lookup(before["lookup"], after["lookup"], f"{pointer}/lookup", report)
    _already_done(before["already_done"], after["already_done"], f"{pointer}/already_done", report)


def _lookup(before: Any, after: Any, pointer: str, report: Report) -> None:
    if before is None and after is None:
        return
    if after is None:
        message = (
            f"lookup {before['operationId']} removed (a refusal after a retry is no longer "
            "checked by the handle)"
        )
        report("idempotency-lookup-removed", "breaking", message, pointer)
        return
    if before is None:
        message = f"lookup {after['operationId']} added (refusals are checked by the handle)"
        report("idempotency-lookup-added", "compatible", message, pointer)
        return
    if before["operationId"] != after["operationId"] or before["entry"] != after["entry"]:
        message = f"lookup {before['operationId']} -> {after['operationId']}"
        if before["entry"] != after["entry"]:
            message += " (another way to find the object)"
        report("idempotency-lookup-changed", "compatible", message, pointer)
    if before["answer"] != after["answer"]:
        message = f"lookup answer {before['answer']} -> {after['answer']}"
        if before["answer"] == "same":
            message += " (an object found after a retry is no longer the call's answer)"
            report("idempotency-lookup-answer-changed", "breaking", message, pointer)
        else:
            report("idempotency-lookup-answer-changed", "compatible", message, pointer)
    gone = [name for name in before["carry"] if name not in after["carry"]]
    came = [name for name in after["carry"] if name not in before["carry"]]
    if gone:
        message = (
            f"lookup no longer carries {', '.join(gone)} (an object made for another client "
            "may not be found)"
        )
        report("idempotency-lookup-carry-removed", "breaking", message, f"{pointer}/carry")
    if came:
        message = f"lookup carries {', '.join(came)}"
        report("idempotency-lookup-carry-added", "compatible", message, f"{pointer}/carry")


def _already_done(before: Any, after: Any, pointer: str, report: Report) -> None:
    if before == after:
        return
    if after is None:
        message = "no refusal means already done any more (" + _show(before) + ")"
        report("already-done-removed", "breaking", message, pointer)
        return
    if before is None:
        message = "refusals meaning already done: " + _show(after)
        report("already-done-added", "compatible", message, pointer)
        return
    # Each list given must match and an empty one matches anything: a list that appears, or
    # loses a value while keeping others, recognises fewer refusals.
    narrower = any(
        (after[key] and not before[key])
        or (before[key] and after[key] and set(before[key]) - set(after[key]))
        for key in _LISTS
    )
    message = f"refusals meaning already done: {_show(before)} -> {_show(after)}"
    if narrower:
        report("already-done-narrowed", "breaking", message, pointer)
    else:
        report("already-done-widened", "compatible", message, pointer)


def _show(done: dict[str, list[str]]) -> str:
    shown = [f"{key} {', '.join(done[key])}" for key in _LISTS if done[key]]
    return "; ".join(shown) or "none"


def _optional(name: str, before: Any, after: Any, pointer: str, report: Report) -> None:
    if before == after:
        return
    state = "added" if before is None else "removed" if after is None else "changed"
    report(f"{name}-{state}", "compatible", f"{name.replace('-', ' ')} {state}", pointer)
