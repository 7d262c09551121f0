from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order and its payment progress (types inferred from the documented example).

    Attributes:
        order_id (str):
        lock_id (str): Lock the order was placed with.
        status (OrderStatus): State of an order: WAITING_FOR_WALLET_ADDRESS (initial; no wallet yet),
            WAITING_FOR_PAYMENT (the wallet is open), WAITING_FOR_CONFIRMATION (paid, confirmations pending), COMPLETED
            (settled) or EXPIRED (closed unpaid).
        created_at (datetime.datetime):
        confirmations (int): Blockchain confirmations received so far (type inferred from the documented example).
        required_confirmations (int): Confirmations needed (type inferred from the documented example).
        received_amount (Decimal): Crypto amount received so far (type inferred from the documented example).
        total_amount_required (Decimal): Crypto amount due (type inferred from the documented example).
        cryptocurrency (str): Cryptocurrency to pay with.
        wallet_address (None | str): Address to pay to; null while the status is WAITING_FOR_WALLET_ADDRESS.
        transaction_hash (None | str): Hash of the incoming blockchain transaction; null until a payment arrives.
        network (str): Blockchain network, upper case in the example (POLYGON).
        expires_at (datetime.datetime | None | Unset): When the order expires; null while the status is
            WAITING_FOR_WALLET_ADDRESS.
    """

    order_id: str
    lock_id: str
    status: OrderStatus
    created_at: datetime.datetime
    confirmations: int
    required_confirmations: int
    received_amount: Decimal
    total_amount_required: Decimal
    cryptocurrency: str
    wallet_address: None | str
    transaction_hash: None | str
    network: str
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        lock_id = self.lock_id

        status = self.status.value

        created_at = self.created_at.isoformat()

        confirmations = self.confirmations

        required_confirmations = self.required_confirmations

        received_amount = self.received_amount

        total_amount_required = self.total_amount_required

        cryptocurrency = self.cryptocurrency

        wallet_address: None | str
        wallet_address = self.wallet_address

        transaction_hash: None | str
        transaction_hash = self.transaction_hash

        network = self.network

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "lockId": lock_id,
                "status": status,
                "createdAt": created_at,
                "confirmations": confirmations,
                "requiredConfirmations": required_confirmations,
                "receivedAmount": received_amount,
                "totalAmountRequired": total_amount_required,
                "cryptocurrency": cryptocurrency,
                "walletAddress": wallet_address,
                "transactionHash": transaction_hash,
                "network": network,
            }
        )
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        order_id = d.pop("orderId")

        lock_id = d.pop("lockId")

        status = OrderStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        confirmations = d.pop("confirmations")

        required_confirmations = d.pop("requiredConfirmations")

        received_amount = to_decimal(d.pop("receivedAmount"))

        total_amount_required = to_decimal(d.pop("totalAmountRequired"))

        cryptocurrency = d.pop("cryptocurrency")

        def _parse_wallet_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        wallet_address = _parse_wallet_address(d.pop("walletAddress"))

        def _parse_transaction_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        transaction_hash = _parse_transaction_hash(d.pop("transactionHash"))

        network = d.pop("network")

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expiresAt", UNSET))

        order = cls(
            order_id=order_id,
            lock_id=lock_id,
            status=status,
            created_at=created_at,
            confirmations=confirmations,
            required_confirmations=required_confirmations,
            received_amount=received_amount,
            total_amount_required=total_amount_required,
            cryptocurrency=cryptocurrency,
            wallet_address=wallet_address,
            transaction_hash=transaction_hash,
            network=network,
            expires_at=expires_at,
        )

        order.additional_properties = d
        return order

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
