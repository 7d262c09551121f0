"""The field errors sFOX's pages print, word for word, for the causes they name.

The validator says what is wrong in its own words; where a page shows sFOX's message for that
field, the refusal carries the page's message instead, and a fee amount's other errors are
worded the same way. Each documented message names the docs line it is copied from; the status
stays the dialect's (422 on the pages that show field errors so, 400 elsewhere).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from corridor.simulator.sfox.domain.errors import INVALID_MONETIZATION_ID
from corridor.simulator.validation import Problem

# sfox/transfers/get-transfer-history.md, "422 Unprocessable Content — bad filter values"
HISTORY_STATUS = "status must be one of the following: INITIATED, PENDING, COMPLETE"
HISTORY_PURPOSE = "purpose must be one of the following: GOOD, SERVICE"
HISTORY_TYPE = "type must be one of the following: PAYMENT, PAYOUT"
HISTORY_TO_DATE = "to_date must be a valid unix timestamp in milliseconds"
# The page prints no from_date message: the same words, for the other end of the period.
HISTORY_FROM_DATE = "from_date must be a valid unix timestamp in milliseconds"
# sfox/monetization/update-setting.md, "422 Unprocessable Content — invalid amount, format or ID"
AMOUNT_NOT_POSITIVE = "new_monetization_amount must be greater than 0"
AMOUNT_NOT_A_NUMBER = "new_monetization_amount must be a number"

HISTORY = {
    "status": HISTORY_STATUS,
    "purpose": HISTORY_PURPOSE,
    "type": HISTORY_TYPE,
    "to_date": HISTORY_TO_DATE,
    "from_date": HISTORY_FROM_DATE,
}


def _history(problem: Problem) -> str | None:
    return HISTORY.get(problem.name) if problem.location in ("body", "query") else None


def _amount(field: str, problem: Problem) -> str | None:
    """A fee amount's error: the page's words where Update Setting prints them, the same style
    otherwise; never the value sent (it can be a thousand digits long)."""
    if problem.location != "body" or problem.name != field:
        return None
    if "is not of type" in problem.message:
        return f"{field} must be a number"  # update-setting.md:62
    if "less than or equal to the minimum" in problem.message:
        return f"{field} must be greater than 0"  # update-setting.md:56
    if "multiple of" in problem.message:
        return f"{field} has more than 8 decimal places"
    if "maximum of 1000000000000000" in problem.message:
        return f"{field} must be below 1,000,000,000,000,000"
    if "maximum of 1" in problem.message:
        return f"{field} is a rate and must be below 1 (0.01 is 1%)"
    return None


def _bounded(field: str, problem: Problem) -> str | None:
    """A transfer's quantity or rate error in the same words as a fee's, never the value."""
    if problem.location != "body" or problem.name != field:
        return None
    if "is not of type" in problem.message:
        return f"{field} must be a number"
    if "less than or equal to the minimum" in problem.message:
        return f"{field} must be greater than 0"
    if "multiple of" in problem.message:
        if field == "rate":
            return "rate has more than 8 decimal places"
        return f"{field} has more decimal places than the currency allows"
    if "maximum" in problem.message:
        return f"{field} must be below 1,000,000,000,000,000"
    return None


def _create_transfer(problem: Problem) -> str | None:
    return _bounded("quantity", problem) or _bounded("rate", problem)


def _create_setting(problem: Problem) -> str | None:
    return _amount("amount", problem)


def _update_setting(problem: Problem) -> str | None:
    if problem.location == "path" and problem.name == "id":
        return INVALID_MONETIZATION_ID
    return _amount("new_monetization_amount", problem)


def _delete_setting(problem: Problem) -> str | None:
    # sfox/monetization/delete-setting.md, "422 Unprocessable Content — invalid ID"
    if problem.location == "path" and problem.name == "id":
        return INVALID_MONETIZATION_ID
    return None


DOCUMENTED: dict[str, Callable[[Problem], str | None]] = {
    "listTransfers": _history,
    "createMonetizationSetting": _create_setting,
    "createTransfer": _create_transfer,
    "updateMonetizationSetting": _update_setting,
    "deleteMonetizationSetting": _delete_setting,
}


def documented_message(operation_id: str | None, problems: Sequence[Problem]) -> str | None:
    """sFOX's message for the first problem it has one for, or None."""
    reader = DOCUMENTED.get(operation_id or "")
    if reader is None:
        return None
    for problem in problems:
        message = reader(problem)
        if message is not None:
            return message
    return None
