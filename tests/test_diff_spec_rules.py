"""corridor diff's spec rules: each fires on a breaking change and stays quiet on a compatible one.

Every test edits a copy of one small crafted spec and looks at exactly what the comparison
reports. No package is generated here, so these run in a blink.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from corridor.diff.changes import Change, suggested_bump
from corridor.diff.spec_rules import compare_specs

Spec = dict[str, Any]


def _json(schema: Spec) -> Spec:
    return {"application/json": {"schema": schema}}


def _ref(name: str) -> Spec:
    return {"$ref": f"#/components/schemas/{name}"}


BASE: Spec = {
    "openapi": "3.1.0",
    "info": {"title": "Crafted", "version": "1"},
    "servers": [{"url": "https://api.example.com"}, {"url": "https://sandbox.example.com"}],
    "security": [{"token": []}],
    "paths": {
        "/payments": {
            "post": {
                "operationId": "createPayment",
                "requestBody": {"required": True, "content": _json(_ref("PaymentRequest"))},
                "responses": {
                    "201": {"description": "created", "content": _json(_ref("Payment"))},
                    "400": {"description": "refused", "content": _json(_ref("Error"))},
                },
            },
            "get": {
                "operationId": "listPayments",
                "parameters": [
                    {"name": "status", "in": "query", "schema": _ref("Status")},
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {
                    "200": {
                        "description": "a page",
                        "content": _json({"type": "array", "items": _ref("Payment")}),
                    }
                },
            },
        },
        "/payments/{id}": {
            "get": {
                "operationId": "getPayment",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {"description": "one", "content": _json(_ref("Payment"))},
                    "404": {"description": "unknown", "content": _json(_ref("Error"))},
                },
            }
        },
    },
    "webhooks": {
        "paymentUpdated": {
            "post": {
                "operationId": "paymentUpdated",
                "requestBody": {"content": _json(_ref("Payment"))},
                "responses": {"200": {"description": "received"}},
            }
        }
    },
    "components": {
        "securitySchemes": {
            "token": {"type": "http", "scheme": "bearer"},
            "apiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"},
        },
        "schemas": {
            "Status": {"type": "string", "enum": ["pending", "paid"]},
            "Purpose": {"type": "string", "enum": ["goods", "services"]},
            "PaymentRequest": {
                "type": "object",
                "required": ["amount", "currency"],
                "properties": {
                    "amount": {"type": "number"},
                    "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
                    "reference": {"type": "string", "maxLength": 35},
                    "count": {"type": "integer"},
                    "purpose": _ref("Purpose"),
                    "status": _ref("Status"),
                },
            },
            "Payment": {
                "type": "object",
                "required": ["id", "amount", "status"],
                "properties": {
                    "id": {"type": "string"},
                    "amount": {"type": "number"},
                    "fee": {"type": "integer"},
                    "status": _ref("Status"),
                    "note": {"type": "string"},
                },
            },
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
        },
    },
}

CREATE = "POST /payments (createPayment)"
LIST = "GET /payments (listPayments)"
GET = "GET /payments/{id} (getPayment)"


def diff(edit: Callable[[Spec], object]) -> list[Change]:
    new = copy.deepcopy(BASE)
    edit(new)
    return compare_specs(BASE, new)


def found(changes: list[Change]) -> set[tuple[str, str, str]]:
    return {(change.rule, change.severity, change.location) for change in changes}


def breaking(changes: list[Change]) -> list[Change]:
    return [change for change in changes if change.breaking]


def schemas(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def operation(spec: Spec, path: str, method: str) -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"][path][method]
    return result


def test_an_unchanged_spec_reports_nothing() -> None:
    assert diff(lambda spec: None) == []


# ---------------------------------------------------------------- operations and webhooks


def test_operation_removed_is_breaking() -> None:
    changes = diff(lambda spec: spec["paths"].pop("/payments/{id}"))
    assert found(changes) == {("operation-removed", "breaking", GET)}

    def add(spec: Spec) -> None:
        spec["paths"]["/refunds"] = {"get": {"operationId": "listRefunds", "responses": {}}}

    added = diff(add)
    assert found(added) == {("operation-added", "compatible", "GET /refunds (listRefunds)")}


def test_webhook_removed_is_breaking() -> None:
    changes = diff(lambda spec: spec["webhooks"].pop("paymentUpdated"))
    assert found(changes) == {
        ("webhook-removed", "breaking", "webhook paymentUpdated (paymentUpdated)")
    }

    def add(spec: Spec) -> None:
        spec["webhooks"]["refundUpdated"] = {"post": {"operationId": "refundUpdated"}}

    added = diff(add)
    assert found(added) == {
        ("webhook-added", "compatible", "webhook refundUpdated (refundUpdated)")
    }


def test_operation_path_changed_is_breaking() -> None:
    def move(spec: Spec) -> None:
        spec["paths"]["/payment/{id}"] = spec["paths"].pop("/payments/{id}")

    changes = diff(move)
    location = "GET /payment/{id} (getPayment)"
    assert found(changes) == {("operation-path-changed", "breaking", location)}
    assert changes[0].message == "path /payments/{id} -> /payment/{id}"

    quiet = diff(lambda spec: operation(spec, "/payments/{id}", "get").update(summary="Fetch"))
    assert quiet == []


def test_operation_method_changed_is_breaking() -> None:
    def move(spec: Spec) -> None:
        spec["paths"]["/payments/{id}"]["post"] = spec["paths"]["/payments/{id}"].pop("get")

    changes = diff(move)
    assert found(changes) == {
        ("operation-method-changed", "breaking", "POST /payments/{id} (getPayment)")
    }
    assert changes[0].message == "method GET -> POST"


def test_operation_id_changed_is_breaking() -> None:
    changes = diff(
        lambda spec: operation(spec, "/payments/{id}", "get").update(operationId="fetch")
    )
    assert found(changes) == {("operation-id-changed", "breaking", "GET /payments/{id} (fetch)")}

    quiet = diff(lambda spec: operation(spec, "/payments/{id}", "get").update(description="x"))
    assert quiet == []


# ---------------------------------------------------------------- parameters


def _add_parameter(required: bool) -> Callable[[Spec], None]:
    def edit(spec: Spec) -> None:
        parameter = {"name": "cursor", "in": "query", "required": required, "schema": {}}
        operation(spec, "/payments", "get")["parameters"].append(parameter)

    return edit


def test_required_parameter_added_is_breaking() -> None:
    location = f"{LIST} query parameter cursor"
    assert found(diff(_add_parameter(True))) == {("parameter-added-required", "breaking", location)}
    assert found(diff(_add_parameter(False))) == {("parameter-added", "compatible", location)}


def test_parameter_made_required_is_breaking() -> None:
    def require(spec: Spec) -> None:
        operation(spec, "/payments", "get")["parameters"][1]["required"] = True

    location = f"{LIST} query parameter limit"
    assert found(diff(require)) == {("parameter-made-required", "breaking", location)}

    old, new = copy.deepcopy(BASE), BASE
    require(old)
    relaxed = compare_specs(old, new)
    assert found(relaxed) == {("parameter-made-optional", "compatible", location)}


def test_parameter_removed_is_breaking() -> None:
    changes = diff(lambda spec: operation(spec, "/payments", "get")["parameters"].pop(1))
    assert found(changes) == {("parameter-removed", "breaking", f"{LIST} query parameter limit")}


def test_parameter_schema_is_compared_as_a_request() -> None:
    def narrow(spec: Spec) -> None:
        operation(spec, "/payments", "get")["parameters"][1]["schema"]["maximum"] = 100

    changes = diff(narrow)
    location = f"{LIST} query parameter limit"
    assert found(changes) == {("request-type-narrowed", "breaking", location)}
    assert changes[0].message == "maximum none -> 100"


# ---------------------------------------------------------------- request bodies and fields


def test_required_request_field_added_is_breaking() -> None:
    def add(required: bool) -> Callable[[Spec], None]:
        def edit(spec: Spec) -> None:
            request = schemas(spec)["PaymentRequest"]
            request["properties"]["payer"] = {"type": "string"}
            if required:
                request["required"].append("payer")

        return edit

    location = "schema PaymentRequest: payer"
    changes = diff(add(True))
    assert found(changes) == {("request-field-added-required", "breaking", location)}
    assert changes[0].used_by == ("createPayment",)
    assert found(diff(add(False))) == {("request-field-added", "compatible", location)}


def test_request_field_made_required_is_breaking() -> None:
    location = "schema PaymentRequest: reference"
    made = diff(lambda spec: schemas(spec)["PaymentRequest"]["required"].append("reference"))
    assert found(made) == {("request-field-made-required", "breaking", location)}

    relaxed = diff(lambda spec: schemas(spec)["PaymentRequest"]["required"].remove("currency"))
    assert found(relaxed) == {
        ("request-field-made-optional", "compatible", "schema PaymentRequest: currency")
    }


def test_request_field_removed_is_breaking() -> None:
    changes = diff(lambda spec: schemas(spec)["PaymentRequest"]["properties"].pop("reference"))
    assert found(changes) == {
        ("request-field-removed", "breaking", "schema PaymentRequest: reference")
    }


def test_request_type_narrowed_is_breaking() -> None:
    def field(spec: Spec, name: str) -> dict[str, Any]:
        result: dict[str, Any] = schemas(spec)["PaymentRequest"]["properties"][name]
        return result

    narrowings = {
        "amount": (
            lambda spec: field(spec, "amount").update(type="integer"),
            "type number -> integer",
        ),
        "reference": (
            lambda spec: field(spec, "reference").update(maxLength=16),
            "maxLength 35 -> 16",
        ),
        "count": (lambda spec: field(spec, "count").update(format="int32"), "format int32 added"),
        "currency": (
            lambda spec: field(spec, "currency").update(pattern="^[A-Z]{3}[0-9]?$"),
            'pattern "^[A-Z]{3}$" -> "^[A-Z]{3}[0-9]?$"',
        ),
    }
    for name, (edit, message) in narrowings.items():
        changes = diff(edit)
        rule = "request-type-changed" if name == "currency" else "request-type-narrowed"
        assert found(changes) == {(rule, "breaking", f"schema PaymentRequest: {name}")}, name
        assert changes[0].message == message

    widenings = (
        lambda spec: field(spec, "count").update(type="number"),
        lambda spec: field(spec, "reference").update(maxLength=70),
        lambda spec: field(spec, "currency").pop("pattern"),
    )
    for edit in widenings:
        changes = diff(edit)
        assert [c.rule for c in changes] == ["request-type-widened"]
        assert not breaking(changes)


def test_request_type_changed_is_breaking() -> None:
    def retype(spec: Spec) -> None:
        schemas(spec)["PaymentRequest"]["properties"]["reference"]["type"] = "integer"

    changes = diff(retype)
    location = "schema PaymentRequest: reference"
    assert found(changes) == {("request-type-changed", "breaking", location)}
    assert changes[0].message == "type string -> integer"

    def widen(spec: Spec) -> None:
        schemas(spec)["PaymentRequest"]["properties"]["reference"]["type"] = ["string", "integer"]

    assert found(diff(widen)) == {("request-type-widened", "compatible", location)}


def test_request_enum_value_removed_is_breaking() -> None:
    removed = diff(lambda spec: schemas(spec)["Purpose"]["enum"].remove("services"))
    assert found(removed) == {("request-enum-value-removed", "breaking", "schema Purpose")}
    assert removed[0].message == 'enum value "services" removed'

    added = diff(lambda spec: schemas(spec)["Purpose"]["enum"].append("donation"))
    assert found(added) == {("request-enum-value-added", "compatible", "schema Purpose")}


def test_request_made_non_nullable_is_breaking() -> None:
    def nullable(spec: Spec) -> None:
        schemas(spec)["PaymentRequest"]["properties"]["reference"]["type"] = ["string", "null"]

    location = "schema PaymentRequest: reference"
    assert found(diff(nullable)) == {("request-made-nullable", "compatible", location)}
    old = copy.deepcopy(BASE)
    nullable(old)
    assert found(compare_specs(old, BASE)) == {("request-made-non-nullable", "breaking", location)}


def test_request_no_longer_accepting_extra_properties_is_breaking() -> None:
    changes = diff(lambda spec: schemas(spec)["PaymentRequest"].update(additionalProperties=False))
    assert found(changes) == {("request-type-narrowed", "breaking", "schema PaymentRequest")}


def test_required_request_body_added_is_breaking() -> None:
    def add(required: bool) -> Callable[[Spec], None]:
        def edit(spec: Spec) -> None:
            body = {"required": required, "content": _json({"type": "object"})}
            operation(spec, "/payments/{id}", "get")["requestBody"] = body

        return edit

    location = f"{GET} request body"
    assert found(diff(add(True))) == {("request-body-added-required", "breaking", location)}
    assert found(diff(add(False))) == {("request-body-added", "compatible", location)}


def test_request_body_removed_is_breaking() -> None:
    changes = diff(lambda spec: operation(spec, "/payments", "post").pop("requestBody"))
    assert found(changes) == {("request-body-removed", "breaking", f"{CREATE} request body")}


def test_request_body_made_required_is_breaking() -> None:
    def body(spec: Spec) -> dict[str, Any]:
        result: dict[str, Any] = operation(spec, "/payments", "post")["requestBody"]
        return result

    location = f"{CREATE} request body"
    relaxed = diff(lambda spec: body(spec).update(required=False))
    assert found(relaxed) == {("request-body-made-optional", "compatible", location)}
    old = copy.deepcopy(BASE)
    body(old)["required"] = False
    assert found(compare_specs(old, BASE)) == {("request-body-made-required", "breaking", location)}


def test_request_media_type_removed_is_breaking() -> None:
    def content(spec: Spec) -> dict[str, Any]:
        result: dict[str, Any] = operation(spec, "/payments", "post")["requestBody"]["content"]
        return result

    added = diff(lambda spec: content(spec).update({"application/xml": {}}))
    assert found(added) == {
        ("request-media-type-added", "compatible", f"{CREATE} request body (application/xml)")
    }
    old = copy.deepcopy(BASE)
    content(old)["application/xml"] = {}
    assert found(compare_specs(old, BASE)) == {
        ("request-media-type-removed", "breaking", f"{CREATE} request body (application/xml)")
    }


# ---------------------------------------------------------------- responses


def test_response_field_removed_is_breaking() -> None:
    changes = diff(lambda spec: schemas(spec)["Payment"]["properties"].pop("note"))
    assert found(changes) == {("response-field-removed", "breaking", "schema Payment: note")}
    # reported once at the component, naming every operation that returns it
    assert changes[0].used_by == ("createPayment", "getPayment", "listPayments", "paymentUpdated")

    def add(spec: Spec) -> None:
        schemas(spec)["Payment"]["properties"]["settledAt"] = {"type": "string"}
        schemas(spec)["Payment"]["required"].append("settledAt")

    added = diff(add)
    assert found(added) == {("response-field-added", "compatible", "schema Payment: settledAt")}


def test_response_field_made_nullable_is_breaking() -> None:
    def nullable(spec: Spec) -> None:
        schemas(spec)["Payment"]["properties"]["note"]["type"] = ["string", "null"]

    changes = diff(nullable)
    assert found(changes) == {("response-made-nullable", "breaking", "schema Payment: note")}

    def anyof_null(spec: Spec) -> None:
        note = schemas(spec)["Payment"]["properties"]["note"]
        schemas(spec)["Payment"]["properties"]["note"] = {"anyOf": [note, {"type": "null"}]}

    assert found(diff(anyof_null)) == {
        ("response-made-nullable", "breaking", "schema Payment: note")
    }

    old = copy.deepcopy(BASE)
    nullable(old)
    assert found(compare_specs(old, BASE)) == {
        ("response-made-non-nullable", "compatible", "schema Payment: note")
    }


def test_response_field_made_optional_is_breaking() -> None:
    optional = diff(lambda spec: schemas(spec)["Payment"]["required"].remove("amount"))
    assert found(optional) == {
        ("response-field-made-optional", "breaking", "schema Payment: amount")
    }

    required = diff(lambda spec: schemas(spec)["Payment"]["required"].append("note"))
    assert found(required) == {
        ("response-field-made-required", "compatible", "schema Payment: note")
    }


def test_response_type_widened_is_breaking() -> None:
    def widen(spec: Spec) -> None:
        schemas(spec)["Payment"]["properties"]["fee"]["type"] = "number"

    changes = diff(widen)
    assert found(changes) == {("response-type-widened", "breaking", "schema Payment: fee")}

    def narrow(spec: Spec) -> None:
        schemas(spec)["Payment"]["properties"]["amount"]["type"] = "integer"

    assert found(diff(narrow)) == {
        ("response-type-narrowed", "compatible", "schema Payment: amount")
    }


def test_response_enum_value_added_is_breaking() -> None:
    """Status is used in requests and in responses: one change, the more severe reading."""
    added = diff(lambda spec: schemas(spec)["Status"]["enum"].append("refunded"))
    assert found(added) == {("response-enum-value-added", "breaking", "schema Status")}
    assert added[0].used_by == ("createPayment", "getPayment", "listPayments", "paymentUpdated")

    removed = diff(lambda spec: schemas(spec)["Status"]["enum"].remove("paid"))
    assert found(removed) == {("request-enum-value-removed", "breaking", "schema Status")}


def test_response_variant_added_is_breaking() -> None:
    def variants(*members: Spec) -> Callable[[Spec], None]:
        def edit(spec: Spec) -> None:
            schemas(spec)["Payment"]["properties"]["note"] = {"anyOf": list(members)}

        return edit

    string, number = {"type": "string"}, {"type": "number"}
    old = copy.deepcopy(BASE)
    variants(string)(old)
    new = copy.deepcopy(BASE)
    variants(string, number)(new)
    changes = compare_specs(old, new)
    assert found(changes) == {("response-type-widened", "breaking", "schema Payment: note")}
    assert changes[0].message == "anyOf variant number added"
    assert found(compare_specs(new, old)) == {
        ("response-type-narrowed", "compatible", "schema Payment: note")
    }


def test_success_status_removed_is_breaking() -> None:
    removed = diff(lambda spec: operation(spec, "/payments", "post")["responses"].pop("201"))
    assert found(removed) == {("response-status-removed", "breaking", f"{CREATE} 201 response")}

    removed_error = diff(lambda spec: operation(spec, "/payments", "post")["responses"].pop("400"))
    assert found(removed_error) == {
        ("response-status-removed", "compatible", f"{CREATE} 400 response")
    }


def test_success_status_added_is_breaking() -> None:
    def add(status: str) -> Callable[[Spec], None]:
        def edit(spec: Spec) -> None:
            operation(spec, "/payments", "post")["responses"][status] = {"description": "x"}

        return edit

    assert found(diff(add("202"))) == {
        ("response-status-added", "breaking", f"{CREATE} 202 response")
    }
    assert found(diff(add("429"))) == {
        ("response-status-added", "compatible", f"{CREATE} 429 response")
    }


def test_response_media_type_removed_is_breaking() -> None:
    def content(spec: Spec) -> dict[str, Any]:
        result: dict[str, Any] = operation(spec, "/payments/{id}", "get")["responses"]["200"]
        return result.setdefault("content", {})

    location = f"{GET} 200 response (text/csv)"
    added = diff(lambda spec: content(spec).update({"text/csv": {}}))
    assert found(added) == {("response-media-type-added", "compatible", location)}
    old = copy.deepcopy(BASE)
    content(old)["text/csv"] = {}
    assert found(compare_specs(old, BASE)) == {
        ("response-media-type-removed", "breaking", location)
    }


def test_inline_response_schemas_are_compared_where_they_sit() -> None:
    def edit(spec: Spec) -> None:
        items = {"type": "object", "properties": {"id": {"type": "string"}}}
        response = operation(spec, "/payments", "get")["responses"]["200"]
        response["content"] = _json({"type": "array", "items": items})

    old = copy.deepcopy(BASE)
    edit(old)
    new = copy.deepcopy(old)
    operation(new, "/payments", "get")["responses"]["200"]["content"]["application/json"]["schema"][
        "items"
    ]["properties"].pop("id")
    changes = compare_specs(old, new)
    assert found(changes) == {("response-field-removed", "breaking", f"{LIST} 200 response: [].id")}
    assert changes[0].pointer == (
        "/paths/~1payments/get/responses/200/content/application~1json/schema/items/properties/id"
    )


def test_webhook_payloads_are_checked_with_the_response_rules() -> None:
    """The client receives a webhook's body: a new required field is no burden for it."""

    def inline(spec: Spec) -> None:
        body = spec["webhooks"]["paymentUpdated"]["post"]["requestBody"]
        body["content"] = _json({"type": "object", "properties": {"id": {"type": "string"}}})

    old = copy.deepcopy(BASE)
    inline(old)
    new = copy.deepcopy(old)
    payload = new["webhooks"]["paymentUpdated"]["post"]["requestBody"]["content"]
    payload["application/json"]["schema"]["properties"]["kind"] = {"type": "string"}
    payload["application/json"]["schema"]["required"] = ["kind"]
    location = "webhook paymentUpdated (paymentUpdated) request body: kind"
    assert found(compare_specs(old, new)) == {("response-field-added", "compatible", location)}
    assert found(compare_specs(new, old)) == {("response-field-removed", "breaking", location)}


# ---------------------------------------------------------------- composition and recursion


def test_fields_of_all_of_parts_are_compared() -> None:
    def compose(spec: Spec) -> None:
        schemas(spec)["Error"] = {
            "allOf": [
                {"type": "object", "properties": {"message": {"type": "string"}}},
                {"type": "object", "properties": {"code": {"type": "string"}}},
            ]
        }

    old = copy.deepcopy(BASE)
    compose(old)
    new = copy.deepcopy(old)
    schemas(new)["Error"]["allOf"][1]["properties"].pop("code")
    changes = compare_specs(old, new)
    assert found(changes) == {("response-field-removed", "breaking", "schema Error: code")}
    assert compare_specs(old, copy.deepcopy(old)) == []


def test_recursive_schemas_are_compared_once() -> None:
    def tree(spec: Spec) -> None:
        schemas(spec)["Payment"]["properties"]["children"] = {
            "type": "array",
            "items": _ref("Payment"),
        }

    old = copy.deepcopy(BASE)
    tree(old)
    new = copy.deepcopy(old)
    schemas(new)["Payment"]["properties"].pop("note")
    changes = compare_specs(old, new)
    assert found(changes) == {("response-field-removed", "breaking", "schema Payment: note")}


# ---------------------------------------------------------------- security, servers, docs


def test_security_requirement_removed_is_breaking() -> None:
    def only_api_key(spec: Spec) -> None:
        operation(spec, "/payments/{id}", "get")["security"] = [{"apiKey": []}]

    changes = diff(only_api_key)
    assert found(changes) == {
        ("security-requirement-removed", "breaking", GET),
        ("security-requirement-added", "compatible", GET),
    }
    assert {c.message for c in changes} == {"no longer accepts token", "now also accepts apiKey"}

    def either(spec: Spec) -> None:
        operation(spec, "/payments/{id}", "get")["security"] = [{"token": []}, {"apiKey": []}]

    assert found(diff(either)) == {("security-requirement-added", "compatible", GET)}


def test_security_scheme_changed_is_breaking() -> None:
    def rename_header(spec: Spec) -> None:
        spec["components"]["securitySchemes"]["apiKey"]["name"] = "x-key"

    changes = diff(rename_header)
    assert found(changes) == {("security-scheme-changed", "breaking", "security scheme apiKey")}
    assert changes[0].message == "changed: name x-api-key -> x-key"

    def describe(spec: Spec) -> None:
        spec["components"]["securitySchemes"]["apiKey"]["description"] = "the partner key"

    assert diff(describe) == []


def test_server_removed_is_breaking() -> None:
    removed = diff(lambda spec: spec["servers"].pop(1))
    assert found(removed) == {("server-removed", "breaking", "servers")}
    assert removed[0].message == "server https://sandbox.example.com removed"

    added = diff(lambda spec: spec["servers"].append({"url": "https://eu.example.com"}))
    assert found(added) == {("server-added", "compatible", "servers")}


def test_docs_discrepancy_added_or_resolved_is_informational() -> None:
    def record(spec: Spec) -> None:
        schemas(spec)["Payment"]["properties"]["fee"]["x-docs-discrepancy"] = "cents or units?"

    added = diff(record)
    assert found(added) == {("docs-discrepancy-added", "compatible", "schema Payment: fee")}
    assert added[0].informational
    assert added[0].pointer == "/components/schemas/Payment/properties/fee"
    assert suggested_bump(added) == "patch"

    old = copy.deepcopy(BASE)
    record(old)
    resolved = compare_specs(old, BASE)
    assert found(resolved) == {("docs-discrepancy-resolved", "compatible", "schema Payment: fee")}

    def reword(spec: Spec) -> None:
        record(spec)
        operation(spec, "/payments", "get")["x-docs-discrepancy"] = "two pages disagree"

    reworded = copy.deepcopy(BASE)
    reword(reworded)
    schemas(reworded)["Payment"]["properties"]["fee"]["x-docs-discrepancy"] = "cents, says the FAQ"
    changes = compare_specs(old, reworded)
    assert found(changes) == {
        ("docs-discrepancy-changed", "compatible", "schema Payment: fee"),
        ("docs-discrepancy-added", "compatible", LIST),
    }


# ---------------------------------------------------------------- client rules (x-corridor-*)

HANDLE: Spec = {
    "field": "reference",
    "generated": True,
    "lookup": {"operationId": "getPayment"},
    "already_done": {"statuses": [409]},
}


def with_handle(spec: Spec) -> None:
    create = operation(spec, "/payments", "post")
    create["x-corridor-retry"] = "create"
    create["x-corridor-idempotency"] = copy.deepcopy(HANDLE)


def handle(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = operation(spec, "/payments", "post")["x-corridor-idempotency"]
    return result


def rules_diff(edit: Callable[[Spec], object], base: Callable[[Spec], object]) -> list[Change]:
    """What `edit` changes in BASE with `base` applied first."""
    old = copy.deepcopy(BASE)
    base(old)
    new = copy.deepcopy(old)
    edit(new)
    return compare_specs(old, new)


def test_a_create_losing_its_handle_breaks_retry_safety_and_gaining_one_does_not() -> None:
    lost = rules_diff(
        lambda spec: operation(spec, "/payments", "post").pop("x-corridor-idempotency"), with_handle
    )
    assert found(lost) == {("idempotency-handle-removed", "breaking", CREATE)}
    assert lost[0].pointer == "/paths/~1payments/post/x-corridor-idempotency"
    assert suggested_bump(lost) == "major"

    gained = diff(with_handle)
    assert found(gained) == {
        ("retry-kind-changed", "compatible", CREATE),
        ("idempotency-handle-added", "compatible", CREATE),
    }
    assert suggested_bump(gained) == "minor"

    renamed = rules_diff(lambda spec: handle(spec).update(field="externalId"), with_handle)
    assert found(renamed) == {("idempotency-handle-changed", "breaking", CREATE)}


def test_a_create_losing_its_lookup_or_its_generated_handle_is_breaking() -> None:
    no_lookup = rules_diff(lambda spec: handle(spec).pop("lookup"), with_handle)
    assert found(no_lookup) == {("idempotency-lookup-removed", "breaking", CREATE)}
    lookup = rules_diff(
        lambda spec: handle(spec).update(lookup=HANDLE["lookup"]),
        lambda spec: (with_handle(spec), handle(spec).pop("lookup")),
    )
    assert found(lookup) == {("idempotency-lookup-added", "compatible", CREATE)}

    not_generated = rules_diff(lambda spec: handle(spec).update(generated=False), with_handle)
    assert found(not_generated) == {("idempotency-handle-not-generated", "breaking", CREATE)}

    other = rules_diff(
        lambda spec: handle(spec).update(
            lookup={"operationId": "listPayments", "entry": {"items": "data", "match": "reference"}}
        ),
        with_handle,
    )
    assert found(other) == {("idempotency-lookup-changed", "compatible", CREATE)}


def test_a_lookup_whose_answer_no_longer_is_the_creates_is_breaking() -> None:
    confirms = rules_diff(lambda spec: handle(spec)["lookup"].update(answer="exists"), with_handle)
    assert found(confirms) == {("idempotency-lookup-answer-changed", "breaking", CREATE)}
    assert "no longer the call's answer" in confirms[0].message

    def confirming(spec: Spec) -> None:
        with_handle(spec)
        handle(spec)["lookup"]["answer"] = "exists"

    answers = rules_diff(lambda spec: handle(spec)["lookup"].pop("answer"), confirming)
    assert found(answers) == {("idempotency-lookup-answer-changed", "compatible", CREATE)}

    def carrying(spec: Spec) -> None:
        with_handle(spec)
        handle(spec)["lookup"]["carry"] = ["onBehalfOf"]

    dropped = rules_diff(lambda spec: handle(spec)["lookup"].pop("carry"), carrying)
    assert found(dropped) == {("idempotency-lookup-carry-removed", "breaking", CREATE)}


def test_fewer_refusals_meaning_already_done_is_breaking_more_is_not() -> None:
    def done(**lists: Any) -> Callable[[Spec], None]:
        return lambda spec: handle(spec).update(already_done=lists)

    cases = {
        "breaking": [
            done(statuses=[409], codes=["DUPLICATE"]),  # a list appears: all must match
            done(statuses=[422]),  # 409 no longer counts
            lambda spec: handle(spec).pop("already_done"),
        ],
        "compatible": [done(statuses=[409, 422])],
    }
    for severity, edits in cases.items():
        for edit in edits:
            changes = rules_diff(edit, with_handle)
            assert [change.severity for change in changes] == [severity], changes

    def two_lists(spec: Spec) -> None:
        with_handle(spec)
        handle(spec)["already_done"] = {"statuses": [409], "messages": ["already exists"]}

    fewer_lists = rules_diff(done(statuses=[409]), two_lists)
    assert found(fewer_lists) == {("already-done-widened", "compatible", CREATE)}
    assert fewer_lists[0].message == (
        "refusals meaning already done: statuses 409; messages already exists -> statuses 409"
    )


def test_a_call_retried_like_a_read_becoming_a_write_is_breaking() -> None:
    def safe(spec: Spec) -> None:
        operation(spec, "/payments", "post")["x-corridor-retry"] = "safe"

    write = rules_diff(
        lambda spec: operation(spec, "/payments", "post").pop("x-corridor-retry"), safe
    )
    assert found(write) == {("retry-kind-changed", "breaking", CREATE)}
    assert write[0].message.startswith("retry kind safe -> write")
    assert found(diff(safe)) == {("retry-kind-changed", "compatible", CREATE)}
    # the method's default stated outright is no change
    assert (
        diff(lambda spec: operation(spec, "/payments", "get").update({"x-corridor-retry": "read"}))
        == []
    )


def test_paging_removed_is_breaking_and_where_to_look_is_only_compatible() -> None:
    def paged(spec: Spec) -> None:
        operation(spec, "/payments", "get")["x-corridor-pagination"] = {"items": "data"}

    assert found(diff(paged)) == {("pagination-added", "compatible", LIST)}
    unpaged = rules_diff(
        lambda spec: operation(spec, "/payments", "get").pop("x-corridor-pagination"), paged
    )
    assert found(unpaged) == {("pagination-removed", "breaking", LIST)}
    restyled = rules_diff(
        lambda spec: operation(spec, "/payments", "get").update(
            {"x-corridor-pagination": {"items": "data", "page": "page"}}
        ),
        paged,
    )
    assert found(restyled) == {("pagination-changed", "compatible", LIST)}

    def look(spec: Spec) -> None:
        operation(spec, "/payments", "post")["x-corridor-where-to-look"] = {
            "operations": ["listPayments"]
        }

    assert found(diff(look)) == {("where-to-look-added", "compatible", CREATE)}


# ---------------------------------------------------------------- the version bump


def test_suggested_bump_follows_the_most_severe_change() -> None:
    def change(severity: Any, informational: bool = False) -> Change:
        return Change("rule", severity, "here", "what", informational=informational)

    info, compatible, breaking_change = (
        change("compatible", True),
        change("compatible"),
        change("breaking"),
    )
    assert suggested_bump([]) == "none"
    assert suggested_bump([info]) == "patch"
    assert suggested_bump([info, compatible]) == "minor"
    assert suggested_bump([compatible, breaking_change, info]) == "major"


def _rename(schema: dict[str, Any], old: str, new: str) -> None:
    schema["properties"] = {
        (new if name == old else name): value for name, value in schema["properties"].items()
    }
    schema["required"] = [new if name == old else name for name in schema.get("required", [])]


def test_a_field_removed_and_one_added_with_the_same_schema_is_one_rename() -> None:
    renamed = diff(lambda spec: _rename(schemas(spec)["Payment"], "note", "memo"))
    assert found(renamed) == {("response-field-renamed", "breaking", "schema Payment: note")}
    assert renamed[0].message == "field renamed to memo"


def test_a_rename_beside_a_new_field_of_the_same_type_is_told_by_position() -> None:
    def edit(spec: Spec) -> None:
        request = schemas(spec)["PaymentRequest"]
        _rename(request, "currency", "currencyCode")
        request["properties"]["note"] = {"type": "string", "pattern": "^[A-Z]{3}$"}
        request["required"].append("note")

    assert found(diff(edit)) == {
        ("request-field-renamed", "breaking", "schema PaymentRequest: currency"),
        ("request-field-added-required", "breaking", "schema PaymentRequest: note"),
    }


def test_a_field_replaced_by_one_of_another_schema_is_no_rename() -> None:
    def edit(spec: Spec) -> None:
        _rename(schemas(spec)["Payment"], "note", "memo")
        schemas(spec)["Payment"]["properties"]["memo"] = {"type": "integer"}

    assert found(diff(edit)) == {
        ("response-field-removed", "breaking", "schema Payment: note"),
        ("response-field-added", "compatible", "schema Payment: memo"),
    }


def test_a_webhook_payload_refined_in_an_all_of_part_is_compared() -> None:
    """An envelope declares a generic `payload`; the event's own part names its schema."""

    def envelope(spec: Spec) -> None:
        schemas(spec)["Envelope"] = {
            "type": "object",
            "properties": {"type": {"type": "string"}, "payload": {"type": "object"}},
        }
        schemas(spec)["PaymentEvent"] = {
            "allOf": [_ref("Envelope"), {"properties": {"payload": _ref("Payment")}}]
        }
        body = spec["webhooks"]["paymentUpdated"]["post"]["requestBody"]
        body["content"] = _json(_ref("PaymentEvent"))

    old = copy.deepcopy(BASE)
    envelope(old)
    new = copy.deepcopy(old)
    schemas(new)["Payment"]["properties"]["fee"] = {"type": "string"}
    changes = compare_specs(old, new)
    assert found(changes) == {("response-type-changed", "breaking", "schema Payment: fee")}
    assert "paymentUpdated" in changes[0].used_by


def test_an_all_of_part_adding_only_a_description_keeps_the_earlier_schema() -> None:
    def described(spec: Spec) -> None:
        schemas(spec)["Described"] = {
            "allOf": [_ref("Payment"), {"properties": {"fee": {"description": "In cents."}}}]
        }
        operation(spec, "/payments/{id}", "get")["responses"]["200"]["content"] = _json(
            _ref("Described")
        )

    old = copy.deepcopy(BASE)
    described(old)
    new = copy.deepcopy(old)
    schemas(new)["Payment"]["properties"]["fee"] = {"type": "string"}
    assert ("response-type-changed", "breaking", "schema Described: fee") in found(
        compare_specs(old, new)
    )
