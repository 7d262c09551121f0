from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.fee_collection_type import FeeCollectionType
from ..models.payment_status import PaymentStatus
from ..models.payment_type import PaymentType
from ..models.reason_code import ReasonCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """A payment as returned by create payment. The payIn* fields are filled only when the currency account balance does
    not cover the payment; they name the account to deposit into.

        Attributes:
            id (str): Payment id.
            currency (str): ISO 4217 three-letter currency code.
            amount (Decimal): Payment amount.
            payment_date (datetime.date): Date the payment is made.
            beneficiary_id (str): Id of the beneficiary receiving the payment.
            payment_type (PaymentType):
            reason (None | str): Free-text reason of the payment.
            reason_code (ReasonCode):
            payment_reference (str): End-to-end reference passed on to the payee.
            payment_status (PaymentStatus):
            external_id (None | str): Client-chosen unique reference, if one was given.
            pay_in_bank_name (None | str): Bank expecting the pay-in.
            pay_in_bank_account_holder_name (None | str): Holder name of the pay-in bank account.
            pay_in_account_number (None | str): Account number expecting the pay-in.
            pay_in_bic_swift (None | str): BIC/SWIFT of the pay-in account.
            pay_in_iban (None | str): IBAN of the pay-in account.
            pay_in_reference (None | str): Reference to quote on the pay-in.
            transaction_reference (str): Human-readable SettleGo reference of the payment.
            creation_date_time (str): Date and time the payment was requested (no timezone).
            client_id (str): Id of the client that made the payment.
            total_fees (Decimal): Fees charged for the payment.
            total_debit_amount (Decimal): Payment amount plus fees.
            has_enough_balance (bool): Whether the currency account balance covers the total debit.
            fee_collection_type (FeeCollectionType):
            on_behalf_of (None | str | Unset): Id of the linked client the payment was made for, when a main client acted
                for it.
    """

    id: str
    currency: str
    amount: Decimal
    payment_date: datetime.date
    beneficiary_id: str
    payment_type: PaymentType
    reason: None | str
    reason_code: ReasonCode
    payment_reference: str
    payment_status: PaymentStatus
    external_id: None | str
    pay_in_bank_name: None | str
    pay_in_bank_account_holder_name: None | str
    pay_in_account_number: None | str
    pay_in_bic_swift: None | str
    pay_in_iban: None | str
    pay_in_reference: None | str
    transaction_reference: str
    creation_date_time: str
    client_id: str
    total_fees: Decimal
    total_debit_amount: Decimal
    has_enough_balance: bool
    fee_collection_type: FeeCollectionType
    on_behalf_of: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        currency = self.currency

        amount = self.amount

        payment_date = self.payment_date.isoformat()

        beneficiary_id = self.beneficiary_id

        payment_type = self.payment_type.value

        reason: None | str
        reason = self.reason

        reason_code = self.reason_code.value

        payment_reference = self.payment_reference

        payment_status = self.payment_status.value

        external_id: None | str
        external_id = self.external_id

        pay_in_bank_name: None | str
        pay_in_bank_name = self.pay_in_bank_name

        pay_in_bank_account_holder_name: None | str
        pay_in_bank_account_holder_name = self.pay_in_bank_account_holder_name

        pay_in_account_number: None | str
        pay_in_account_number = self.pay_in_account_number

        pay_in_bic_swift: None | str
        pay_in_bic_swift = self.pay_in_bic_swift

        pay_in_iban: None | str
        pay_in_iban = self.pay_in_iban

        pay_in_reference: None | str
        pay_in_reference = self.pay_in_reference

        transaction_reference = self.transaction_reference

        creation_date_time = self.creation_date_time

        client_id = self.client_id

        total_fees = self.total_fees

        total_debit_amount = self.total_debit_amount

        has_enough_balance = self.has_enough_balance

        fee_collection_type = self.fee_collection_type.value

        on_behalf_of: None | str | Unset
        if isinstance(self.on_behalf_of, Unset):
            on_behalf_of = UNSET
        else:
            on_behalf_of = self.on_behalf_of

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "currency": currency,
                "amount": amount,
                "paymentDate": payment_date,
                "beneficiaryId": beneficiary_id,
                "paymentType": payment_type,
                "reason": reason,
                "reasonCode": reason_code,
                "paymentReference": payment_reference,
                "paymentStatus": payment_status,
                "externalId": external_id,
                "payInBankName": pay_in_bank_name,
                "payInBankAccountHolderName": pay_in_bank_account_holder_name,
                "payInAccountNumber": pay_in_account_number,
                "payInBicSwift": pay_in_bic_swift,
                "payInIban": pay_in_iban,
                "payInReference": pay_in_reference,
                "transactionReference": transaction_reference,
                "creationDateTime": creation_date_time,
                "clientId": client_id,
                "totalFees": total_fees,
                "totalDebitAmount": total_debit_amount,
                "hasEnoughBalance": has_enough_balance,
                "feeCollectionType": fee_collection_type,
            }
        )
        if on_behalf_of is not UNSET:
            field_dict["onBehalfOf"] = on_behalf_of

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id")

        currency = d.pop("currency")

        amount = to_decimal(d.pop("amount"))

        payment_date = datetime.date.fromisoformat(d.pop("paymentDate"))

        beneficiary_id = d.pop("beneficiaryId")

        payment_type = PaymentType(d.pop("paymentType"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        reason_code = ReasonCode(d.pop("reasonCode"))

        payment_reference = d.pop("paymentReference")

        payment_status = PaymentStatus(d.pop("paymentStatus"))

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("externalId"))

        def _parse_pay_in_bank_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pay_in_bank_name = _parse_pay_in_bank_name(d.pop("payInBankName"))

        def _parse_pay_in_bank_account_holder_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pay_in_bank_account_holder_name = _parse_pay_in_bank_account_holder_name(
            d.pop("payInBankAccountHolderName")
        )

        def _parse_pay_in_account_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pay_in_account_number = _parse_pay_in_account_number(
            d.pop("payInAccountNumber")
        )

        def _parse_pay_in_bic_swift(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pay_in_bic_swift = _parse_pay_in_bic_swift(d.pop("payInBicSwift"))

        def _parse_pay_in_iban(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pay_in_iban = _parse_pay_in_iban(d.pop("payInIban"))

        def _parse_pay_in_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pay_in_reference = _parse_pay_in_reference(d.pop("payInReference"))

        transaction_reference = d.pop("transactionReference")

        creation_date_time = d.pop("creationDateTime")

        client_id = d.pop("clientId")

        total_fees = to_decimal(d.pop("totalFees"))

        total_debit_amount = to_decimal(d.pop("totalDebitAmount"))

        has_enough_balance = d.pop("hasEnoughBalance")

        fee_collection_type = FeeCollectionType(d.pop("feeCollectionType"))

        def _parse_on_behalf_of(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        on_behalf_of = _parse_on_behalf_of(d.pop("onBehalfOf", UNSET))

        payment = cls(
            id=id,
            currency=currency,
            amount=amount,
            payment_date=payment_date,
            beneficiary_id=beneficiary_id,
            payment_type=payment_type,
            reason=reason,
            reason_code=reason_code,
            payment_reference=payment_reference,
            payment_status=payment_status,
            external_id=external_id,
            pay_in_bank_name=pay_in_bank_name,
            pay_in_bank_account_holder_name=pay_in_bank_account_holder_name,
            pay_in_account_number=pay_in_account_number,
            pay_in_bic_swift=pay_in_bic_swift,
            pay_in_iban=pay_in_iban,
            pay_in_reference=pay_in_reference,
            transaction_reference=transaction_reference,
            creation_date_time=creation_date_time,
            client_id=client_id,
            total_fees=total_fees,
            total_debit_amount=total_debit_amount,
            has_enough_balance=has_enough_balance,
            fee_collection_type=fee_collection_type,
            on_behalf_of=on_behalf_of,
        )

        payment.additional_properties = d
        return payment

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
