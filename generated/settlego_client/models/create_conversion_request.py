from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_conversion_request_term_agreement import (
    CreateConversionRequestTermAgreement,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateConversionRequest")


@_attrs_define
class CreateConversionRequest:
    """Accepts a conversion quote and books the conversion.

    Attributes:
        quote_id (str): Id of the quote returned by the create-quote call.
        term_agreement (CreateConversionRequestTermAgreement): Whether the client agrees to the conversion terms, as the
            string "true" or "false".
        external_id (str): Client-generated unique reference for the conversion.
        on_behalf_of (str | Unset): Id of the linked client the main client converts for.
    """

    quote_id: str
    term_agreement: CreateConversionRequestTermAgreement
    external_id: str
    on_behalf_of: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_id = self.quote_id

        term_agreement = self.term_agreement.value

        external_id = self.external_id

        on_behalf_of = self.on_behalf_of

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quoteId": quote_id,
                "termAgreement": term_agreement,
                "externalId": external_id,
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
        quote_id = d.pop("quoteId")

        term_agreement = CreateConversionRequestTermAgreement(d.pop("termAgreement"))

        external_id = d.pop("externalId")

        on_behalf_of = d.pop("onBehalfOf", UNSET)

        create_conversion_request = cls(
            quote_id=quote_id,
            term_agreement=term_agreement,
            external_id=external_id,
            on_behalf_of=on_behalf_of,
        )

        create_conversion_request.additional_properties = d
        return create_conversion_request

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
