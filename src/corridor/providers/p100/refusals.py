"""The refusals P100's docs give for a schema-valid request, per operation, each with its docs
line: what the harness lets a contract run count as a business refusal, and what the
independent contract test accepts, code by code.

Every one depends on state (a user, lock, order or transfer that does not exist, is used or has
expired; a balance, verification or module status; what a user already holds) or is a refusal
the docs print with its own code (P410 for a currency P100 does not offer for the operation,
P424 for a user payout naming no user). A P403, P100's validation error, is expected only for
the state-dependent causes the docs name without a code (`message` tells them apart); any other
P403 to a schema-valid request is a rule the spec does not state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Refusal:
    status: int
    code: str
    docs: str  # the docs line (shared/docs/p100/...) the refusal rests on
    message: str = ""  # for P403: a fragment of the message naming the state-dependent cause


UNKNOWN_USER = Refusal(400, "P412", "user/method-b-get-kyc-status.md:36 (P412 User not exist)")
NOT_VERIFIED = Refusal(400, "P459", "user/method-b-get-kyc-status.md:40 (P459 User not verified)")
NO_FUNDS = Refusal(400, "P433", "integration/error-handling.md:23,39 (P433, insufficient funds)")
SUSPENDED = Refusal(400, "P501", "user/cards/create-virtual-card.md:16 (card module suspended)")
LOCK_USED = Refusal(
    400, "P403", "partner/create-and-finalize-an-exchange.md:60 (a lock serves once)", "used by"
)
LOCK_EXPIRED = Refusal(
    400, "P403", "partner/create-and-finalize-an-exchange.md:60 (a lock is time-limited)", "expired"
)
LOCK_UNKNOWN = Refusal(
    400, "P403", "partner/create-and-finalize-an-exchange.md:21 (a lock's id)", "no rate lock"
)
# the exchange must match what its lock holds: its currencies, amount and the sold currency's
# decimals (partner/create-and-finalize-an-exchange.md:60)
LOCK_TERMS = tuple(
    Refusal(400, "P403", "partner/create-and-finalize-an-exchange.md:60 (the lock's terms)", text)
    for text in (
        "the lock's currency",
        "the locked amount",
        "the lock holds none",
        "too small",
        "decimal places",
    )
)
UNSUPPORTED_CURRENCY = Refusal(400, "P410", "user/get-network-fee.md:36-41 (P410 invalid-currency)")

DOCUMENTED: Mapping[str, tuple[Refusal, ...]] = {
    "createPartnerExchange": (LOCK_UNKNOWN, LOCK_USED, LOCK_EXPIRED, NO_FUNDS, *LOCK_TERMS),
    "createPartnerSepaTransfer": (
        # the SEPA module is EUR only (ERRORS.md: P410 currency not found/unsupported)
        UNSUPPORTED_CURRENCY,
        # Level 1 (closed loop) takes no receiver fields: partner/create-a-sepa-transfer.md
        Refusal(400, "P403", "partner/create-a-sepa-transfer.md (Level 1: no receiver)", "Level 1"),
    ),
    "getSepaTransferDetails": (
        Refusal(404, "P428", "partner/get-sepa-transfer-details.md:97 (P428 not found)"),
    ),
    "createOrderRateLock": (
        UNSUPPORTED_CURRENCY,
        # a settlement too small to be any crypto at the current rate
        Refusal(400, "P403", "partner/retrieve-order-rate-and-create-a-lock.md:18", "too small"),
    ),
    "createOrder": (
        Refusal(400, "P403", "partner/create-and-finalize-an-order.md:18", "no rate lock"),
        Refusal(400, "P403", "partner/create-and-finalize-an-order.md:18", "used by"),
        Refusal(400, "P403", "partner/create-and-finalize-an-order.md:18", "expired"),
    ),
    "getOrderDetails": (
        Refusal(400, "P403", "partner/get-order-details.md:25 (an order made here)", "no order"),
    ),
    "createUserAccount": (
        Refusal(400, "P403", "user/create-user-account.md:121 (reuse fails)", "exists"),
    ),
    "addKycFile": (UNKNOWN_USER,),
    "createKycVerification": (UNKNOWN_USER,),
    "getKycStatus": (
        UNKNOWN_USER,
        Refusal(404, "P445", "user/method-b-get-kyc-status.md:37 (P445 KYC not found)"),
    ),
    "addUserVerification": (UNKNOWN_USER, NOT_VERIFIED),
    "addPoaFile": (UNKNOWN_USER,),
    "getUserBalances": (UNKNOWN_USER,),
    "createUserSepaTransfer": (
        UNKNOWN_USER,
        UNSUPPORTED_CURRENCY,
        Refusal(400, "P424", "integration/error-handling.md:14-18 (P424, no user named)"),
    ),
    # a network the currency is not offered on (usdc/usdt only on polygon): get-network-fee.md:19
    "getNetworkFee": (UNSUPPORTED_CURRENCY,),
    "createCryptoWithdrawal": (
        UNKNOWN_USER,
        NOT_VERIFIED,
        NO_FUNDS,
        UNSUPPORTED_CURRENCY,
        # below the network's minWithdrawal, which the balances' networkConfig reports
        Refusal(400, "P403", "user/create-crypto-withdrawal.md (minWithdrawal)", "at least"),
    ),
    "createVirtualCard": (
        SUSPENDED,
        UNKNOWN_USER,
        Refusal(400, "P451", "user/cards/create-virtual-card.md:64 (P451)"),
        Refusal(400, "P403", "user/cards/create-virtual-card.md:15 (card limits)", "cards"),
        NOT_VERIFIED,
    ),
    "listUserCards": (SUSPENDED, UNKNOWN_USER),
}


def statuses() -> dict[str, frozenset[int]]:
    """Per operation, the statuses of its documented refusals (the harness's `refusals`)."""
    return {
        operation_id: frozenset(refusal.status for refusal in refusals)
        for operation_id, refusals in DOCUMENTED.items()
    }


def documented(operation_id: str, status: int, body: object) -> Refusal | None:
    """The documented refusal `body` (answered with `status`) is, or None."""
    if not isinstance(body, dict):
        return None
    code, message = body.get("errorCode"), str(body.get("errorMessage", ""))
    for refusal in DOCUMENTED.get(operation_id, ()):
        if (refusal.status, refusal.code) == (status, code) and refusal.message in message:
            return refusal
    return None
