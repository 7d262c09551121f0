"""What `corridor parity` counts as a difference: values that legitimately differ are
normalised away, the provider's vocabulary and the answer's shape are not."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from corridor.parity.comparison import DIFFERENT, SAME, compare
from corridor.parity.runner import Answer, Observation

SPEC: dict[str, Any] = {
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        }
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {
                    "status": {"enum": ["new", "done"]},
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                },
            },
            "Item": {"properties": {"kind": {"enum": ["a", "b"]}}},
        }
    },
}


def answered(body: Any, status: int = 200, **headers: str) -> Observation:
    """An answer of `body`, given as JSON text where the digits of its numbers matter."""
    text = body if isinstance(body, str) else json.dumps(body)
    decoded = json.loads(text, parse_float=Decimal)
    answer = Answer(
        status,
        headers.get("media_type", "application/json"),
        headers.get("retry_after"),
        decoded,
        "",
    )
    return Observation("things", "read", "getThing", answer=answer)


def error_code(body: Any) -> str | None:
    return body.get("code") if isinstance(body, dict) else None


def differences(ours: Observation, theirs: Observation) -> list[tuple[str, str, str, str]]:
    (found,) = compare([ours], [theirs], SPEC, error_code)
    return [(d.aspect, d.where, d.simulator, d.target) for d in found.differences]


def test_ids_timestamps_and_amounts_that_differ_in_value_only_are_the_same() -> None:
    ours = {
        "id": "3f1c2f1e-8d2a-4c51-9e6a-1d2c3b4a5f60",
        "created": "2026-01-05T09:00:00Z",
        "rate": "1.2345",
        "status": "new",
    }
    theirs = {
        "id": "9b7e8c6d-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
        "created": "2024-11-30T23:59:59Z",
        "rate": "0.9876",
        "status": "new",
    }
    ours_text = json.dumps(ours)[:-1] + ', "amount": 10.50}'
    theirs_text = json.dumps(theirs)[:-1] + ', "amount": 99.99}'
    (found,) = compare([answered(ours_text)], [answered(theirs_text)], SPEC, error_code)
    assert found.verdict == SAME
    assert found.ids == (("$.id", ours["id"], theirs["id"]),)


def test_an_enum_value_is_compared_and_an_undocumented_one_is_named() -> None:
    assert differences(answered({"status": "new"}), answered({"status": "done"})) == [
        ("enum value", "$.status", "new", "done")
    ]
    assert differences(answered({"status": "new"}), answered({"status": "held"})) == [
        ("enum value", "$.status", "new", "held (not in the spec's enum)")
    ]


def test_in_a_list_only_an_enum_value_the_spec_does_not_list_is_a_difference() -> None:
    ours = answered({"items": [{"kind": "a"}]})
    assert differences(ours, answered({"items": [{"kind": "b"}, {"kind": "a"}]})) == []
    assert differences(ours, answered({"items": [{"kind": "z"}]})) == [
        ("enum value", "$.items[].kind", "documented values", "z")
    ]


def test_missing_and_extra_fields_types_nullability_and_precision_are_differences() -> None:
    ours = answered({"a": "x", "b": 1, "c": "text", "d": "10.00"})
    theirs = answered({"b": "1", "c": None, "d": "10.000", "e": True})
    assert differences(ours, theirs) == [
        ("missing field", "$.a", "string", "absent"),
        ("type", "$.b", "integer", "string"),
        ("nullability", "$.c", "string", "null"),
        ("money precision", "$.d", "2 places", "3 places"),
        ("extra field", "$.e", "absent", "boolean"),
    ]


def test_a_number_keeps_the_decimal_places_it_was_written_with() -> None:
    assert differences(answered('{"amount": 10.50}'), answered('{"amount": 10.5}')) == [
        ("money precision", "$.amount", "2 places", "1 places")
    ]


def test_a_date_answered_as_a_timestamp_is_a_difference_of_text_kind() -> None:
    assert differences(
        answered({"on": "2026-01-05"}), answered({"on": "2026-01-05T00:00:00Z"})
    ) == [("text kind", "$.on", "date", "date-time")]


def test_status_error_code_media_type_and_retry_after_are_compared() -> None:
    ours = answered({"code": "E1"}, 404)
    theirs = answered({"code": "E2"}, 429, media_type="text/plain", retry_after="5")
    assert differences(ours, theirs) == [
        ("status", "", "404", "429"),
        ("error code", "", "E1", "E2"),
        ("media type", "", "application/json", "text/plain"),
        ("Retry-After", "", "absent", "5"),
    ]


def test_an_empty_list_says_nothing_about_its_items() -> None:
    ours = answered({"items": [{"kind": "a", "n": 1}]})
    assert differences(ours, answered({"items": []})) == []


def test_a_step_one_side_could_not_send_is_answered_by_the_other_only() -> None:
    unsent = Observation("things", "read", "getThing", missing="not sent: no id")
    (found,) = compare([answered({"status": "new"})], [unsent], SPEC, error_code)
    assert (found.verdict, found.note) == ("only simulator answered", "not sent: no id")


def test_status_sequences_and_webhooks_are_compared_in_order() -> None:
    def waited(*sequence: str) -> Observation:
        observation = answered({"status": "done"})
        return Observation(
            "things", "wait", "getThing", answer=observation.answer, sequence=sequence
        )

    (found,) = compare([waited("new", "done")], [waited("done", "new", "done")], SPEC, error_code)
    assert found.verdict == DIFFERENT
    assert [(d.aspect, d.simulator, d.target) for d in found.differences] == [
        ("status sequence", "new → done", "done → new → done")
    ]

    def hooks(*types: str) -> Observation:
        events = tuple({"type": kind, "payload": {"id": "x"}} for kind in types)
        return Observation("things", "webhooks", "webhooks", events=events)

    (found,) = compare([hooks("A", "B")], [hooks("B", "A")], SPEC, error_code)
    assert [(d.aspect, d.simulator, d.target) for d in found.differences] == [
        ("webhooks", "A, B", "B, A")
    ]
    (found,) = compare([hooks("A")], [hooks("A")], SPEC, error_code)
    assert found.verdict == SAME
