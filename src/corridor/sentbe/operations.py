"""Sentbe's calls as corridor retries them (see corridor.kit.operations).

Create Transfer carries the partner's `external_id` ("partner's transfer unique id",
docs/sentbe/api/_create_transfer.md) and the docs list E0013 "Invalid external transfer id";
they say neither that a reused external_id is refused nor how. corridor takes E0013 to be
that refusal, so Create Transfer is retried with the same external_id and an E0013 after a
retry is reported as `SentbeDuplicateError` with `after_retry`. No operation fetches a
transfer by external_id (the transfer answers do not carry it), so the object cannot be
returned in that case; the status callback names it. Nor can another refusal after a retry
be checked (E0014 "Low balance" may be the balance the first try spent): it leaves the
outcome unknown. Users and recipients have no client-chosen id: their creates are sent once.
"""

from __future__ import annotations

from corridor.errors import ProviderError
from corridor.kit.operations import Operation, OperationRules

INVALID_EXTERNAL_ID = "E0013"


def _external_id_refused(error: ProviderError) -> bool:
    return error.code == INVALID_EXTERNAL_ID


RULES = OperationRules(
    [
        Operation(
            "POST",
            "/inbound/transfers",
            "createTransfer",
            "create",
            handle="external_id",
            duplicate=_external_id_refused,
            hint="the transfer status callback for external_id {handle}, or listTransfers",
        ),
        Operation("POST", "/inbound/users", "createUser", "create", hint="listUsers"),
        Operation(
            "POST", "/inbound/recipients", "createRecipient", "create", hint="listRecipients"
        ),
        # Quoting a commission changes nothing; updating with the same data twice is updating once.
        Operation("POST", "/inbound/check_commission", "checkCommission", "safe"),
        Operation("POST", "/inbound/update_user_info", "updateUserInfo", "safe"),
        Operation("POST", "/inbound/update_recipient_info", "updateRecipientInfo", "safe"),
    ]
)
