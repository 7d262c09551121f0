from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

T = TypeVar("T", bound="CurrencyAccountWebhookPayload")


@_attrs_define
class CurrencyAccountWebhookPayload:
    """Payload of the currency account created (ACCCRE) and status update (ACCSUP) events.

    Attributes:
        status (str): Status of the currency account.
        balance (Decimal): Balance of the account as a decimal string.
        client_id (str): Id of the client owning the account.
        currency (str): ISO 4217 three-letter currency code.
    """

    status: str
    balance: Decimal
    client_id: str
    currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        balance = self.balance

        client_id = self.client_id

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "balance": balance,
                "clientId": client_id,
                "currency": currency,
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
        status = d.pop("status")

        balance = to_decimal(d.pop("balance"))

        client_id = d.pop("clientId")

        currency = d.pop("currency")

        currency_account_webhook_payload = cls(
            status=status,
            balance=balance,
            client_id=client_id,
            currency=currency,
        )

        currency_account_webhook_payload.additional_properties = d
        return currency_account_webhook_payload

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
