"""The engine fits any provider's wire: a toy spec whose dialect uses an envelope, coded errors,
a text/plain 401 and parameters that travel base64-encoded in a header.

Nothing here is a real provider: the toy proves that statuses, media types, envelopes and error
codes are the dialect's to choose, and that every refusal leaves the toy's state untouched.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

import httpx
import pytest

from corridor.simulator.definition import (
    Handler,
    HandlerSet,
    Services,
    SimulatorDefinition,
)
from corridor.simulator.dialect import (
    Answer,
    Call,
    Dialect,
    Inputs,
    Reason,
    Refusal,
    RequestRefused,
    Security,
)
from corridor.simulator.domain import DomainError
from corridor.simulator.engine import Simulator
from corridor.simulator.transport import InProcessTransport
from corridor.simulator.validation import Problem
from corridor.simulator.wire import WireRequest, WireResponse, json_answer
from corridor.spec import Operation

ERROR = {"$ref": "#/components/schemas/Error"}
REFUSALS = {
    "description": "Any refusal: coded JSON, or text/plain for failed authentication.",
    "content": {
        "application/json": {"schema": ERROR},
        "text/plain": {"schema": {"type": "string"}},
    },
}
WIDGET = {
    "type": "object",
    "required": ["id", "name", "size"],
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "size": {"type": "integer"},
    },
}


def envelope(data: Any) -> dict[str, Any]:
    return {
        "description": "Enveloped answer.",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["ok", "data"],
                    "properties": {"ok": {"const": True}, "data": data},
                }
            }
        },
    }


TOY_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Toy", "version": "1"},
    "servers": [{"url": "https://toy.example/v2"}],
    "security": [{"partner": [], "key": []}],
    "paths": {
        "/widgets": {
            "post": {
                "operationId": "createWidget",
                "responses": {"200": envelope(WIDGET), "default": REFUSALS},
            }
        },
        "/widgets/{id}": {
            "parameters": [],
            "get": {
                "operationId": "getWidget",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"200": envelope(WIDGET), "default": REFUSALS},
            },
            "put": {
                "operationId": "renameWidget",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {"name": {"type": "string", "maxLength": 8}},
                            }
                        }
                    },
                },
                "responses": {"200": envelope(WIDGET), "default": REFUSALS},
            },
        },
    },
    "components": {
        "securitySchemes": {
            "partner": {"type": "apiKey", "in": "header", "name": "X-Partner"},
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
        },
        "schemas": {
            "Error": {
                "type": "object",
                "required": ["ok", "code", "message"],
                "properties": {
                    "ok": {"const": False},
                    "code": {"type": "string", "pattern": "^T[0-9]{3}$"},
                    "message": {"type": "string"},
                },
            },
            # what travels in X-Params for createWidget
            "CreateWidgetParameters": {
                "type": "object",
                "required": ["name", "size"],
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "size": {"type": "integer", "maximum": 10},
                },
            },
        },
    },
}


# ---- the toy's domain: state and rules, no HTTP -------------------------------------------


class NoSuchWidget(DomainError):
    pass


class ShelfFull(DomainError):
    pass


@dataclass
class Shelf:
    new_id: Any
    widgets: dict[str, dict[str, Any]] = field(default_factory=dict)
    capacity: int = 2

    def add(self, name: str, size: int) -> dict[str, Any]:
        if len(self.widgets) >= self.capacity:
            raise ShelfFull("the shelf is full")
        widget = {"id": self.new_id(), "name": name, "size": size}
        self.widgets[widget["id"]] = widget
        return widget

    def get(self, widget_id: str) -> dict[str, Any]:
        if widget_id not in self.widgets:
            raise NoSuchWidget(f"no widget {widget_id}", "id")
        return self.widgets[widget_id]


toy_handlers: HandlerSet[Shelf] = HandlerSet()


@toy_handlers.operation("createWidget")
def create_widget(shelf: Shelf, call: Call) -> Answer:
    return Answer(shelf.add(call.body["name"], call.body["size"]))


@toy_handlers.operation("getWidget")
def get_widget(shelf: Shelf, call: Call) -> Answer:
    return Answer(shelf.get(call.path["id"]))


@toy_handlers.operation("renameWidget")
def rename_widget(shelf: Shelf, call: Call) -> Answer:
    widget = shelf.get(call.path["id"])
    widget["name"] = call.body["name"]
    return Answer(widget)


# ---- the toy's wire ---------------------------------------------------------------------------

CODES = {
    Reason.UNKNOWN_PATH: "T404",
    Reason.METHOD_NOT_ALLOWED: "T405",
    Reason.BODY_TOO_LARGE: "T413",
    Reason.UNSUPPORTED_MEDIA_TYPE: "T415",
    Reason.INVALID: "T400",
}
DOMAIN_CODES: dict[type[DomainError], tuple[int, str]] = {
    NoSuchWidget: (404, "T044"),
    ShelfFull: (422, "T022"),
}


class ToyDialect(Dialect):
    max_body_bytes = 256
    partners: ClassVar[dict[str, str]] = {"p1": "k1"}

    def authenticate(self, security: Security, credentials: Mapping[str, str]) -> str:
        partner, key = credentials.get("partner"), credentials.get("key")
        if partner is None or key is None or self.partners.get(partner) != key:
            raise DomainError("both X-Partner and a matching X-Key are needed")
        return partner

    def body_schema(self, operation: Operation) -> Mapping[str, Any] | None:
        name = f"{operation.operation_id[0].upper()}{operation.operation_id[1:]}Parameters"
        return TOY_SPEC["components"]["schemas"].get(name) or super().body_schema(operation)

    def decode(self, request: WireRequest, operation: Operation, principal: Any) -> Inputs:
        if operation.operation_id != "createWidget":
            return super().decode(request, operation, principal)
        try:
            body = json.loads(base64.b64decode(request.headers.get("x-params", ""), validate=True))
        except ValueError:
            problem = Problem("header", "X-Params", "is not base64 of a JSON object")
            raise RequestRefused(Reason.INVALID, str(problem), [problem]) from None
        return Inputs(request.path_params, request.query, request.headers, body, True)

    def success(self, answer: Answer, operation: Operation) -> WireResponse:
        return json_answer({"ok": True, "data": answer.body}, answer.status)

    def refuse(self, refusal: Refusal) -> WireResponse:
        if refusal.reason is Reason.UNAUTHENTICATED:
            return WireResponse(401, b"Access Denied", "text/plain")
        if refusal.reason is Reason.DOMAIN:
            assert refusal.error is not None
            status, code = DOMAIN_CODES[type(refusal.error)]
        else:
            status, code = refusal.reason.status, CODES[refusal.reason]
        return json_answer({"ok": False, "code": code, "message": refusal.message}, status)


@dataclass
class ToySimulator:
    shelf: Shelf
    dialect: ToyDialect
    handlers: Mapping[str, Handler]

    def credit(self, currency: str, amount: Any, owner: Any, sender: Any) -> dict[str, Any]:
        raise DomainError("the toy holds no money")

    def broken_invariants(self) -> list[str]:
        return []


def build(services: Services, **_: Any) -> ToySimulator:
    shelf = Shelf(services.ids.uuid)
    return ToySimulator(shelf, ToyDialect(), toy_handlers.bind(shelf))


TOY = SimulatorDefinition(
    spec=TOY_SPEC,
    build=build,
)
PARTNER = {"X-Partner": "p1", "X-Key": "k1"}


@pytest.fixture
def toy() -> Simulator:
    return Simulator(TOY, strict=True)  # every answer below is checked against TOY_SPEC


@pytest.fixture
def http(toy: Simulator) -> httpx.Client:
    return httpx.Client(transport=InProcessTransport(toy.app), base_url="http://toy/v2")


def params(value: Any) -> dict[str, str]:
    return {**PARTNER, "X-Params": base64.b64encode(json.dumps(value).encode()).decode()}


def shelf_of(toy: Simulator) -> Shelf:
    shelf: Shelf = toy.provider.shelf  # type: ignore[attr-defined]
    return shelf


def test_a_success_is_wrapped_in_the_dialects_envelope(http: httpx.Client) -> None:
    answer = http.post("/widgets", headers=params({"name": "cog", "size": 3}))
    assert answer.status_code == 200
    assert answer.json()["ok"] is True
    assert answer.json()["data"]["name"] == "cog"
    widget_id = answer.json()["data"]["id"]
    assert http.get(f"/widgets/{widget_id}", headers=PARTNER).json()["data"]["size"] == 3


def test_header_borne_parameters_are_validated_against_the_operations_schema(
    toy: Simulator, http: httpx.Client
) -> None:
    answer = http.post("/widgets", headers=params({"name": "cog", "size": 11}))
    assert answer.status_code == 400
    assert answer.json()["code"] == "T400"
    assert "size" in answer.json()["message"]
    garbled = http.post("/widgets", headers={**PARTNER, "X-Params": "%%%"})
    assert (garbled.status_code, garbled.json()["code"]) == (400, "T400")
    assert shelf_of(toy).widgets == {}


def test_authentication_sees_every_credential_at_once_and_refuses_in_plain_text(
    toy: Simulator, http: httpx.Client
) -> None:
    encoded = params({"name": "a", "size": 1})["X-Params"]
    for credentials in ({"X-Partner": "p1"}, {"X-Key": "k1"}, {"X-Partner": "p1", "X-Key": "k2"}):
        answer = http.post("/widgets", headers={**credentials, "X-Params": encoded})
        assert answer.status_code == 401
        assert answer.headers["content-type"].startswith("text/plain")
        assert answer.text == "Access Denied"
    assert shelf_of(toy).widgets == {}


def test_domain_errors_get_the_status_and_code_the_dialect_maps_them_to(
    toy: Simulator, http: httpx.Client
) -> None:
    missing = http.get("/widgets/nope", headers=PARTNER)
    assert (missing.status_code, missing.json()["code"]) == (404, "T044")
    for name in ("a", "b"):
        assert http.post("/widgets", headers=params({"name": name, "size": 1})).status_code == 200
    full = http.post("/widgets", headers=params({"name": "c", "size": 1}))
    assert (full.status_code, full.json()["code"]) == (422, "T022")
    assert len(shelf_of(toy).widgets) == 2


def test_unknown_paths_and_wrong_methods_are_refused_in_the_providers_shape(
    http: httpx.Client,
) -> None:
    unknown = http.get("/gadgets", headers=PARTNER)
    assert (unknown.status_code, unknown.json()["code"]) == (404, "T404")
    wrong = http.delete("/widgets/x", headers=PARTNER)
    assert (wrong.status_code, wrong.json()["code"]) == (405, "T405")
    assert wrong.headers["allow"] == "GET, PUT"


def test_bodies_of_the_wrong_media_type_or_size_are_refused_before_any_handler(
    toy: Simulator, http: httpx.Client
) -> None:
    created = http.post("/widgets", headers=params({"name": "cog", "size": 1})).json()["data"]
    url = f"/widgets/{created['id']}"
    as_text = http.put(
        url, content=b'{"name": "gear"}', headers={**PARTNER, "content-type": "text/plain"}
    )
    assert (as_text.status_code, as_text.json()["code"]) == (415, "T415")
    untyped = http.put(url, content=b'{"name": "gear"}', headers=PARTNER)
    assert untyped.status_code == 415
    huge = http.put(url, json={"name": "g" * 1000}, headers=PARTNER)
    assert (huge.status_code, huge.json()["code"]) == (413, "T413")
    assert shelf_of(toy).widgets[created["id"]]["name"] == "cog"
    renamed = http.put(url, json={"name": "gear"}, headers=PARTNER)
    assert renamed.json()["data"]["name"] == "gear"


def test_strict_mode_refuses_an_answer_the_spec_does_not_allow() -> None:
    from corridor.simulator.pipeline import ResponseContractError

    def sloppy(call: Call) -> Answer:
        return Answer({"id": call.path["id"]})  # no name, no size

    simulator = Simulator(TOY, strict=True, handlers={"getWidget": sloppy})
    http = httpx.Client(transport=InProcessTransport(simulator.app), base_url="http://toy/v2")
    with pytest.raises(ResponseContractError, match="name"):
        http.get("/widgets/w1", headers=PARTNER)
