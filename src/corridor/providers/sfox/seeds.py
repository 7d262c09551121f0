"""Real sFOX Connect objects for a contract run, made through sFOX's own API.

Before Schemathesis runs, the seeder registers end users of every kind (clients and advisors,
individuals and a business, users waiting for a verification code, users with an EDD request,
users with nothing to lose for deactivation, the users the documented examples name) and the
verification user whose token signs the Withdrawals and the stateless Payments operations; the
Payments operations that depend on a bank account's state each run as a user prepared for
them. When the target is simulated it also funds the master account and the users, starts
withdrawals and opens EDD requests through the control API, then makes pending PAYMENT
transfers and monetization settings through the API. The ids, and the codes the simulator
"sent", are bound to the parameters that take them; each object that an operation uses up (a
code confirmed, a transfer cancelled, a setting deleted) is bound to that operation alone.
"""

from __future__ import annotations

import uuid
from typing import Any

from corridor.providers.seeding import SeedContext, Seeds
from corridor.providers.sfox.credentials import USER

VERIFICATION_USER = "corridor-verification"
FUNDING = {"usd": "1000000", "eth": "1000", "btc": "100"}
# currencies of 8 decimal places: a bound currency keeps any schema-valid quantity valid (usd
# takes 2 places, which a quantity generated for another currency may exceed)
TRANSFERRED = ("eth", "btc")
QUANTITIES = (1, 0.5, 10, 25)
UPDATED_AMOUNTS = (0.02, 0.0025, 0.5)


def seed(context: SeedContext) -> Seeds:
    seeds = Seeds()
    # unique per run against a real service, whose users and transfer_ids outlive the run
    run = "seed" if context.simulated else f"seed-{uuid.uuid4().hex[:8]}"
    users = _Users(context, run)

    advisors = [users.register(f"advisor-{n}", role="advisor") for n in range(2)]
    # the Create End User Account example's advisor, so the documented request can succeed
    documented_advisor = context.documented("createEndUser")["advisor_user_id"]
    users.ensure(documented_advisor, role="advisor")
    advisors.append(documented_advisor)
    clients = [users.register(f"client-{n}", advisor=advisors[0]) for n in range(6)]
    # the Create Transfer example's user, so the documented request is one that can succeed
    documented_user = context.documented("createTransfer")["user_id"]
    users.ensure(documented_user)
    clients.append(documented_user)
    business = users.register("business-0", business=True)
    doomed = [users.register(f"doomed-{n}") for n in range(6)]
    waiting = [users.register(f"waiting-{n}", verified=False) for n in range(8)]
    users.ensure(VERIFICATION_USER)
    everyone = [*advisors, *clients, business]

    seeds.bind("body.advisor_user_id", advisors, operations=["createEndUser"])
    for operation in ("getEndUser", "createUserAuthToken"):
        seeds.bind("path.user_id", everyone, operations=[operation])
    seeds.bind("body.data[*]", everyone, operations=["createUserAuthTokens"])
    seeds.bind("path.user_id", doomed, operations=["deactivateEndUser"])
    seeds.bind("body.user_id", clients, operations=["createTransfer", "createMonetizationSetting"])
    seeds.bind("body.currency", TRANSFERRED, operations=["createTransfer"])
    seeds.bind("body.quantity", QUANTITIES, operations=["createTransfer"])
    seeds.bind("body.rate", (1, 2000), operations=["createTransfer"])
    # fresh ids, so that generated creates seldom repeat one (a repeat is a documented 422)
    fresh = [f"{run}-transfer-{uuid.uuid4()}" for _ in range(50)]
    seeds.bind("body.transfer_id", fresh, operations=["createTransfer"])
    seeds.bind("body.user_id", everyone, operations=["getMonetizationSettings"])
    seeds.bind("query.user_id", everyone, operations=["getMonetizationHistory"])

    # one waiting user gets an email code, which confirmVerificationCode uses up (a wrong code
    # is a 422, so user and code are bound as the one pair that matches);
    # requestVerificationCode takes the other half
    confirming = users.register("confirming", verified=False)
    context.call(
        "POST", f"/v1/enterprise/users/send-verification/{confirming}", json={"type": "email"}
    )
    seeds.bind("path.user_id", [confirming], operations=["confirmVerificationCode"])
    seeds.bind("body.otp", _codes(context, confirming), operations=["confirmVerificationCode"])
    seeds.bind("body.type", ["email"], operations=["confirmVerificationCode"])
    seeds.bind("path.user_id", waiting[4:], operations=["requestVerificationCode"])
    seeds.bind("body.type", ["email"], operations=["requestVerificationCode"])

    if context.control is not None:
        _fund(context, clients)
        _edd(context, seeds, users)
        _transfers(context, seeds, clients)
        _withdrawals(context, seeds)
    _monetization(context, seeds, clients)
    _payments(context, seeds, users)
    return seeds


class _Users:
    """Registers the seeded end users through Create End User Account."""

    def __init__(self, context: SeedContext, run: str) -> None:
        self.context = context
        self.run = run
        self.template = {
            key: value
            for key, value in context.documented("createEndUser").items()
            if key != "advisor_user_id"
        }

    def register(
        self,
        name: str,
        *,
        role: str = "client",
        advisor: str | None = None,
        business: bool = False,
        verified: bool = True,
    ) -> str:
        user_id = f"{self.run}-{name}"
        body: dict[str, Any] = {**self.template, "user_id": user_id, "account_role": role}
        if advisor is not None:
            body["advisor_user_id"] = advisor
        if business:
            body.pop("individual")
            body |= {
                "account_type": "corporation",
                "account_purpose": "Treasury Management",
                "business": {"name": f"{name} Ltd"},
                "beneficial_owners": [{"first_name": "Sean", "last_name": "Fox"}],
            }
        self.context.call("POST", "/v1/enterprise/register-account", json=body)
        if verified:
            self.verify(user_id, ("email",) if business else ("email", "sms"))
        return user_id

    def ensure(self, user_id: str, *, role: str = "client") -> None:
        """Register `user_id` unless an earlier run did, and verify it."""
        found = self.context.http.get(
            f"/v1/enterprise/users/{user_id}", headers=dict(self.context.headers)
        )
        if found.status_code == 404:
            body = {**self.template, "user_id": user_id, "account_role": role}
            self.context.call("POST", "/v1/enterprise/register-account", json=body)
        self.verify(user_id, ("email", "sms"))

    def verify(self, user_id: str, channels: tuple[str, ...]) -> None:
        """Verify the user's channels through the API with the codes "sent" to it (tokens are
        only for verified users); against a real service no code can be read."""
        if self.context.control is None:
            return
        for channel in channels:
            sent = self.context.http.post(
                f"/v1/enterprise/users/send-verification/{user_id}",
                json={"type": channel},
                headers=dict(self.context.headers),
            )
            if sent.status_code != 200:  # verified already (an earlier run)
                continue
            confirm = {"type": channel, "otp": _last_code(self.context, user_id)}
            self.context.call("POST", f"/v1/enterprise/users/verify/{user_id}", json=confirm)


def _user_headers(context: SeedContext, user_id: str) -> dict[str, str]:
    minted = context.call("POST", f"/v1/enterprise/user-tokens/{user_id}")
    return {"Authorization": f"Bearer {minted['data']['token']}"}


def _codes(context: SeedContext, user_id: str) -> list[str]:
    """The codes the simulator "sent" the user (none against a real service)."""
    if context.control is None:
        return []
    return [m["code"] for m in context.control.inbox(user_id) if m["code"] is not None]


def _last_code(context: SeedContext, user_id: str) -> str:
    codes = _codes(context, user_id)
    return codes[-1]


def _fund(context: SeedContext, clients: list[str]) -> None:
    assert context.control is not None
    for currency, amount in FUNDING.items():
        context.control.credit(currency, amount)
        for user_id in [*clients, VERIFICATION_USER]:
            context.control.credit(currency, amount, owner=user_id)


def _transfers(context: SeedContext, seeds: Seeds, clients: list[str]) -> None:
    """Pending PAYMENTs: some to confirm (with their codes), some to cancel, some to resend."""
    groups: dict[str, list[str]] = {"confirm": [], "cancel": [], "resend": []}
    codes: list[str] = []
    for purpose, transfer_ids in groups.items():
        for number in range(4):
            user_id = clients[number % len(clients)]
            transfer_id = f"seed-{purpose}-{number}-{uuid.uuid4().hex[:8]}"
            body = context.documented("createTransfer", transfer_id=transfer_id, user_id=user_id)
            context.call("POST", "/v1/enterprise/transfer", json=body)
            transfer_ids.append(transfer_id)
            if purpose == "confirm":
                codes.append(_last_code(context, user_id))
    seeds.bind("body.transfer_id", groups["confirm"], operations=["confirmTransfer"])
    seeds.bind("body.otp", codes, operations=["confirmTransfer"])
    seeds.bind("path.transfer_id", groups["cancel"], operations=["cancelTransfer"])
    seeds.bind("body.transfer_id", groups["resend"], operations=["resendTransferOtp"])


def _withdrawals(context: SeedContext, seeds: Seeds) -> None:
    """Withdrawals of the verification user waiting for their codes."""
    assert context.control is not None
    groups: dict[str, list[int]] = {"confirm": [], "cancel": [], "resend": []}
    for atx_ids in groups.values():
        for _ in range(4):
            started = context.control.act(
                "withdrawal", user_id=VERIFICATION_USER, currency="usd", amount="10"
            )
            atx_ids.append(int(started["atx_id"]))
    codes = [
        m["code"]
        for m in context.control.inbox(VERIFICATION_USER)
        if m["details"].get("atx_id") in groups["confirm"]
    ]
    seeds.bind("body.atx_id", groups["confirm"], operations=["confirmWithdrawal"])
    seeds.bind("body.otp", codes, operations=["confirmWithdrawal"])
    seeds.bind("body.atx_id", groups["resend"], operations=["resendWithdrawalOtp"])
    seeds.bind("path.atx_id", groups["cancel"], operations=["cancelWithdrawal"])


def _edd(context: SeedContext, seeds: Seeds, users: _Users) -> None:
    """Users with an outstanding EDD request, and the files their answers name uploaded."""
    assert context.control is not None
    answering = [users.register(f"edd-{n}") for n in range(6)]
    # The EDD examples name their user ${USER_ID}: a user of that very id lets the documented
    # answers (and the documented upload) reach the questionnaire's rules as they stand.
    placeholder = context.documented("createEddResponses")["user_id"]
    users.ensure(placeholder)
    answering.append(placeholder)
    uploading = [users.register(f"documents-{n}") for n in range(3)]
    for user_id in [*answering, *uploading]:
        context.control.act("edd-request", user_id=user_id)
    seeds.bind("body.user_id", answering, operations=["createEddResponses"])
    # the history of one of them leads the stateful phase to its questionnaire
    seeds.bind("query.user_id", [*answering, *uploading], operations=["listEddRequests"])
    seeds.bind("body.user_id", uploading, operations=["submitDocuments"])
    # a generated file part is named after its field
    seeds.bind(
        "body.file_types", ['{"files": "ID"}', '{"files": "PoR"}'], operations=["submitDocuments"]
    )
    seeds.bind("body.ddq_id", ["1", "2"], operations=["submitDocuments"])


def _monetization(context: SeedContext, seeds: Seeds, clients: list[str]) -> None:
    """Settings to update and others to delete, one per client and kind."""
    kept: list[int] = []
    doomed: list[int] = []
    for number, user_id in enumerate(clients):
        body = context.documented("createMonetizationSetting", user_id=user_id)
        created = context.call("POST", "/v1/enterprise/monetization/settings", json=body)
        (kept if number % 2 == 0 else doomed).append(created["data"]["monetization_id"])
    seeds.bind("path.id", kept, operations=["updateMonetizationSetting"])
    # amounts a setting takes (a rate below 1, at most 8 places), which generated numbers rarely are
    seeds.bind(
        "body.new_monetization_amount", UPDATED_AMOUNTS, operations=["updateMonetizationSetting"]
    )
    seeds.bind("path.id", doomed, operations=["deleteMonetizationSetting"])


def _payments(context: SeedContext, seeds: Seeds, users: _Users) -> None:
    """One end user per bank-account state the Payments operations need, each operation
    signed as the user whose state it can act on: linking needs no bank account, deleting and
    the Plaid operations need one, verifying needs one waiting for its micro-deposits."""
    plaid_link = context.documented("createPlaidBankAccount")
    linker = users.register("bank-linker")
    linker_headers = _user_headers(context, linker)
    context.call(
        "POST", "/v1/bank-accounts/plaid-processors", json=plaid_link, headers=linker_headers
    )
    seeds.sign_as(
        USER,
        linker_headers,
        operations=["createPlaidBankAccount", "deleteBankAccount"],
    )
    seeds.sign_as(
        USER,
        _user_headers(context, users.register("bank-manual")),
        operations=["createBankAccount"],
    )

    plaid = users.register("bank-plaid")
    plaid_headers = _user_headers(context, plaid)
    context.call(
        "POST", "/v1/bank-accounts/plaid-processors", json=plaid_link, headers=plaid_headers
    )
    linked = context.call("GET", "/v1/user/bank", headers=plaid_headers)
    bank_ids = [account["id"] for accounts in linked.values() for account in accounts]
    plaid_operations = ["getPlaidProcessors", "amendPlaidProcessors", "requestAchOnboarding"]
    seeds.sign_as(USER, plaid_headers, operations=plaid_operations)
    seeds.bind("path.BANK_ACCOUNT_ID", bank_ids, operations=plaid_operations[:2])
    seeds.bind("body.bank_account_display_id", bank_ids, operations=["requestAchOnboarding"])

    verifier = users.register("bank-verifier")
    verifier_headers = _user_headers(context, verifier)
    context.call(
        "POST",
        "/v1/user/bank",
        json=context.documented("createBankAccount"),
        headers=verifier_headers,
    )
    seeds.sign_as(USER, verifier_headers, operations=["verifyBankAccount"])
    if context.control is not None:
        (statement,) = [
            m for m in context.control.inbox(verifier) if m["channel"] == "bank statement"
        ]
        first, second = (float(amount) for amount in statement["details"]["amounts"])
        for names in (("amount1", "amount2"), ("verifyAmount1", "verifyAmount2")):
            seeds.bind(f"body.{names[0]}", [first], operations=["verifyBankAccount"])
            seeds.bind(f"body.{names[1]}", [second], operations=["verifyBankAccount"])
