from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.sepa_transfer_status import SepaTransferStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sepa_transfer_user import SepaTransferUser


T = TypeVar("T", bound="SepaTransfer")


@_attrs_define
class SepaTransfer:
    """An outgoing SEPA transfer (types inferred from the documented examples).

    Attributes:
        id (str): Transfer id.
        type_ (str): Kind of transfer (external in every example).
        amount (Decimal): Amount sent.
        transfer_title (str): Title of the transfer.
        destination_iban (str): IBAN paid.
        status (SepaTransferStatus): State of a SEPA transfer: PENDING until it is settled, then SUCCESSFUL or FAILED.
        currency (str): Currency, lower case (eur).
        receiver_first_name (None | str | Unset): Recipient's first name; null when not given (closed-loop transfers).
        receiver_last_name (None | str | Unset): Recipient's last name; null when not given.
        fee (Decimal | Unset): Fee charged (type inferred from the documented example).
        created_at (datetime.datetime | Unset): When the transfer was created.
        user (SepaTransferUser | Unset): The end user a transfer was made for, older GitHub docs only (types inferred
            from the documented example).
    """

    id: str
    type_: str
    amount: Decimal
    transfer_title: str
    destination_iban: str
    status: SepaTransferStatus
    currency: str
    receiver_first_name: None | str | Unset = UNSET
    receiver_last_name: None | str | Unset = UNSET
    fee: Decimal | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    user: SepaTransferUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        amount = self.amount

        transfer_title = self.transfer_title

        destination_iban = self.destination_iban

        status = self.status.value

        currency = self.currency

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

        fee = self.fee

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "amount": amount,
                "transferTitle": transfer_title,
                "destinationIban": destination_iban,
                "status": status,
                "currency": currency,
            }
        )
        if receiver_first_name is not UNSET:
            field_dict["receiverFirstName"] = receiver_first_name
        if receiver_last_name is not UNSET:
            field_dict["receiverLastName"] = receiver_last_name
        if fee is not UNSET:
            field_dict["fee"] = fee
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sepa_transfer_user import SepaTransferUser

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        amount = to_decimal(d.pop("amount"))

        transfer_title = d.pop("transferTitle")

        destination_iban = d.pop("destinationIban")

        status = SepaTransferStatus(d.pop("status"))

        currency = d.pop("currency")

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

        _user = d.pop("user", UNSET)
        user: SepaTransferUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = SepaTransferUser.from_dict(_user)

        sepa_transfer = cls(
            id=id,
            type_=type_,
            amount=amount,
            transfer_title=transfer_title,
            destination_iban=destination_iban,
            status=status,
            currency=currency,
            receiver_first_name=receiver_first_name,
            receiver_last_name=receiver_last_name,
            fee=fee,
            created_at=created_at,
            user=user,
        )

        sepa_transfer.additional_properties = d
        return sepa_transfer

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
