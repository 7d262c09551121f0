from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.crypto_deposit_status import CryptoDepositStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CryptoDepositPayload")


@_attrs_define
class CryptoDepositPayload:
    """Flat crypto deposit notification (types inferred from the documented example).

    Attributes:
        crypto_deposit_id (str): Deposit id.
        status (CryptoDepositStatus): SUCCESSFUL (credited), UNSUCCESSFUL (rejected or failed), WAITING_FOR_VERIFICATION
            (seen on chain, internal verification pending) or WAITING_FOR_TR_DATA (Travel Rule data needed).
        external_user_id (str | Unset): The user credited.
        amount (Decimal | Unset): Amount deposited (a number on the webhook page, a string in the FAQ).
        currency (str | Unset): Cryptocurrency, lower case.
        transaction_hash (str | Unset): Hash of the blockchain transaction.
        created_at (datetime.datetime | Unset):
    """

    crypto_deposit_id: str
    status: CryptoDepositStatus
    external_user_id: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    currency: str | Unset = UNSET
    transaction_hash: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        crypto_deposit_id = self.crypto_deposit_id

        status = self.status.value

        external_user_id = self.external_user_id

        amount = self.amount

        currency = self.currency

        transaction_hash = self.transaction_hash

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cryptoDepositId": crypto_deposit_id,
                "status": status,
            }
        )
        if external_user_id is not UNSET:
            field_dict["externalUserId"] = external_user_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if transaction_hash is not UNSET:
            field_dict["transactionHash"] = transaction_hash
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        crypto_deposit_id = d.pop("cryptoDepositId")

        status = CryptoDepositStatus(d.pop("status"))

        external_user_id = d.pop("externalUserId", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = to_decimal(_amount)

        currency = d.pop("currency", UNSET)

        transaction_hash = d.pop("transactionHash", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        crypto_deposit_payload = cls(
            crypto_deposit_id=crypto_deposit_id,
            status=status,
            external_user_id=external_user_id,
            amount=amount,
            currency=currency,
            transaction_hash=transaction_hash,
            created_at=created_at,
        )

        crypto_deposit_payload.additional_properties = d
        return crypto_deposit_payload

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
