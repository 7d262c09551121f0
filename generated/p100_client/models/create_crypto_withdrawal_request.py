from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.create_crypto_withdrawal_request_receiver_type import (
    CreateCryptoWithdrawalRequestReceiverType,
)
from ..models.create_crypto_withdrawal_request_wallet_type import (
    CreateCryptoWithdrawalRequestWalletType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCryptoWithdrawalRequest")


@_attrs_define
class CreateCryptoWithdrawalRequest:
    """A crypto withdrawal with its Travel Rule data.

    Attributes:
        source_external_user_id (str): The user whose balance is debited.
        currency (str): Cryptocurrency slug.
        amount (Decimal): Amount to withdraw: positive, below 10^15, at most the currency's decimals (6 for usdc, usdt
            and eurt, 8 for the others).
        wallet_address (str): Destination wallet address.
        name (str): Receiver's name, for the Travel Rule.
        wallet_type (CreateCryptoWithdrawalRequestWalletType): Kind of destination wallet.
        receiver_type (CreateCryptoWithdrawalRequestReceiverType): Whether the receiver is a natural or a legal person.
        memo (str | Unset): Optional memo or title.
        network (str | Unset): Blockchain network, e.g. ETHEREUM or POLYGON.
    """

    source_external_user_id: str
    currency: str
    amount: Decimal
    wallet_address: str
    name: str
    wallet_type: CreateCryptoWithdrawalRequestWalletType
    receiver_type: CreateCryptoWithdrawalRequestReceiverType
    memo: str | Unset = UNSET
    network: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_external_user_id = self.source_external_user_id

        currency = self.currency

        amount = self.amount

        wallet_address = self.wallet_address

        name = self.name

        wallet_type = self.wallet_type.value

        receiver_type = self.receiver_type.value

        memo = self.memo

        network = self.network

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourceExternalUserId": source_external_user_id,
                "currency": currency,
                "amount": amount,
                "walletAddress": wallet_address,
                "name": name,
                "walletType": wallet_type,
                "receiverType": receiver_type,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo
        if network is not UNSET:
            field_dict["network"] = network

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        source_external_user_id = d.pop("sourceExternalUserId")

        currency = d.pop("currency")

        amount = to_decimal(d.pop("amount"))

        wallet_address = d.pop("walletAddress")

        name = d.pop("name")

        wallet_type = CreateCryptoWithdrawalRequestWalletType(d.pop("walletType"))

        receiver_type = CreateCryptoWithdrawalRequestReceiverType(d.pop("receiverType"))

        memo = d.pop("memo", UNSET)

        network = d.pop("network", UNSET)

        create_crypto_withdrawal_request = cls(
            source_external_user_id=source_external_user_id,
            currency=currency,
            amount=amount,
            wallet_address=wallet_address,
            name=name,
            wallet_type=wallet_type,
            receiver_type=receiver_type,
            memo=memo,
            network=network,
        )

        create_crypto_withdrawal_request.additional_properties = d
        return create_crypto_withdrawal_request

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
