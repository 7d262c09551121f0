"""Transfers: moving money between the currency accounts of a main client and its linked clients."""

from __future__ import annotations

from typing import Any

from corridor.simulator.rules import ApiError, SimRequest, SimResponse
from corridor.simulator.settlego.state import SettleGoState, money, timestamp
from corridor.simulator.store import Record


class TransferHandlers(SettleGoState):
    def create_transfer(self, request: SimRequest) -> SimResponse:
        sender = self.acting_client(request)
        body = request.body
        receiver = body["receiverClientId"]
        family = self.family_of(self.caller(request).client_id)
        if receiver not in family:
            raise ApiError(
                404, "the receiver is not you or one of your linked clients", "receiverClientId"
            )
        if receiver == sender:
            raise ApiError(409, "a transfer needs two different clients", "receiverClientId")
        currency = body["currency"]
        amount = money(body["amount"], currency)
        if amount <= 0:
            raise ApiError(409, f"amount rounds to zero in {currency}", "amount")
        self.account(sender, currency)
        self.account(receiver, currency)
        if self.account(sender, currency)["balance"] < amount:
            raise ApiError(409, f"insufficient {currency} balance", "amount")
        transfer_id = self.new_id()
        self.claim_external_id("transfers", sender, body["externalId"], transfer_id)
        self.move(sender, currency, -amount, "transfer")
        self.move(receiver, currency, amount, "transfer")
        transfer = {
            "id": transfer_id,
            "externalId": body["externalId"],
            "senderClientId": sender,
            "receiverClientId": receiver,
            "currency": currency,
            "amount": amount,
            "transferReference": body.get("transferReference"),
            "transferReason": body.get("transferReason"),
            "transactionReference": self.transaction_reference(),
            "clientId": sender,
            "transactionDateTime": timestamp(self.clock.now()),
            "transferStatus": "completed",
        }
        self.store.put("transfers", transfer_id, transfer)
        self.emit("TRASUP", transfer_webhook_payload(transfer))
        return SimResponse(200, transfer)

    def list_transfers(self, request: SimRequest) -> SimResponse:
        clients = self.visible_clients(request)
        transfers = [
            t
            for t in self.store.values("transfers")
            if t["senderClientId"] in clients or t["receiverClientId"] in clients
        ]
        pagination, entries = self.page(request, transfers, dict)
        return SimResponse(200, {"pagination": pagination, "transferList": entries})

    def get_transfer(self, request: SimRequest) -> SimResponse:
        return SimResponse(200, self.visible_transfer(request, request.path["id"]))

    def get_transfer_by_external_id(self, request: SimRequest) -> SimResponse:
        return SimResponse(200, self.by_external_id("transfers", request.path["id"], request))

    def visible_transfer(self, request: SimRequest, transfer_id: str) -> Record:
        """A transfer is visible to both of its clients."""
        transfer = self.store.get("transfers", transfer_id)
        client_id = self.acting_client(request)
        if transfer is None or client_id not in (
            transfer["senderClientId"],
            transfer["receiverClientId"],
        ):
            raise ApiError(404, f"no such transfer: {transfer_id}", "id")
        return transfer

    def family_of(self, main_client_id: str) -> set[str]:
        linked = {
            c["id"] for c in self.store.values("clients") if c.get("parentId") == main_client_id
        }
        return {main_client_id} | linked


def transfer_webhook_payload(transfer: Record) -> dict[str, Any]:
    payload = {key: value for key, value in transfer.items() if key not in ("transferStatus",)}
    payload.pop("transactionDateTime")
    return payload | {"status": transfer["transferStatus"]}
