"""Seed bindings become Schemathesis configuration: dictionaries, and more examples where asked."""

from __future__ import annotations

from corridor.providers.seeding import Seeds


def test_an_operation_given_more_examples_gets_a_multiple_of_the_run() -> None:
    seeds = Seeds()
    seeds.bind("body.lockId", ["lock-1"], operations=["createOrder"])
    seeds.more_examples(["createOrder", "createTransfer"], factor=3)
    entries = {e["include-operation-id"]: e for e in seeds.config(max_examples=10)["operations"]}
    assert entries["createOrder"]["generation"] == {"max-examples": 30}
    assert entries["createTransfer"] == {
        "include-operation-id": "createTransfer",
        "parameters": {},
        "generation": {"max-examples": 30},
    }
    assert set(entries["createOrder"]["parameters"]) == {"body.lockId"}


def test_without_the_runs_examples_no_operation_is_given_a_count() -> None:
    seeds = Seeds()
    seeds.more_examples(["createOrder"], factor=2)
    (entry,) = seeds.config()["operations"]
    assert "generation" not in entry
