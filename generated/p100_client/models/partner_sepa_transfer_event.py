from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.sepa_transfer_outcome import SepaTransferOutcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_sepa_transfer_event_error import PartnerSepaTransferEventError


T = TypeVar("T", bound="PartnerSepaTransferEvent")


@_attrs_define
class PartnerSepaTransferEvent:
    """Outcome of a partner SEPA transfer. Types are inferred from the documented SUCCESSFUL example; a FAILED notification
    is smaller and centres on error.

        Attributes:
            id (str | Unset): Transfer id.
            type_ (str | Unset): Kind of transfer (external in the example).
            amount (Decimal | Unset): Amount sent, a decimal string in the example.
            transfer_title (str | Unset):
            destination_iban (str | Unset):
            receiver_first_name (None | str | Unset):
            receiver_last_name (None | str | Unset):
            status (SepaTransferOutcome | Unset): How a SEPA transfer ended.
            currency (str | Unset):
            fee (Decimal | Unset):
            created_at (datetime.datetime | Unset):
            error (PartnerSepaTransferEventError | Unset): Cause of a FAILED transfer; its structure was not stored.
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    transfer_title: str | Unset = UNSET
    destination_iban: str | Unset = UNSET
    receiver_first_name: None | str | Unset = UNSET
    receiver_last_name: None | str | Unset = UNSET
    status: SepaTransferOutcome | Unset = UNSET
    currency: str | Unset = UNSET
    fee: Decimal | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    error: PartnerSepaTransferEventError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        amount = self.amount

        transfer_title = self.transfer_title

        destination_iban = self.destination_iban

        receiver_first_name: None | str | Unset
        if isinstance(self.receiver_first_name, Unset):
            receiver_first_name = UNSET
        else:
            receiver_first_name = self.receiver_first_name

        receiver_last_name: None | str | Unset
        if isinstance(self.receiver_last_name, Unset):
            receiver_last_name = UNSET
        else:
            receiver_last_name = self.receiver_last_name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        currency = self.currency

        fee = self.fee

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if transfer_title is not UNSET:
            field_dict["transferTitle"] = transfer_title
        if destination_iban is not UNSET:
            field_dict["destinationIban"] = destination_iban
        if receiver_first_name is not UNSET:
            field_dict["receiverFirstName"] = receiver_first_name
        if receiver_last_name is not UNSET:
            field_dict["receiverLastName"] = receiver_last_name
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if fee is not UNSET:
            field_dict["fee"] = fee
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partner_sepa_transfer_event_error import (
            PartnerSepaTransferEventError,
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = to_decimal(_amount)

        transfer_title = d.pop("transferTitle", UNSET)

        destination_iban = d.pop("destinationIban", UNSET)

        def _parse_receiver_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receiver_first_name = _parse_receiver_first_name(
            d.pop("receiverFirstName", UNSET)
        )

        def _parse_receiver_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receiver_last_name = _parse_receiver_last_name(d.pop("receiverLastName", UNSET))

        _status = d.pop("status", UNSET)
        status: SepaTransferOutcome | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SepaTransferOutcome(_status)

        currency = d.pop("currency", UNSET)

        _fee = d.pop("fee", UNSET)
        fee: Decimal | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = to_decimal(_fee)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _error = d.pop("error", UNSET)
        error: PartnerSepaTransferEventError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = PartnerSepaTransferEventError.from_dict(_error)

        partner_sepa_transfer_event = cls(
            id=id,
            type_=type_,
            amount=amount,
            transfer_title=transfer_title,
            destination_iban=destination_iban,
            receiver_first_name=receiver_first_name,
            receiver_last_name=receiver_last_name,
            status=status,
            currency=currency,
            fee=fee,
            created_at=created_at,
            error=error,
        )

        partner_sepa_transfer_event.additional_properties = d
        return partner_sepa_transfer_event

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
