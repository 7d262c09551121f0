"""Properties SettleGo's books must keep whatever sequence of calls was made.

- No currency account balance is negative.
- Every balance equals the sum of the movements recorded against it.
- Money is conserved per currency: all balances together equal the pay-ins, less what funded,
  uncancelled payments debited (amount plus fees), less what funded conversions sold, plus what
  settled conversions bought. Transfers only move money between clients, so they cancel out.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from corridor.simulator.settlego.rules import SettleGoRules


def broken_invariants(rules: SettleGoRules) -> list[str]:
    problems: list[str] = []
    store = rules.store
    movements: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for entry in store.values("ledger"):
        movements[(entry["clientId"], entry["currency"])] += entry["amount"]
    held: dict[str, Decimal] = defaultdict(Decimal)
    for account in store.values("accounts"):
        key = (account["clientId"], account["currency"])
        if account["balance"] < 0:
            problems.append(f"{key}: negative balance {account['balance']}")
        if account["balance"] != movements[key]:
            problems.append(f"{key}: balance {account['balance']} != movements {movements[key]}")
        held[account["currency"]] += account["balance"]

    expected: dict[str, Decimal] = defaultdict(Decimal)
    for pay_in in store.values("payIns"):
        expected[pay_in["currency"]] += pay_in["amount"]
    for payment in store.values("payments"):
        if payment["funded"] and payment["paymentStatus"] != "canceled":
            expected[payment["currency"]] -= payment["totalDebitAmount"]
    for conversion in store.values("conversions"):
        if conversion["funded"]:
            expected[conversion["sellCurrency"]] -= conversion["sellAmount"]
        if conversion["status"] == "completed":
            expected[conversion["buyCurrency"]] += conversion["buyAmount"]
    for currency in sorted(set(held) | set(expected)):
        if held[currency] != expected[currency]:
            problems.append(
                f"{currency}: accounts hold {held[currency]}, the books say {expected[currency]}"
            )
    return problems
