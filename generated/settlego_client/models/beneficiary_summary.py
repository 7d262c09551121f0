from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BeneficiarySummary")


@_attrs_define
class BeneficiarySummary:
    """A beneficiary as it appears in a list.

    Attributes:
        id (str): Beneficiary id.
        external_id (None | str): Client-generated unique reference, null when none was given.
        beneficiary_name (str): Beneficiary name.
        bank_country_name (str): Full name of the bank account's country.
        currency (str): ISO 4217 three-letter currency code.
        client_id (str): Id of the client that owns the beneficiary.
    """

    id: str
    external_id: None | str
    beneficiary_name: str
    bank_country_name: str
    currency: str
    client_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id: None | str
        external_id = self.external_id

        beneficiary_name = self.beneficiary_name

        bank_country_name = self.bank_country_name

        currency = self.currency

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "externalId": external_id,
                "beneficiaryName": beneficiary_name,
                "bankCountryName": bank_country_name,
                "currency": currency,
                "clientId": client_id,
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
        id = d.pop("id")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("externalId"))

        beneficiary_name = d.pop("beneficiaryName")

        bank_country_name = d.pop("bankCountryName")

        currency = d.pop("currency")

        client_id = d.pop("clientId")

        beneficiary_summary = cls(
            id=id,
            external_id=external_id,
            beneficiary_name=beneficiary_name,
            bank_country_name=bank_country_name,
            currency=currency,
            client_id=client_id,
        )

        beneficiary_summary.additional_properties = d
        return beneficiary_summary

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
