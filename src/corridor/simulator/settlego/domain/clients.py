"""Clients and sessions: main clients who log in, linked clients they act for (onBehalfOf)."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from corridor.simulator import draws
from corridor.simulator.clock import Clock
from corridor.simulator.settlego.domain.errors import (
    Conflict,
    Forbidden,
    NotAuthenticated,
    NotFound,
)
from corridor.simulator.store import Numbers, OwnedBy, Records

SESSION_SECONDS = 30 * 60  # the docs give no lifetime; half an hour of simulator time
# a linked client starts pending (settlego-api.txt:4743, :4810) and is active once reviewed
# (:5120); the docs give no delay
REVIEW_SECONDS = 5 * 60


@dataclass
class Client:
    id: str
    legal_name: str
    email: str
    parent_id: str | None = None  # set for a linked client
    login_id: str | None = None  # set for a main client
    api_key: str | None = None
    internal_id: int = 0
    status: str = "active"
    legal_entity_type: str | None = None
    details: dict[str, Any] = field(default_factory=dict)  # a linked client's documented fields


@dataclass(frozen=True)
class Session:
    token: str
    client_id: str
    expires_at: datetime


class Clients:
    def __init__(self, clock: Clock, new_id: Callable[[], str]) -> None:
        self.clock = clock
        self.new_id = new_id
        self.records: Records[Client] = Records(OwnedBy("parent_id"))
        self._logins: dict[str, Client] = {}
        self._sessions: dict[str, Session] = {}
        self._internal_ids = Numbers(1)

    def add_main(self, login_id: str, api_key: str, email: str, legal_name: str) -> Client:
        client = Client(self.new_id(), legal_name, email, login_id=login_id, api_key=api_key)
        self._logins[login_id] = self.records.add(client)
        return client

    def log_in(self, login_id: str, api_key: str) -> tuple[Client, Session]:
        client = self._logins.get(login_id)
        if (
            client is None
            or client.api_key is None
            or not secrets.compare_digest(client.api_key.encode(), api_key.encode())
        ):
            raise NotAuthenticated("unknown loginId or wrong apiKey")
        # a session token is a credential: unguessable, never from the seeded ids
        token = draws.token_hex(16)
        expires = self.clock.now() + timedelta(seconds=SESSION_SECONDS)
        session = self._sessions[token] = Session(token, client.id, expires)
        return client, session

    def log_out(self, token: str) -> None:
        self._sessions.pop(token, None)

    def session(self, token: str) -> Session:
        session = self._sessions.get(token)
        if session is None:
            raise NotAuthenticated("missing or invalid credentials")
        if session.expires_at <= self.clock.now():
            del self._sessions[token]
            raise NotAuthenticated("the session has expired; log in again")
        return session

    def get(self, client_id: str) -> Client:
        client = self.records.get(client_id)
        if client is None:
            raise NotFound(f"no client {client_id}", "clientId")
        return client

    def add_linked(self, parent_id: str, fields: dict[str, Any]) -> Client:
        if self.get(parent_id).parent_id is not None:
            raise Conflict("a linked client cannot have linked clients of its own")
        entity_type = fields.get("legalEntityType") or (
            "retail" if fields.get("firstName") else "corporate"
        )
        # the docs' retail example answers legalName "John John Doe": first, middle, last
        full_name = " ".join(
            part
            for part in (fields.get("firstName"), fields.get("middleName"), fields.get("lastName"))
            if part
        )
        details = dict(fields)
        if entity_type == "corporate" and details.get("identificationValue") is None:
            # the docs' corporate example answers the registration number here (:4769)
            details["identificationValue"] = details.get("registrationNumber")
        client = Client(
            id=self.new_id(),
            legal_name=fields.get("legalName") or full_name or str(fields["email"]),
            email=str(fields["email"]),
            parent_id=parent_id,
            internal_id=next(self._internal_ids),
            status="pending",
            legal_entity_type=entity_type,
            details=details,
        )
        return self.records.add(client)

    def linked_client(self, main_id: str, client_id: str) -> Client:
        client = self.records.get(client_id)
        if client is None or client.parent_id != main_id:
            raise NotFound("no such linked client", "id")
        return client

    def acting(self, caller_id: str, on_behalf_of: str | None) -> str:
        """The client an operation addresses: the caller, or the linked client it names."""
        if on_behalf_of is None or on_behalf_of == caller_id:
            return caller_id
        linked = self.records.get(on_behalf_of)
        if linked is None or linked.parent_id != caller_id:
            raise Forbidden("onBehalfOf is not one of your linked clients", "onBehalfOf")
        return on_behalf_of

    def linked_ids(self, main_id: str) -> list[str]:
        return [client.id for client in self.records.of([main_id])]

    def family(self, main_id: str) -> list[str]:
        """A main client and its linked clients."""
        return [main_id, *self.linked_ids(main_id)]

    def visible(self, caller_id: str, scope: str, on_behalf_of: str | None) -> list[str]:
        """Clients whose objects a list shows, per `scope` (default all) and onBehalfOf."""
        if on_behalf_of is not None:
            return [self.acting(caller_id, on_behalf_of)]
        if scope == "main":
            return [caller_id]
        if scope == "linked":
            return self.linked_ids(caller_id)
        return self.family(caller_id)
