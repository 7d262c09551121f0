"""One thin handler per sFOX Connect operationId: read the call, ask the backend, render.

No rule lives here: ownership, money, states and refusals are the backend's; wire shapes are
`render`'s; the `{"data": ...}` envelope is the dialect's. Handlers only pick arguments out of
the validated request.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime, timedelta
from typing import Any

from corridor.simulator.definition import HandlerSet
from corridor.simulator.dialect import Answer, Call
from corridor.simulator.sfox import reference, render
from corridor.simulator.sfox.dialect import Caller
from corridor.simulator.sfox.domain.backend import Backend
from corridor.simulator.sfox.domain.banks import ManualDetails
from corridor.simulator.sfox.domain.edd import Answer as EddAnswer
from corridor.simulator.sfox.domain.edd import UploadedFile
from corridor.simulator.sfox.domain.monetization import SettingOrder
from corridor.simulator.sfox.domain.money import currency_code, decimal, positive, quantity
from corridor.simulator.sfox.domain.transfers import TransferOrder
from corridor.simulator.sfox.domain.users import EndUser, Registration

handlers: HandlerSet[Backend] = HandlerSet()
operation = handlers.operation


def end_user(call: Call) -> EndUser:
    """The user a user auth token acts for."""
    caller: Caller = call.principal
    return caller.end_user


def body(call: Call) -> dict[str, Any]:
    return call.body if isinstance(call.body, dict) else {}


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
EARLIEST = datetime(1, 1, 2, tzinfo=UTC)
LATEST = datetime(9999, 12, 30, tzinfo=UTC)


def milliseconds(value: int | str | None) -> datetime | None:
    """A Unix timestamp in milliseconds; one beyond the calendar is no bound at all."""
    if value is None:
        return None
    number = int(value)
    try:
        return EPOCH + timedelta(milliseconds=number)
    except OverflowError:
        return EARLIEST if number < 0 else LATEST


def months_before(moment: datetime, months: int) -> datetime:
    """The same time `months` calendar months earlier (the 31st becomes the month's last day)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


# ---- End Users ------------------------------------------------------------------------------


@operation("createEndUser")
def create_end_user(backend: Backend, call: Call) -> Answer:
    sent = call.body
    details = {
        key: sent[key] for key in ("individual", "business", "beneficial_owners") if key in sent
    }
    registration = Registration(
        user_id=sent["user_id"],
        account_type=sent["account_type"],
        account_role=sent["account_role"],
        first_name=sent["first_name"],
        last_name=sent["last_name"],
        email=sent["email"],
        phone_country_code=sent["phone_country_code"],
        phone_number=sent["phone_number"],
        account_purpose=sent["account_purpose"],
        advisor_user_id=sent.get("advisor_user_id"),
        source_of_funds=sent.get("source_of_funds"),
        details=details,
    )
    return Answer(render.end_user(backend.users.register(registration)), status=201)


@operation("requestVerificationCode")
def request_verification_code(backend: Backend, call: Call) -> Answer:
    channel = call.body["type"]
    user = backend.users.send_code(call.path["user_id"], channel)
    # the field table names the key per channel (the current SMS example reuses "email")
    key = "email" if channel == "email" else "phone_number"
    return Answer({"user_id": user.id, "type": channel, key: user.address(channel)})


@operation("confirmVerificationCode")
def confirm_verification_code(backend: Backend, call: Call) -> Answer:
    user_id, channel = call.path["user_id"], call.body["type"]
    success = backend.users.confirm_code(user_id, channel, call.body["otp"])
    return Answer({"success": success, "user_id": user_id, "type": channel})


@operation("createUserAuthToken")
def create_user_auth_token(backend: Backend, call: Call) -> Answer:
    (token,) = backend.users.mint([call.path["user_id"]])
    return Answer(render.user_token(token), status=201)


@operation("createUserAuthTokens")
def create_user_auth_tokens(backend: Backend, call: Call) -> Answer:
    tokens = backend.users.mint(list(call.body["data"]))
    return Answer([render.user_token(token) for token in tokens], status=201)


@operation("getEndUser")
def get_end_user(backend: Backend, call: Call) -> Answer:
    return Answer(render.end_user(backend.users.active(call.path["user_id"])))


@operation("listEndUsers")
def list_end_users(backend: Backend, call: Call) -> Answer:
    users = backend.users.listed(call.query.get("accountRole"))
    return Answer([render.end_user(user) for user in users])


@operation("listEddRequests")
def list_edd_requests(backend: Backend, call: Call) -> Answer:
    requests = backend.edd.listed(call.query.get("user_id"))
    return Answer([render.edd_request(request) for request in requests])


@operation("listEddPrompts")
def list_edd_prompts(backend: Backend, call: Call) -> Answer:
    return Answer(render.edd_prompts(call.query.get("account_type")))


@operation("createEddResponses")
def create_edd_responses(backend: Backend, call: Call) -> Answer:
    user = backend.users.active(call.body["user_id"])
    prompts = {
        key: EddAnswer(answer["response"], answer.get("optional_free_form"))
        for key, answer in call.body["prompts"].items()
    }
    request = backend.edd.answer(user, prompts)
    return Answer(
        {
            "message": "All prompts answered.",
            "id": request.number,
            "ddq_id": request.questionnaire.ddq_id,
            "status": request.status,
        }
    )


@operation("submitDocuments")
def submit_documents(backend: Backend, call: Call) -> Answer:
    form = call.body
    user = backend.users.active(form["user_id"])
    files = [
        UploadedFile(part["name"], part.get("media_type"), part["size"], part["sha256"])
        for part in form["files"]
    ]
    backend.edd.upload(user, files, form["file_types"], form.get("ddq_id"))
    return Answer({"message": "Files uploaded successfully"}, status=202)


@operation("deactivateEndUser")
def deactivate_end_user(backend: Backend, call: Call) -> Answer:
    backend.deactivate(call.path["user_id"])
    return Answer()


# ---- Payments --------------------------------------------------------------------------------


def processor_tokens(call: Call) -> list[tuple[str, str]]:
    return [(item["processor"], item["token"]) for item in call.body["data"]]


@operation("createPlaidBankAccount")
def create_plaid_bank_account(backend: Backend, call: Call) -> Answer:
    bank = backend.banks.link_plaid(end_user(call), processor_tokens(call))
    return Answer([render.processor(item, bank) for item in bank.processors.values()])


@operation("createBankAccount")
def create_bank_account(backend: Backend, call: Call) -> Answer:
    sent = call.body
    details = ManualDetails(
        holder_type=sent["type"],
        account_kind=sent["bankAccountType"],
        international=sent["isInternational"],
        account_number=sent["accountnumber"],
        routing_number=sent.get("routingnumber"),
        swift_number=sent.get("swiftnumber"),
        enable_wires=sent["enableWires"],
        first_name=sent["firstname"],
        last_name=sent["lastname"],
        business_name=sent.get("name") if sent["type"] == "corporate" else None,
        currency=sent.get("bankCurrency"),
        bank_name=sent.get("bankname"),
        wire_instructions=sent.get("wireInstructions"),
        wire_routing_number=sent.get("wireRoutingnumber"),
    )
    user = end_user(call)
    bank = backend.banks.link_manual(user, details)
    return Answer(render.bank_accounts(bank, user.ref_id))


@operation("getBankAccount")
def get_bank_account(backend: Backend, call: Call) -> Answer:
    user = end_user(call)
    return Answer(render.bank_accounts(backend.banks.linked(user), user.ref_id))


@operation("deleteBankAccount")
def delete_bank_account(backend: Backend, call: Call) -> Answer:
    backend.banks.delete(end_user(call))
    return Answer()


@operation("getPlaidProcessors")
def get_plaid_processors(backend: Backend, call: Call) -> Answer:
    bank = backend.banks.owned(end_user(call), call.path["BANK_ACCOUNT_ID"])
    return Answer([render.processor(item, bank) for item in bank.processors.values()])


@operation("amendPlaidProcessors")
def amend_plaid_processors(backend: Backend, call: Call) -> Answer:
    bank = backend.banks.owned(end_user(call), call.path["BANK_ACCOUNT_ID"])
    amended = backend.banks.amend(bank, processor_tokens(call))
    return Answer([render.processor(item, bank) for item in amended])


@operation("verifyBankAccount")
def verify_bank_account(backend: Backend, call: Call) -> Answer:
    sent = call.body
    first = sent.get("amount1", sent.get("verifyAmount1"))
    second = sent.get("amount2", sent.get("verifyAmount2"))
    success = backend.banks.verify(end_user(call), decimal(first), decimal(second))
    return Answer({"success": success})


@operation("getWireInstructions")
def get_wire_instructions(backend: Backend, call: Call) -> Answer:
    user = end_user(call)
    return Answer({**reference.WIRE_INSTRUCTIONS, "sfox_user_ref_id": user.ref_id})


@operation("getAchAgreementStatus")
def get_ach_agreement_status(backend: Backend, call: Call) -> Answer:
    return Answer({"dwolla": backend.banks.accepted_dwolla(end_user(call))})


@operation("requestAchOnboarding")
def request_ach_onboarding(backend: Backend, call: Call) -> Answer:
    backend.banks.onboard_ach(end_user(call), call.body["bank_account_display_id"])
    return Answer({"success": True})


@operation("getAchDepositLimit")
def get_ach_deposit_limit(backend: Backend, call: Call) -> Answer:
    return Answer({"weekly_deposit_limit": backend.banks.weekly_ach_allowance(end_user(call))})


# ---- Withdrawals -------------------------------------------------------------------------------


@operation("confirmWithdrawal")
def confirm_withdrawal(backend: Backend, call: Call) -> Answer:
    success, withdrawal = backend.withdrawals.confirm(
        end_user(call), call.body["atx_id"], call.body["otp"]
    )
    return Answer(render.withdrawal_action(success, withdrawal))


@operation("resendWithdrawalOtp")
def resend_withdrawal_otp(backend: Backend, call: Call) -> Answer:
    withdrawal = backend.withdrawals.resend(end_user(call), call.body["atx_id"])
    return Answer(render.withdrawal_action(True, withdrawal))


@operation("cancelWithdrawal")
def cancel_withdrawal(backend: Backend, call: Call) -> Answer:
    backend.withdrawals.cancel(end_user(call), call.path["atx_id"])
    return Answer()


# ---- Transfers -----------------------------------------------------------------------------------


@operation("createTransfer")
def create_transfer(backend: Backend, call: Call) -> Answer:
    sent = call.body
    user = backend.users.active(sent["user_id"])
    currency = currency_code(sent["currency"])
    order = TransferOrder(
        transfer_id=sent["transfer_id"],
        user_id=user.id,
        type=sent["type"],
        purpose=sent["purpose"],
        description=sent["description"],
        currency=currency,
        quantity=quantity(sent["quantity"], currency),
        rate=positive(sent["rate"], "rate"),
    )
    return Answer(render.transfer(backend.transfers.create(user, order)), status=201)


@operation("confirmTransfer")
def confirm_transfer(backend: Backend, call: Call) -> Answer:
    transfer = backend.transfers.confirm(call.body["transfer_id"], call.body["otp"])
    return Answer(render.transfer(transfer), status=201)


@operation("resendTransferOtp")
def resend_transfer_otp(backend: Backend, call: Call) -> Answer:
    transfer = backend.transfers.pending(call.body["transfer_id"])
    backend.transfers.resend_code(transfer.id, backend.user(transfer.order.user_id))
    return Answer({"success": True})


@operation("cancelTransfer")
def cancel_transfer(backend: Backend, call: Call) -> Answer:
    backend.transfers.cancel(call.path["transfer_id"])
    return Answer({"success": True})


@operation("listTransfers")
def list_transfers(backend: Backend, call: Call) -> Answer:
    # the filters may come in the query string, the JSON body, or both: each one given holds
    sources = [call.query, body(call)]
    chosen: dict[str, str | None] = {}
    for name in ("type", "purpose", "status"):
        values = {str(source[name]) for source in sources if source.get(name) is not None}
        if len(values) > 1:
            return Answer([])  # no transfer has two types (purposes, statuses) at once
        chosen[name] = values.pop() if values else None
    starts = [milliseconds(source.get("from_date")) for source in sources]
    ends = [milliseconds(source.get("to_date")) for source in sources]
    start = max((moment for moment in starts if moment is not None), default=None)
    end = min((moment for moment in ends if moment is not None), default=None)
    if start is None:
        start = months_before(backend.clock.now(), reference.TRANSFER_HISTORY_DEFAULT_MONTHS)
    transfers = backend.transfers.history(
        type_=chosen["type"],
        purpose=chosen["purpose"],
        status=chosen["status"],
        start=start,
        end=end,
        limit=reference.TRANSFER_HISTORY_LIMIT,
    )
    return Answer([render.transfer(transfer) for transfer in transfers])


# ---- Monetization --------------------------------------------------------------------------------


@operation("createMonetizationSetting")
def create_monetization_setting(backend: Backend, call: Call) -> Answer:
    sent = call.body
    user_id = sent.get("user_id")
    if user_id is not None:
        backend.users.active(user_id)
    currency = sent.get("currency")
    order = SettingOrder(
        feature=sent["feature"],
        method=sent["method"],
        amount=decimal(sent["amount"]),
        user_id=user_id,
        security_pair=sent.get("security_pair"),
        currency=currency_code(currency) if currency is not None else None,
    )
    setting = backend.monetization.create(order)
    return Answer(render.setting(setting, pair_key="currency_pair"), status=201)


@operation("getMonetizationSettings")
def get_monetization_settings(backend: Backend, call: Call) -> Answer:
    # the filters may come in the query string, the JSON body, or both: each one given holds
    chosen: dict[str, str | None] = {}
    for name in ("feature", "method", "currency", "user_id"):
        values = {str(source[name]) for source in (call.query, body(call)) if source.get(name)}
        if name == "currency":
            values = {value.lower() for value in values}
        if len(values) > 1:
            return Answer([])  # no setting has two features (methods, ...) at once
        chosen[name] = values.pop() if values else None
    settings = backend.monetization.listed(
        chosen["feature"], chosen["method"], chosen["currency"], chosen["user_id"]
    )
    return Answer([render.setting(item, pair_key="security_pair_raw") for item in settings])


@operation("updateMonetizationSetting")
def update_monetization_setting(backend: Backend, call: Call) -> Answer:
    amount = decimal(call.body["new_monetization_amount"])
    setting = backend.monetization.update(call.path["id"], amount)
    return Answer(render.setting(setting, pair_key="security_pair_raw"))


@operation("deleteMonetizationSetting")
def delete_monetization_setting(backend: Backend, call: Call) -> Answer:
    backend.monetization.delete(call.path["id"])
    return Answer({"success": True})


@operation("getMonetizationPermissions")
def get_monetization_permissions(backend: Backend, call: Call) -> Answer:
    pairs = backend.monetization.permissions
    return Answer([render.permission(feature, method) for feature, method in pairs])


@operation("getMonetizationHistory")
def get_monetization_history(backend: Backend, call: Call) -> Answer:
    q = call.query
    fees = backend.monetization.history(
        start=milliseconds(q.get("from_date")),
        end=milliseconds(q.get("to_date")),
        feature=q.get("feature"),
        method=q.get("method"),
        user_id=q.get("user_id"),
        currency=q.get("currency"),
        limit=reference.MONETIZATION_HISTORY_LIMIT,
    )
    return Answer([render.fee(item) for item in fees])
