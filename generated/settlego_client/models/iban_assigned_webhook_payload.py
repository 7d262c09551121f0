from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

if TYPE_CHECKING:
    from ..models.routing_code import RoutingCode


T = TypeVar("T", bound="IbanAssignedWebhookPayload")


@_attrs_define
class IbanAssignedWebhookPayload:
    """Payload of the IBAN assigned event (IBANAS): the currency account with its newly assigned bank details.

    Attributes:
        client_id (str): Id of the client owning the account.
        currency (str): ISO 4217 three-letter currency code.
        status (str): Status of the currency account.
        balance (Decimal): Balance of the account.
        bank_name (None | str): Name of the bank, when known.
        bank_account_holder_name (None | str): Account holder name.
        account_number (None | str): Account number, where the country uses one.
        bic_swift (None | str): BIC/SWIFT of the bank.
        iban (str): The IBAN assigned to the account.
        bank_address (None | str): Address of the bank, when known.
        bank_country (None | str):
        routing_code_list (list[RoutingCode] | None): Routing codes of the account, when any.
    """

    client_id: str
    currency: str
    status: str
    balance: Decimal
    bank_name: None | str
    bank_account_holder_name: None | str
    account_number: None | str
    bic_swift: None | str
    iban: str
    bank_address: None | str
    bank_country: None | str
    routing_code_list: list[RoutingCode] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        currency = self.currency

        status = self.status

        balance = self.balance

        bank_name: None | str
        bank_name = self.bank_name

        bank_account_holder_name: None | str
        bank_account_holder_name = self.bank_account_holder_name

        account_number: None | str
        account_number = self.account_number

        bic_swift: None | str
        bic_swift = self.bic_swift

        iban = self.iban

        bank_address: None | str
        bank_address = self.bank_address

        bank_country: None | str
        bank_country = self.bank_country

        routing_code_list: list[dict[str, Any]] | None
        if isinstance(self.routing_code_list, list):
            routing_code_list = []
            for routing_code_list_type_0_item_data in self.routing_code_list:
                routing_code_list_type_0_item = (
                    routing_code_list_type_0_item_data.to_dict()
                )
                routing_code_list.append(routing_code_list_type_0_item)

        else:
            routing_code_list = self.routing_code_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "currency": currency,
                "status": status,
                "balance": balance,
                "bankName": bank_name,
                "bankAccountHolderName": bank_account_holder_name,
                "accountNumber": account_number,
                "bicSwift": bic_swift,
                "iban": iban,
                "bankAddress": bank_address,
                "bankCountry": bank_country,
                "routingCodeList": routing_code_list,
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
        client_id = d.pop("clientId")

        currency = d.pop("currency")

        status = d.pop("status")

        balance = to_decimal(d.pop("balance"))

        def _parse_bank_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bank_name = _parse_bank_name(d.pop("bankName"))

        def _parse_bank_account_holder_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bank_account_holder_name = _parse_bank_account_holder_name(
            d.pop("bankAccountHolderName")
        )

        def _parse_account_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_number = _parse_account_number(d.pop("accountNumber"))

        def _parse_bic_swift(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bic_swift = _parse_bic_swift(d.pop("bicSwift"))

        iban = d.pop("iban")

        def _parse_bank_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bank_address = _parse_bank_address(d.pop("bankAddress"))

        def _parse_bank_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bank_country = _parse_bank_country(d.pop("bankCountry"))

        def _parse_routing_code_list(data: object) -> list[RoutingCode] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                routing_code_list_type_0 = []
                _routing_code_list_type_0 = data
                for routing_code_list_type_0_item_data in _routing_code_list_type_0:
                    routing_code_list_type_0_item = RoutingCode.from_dict(
                        routing_code_list_type_0_item_data
                    )

                    routing_code_list_type_0.append(routing_code_list_type_0_item)

                return routing_code_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RoutingCode] | None, data)

        routing_code_list = _parse_routing_code_list(d.pop("routingCodeList"))

        iban_assigned_webhook_payload = cls(
            client_id=client_id,
            currency=currency,
            status=status,
            balance=balance,
            bank_name=bank_name,
            bank_account_holder_name=bank_account_holder_name,
            account_number=account_number,
            bic_swift=bic_swift,
            iban=iban,
            bank_address=bank_address,
            bank_country=bank_country,
            routing_code_list=routing_code_list,
        )

        iban_assigned_webhook_payload.additional_properties = d
        return iban_assigned_webhook_payload

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
