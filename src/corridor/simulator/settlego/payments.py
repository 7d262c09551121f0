"""Payments: validation with fees, creation, funding, status progression and cancellation.

A payment is debited (amount plus fees) as soon as its currency account holds enough; until
then it waits, and its answer carries the pay-in instructions for the missing deposit. A funded
payment advances on the simulator clock: pending -> processing -> released -> completed. Only a
payment that is not yet processing can be cancelled; cancelling a funded one refunds it.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from corridor.simulator.rules import ApiError, SimRequest, SimResponse
from corridor.simulator.settlego import reference
from corridor.simulator.settlego.state import SettleGoState, money, timestamp
from corridor.simulator.store import Record

# seconds after funding at which a payment reaches each status
PAYMENT_SCHEDULE = (("processing", 60), ("released", 300), ("completed", 3600))
CANCELLABLE = {"waiting_client_confirmation", "pending"}
FEE_COLLECTION = "onsource"  # fees are taken from the same currency account as the payment


class PaymentHandlers(SettleGoState):
    def validate_payment(self, request: SimRequest) -> SimResponse:
        client_id = self.acting_client(request)
        body = request.body
        beneficiary = self.payable_beneficiary(client_id, body)
        payment_type = body.get("paymentType") or beneficiary["paymentTypeList"][0]
        quote = self.price(client_id, body["currency"], body["amount"], payment_type)
        reference_id = self.new_id()
        validation = {
            "currency": body["currency"],
            "amount": quote["amount"],
            "paymentDate": self.payment_day(body["paymentDate"]).isoformat(),
            "beneficiaryId": beneficiary["id"],
            "paymentType": payment_type,
            "reasonCode": body["reasonCode"],
            "reason": body.get("reason"),
            "paymentReference": body["paymentReference"],
            "feeQuoteReference": reference_id,
            **{key: quote[key] for key in ("totalFees", "totalDebitAmount", "hasEnoughBalance")},
            "feeCollectionType": FEE_COLLECTION,
            **self.pay_in_instructions(client_id, body["currency"], quote["hasEnoughBalance"]),
        }
        return SimResponse(200, validation)

    def create_payment(self, request: SimRequest) -> SimResponse:
        client_id = self.acting_client(request)
        body = request.body
        beneficiary = self.payable_beneficiary(client_id, body)
        if body["paymentType"] not in beneficiary["paymentTypeList"]:
            raise ApiError(409, "the beneficiary cannot be paid by this paymentType", "paymentType")
        quote = self.price(client_id, body["currency"], body["amount"], body["paymentType"])
        payment_id = self.new_id()
        self.claim_external_id("payments", client_id, body.get("externalId"), payment_id)
        asked_day = date.fromisoformat(body["paymentDate"])
        now = self.clock.now()
        payment: Record = {
            "id": payment_id,
            "clientId": client_id,
            "externalId": body.get("externalId"),
            "currency": body["currency"],
            "amount": quote["amount"],
            "paymentDate": self.payment_day(body["paymentDate"]).isoformat(),
            "beneficiaryId": beneficiary["id"],
            "paymentType": body["paymentType"],
            "reasonCode": body["reasonCode"],
            "reason": body.get("reason"),
            "paymentReference": body["paymentReference"],
            "paymentStatus": "pending",
            "transactionReference": self.transaction_reference(),
            "totalFees": quote["totalFees"],
            "totalDebitAmount": quote["totalDebitAmount"],
            "hasEnoughBalance": quote["hasEnoughBalance"],
            "feeCollectionType": FEE_COLLECTION,
            "creationDateTime": timestamp(now),
            "completionDateTime": None,
            "onBehalfOf": body.get("onBehalfOf"),
            "funded": False,
            "beneficiary": dict(beneficiary),  # details as they were when the payment was made
        }
        self.store.put("payments", payment_id, payment)
        if quote["hasEnoughBalance"]:
            self.fund_payment(payment)
        self.emit("PAYCRE", payment_webhook_payload(payment))
        if payment["paymentDate"] != asked_day.isoformat():
            self.emit("PAYROL", payment_webhook_payload(payment))
        return SimResponse(200, self.payment_json(payment))

    def list_payments(self, request: SimRequest) -> SimResponse:
        clients = self.visible_clients(request)
        q = request.query
        payments = [
            p
            for p in self.store.values("payments")
            if p["clientId"] in clients
            and q.get("minCreationDate", "") <= p["creationDateTime"][:10]
            and p["creationDateTime"][:10] <= q.get("maxCreationDate", "9999")
            and q.get("minPaymentDate", "") <= p["paymentDate"] <= q.get("maxPaymentDate", "9999")
            and q.get("reference", p["paymentReference"]) == p["paymentReference"]
            and q.get("currency", p["currency"]) == p["currency"]
            and p["amount"] >= Decimal(str(q.get("minAmount", p["amount"])))
            and p["amount"] <= Decimal(str(q.get("maxAmount", p["amount"])))
            and q.get("beneficiaryId", p["beneficiaryId"]) == p["beneficiaryId"]
            and q.get("paymentStatus", p["paymentStatus"]) == p["paymentStatus"]
        ]
        pagination, entries = self.page(request, payments, payment_list_json)
        return SimResponse(200, {"pagination": pagination, "paymentList": entries})

    def get_payment(self, request: SimRequest) -> SimResponse:
        payment = self.owned("payments", request.path["id"], request)
        return SimResponse(200, self.payment_detail_json(payment))

    def get_payment_by_external_id(self, request: SimRequest) -> SimResponse:
        payment = self.by_external_id("payments", request.path["id"], request)
        return SimResponse(200, self.payment_detail_json(payment))

    def cancel_payment(self, request: SimRequest) -> SimResponse:
        self.cancel(self.owned("payments", request.path["id"], request))
        return SimResponse(200)

    def cancel_payment_by_external_id(self, request: SimRequest) -> SimResponse:
        self.cancel(self.by_external_id("payments", request.path["id"], request))
        return SimResponse(200)

    # ---- rules ---------------------------------------------------------------------------

    def payable_beneficiary(self, client_id: str, body: dict[str, Any]) -> Record:
        beneficiary = self.store.get("beneficiaries", body["beneficiaryId"])
        if beneficiary is None or beneficiary["clientId"] != client_id:
            raise ApiError(404, "no such beneficiary", "beneficiaryId")
        if beneficiary["currency"] != body["currency"]:
            raise ApiError(409, "the beneficiary is paid in another currency", "currency")
        return beneficiary

    def price(self, client_id: str, currency: str, amount: Any, payment_type: str) -> Record:
        account = self.account(client_id, currency)
        exact = money(amount, currency)
        if exact <= 0:
            raise ApiError(409, f"amount rounds to zero in {currency}", "amount")
        fees = money(reference.PAYMENT_FEES[payment_type], currency)
        total = exact + fees
        return {
            "amount": exact,
            "totalFees": fees,
            "totalDebitAmount": total,
            "hasEnoughBalance": account["balance"] >= total,
        }

    def payment_day(self, asked: str) -> date:
        """The asked date, rolled forward to the first working day it may settle on."""
        day = max(date.fromisoformat(asked), reference.first_working_day(self.clock.now()))
        while not reference.is_working_day(day):
            day += timedelta(days=1)
        return day

    def pay_in_instructions(self, client_id: str, currency: str, funded: bool) -> dict[str, Any]:
        keys = ("BankName", "BankAccountHolderName", "AccountNumber", "BicSwift", "Iban")
        if funded:
            return {f"payIn{key}": None for key in keys} | {"payInReference": None}
        account = self.account(client_id, currency)
        return {
            "payInBankName": account["bankName"],
            "payInBankAccountHolderName": account["bankAccountHolderName"],
            "payInAccountNumber": account["accountNumber"],
            "payInBicSwift": account["bicSwift"],
            "payInIban": account["iban"],
            "payInReference": f"PAYIN-{client_id[:8].upper()}",
        }

    def fund_payment(self, payment: Record) -> None:
        self.move(payment["clientId"], payment["currency"], -payment["totalDebitAmount"], "payment")
        payment["funded"] = True
        payment["hasEnoughBalance"] = True
        self.store.put("payments", payment["id"], payment)
        now = self.clock.now()
        for status, seconds in PAYMENT_SCHEDULE:
            self.schedule(now + timedelta(seconds=seconds), f"payment_{status}", payment["id"])

    def fund_waiting_payments(self, client_id: str, currency: str) -> None:
        for payment in self.store.values("payments"):
            if (
                payment["clientId"] == client_id
                and payment["currency"] == currency
                and not payment["funded"]
                and payment["paymentStatus"] in CANCELLABLE
                and self.account(client_id, currency)["balance"] >= payment["totalDebitAmount"]
            ):
                self.fund_payment(payment)

    def cancel(self, payment: Record) -> None:
        if payment["paymentStatus"] not in CANCELLABLE:
            raise ApiError(409, f"a {payment['paymentStatus']} payment cannot be cancelled")
        if payment["funded"]:
            refund = payment["totalDebitAmount"]
            self.move(payment["clientId"], payment["currency"], refund, "payment cancelled")
        payment["paymentStatus"] = "canceled"
        self.store.put("payments", payment["id"], payment)
        self.emit("PAYSUP", payment_webhook_payload(payment))

    def advance_payment(self, payment_id: str, status: str) -> None:
        payment = self.store.get("payments", payment_id)
        if payment is None or payment["paymentStatus"] in ("canceled", "failed", "completed"):
            return
        payment["paymentStatus"] = status
        if status == "completed":
            payment["completionDateTime"] = timestamp(self.clock.now())
        self.store.put("payments", payment_id, payment)
        self.emit("PAYSUP", payment_webhook_payload(payment))

    def on_payment_processing(self, payment_id: str) -> None:
        self.advance_payment(payment_id, "processing")

    def on_payment_released(self, payment_id: str) -> None:
        self.advance_payment(payment_id, "released")

    def on_payment_completed(self, payment_id: str) -> None:
        self.advance_payment(payment_id, "completed")

    # ---- answers -------------------------------------------------------------------------

    def payment_json(self, payment: Record) -> dict[str, Any]:
        funded = payment["funded"] or payment["paymentStatus"] not in CANCELLABLE
        hidden = ("funded", "beneficiary", "completionDateTime")
        body = {key: value for key, value in payment.items() if key not in hidden}
        return body | self.pay_in_instructions(payment["clientId"], payment["currency"], funded)

    def payment_detail_json(self, payment: Record) -> dict[str, Any]:
        fields = [
            "id",
            "externalId",
            "currency",
            "amount",
            "paymentDate",
            "paymentType",
            "reasonCode",
            "reason",
            "paymentReference",
            "paymentStatus",
            "transactionReference",
            "beneficiaryId",
            "totalFees",
            "creationDateTime",
            "completionDateTime",
        ]
        return {key: payment[key] for key in fields} | beneficiary_details(payment["beneficiary"])


def beneficiary_details(beneficiary: Record) -> dict[str, Any]:
    """The beneficiary fields a payment's detail view repeats, as of the payment."""
    renamed = {
        "externalId": "beneficiaryExternalId",
        "name": "beneficiaryName",
        "companyName": "beneficiaryCompanyName",
        "accountNumber": "beneficiaryAccountNumber",
        "iban": "beneficiaryIban",
        "bic": "beneficiaryBic",
        "currency": "beneficiaryCurrency",
        "bankAccountCountry": "beneficiaryBankAccountCountry",
        "bankAccountHolderName": "beneficiaryBankAccountHolderName",
        "paymentTypeList": "beneficiaryPaymentTypeList",
        "routingCodeList": "beneficiaryRoutingCodeList",
        "bankName": "beneficiaryBankName",
        "bankAddress": "beneficiaryBankAddress",
    }
    same = [
        "beneficiaryType",
        "beneficiaryFirstName",
        "beneficiaryLastName",
        "beneficiaryBirthDate",
        "beneficiaryCountry",
        "beneficiaryState",
        "beneficiaryPostalCode",
        "beneficiaryCity",
        "beneficiaryAddressLine",
    ]
    return {new: beneficiary[old] for old, new in renamed.items()} | {
        key: beneficiary[key] for key in same
    }


def payment_list_json(payment: Record) -> dict[str, Any]:
    fields = [
        "id",
        "externalId",
        "clientId",
        "currency",
        "amount",
        "paymentDate",
        "beneficiaryId",
        "paymentType",
        "reasonCode",
        "reason",
        "paymentReference",
        "paymentStatus",
        "transactionReference",
        "creationDateTime",
        "completionDateTime",
    ]
    return {key: payment[key] for key in fields}


def payment_webhook_payload(payment: Record) -> dict[str, Any]:
    return payment_list_json(payment) | {
        key: payment[key]
        for key in ("totalFees", "totalDebitAmount", "hasEnoughBalance", "feeCollectionType")
    }
