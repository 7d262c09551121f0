"""sFOX Connect's parity scenarios: the documented enterprise flows, from the docs' examples.

End users are registered, read back, listed, sent a verification code and deactivated, with the
documented refusals (a user_id already taken, a token for a user not yet verified, unknown ids,
bad input); monetization settings are created, listed and deleted; transfer history is listed
and a transfer for a user sFOX does not know is refused. A user's own operations (bank accounts,
withdrawals) need a user verified through codes sFOX sends to a phone and a mailbox, which a
scenario cannot read on a real sandbox: they are left to `corridor verify`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from corridor.parity.scenarios import ParityPlan, Ref, Request, Scenario, Tagged, documented

UNKNOWN_USER = "parity-nobody"


def _error_code(body: Any) -> str | None:
    # sFOX's refusals carry a message, not a code: `{"error": "..."}`
    return str(body["error"]) if isinstance(body, Mapping) and "error" in body else None


def _user(number: int, **fields: Any) -> dict[str, Any]:
    body = documented(
        "sfox",
        "createEndUser",
        user_id=Tagged(f"parity-{{run}}-{number}"),
        email=Tagged(f"parity-{{run}}-{number}@example.com"),
        **fields,
    )
    body.pop("advisor_user_id", None)  # an advisor of the docs' own, which no sandbox holds
    return body


END_USERS = Scenario(
    "end users",
    "end users: register, read back, list, request a verification code, deactivate; a user_id "
    "taken twice, bad input, a token for an unverified user, an unknown user",
    (
        Request("register", "createEndUser", json=_user(1)),
        Request("read", "getEndUser", path={"user_id": Ref("register", "/data/user_id")}),
        Request("list", "listEndUsers"),
        Request("register again", "createEndUser", json=_user(1)),
        Request(
            "register without a name",
            "createEndUser",
            json={k: v for k, v in _user(2).items() if k != "first_name"},
        ),
        Request(
            "send email code",
            "requestVerificationCode",
            path={"user_id": Ref("register", "/data/user_id")},
            json={"type": "email"},
        ),
        Request(
            "token before verification",
            "createUserAuthToken",
            path={"user_id": Ref("register", "/data/user_id")},
        ),
        Request("read unknown", "getEndUser", path={"user_id": UNKNOWN_USER}),
        Request(
            "deactivate", "deactivateEndUser", path={"user_id": Ref("register", "/data/user_id")}
        ),
        Request(
            "read deactivated", "getEndUser", path={"user_id": Ref("register", "/data/user_id")}
        ),
    ),
)

MONETIZATION = Scenario(
    "monetization",
    "monetization settings: create for a user, list, delete; permissions and history",
    (
        Request("user", "createEndUser", json=_user(3)),
        Request(
            "create",
            "createMonetizationSetting",
            json=documented(
                "sfox", "createMonetizationSetting", user_id=Ref("user", "/data/user_id")
            ),
        ),
        Request("list", "getMonetizationSettings"),
        Request("permissions", "getMonetizationPermissions"),
        Request("history", "getMonetizationHistory"),
        Request(
            "delete",
            "deleteMonetizationSetting",
            path={"id": Ref("create", "/data/monetization_id")},
        ),
    ),
)

TRANSFERS = Scenario(
    "transfers",
    "transfer history; a transfer for a user sFOX does not know",
    (
        Request("history", "listTransfers"),
        Request(
            "for an unknown user",
            "createTransfer",
            json=documented(
                "sfox",
                "createTransfer",
                transfer_id=Tagged("{run}-0000-4000-8000-000000000001"),
                user_id=UNKNOWN_USER,
            ),
        ),
    ),
)

PLAN = ParityPlan(scenarios=(END_USERS, MONETIZATION, TRANSFERS), error_code=_error_code)
