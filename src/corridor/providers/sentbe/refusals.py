"""The refusals Sentbe's docs give a schema-valid request: each depends on state (what the
partner created, used or verified before), each names its error code and the docs line it
rests on. Everything else a schema-valid request may get is a 2xx."""

from __future__ import annotations

from collections.abc import Mapping

# E0002 "Invalid model id" (docs/sentbe/_errors.md:13; the example's "Invalid transfer id", :34)
UNKNOWN_ID = ("E0002", 404, "docs/sentbe/_errors.md:13")
# E0010 "Can't update recipient information" once verified (api/_update_recipient_info.md:75)
RECIPIENT_LOCKED = ("E0010", 409, "docs/sentbe/_errors.md:21")
# E0012 "Not supported bank": a code the bank list does not hold (api/_create_recipient.md:21)
BANK_NOT_SUPPORTED = ("E0012", 409, "docs/sentbe/_errors.md:23")
# E0013 "Invalid external transfer id": used already (api/_create_transfer.md:13)
EXTERNAL_ID_TAKEN = ("E0013", 409, "docs/sentbe/_errors.md:24")
# E0014 "Low balance": a wallet cannot cover its charge
LOW_BALANCE = ("E0014", 409, "docs/sentbe/_errors.md:25")

Refusal = tuple[str, int, str]  # (error code, status, docs line)

DOCUMENTED_REFUSALS: Mapping[str, tuple[Refusal, ...]] = {
    "getUser": (UNKNOWN_ID,),
    "updateUserInfo": (UNKNOWN_ID,),
    "createRecipient": (UNKNOWN_ID, BANK_NOT_SUPPORTED),
    "getRecipient": (UNKNOWN_ID,),
    "updateRecipientInfo": (UNKNOWN_ID, RECIPIENT_LOCKED, BANK_NOT_SUPPORTED),
    "createTransfer": (UNKNOWN_ID, EXTERNAL_ID_TAKEN, LOW_BALANCE),
    "getTransfer": (UNKNOWN_ID,),
}


def refusal_statuses() -> dict[str, frozenset[int]]:
    """Per operationId, the statuses of its documented refusals (the harness's `refusals`)."""
    return {
        operation_id: frozenset(status for _, status, _ in refusals)
        for operation_id, refusals in DOCUMENTED_REFUSALS.items()
    }
