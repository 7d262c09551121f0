"""The refusals sFOX Connect's business rules give; the dialect maps each kind to a status.

Where a docs page shows the message of a refusal, the error carries it word for word (the
constants below); the others say plainly what is wrong.
"""

from __future__ import annotations

from typing import TypeVar

from corridor.simulator.domain import DomainError

T = TypeVar("T")

# Messages the docs show, verbatim.
INVALID_ENTERPRISE_TOKEN = "invalid token. check authorization header."
USER_LOOKUP_FAILED = "user lookup failed"
DUPLICATE_TRANSFER = "A transaction with the same transfer_id already exists."
RESTRICTED_CURRENCY = "Restricted currency for partner or end user."
INSUFFICIENT_FUNDS = "Insufficient funds."
TRANSFER_PERMISSION = "Partner transfer permission not granted."
NOT_PENDING_VERIFICATION = "Funds transfer is not pending verification."
CODE_EXPIRED = "Code expired. Request a new code for this transfer."
# The docs print no wrong-code answer; the three one-time codes (verification, withdrawal,
# transfer) answer a wrong one with this 422 alike, and an expired one with the 422 Confirm
# Transfer prints (confirm-transfer.md:78), naming what the code was for.
INVALID_CODE = "Invalid confirmation code."


def code_expired(purpose: str) -> str:
    return f"Code expired. Request a new code for this {purpose}."


NO_BANK_ACCOUNT = "User does not have an valid bank account"
TOO_MANY_ATTEMPTS = (
    "You have exceeded the maximum attempts to verify your bank account. "
    "Please add your bank account again to restart verification."
)
NON_ZERO_BALANCES = (
    "Can not disable account with non-zero balances. Please remove all balances and try again."
)
NO_ACCOUNT_TO_DISABLE = "The account does not exist to be disabled."
SETTING_EXISTS = "Monetization setting already exists"
INVALID_MONETIZATION_ID = "Invalid monetization ID."
NO_DELETE_PERMISSION = "Partner does not have permission to delete Feature Monetization."
EMAIL_ALREADY_VERIFIED = "Email already verified"
# The docs' copy is cut off after "Phone already v"; completed the way the email message reads.
PHONE_ALREADY_VERIFIED = "Phone already verified"


def not_verified(user_id: str) -> str:
    """A user still PENDING gets no token: no page prints this refusal (the words are ours)."""
    return f"User with user_id {user_id} has not completed verification."


def transfer_not_found(transfer_id: str) -> str:
    return f"Transfer with transfer_id {transfer_id} not found."


class NotAuthenticated(DomainError):
    """A missing, unknown or expired token, or a token of the wrong kind for the operation."""


class BadRequest(DomainError):
    """A refusal the Payments pages answer with 400 (no bank account, too many attempts)."""


class Forbidden(DomainError):
    """The partner lacks a permission sFOX grants per partner (transfers, monetization)."""


class NotFound(DomainError):
    """No such end user (deactivated users included) or object of the caller's."""


class Unprocessable(DomainError):
    """A well-formed request that a business rule refuses (sFOX's 422)."""


def found(item: T | None, message: str, field: str = "") -> T:
    """`item`, or NotFound with `message` when there is none."""
    if item is None:
        raise NotFound(message, field)
    return item
