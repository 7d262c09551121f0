from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.fee_collection_type import FeeCollectionType
from ..models.payment_type import PaymentType
from ..models.reason_code import ReasonCode

T = TypeVar("T", bound="PaymentValidation")


@_attrs_define
class PaymentValidation:
    """Outcome of validate payment: the payment as it would be made, its fees, total debit, a fee quote reference and
    whether the balance suffices (payIn* details when it does not).

        Attributes:
            currency (str): ISO 4217 three-letter currency code.
            amount (Decimal): Payment amount.
            payment_date (datetime.date): Date the payment would be made.
            beneficiary_id (str): Id of the beneficiary that would receive the payment.
            payment_type (PaymentType):
            reason_code (ReasonCode):
            reason (None | str): Free-text reason of the payment.
            payment_reference (str): End-to-end reference passed on to the payee.
            fee_quote_reference (str): Fee quote to pass to create payment.
            total_fees (Decimal): Fees for the payment.
            total_debit_amount (Decimal): Payment amount plus fees.
            has_enough_balance (bool): Whether the currency account balance covers the total debit.
            fee_collection_type (FeeCollectionType):
            pay_in_bank_name (None | str): Bank expecting the pay-in when the balance is insufficient.
            pay_in_bank_account_holder_name (None | str): Holder name of the pay-in bank account.
            pay_in_account_number (None | str): Account number expecting the pay-in.
            pay_in_bic_swift (None | str): BIC/SWIFT of the pay-in account.
            pay_in_iban (None | str): IBAN of the pay-in account.
            pay_in_reference (None | str): Reference to quote on the pay-in.
    """

    currency: str
    amount: Decimal
    payment_date: datetime.date
    beneficiary_id: str
    payment_type: PaymentType
    reason_code: ReasonCode
    reason: None | str
    payment_reference: str
    fee_quote_reference: str
    total_fees: Decimal
    total_debit_amount: Decimal
    has_enough_balance: bool
    fee_collection_type: FeeCollectionType
    pay_in_bank_name: None | str
    pay_in_bank_account_holder_name: None | str
    pay_in_account_number: None | str
    pay_in_bic_swift: None | str
    pay_in_iban: None | str
    pay_in_reference: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = self.amount

        payment_date = self.payment_date.isoformat()

        beneficiary_id = self.beneficiary_id

        payment_type = self.payment_type.value

        reason_code = self.reason_code.value

        reason: None | str
        reason = self.reason

        payment_reference = self.payment_reference

        fee_quote_reference = self.fee_quote_reference

        total_fees = self.total_fees

        total_debit_amount = self.total_debit_amount

        has_enough_balance = self.has_enough_balance

        fee_collection_type = self.fee_collection_type.value

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "amount": amount,
                "paymentDate": payment_date,
                "beneficiaryId": beneficiary_id,
                "paymentType": payment_type,
                "reasonCode": reason_code,
                "reason": reason,
                "paymentReference": payment_reference,
                "feeQuoteReference": fee_quote_reference,
                "totalFees": total_fees,
                "totalDebitAmount": total_debit_amount,
                "hasEnoughBalance": has_enough_balance,
                "feeCollectionType": fee_collection_type,
                "payInBankName": pay_in_bank_name,
                "payInBankAccountHolderName": pay_in_bank_account_holder_name,
                "payInAccountNumber": pay_in_account_number,
                "payInBicSwift": pay_in_bic_swift,
                "payInIban": pay_in_iban,
                "payInReference": pay_in_reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        currency = d.pop("currency")

        amount = to_decimal(d.pop("amount"))

        payment_date = datetime.date.fromisoformat(d.pop("paymentDate"))

        beneficiary_id = d.pop("beneficiaryId")

        payment_type = PaymentType(d.pop("paymentType"))

        reason_code = ReasonCode(d.pop("reasonCode"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        payment_reference = d.pop("paymentReference")

        fee_quote_reference = d.pop("feeQuoteReference")

        total_fees = to_decimal(d.pop("totalFees"))

        total_debit_amount = to_decimal(d.pop("totalDebitAmount"))

        has_enough_balance = d.pop("hasEnoughBalance")

        fee_collection_type = FeeCollectionType(d.pop("feeCollectionType"))

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

        payment_validation = cls(
            currency=currency,
            amount=amount,
            payment_date=payment_date,
            beneficiary_id=beneficiary_id,
            payment_type=payment_type,
            reason_code=reason_code,
            reason=reason,
            payment_reference=payment_reference,
            fee_quote_reference=fee_quote_reference,
            total_fees=total_fees,
            total_debit_amount=total_debit_amount,
            has_enough_balance=has_enough_balance,
            fee_collection_type=fee_collection_type,
            pay_in_bank_name=pay_in_bank_name,
            pay_in_bank_account_holder_name=pay_in_bank_account_holder_name,
            pay_in_account_number=pay_in_account_number,
            pay_in_bic_swift=pay_in_bic_swift,
            pay_in_iban=pay_in_iban,
            pay_in_reference=pay_in_reference,
        )

        payment_validation.additional_properties = d
        return payment_validation

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
