"""Linked clients: clients a main client onboards and then acts for through onBehalfOf."""

from __future__ import annotations

from typing import Any

from corridor.simulator.rules import ApiError, SimRequest, SimResponse
from corridor.simulator.settlego.state import SettleGoState
from corridor.simulator.store import Record

CLIENT_FIELDS = [
    "legalName",
    "email",
    "contactName",
    "registrationNumber",
    "primaryPhoneCountry",
    "primaryPhoneNumber",
    "registeredAddressCountry",
    "registeredAddressState",
    "registeredAddressPostalCode",
    "registeredAddressCity",
    "registeredAddressLine",
    "residentialAddressCountry",
    "residentialAddressState",
    "residentialAddressPostalCode",
    "residentialAddressCity",
    "residentialAddressLine",
    "legalForm",
    "industrySectorType",
    "industrySectorValue",
    "incorporationDate",
    "firstName",
    "middleName",
    "lastName",
    "dateOfBirth",
    "nationality",
    "identificationType",
    "identificationValue",
    "nickname",
]


class LinkedClientHandlers(SettleGoState):
    def create_linked_client(self, request: SimRequest) -> SimResponse:
        caller = self.caller(request)
        body = request.body
        if self.store.get("clients", caller.client_id).get("parentId"):  # type: ignore[union-attr]
            raise ApiError(409, "a linked client cannot have linked clients of its own")
        entity_type = body.get("legalEntityType") or (
            "retail" if body.get("firstName") else "corporate"
        )
        full_name = " ".join(part for part in (body.get("firstName"), body.get("lastName")) if part)
        client = {key: body.get(key) for key in CLIENT_FIELDS} | {
            "id": self.new_id(),
            "internalId": int(self.next_sequence("internalIds")),
            "parentId": caller.client_id,
            "status": "active",
            "legalEntityType": entity_type,
            "legalName": body.get("legalName") or full_name or body["email"],
        }
        for key in ("registeredAddressPostalCode", "residentialAddressPostalCode"):
            if client[key] is not None:
                client[key] = str(client[key])  # the docs' example sends a number
        self.store.put("clients", client["id"], client)
        self.emit("CLICRE", linked_client_json(client))
        return SimResponse(200, linked_client_json(client))

    def list_linked_clients(self, request: SimRequest) -> SimResponse:
        caller = self.caller(request)
        q = request.query
        clients = [
            c
            for c in self.store.values("clients")
            if c.get("parentId") == caller.client_id
            and q.get("status", c["status"]) == c["status"]
            and q.get("nickname", c["nickname"]) == c["nickname"]
            and q.get("internalId", c["internalId"]) == c["internalId"]
        ]
        pagination, entries = self.page(request, clients, linked_client_summary_json)
        return SimResponse(200, {"pagination": pagination, "clientList": entries})

    def get_linked_client(self, request: SimRequest) -> SimResponse:
        client = self.store.get("clients", request.path["id"])
        if client is None or client.get("parentId") != self.caller(request).client_id:
            raise ApiError(404, "no such linked client", "id")
        return SimResponse(200, linked_client_json(client))


def linked_client_json(client: Record) -> dict[str, Any]:
    hidden = ("parentId", "loginId", "apiKey")
    return {key: value for key, value in client.items() if key not in hidden}


def linked_client_summary_json(client: Record) -> dict[str, Any]:
    return {
        "id": client["id"],
        "legalName": client["legalName"],
        "email": client["email"],
        "status": client["status"],
        "type": client["legalEntityType"],
        "firstName": client["firstName"],
        "middleName": client["middleName"],
        "lastName": client["lastName"],
        "nickname": client["nickname"],
    }
