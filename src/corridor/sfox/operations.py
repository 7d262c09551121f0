"""sFOX Connect's calls as corridor retries them (see corridor.kit.operations).

Create Transfer takes the partner's `transfer_id` as its idempotency key: a second request
with a used one is refused with 422 "A transaction with the same transfer_id already exists."
(the docs' duplicate-request example). corridor generates it when absent; such a refusal,
or any other refusal of the request (a retry of a PAYMENT that was made may find the funds it
holds gone), is checked by finding the transfer in the transfer history (sFOX has no get by
id). Create End User takes the partner's `user_id`, which Get End User fetches; the docs do
not say how a reused one is refused, so a refusal of the request counts as a duplicate once
Get End User finds the user.
"""

from __future__ import annotations

from typing import Any

from corridor.errors import ProviderError
from corridor.kit.operations import Lookup, Operation, OperationRules

# The distinctive part of the docs' duplicate message; a change of wording around it still counts.
DUPLICATE_TRANSFER_MARK = "same transfer_id"
HISTORY_PATH = "/v1/enterprise/transfer/history"


def _duplicate_transfer(error: ProviderError) -> bool:
    return error.status_code == 422 and DUPLICATE_TRANSFER_MARK in error.message


def _refused_user(error: ProviderError) -> bool:
    return error.status_code in (400, 409, 422)


def _transfer_in_history(history: Any, transfer_id: str) -> Any | None:
    """Create Transfer's answer ({"data": transfer}) for the history entry with that id."""
    entries = history.get("data") if isinstance(history, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and entry.get("transfer_id") == transfer_id:
            return {"data": entry}
    return None


RULES = OperationRules(
    [
        Operation(
            "POST",
            "/v1/enterprise/transfer",
            "createTransfer",
            "create",
            handle="transfer_id",
            generate=True,
            lookup=Lookup(
                HISTORY_PATH,
                f"listTransfers (GET {HISTORY_PATH}) for transfer_id {{handle}}",
                answer=_transfer_in_history,
            ),
            duplicate=_duplicate_transfer,
            created_status=201,
        ),
        Operation(
            "POST",
            "/v1/enterprise/register-account",
            "createEndUser",
            "create",
            handle="user_id",
            lookup=Lookup(
                "/v1/enterprise/users/{handle}",
                "getEndUser (GET /v1/enterprise/users/{handle})",
                confirms_only=True,
            ),
            duplicate=_refused_user,
        ),
        # Minting a token changes nothing a second token would undo: retried like a read.
        Operation("POST", "/v1/enterprise/user-tokens/{user_id}", "createUserAuthToken", "safe"),
        Operation("POST", "/v1/enterprise/user-tokens", "createUserAuthTokens", "safe"),
        Operation(
            "POST",
            "/v1/enterprise/monetization/settings",
            "createMonetizationSetting",
            "create",
            hint="getMonetizationSettings (GET /v1/enterprise/monetization/settings)",
        ),
        Operation(
            "POST",
            "/v1/enterprise/transfer/confirm",
            "confirmTransfer",
            "write",
            hint=f"listTransfers (GET {HISTORY_PATH})",
        ),
    ]
)
