from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.beneficiary_type import BeneficiaryType
from ..models.payment_status import PaymentStatus
from ..models.payment_type import PaymentType
from ..models.reason_code import ReasonCode

if TYPE_CHECKING:
    from ..models.routing_code import RoutingCode


T = TypeVar("T", bound="PaymentDetail")


@_attrs_define
class PaymentDetail:
    """A payment with a snapshot of its beneficiary and the beneficiary's bank account, as returned by get payment by id
    and by external id. Retail-only, corporate-only and optional bank fields are null when they do not apply.

        Attributes:
            id (str): Payment id.
            currency (str): ISO 4217 three-letter currency code.
            amount (Decimal): Payment amount.
            payment_date (datetime.date): Date of the payment.
            beneficiary_id (str): Id of the beneficiary receiving the payment.
            payment_type (PaymentType):
            reason_code (ReasonCode):
            reason (None | str): Free-text reason of the payment.
            payment_reference (str): End-to-end reference passed on to the payee.
            payment_status (PaymentStatus):
            external_id (None | str): Client-chosen unique reference of the payment, if one was given.
            transaction_reference (str): Human-readable SettleGo reference of the payment.
            beneficiary_external_id (str): Client-chosen unique reference of the beneficiary.
            beneficiary_name (str): Name of the beneficiary.
            beneficiary_type (BeneficiaryType):
            beneficiary_first_name (None | str): First name of a retail beneficiary.
            beneficiary_last_name (None | str): Last name of a retail beneficiary.
            beneficiary_birth_date (None | str): Birth date of a retail beneficiary.
            beneficiary_company_name (None | str): Company name of a corporate beneficiary.
            beneficiary_country (str): Country of the beneficiary's address.
            beneficiary_state (None | str): State of the beneficiary's address.
            beneficiary_postal_code (str): Postal code of the beneficiary's address.
            beneficiary_city (str): City of the beneficiary's address.
            beneficiary_address_line (str): Street line of the beneficiary's address.
            beneficiary_account_number (None | str): Beneficiary's bank account number.
            beneficiary_iban (None | str): Beneficiary's IBAN.
            beneficiary_bic (None | str): Bank identifier code of the beneficiary's bank.
            beneficiary_currency (str): ISO 4217 three-letter currency code.
            beneficiary_bank_account_country (str): Country of the beneficiary's bank account.
            beneficiary_bank_account_holder_name (str): Holder name of the beneficiary's bank account.
            beneficiary_payment_type_list (list[PaymentType]): The one or two payment types the beneficiary account accepts.
            beneficiary_routing_code_list (list[RoutingCode] | None): National routing codes of the beneficiary's bank
                account.
            beneficiary_bank_name (None | str): Name of the beneficiary's bank.
            beneficiary_bank_address (None | str): Address of the beneficiary's bank.
            total_fees (Decimal): Total fees charged for the payment.
            creation_date_time (str): Date and time the payment was created (no timezone).
            completion_date_time (None | str): Date and time the payment completed; null until then.
    """

    id: str
    currency: str
    amount: Decimal
    payment_date: datetime.date
    beneficiary_id: str
    payment_type: PaymentType
    reason_code: ReasonCode
    reason: None | str
    payment_reference: str
    payment_status: PaymentStatus
    external_id: None | str
    transaction_reference: str
    beneficiary_external_id: str
    beneficiary_name: str
    beneficiary_type: BeneficiaryType
    beneficiary_first_name: None | str
    beneficiary_last_name: None | str
    beneficiary_birth_date: None | str
    beneficiary_company_name: None | str
    beneficiary_country: str
    beneficiary_state: None | str
    beneficiary_postal_code: str
    beneficiary_city: str
    beneficiary_address_line: str
    beneficiary_account_number: None | str
    beneficiary_iban: None | str
    beneficiary_bic: None | str
    beneficiary_currency: str
    beneficiary_bank_account_country: str
    beneficiary_bank_account_holder_name: str
    beneficiary_payment_type_list: list[PaymentType]
    beneficiary_routing_code_list: list[RoutingCode] | None
    beneficiary_bank_name: None | str
    beneficiary_bank_address: None | str
    total_fees: Decimal
    creation_date_time: str
    completion_date_time: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        currency = self.currency

        amount = self.amount

        payment_date = self.payment_date.isoformat()

        beneficiary_id = self.beneficiary_id

        payment_type = self.payment_type.value

        reason_code = self.reason_code.value

        reason: None | str
        reason = self.reason

        payment_reference = self.payment_reference

        payment_status = self.payment_status.value

        external_id: None | str
        external_id = self.external_id

        transaction_reference = self.transaction_reference

        beneficiary_external_id = self.beneficiary_external_id

        beneficiary_name = self.beneficiary_name

        beneficiary_type = self.beneficiary_type.value

        beneficiary_first_name: None | str
        beneficiary_first_name = self.beneficiary_first_name

        beneficiary_last_name: None | str
        beneficiary_last_name = self.beneficiary_last_name

        beneficiary_birth_date: None | str
        beneficiary_birth_date = self.beneficiary_birth_date

        beneficiary_company_name: None | str
        beneficiary_company_name = self.beneficiary_company_name

        beneficiary_country = self.beneficiary_country

        beneficiary_state: None | str
        beneficiary_state = self.beneficiary_state

        beneficiary_postal_code = self.beneficiary_postal_code

        beneficiary_city = self.beneficiary_city

        beneficiary_address_line = self.beneficiary_address_line

        beneficiary_account_number: None | str
        beneficiary_account_number = self.beneficiary_account_number

        beneficiary_iban: None | str
        beneficiary_iban = self.beneficiary_iban

        beneficiary_bic: None | str
        beneficiary_bic = self.beneficiary_bic

        beneficiary_currency = self.beneficiary_currency

        beneficiary_bank_account_country = self.beneficiary_bank_account_country

        beneficiary_bank_account_holder_name = self.beneficiary_bank_account_holder_name

        beneficiary_payment_type_list = []
        for (
            beneficiary_payment_type_list_item_data
        ) in self.beneficiary_payment_type_list:
            beneficiary_payment_type_list_item = (
                beneficiary_payment_type_list_item_data.value
            )
            beneficiary_payment_type_list.append(beneficiary_payment_type_list_item)

        beneficiary_routing_code_list: list[dict[str, Any]] | None
        if isinstance(self.beneficiary_routing_code_list, list):
            beneficiary_routing_code_list = []
            for (
                beneficiary_routing_code_list_type_0_item_data
            ) in self.beneficiary_routing_code_list:
                beneficiary_routing_code_list_type_0_item = (
                    beneficiary_routing_code_list_type_0_item_data.to_dict()
                )
                beneficiary_routing_code_list.append(
                    beneficiary_routing_code_list_type_0_item
                )

        else:
            beneficiary_routing_code_list = self.beneficiary_routing_code_list

        beneficiary_bank_name: None | str
        beneficiary_bank_name = self.beneficiary_bank_name

        beneficiary_bank_address: None | str
        beneficiary_bank_address = self.beneficiary_bank_address

        total_fees = self.total_fees

        creation_date_time = self.creation_date_time

        completion_date_time: None | str
        completion_date_time = self.completion_date_time

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
                "reasonCode": reason_code,
                "reason": reason,
                "paymentReference": payment_reference,
                "paymentStatus": payment_status,
                "externalId": external_id,
                "transactionReference": transaction_reference,
                "beneficiaryExternalId": beneficiary_external_id,
                "beneficiaryName": beneficiary_name,
                "beneficiaryType": beneficiary_type,
                "beneficiaryFirstName": beneficiary_first_name,
                "beneficiaryLastName": beneficiary_last_name,
                "beneficiaryBirthDate": beneficiary_birth_date,
                "beneficiaryCompanyName": beneficiary_company_name,
                "beneficiaryCountry": beneficiary_country,
                "beneficiaryState": beneficiary_state,
                "beneficiaryPostalCode": beneficiary_postal_code,
                "beneficiaryCity": beneficiary_city,
                "beneficiaryAddressLine": beneficiary_address_line,
                "beneficiaryAccountNumber": beneficiary_account_number,
                "beneficiaryIban": beneficiary_iban,
                "beneficiaryBic": beneficiary_bic,
                "beneficiaryCurrency": beneficiary_currency,
                "beneficiaryBankAccountCountry": beneficiary_bank_account_country,
                "beneficiaryBankAccountHolderName": beneficiary_bank_account_holder_name,
                "beneficiaryPaymentTypeList": beneficiary_payment_type_list,
                "beneficiaryRoutingCodeList": beneficiary_routing_code_list,
                "beneficiaryBankName": beneficiary_bank_name,
                "beneficiaryBankAddress": beneficiary_bank_address,
                "totalFees": total_fees,
                "creationDateTime": creation_date_time,
                "completionDateTime": completion_date_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.routing_code import RoutingCode

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

        reason_code = ReasonCode(d.pop("reasonCode"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        payment_reference = d.pop("paymentReference")

        payment_status = PaymentStatus(d.pop("paymentStatus"))

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("externalId"))

        transaction_reference = d.pop("transactionReference")

        beneficiary_external_id = d.pop("beneficiaryExternalId")

        beneficiary_name = d.pop("beneficiaryName")

        beneficiary_type = BeneficiaryType(d.pop("beneficiaryType"))

        def _parse_beneficiary_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_first_name = _parse_beneficiary_first_name(
            d.pop("beneficiaryFirstName")
        )

        def _parse_beneficiary_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_last_name = _parse_beneficiary_last_name(
            d.pop("beneficiaryLastName")
        )

        def _parse_beneficiary_birth_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_birth_date = _parse_beneficiary_birth_date(
            d.pop("beneficiaryBirthDate")
        )

        def _parse_beneficiary_company_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_company_name = _parse_beneficiary_company_name(
            d.pop("beneficiaryCompanyName")
        )

        beneficiary_country = d.pop("beneficiaryCountry")

        def _parse_beneficiary_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_state = _parse_beneficiary_state(d.pop("beneficiaryState"))

        beneficiary_postal_code = d.pop("beneficiaryPostalCode")

        beneficiary_city = d.pop("beneficiaryCity")

        beneficiary_address_line = d.pop("beneficiaryAddressLine")

        def _parse_beneficiary_account_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_account_number = _parse_beneficiary_account_number(
            d.pop("beneficiaryAccountNumber")
        )

        def _parse_beneficiary_iban(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_iban = _parse_beneficiary_iban(d.pop("beneficiaryIban"))

        def _parse_beneficiary_bic(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_bic = _parse_beneficiary_bic(d.pop("beneficiaryBic"))

        beneficiary_currency = d.pop("beneficiaryCurrency")

        beneficiary_bank_account_country = d.pop("beneficiaryBankAccountCountry")

        beneficiary_bank_account_holder_name = d.pop("beneficiaryBankAccountHolderName")

        beneficiary_payment_type_list = []
        _beneficiary_payment_type_list = d.pop("beneficiaryPaymentTypeList")
        for beneficiary_payment_type_list_item_data in _beneficiary_payment_type_list:
            beneficiary_payment_type_list_item = PaymentType(
                beneficiary_payment_type_list_item_data
            )

            beneficiary_payment_type_list.append(beneficiary_payment_type_list_item)

        def _parse_beneficiary_routing_code_list(
            data: object,
        ) -> list[RoutingCode] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                beneficiary_routing_code_list_type_0 = []
                _beneficiary_routing_code_list_type_0 = data
                for (
                    beneficiary_routing_code_list_type_0_item_data
                ) in _beneficiary_routing_code_list_type_0:
                    beneficiary_routing_code_list_type_0_item = RoutingCode.from_dict(
                        beneficiary_routing_code_list_type_0_item_data
                    )

                    beneficiary_routing_code_list_type_0.append(
                        beneficiary_routing_code_list_type_0_item
                    )

                return beneficiary_routing_code_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RoutingCode] | None, data)

        beneficiary_routing_code_list = _parse_beneficiary_routing_code_list(
            d.pop("beneficiaryRoutingCodeList")
        )

        def _parse_beneficiary_bank_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_bank_name = _parse_beneficiary_bank_name(
            d.pop("beneficiaryBankName")
        )

        def _parse_beneficiary_bank_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_bank_address = _parse_beneficiary_bank_address(
            d.pop("beneficiaryBankAddress")
        )

        total_fees = to_decimal(d.pop("totalFees"))

        creation_date_time = d.pop("creationDateTime")

        def _parse_completion_date_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completion_date_time = _parse_completion_date_time(d.pop("completionDateTime"))

        payment_detail = cls(
            id=id,
            currency=currency,
            amount=amount,
            payment_date=payment_date,
            beneficiary_id=beneficiary_id,
            payment_type=payment_type,
            reason_code=reason_code,
            reason=reason,
            payment_reference=payment_reference,
            payment_status=payment_status,
            external_id=external_id,
            transaction_reference=transaction_reference,
            beneficiary_external_id=beneficiary_external_id,
            beneficiary_name=beneficiary_name,
            beneficiary_type=beneficiary_type,
            beneficiary_first_name=beneficiary_first_name,
            beneficiary_last_name=beneficiary_last_name,
            beneficiary_birth_date=beneficiary_birth_date,
            beneficiary_company_name=beneficiary_company_name,
            beneficiary_country=beneficiary_country,
            beneficiary_state=beneficiary_state,
            beneficiary_postal_code=beneficiary_postal_code,
            beneficiary_city=beneficiary_city,
            beneficiary_address_line=beneficiary_address_line,
            beneficiary_account_number=beneficiary_account_number,
            beneficiary_iban=beneficiary_iban,
            beneficiary_bic=beneficiary_bic,
            beneficiary_currency=beneficiary_currency,
            beneficiary_bank_account_country=beneficiary_bank_account_country,
            beneficiary_bank_account_holder_name=beneficiary_bank_account_holder_name,
            beneficiary_payment_type_list=beneficiary_payment_type_list,
            beneficiary_routing_code_list=beneficiary_routing_code_list,
            beneficiary_bank_name=beneficiary_bank_name,
            beneficiary_bank_address=beneficiary_bank_address,
            total_fees=total_fees,
            creation_date_time=creation_date_time,
            completion_date_time=completion_date_time,
        )

        payment_detail.additional_properties = d
        return payment_detail

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
