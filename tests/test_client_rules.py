"""The client rules a spec states (`x-corridor-*`, corridor.client_rules), from spec to kit.

Each spec's extensions are read and checked against the spec, each generated endpoint module
carries exactly the rule its operation states, and the kit applies the rule the call carries:
a request that carries none (a raw httpx call through a facade's client) is a read or a write
by its method alone, whatever path it goes to.
"""

from __future__ import annotations

import copy
import importlib
import pkgutil
from typing import Any

import httpx
import pytest
from settlego_client.api.conversions import create_conversion_quote
from settlego_client.models import ConversionQuoteRequest

from corridor import settlego
from corridor.client_rules import ClientRule, SpecRuleError, read_rules
from corridor.errors import OutcomeUnknownError, ProviderError
from corridor.kit import operations as kit
from corridor.providers import PROVIDERS
from corridor.spec import load_spec
from tests.provider_fakes import ScriptedSettleGo

BASE_URL = "https://settlego.test/api/v1"
FAST = settlego.Retries(attempts=3, initial=0, maximum=0, jitter=0)
_QUOTES = load_spec("settlego")["paths"]["/conversions/quotes"]["post"]
QUOTE = next(iter(_QUOTES["responses"]["200"]["content"]["application/json"]["examples"].values()))
QUOTE_REQUEST = next(
    iter(_QUOTES["requestBody"]["content"]["application/json"]["examples"].values())
)


def _as_kit(rule: ClientRule) -> kit.Operation:
    built: kit.Operation = eval(rule.python("rules"), {"rules": kit})
    return built


# ------------------------------------------------------------------ spec to generated code


@pytest.mark.parametrize("provider", PROVIDERS, ids=lambda provider: provider.name)
def test_every_generated_call_carries_the_rule_its_operation_states(provider: Any) -> None:
    rules = read_rules(load_spec(provider.name))
    api = importlib.import_module(f"{provider.client_package}.api")
    carried = {}
    for module_info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        module = importlib.import_module(module_info.name)
        operation = getattr(module, "OPERATION", None)
        if isinstance(operation, kit.Operation):
            carried[operation.name] = operation
    assert set(carried) == set(rules)
    for name, rule in rules.items():
        assert carried[name] == _as_kit(rule), name


def test_the_rules_the_facades_relied_on_are_stated_by_the_specs() -> None:
    settlego_rules = read_rules(load_spec("settlego"))
    payment = settlego_rules["createPayment"].idempotency
    assert payment is not None and payment.generated and payment.lookup is not None
    assert (payment.lookup.operation_id, payment.lookup.path) == (
        "getPaymentByExternalId",
        "/payments/external/{id}",
    )
    assert (payment.lookup.carry, payment.lookup.answer) == (("onBehalfOf",), "exists")
    assert settlego_rules["createConversionQuote"].kind == "safe"
    transfer = read_rules(load_spec("sfox"))["createTransfer"]
    assert transfer.created_status == 201
    assert transfer.idempotency is not None and transfer.idempotency.lookup is not None
    assert transfer.idempotency.lookup.entry is not None
    sentbe_transfer = read_rules(load_spec("sentbe"))["createTransfer"].idempotency
    assert sentbe_transfer is not None and sentbe_transfer.lookup is None
    assert sentbe_transfer.already_done is not None
    assert sentbe_transfer.already_done.codes == ("E0013",)


# ------------------------------------------------------------------ the reader's checks

TINY: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/New"}}
                    }
                },
                "responses": {"201": {"description": "made"}, "409": {"description": "used"}},
            },
            "get": {
                "operationId": "listThings",
                "responses": {"200": {"description": "all"}},
            },
        },
        "/things/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True}],
            "get": {
                "operationId": "getThing",
                "parameters": [{"name": "owner", "in": "query"}],
                "responses": {"200": {"description": "one"}},
            },
            "post": {"operationId": "touchThing", "responses": {"200": {"description": "ok"}}},
        },
    },
    "components": {
        "schemas": {
            "New": {
                "type": "object",
                "properties": {"ref": {"type": "string"}, "owner": {"type": "string"}},
            }
        }
    },
}
HANDLE: dict[str, Any] = {
    "field": "ref",
    "generated": True,
    "lookup": {"operationId": "getThing", "carry": ["owner"]},
    "already_done": {"statuses": [409], "messages": ["already"]},
}


def _tiny(**extensions: Any) -> dict[str, Any]:
    spec = copy.deepcopy(TINY)
    create = spec["paths"]["/things"]["post"]
    create["x-corridor-retry"] = "create"
    create["x-corridor-idempotency"] = copy.deepcopy(HANDLE)
    for key, value in extensions.items():
        create[key.replace("_", "-")] = value
    return spec


def test_a_well_formed_create_reads_into_the_rule_the_kit_applies() -> None:
    rule = read_rules(_tiny())["createThing"]
    assert rule.created_status == 201
    operation = _as_kit(rule)
    assert operation == kit.Operation(
        "createThing",
        "create",
        idempotency=kit.Idempotency(
            "ref",
            generated=True,
            lookup=kit.Lookup("getThing", "GET", "/things/{id}", parameter="id", carry=("owner",)),
            already_done=kit.Refusals(statuses=(409,), messages=("already",)),
        ),
        created_status=201,
    )
    assert operation.where_to_look("a/b") == "getThing (GET /things/a/b)"
    assert operation.lookup is not None and operation.lookup.url_path("a/b") == "/things/a%2Fb"
    assert read_rules(_tiny())["listThings"] == ClientRule("listThings", "GET", "/things", "read")


def _broken(edit: Any) -> str:
    spec = _tiny()
    edit(spec["paths"]["/things"]["post"], spec)
    with pytest.raises(SpecRuleError) as raised:
        read_rules(spec)
    return str(raised.value)


def _handle(op: dict[str, Any]) -> dict[str, Any]:
    handle: dict[str, Any] = op["x-corridor-idempotency"]
    return handle


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        (lambda op, spec: op.update({"x-corridor-retry": "sometimes"}), "must be one of"),
        (lambda op, spec: op.pop("x-corridor-retry"), "needs x-corridor-retry: create"),
        (lambda op, spec: _handle(op).update(field="reference"), "not a request body field"),
        (lambda op, spec: _handle(op).update(generate=True), "unknown keys: generate"),
        (
            lambda op, spec: _handle(op)["lookup"].update(operationId="getThingy"),
            "'getThingy' is no operation of this spec",
        ),
        (
            lambda op, spec: _handle(op)["lookup"].update(operationId="touchThing"),
            "touchThing is a POST, not a GET",
        ),
        (
            lambda op, spec: _handle(op)["lookup"].update(carry=["ref"]),
            "'ref' is not a query parameter of getThing",
        ),
        (
            lambda op, spec: _handle(op)["lookup"].update(operationId="listThings", carry=[]),
            "listThings takes no handle in its path, so it needs entry",
        ),
        (lambda op, spec: _handle(op)["lookup"].update(answer="maybe"), "answer must be one of"),
        (lambda op, spec: _handle(op).update(already_done={}), "names no status, code or"),
        (
            lambda op, spec: _handle(op).update(already_done={"statuses": ["409"]}),
            "statuses are integers",
        ),
        (
            lambda op, spec: op.update({"x-corridor-where-to-look": {"operations": ["x"]}}),
            "names 'x', no operation of this spec",
        ),
        (
            lambda op, spec: spec["paths"]["/things"]["get"].update(
                {"x-corridor-where-to-look": {"note": "anywhere"}}
            ),
            "listThings: x-corridor-where-to-look is for creates and writes, not a read",
        ),
    ],
)
def test_a_malformed_extension_is_refused_naming_the_operation(edit: Any, said: str) -> None:
    message = _broken(edit)
    assert said in message
    assert message.startswith(("createThing:", "listThings:"))


# ------------------------------------------------------------------ the kit's pieces


def _refusal(status: int, code: str | None, message: str) -> ProviderError:
    return ProviderError(status, message, code=code)


def test_already_done_needs_every_list_given_to_match() -> None:
    done = kit.Refusals(statuses=(422,), messages=("same transfer_id",))
    said = "A transaction with the same transfer_id already exists."
    assert done.match(_refusal(422, None, said))
    assert not done.match(_refusal(400, None, said))
    assert not done.match(_refusal(422, None, "Insufficient funds"))
    assert kit.Refusals(codes=("E0013",)).match(_refusal(200, "E0013", "Invalid external id"))
    assert not kit.Refusals().match(_refusal(409, None, "conflict"))


def test_a_listing_lookup_answers_with_the_entry_in_the_creates_shape() -> None:
    entry = kit.Entry("data", "transfer_id", wrap="data")
    listed = {"data": [{"transfer_id": "a", "n": 1}, {"transfer_id": "b", "n": 2}]}
    assert entry.find(listed, "b") == {"data": {"transfer_id": "b", "n": 2}}
    assert entry.find(listed, "c") is None
    assert entry.find({"data": "not a list"}, "a") is None
    assert kit.Entry("page.items", "id").find({"page": {"items": [{"id": "x"}]}}, "x") == {
        "id": "x"
    }
    lookup = kit.Lookup("listTransfers", "GET", "/v1/history", entry=entry)
    assert lookup.describe("b") == "listTransfers (GET /v1/history) for transfer_id b"


# ------------------------------------------------------------------ the rule a request carries


def _quote(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=QUOTE["value"])


def _time_out(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def _unavailable(request: httpx.Request) -> httpx.Response:
    return httpx.Response(503, json={"message": "try later"})


def _connect(service: ScriptedSettleGo) -> settlego.AuthenticatedClient:
    return settlego.connect(
        "ops@example.com",
        "key",
        base_url=BASE_URL,
        retries=FAST,
        httpx_args={"transport": httpx.MockTransport(service.handler)},
    )


def test_a_generated_call_is_retried_as_its_spec_says() -> None:
    service = ScriptedSettleGo([_time_out], then=_quote)
    body = ConversionQuoteRequest.from_dict(QUOTE_REQUEST["value"])
    quote = create_conversion_quote.sync(client=_connect(service), body=body)
    assert quote.id == QUOTE["value"]["id"]
    assert len(service.calls) == 2  # x-corridor-retry: safe
    assert service.calls[0].extensions[kit.OPERATION_EXTENSION] is create_conversion_quote.OPERATION


def test_a_raw_post_to_the_same_path_is_a_write_and_is_not_retried() -> None:
    service = ScriptedSettleGo([_time_out], then=_quote)
    raw = _connect(service).get_httpx_client()
    with pytest.raises(OutcomeUnknownError) as raised:
        raw.post("/conversions/quotes", json={"buyCurrency": "EUR"})
    assert len(service.calls) == 1
    assert "POST /conversions/quotes" in str(raised.value)


def test_a_raw_get_is_a_read_and_is_retried() -> None:
    service = ScriptedSettleGo([_unavailable], then=_quote)
    answer = _connect(service).get_httpx_client().get("/anything/at/all")
    assert answer.status_code == 200 and len(service.calls) == 2


def test_the_login_the_session_sends_is_retried_as_start_session_states() -> None:
    service = ScriptedSettleGo(then=_quote, login_script=[_unavailable])
    _connect(service)
    assert service.logins == 2
