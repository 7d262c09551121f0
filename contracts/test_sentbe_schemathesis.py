"""A Sentbe simulator that breaks the spec, or accepts a broken SIGNATURE, makes verification
fail, readably.

The runs every provider shares (no disagreement, a 2xx on every operation, balanced books, the
remote path, a real sandbox) are in test_schemathesis.py; there every case is signed as the
facade signs it, and every third invalid case also carries a broken SIGNATURE.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from rich.console import Console

from corridor.simulator import Simulator, simulate
from corridor.simulator.definition import Services
from corridor.simulator.dialect import Answer, Call, Security
from corridor.simulator.sentbe import SIMULATOR, SentbeSimulator, build
from corridor.simulator.sentbe.dialect import SentbeDialect
from corridor.simulator.sentbe.domain.partners import Partner
from corridor.verification.command import verify_target
from corridor.verification.targets import simulator_target

EXAMPLES = 5  # per operation and phase: enough to meet the broken answer


def broken_get_balance(call: Call) -> Answer:
    return Answer({"amount": "lots", "currency": call.path["currency"]})


def test_a_broken_handler_makes_verification_fail_with_a_readable_report() -> None:
    broken = simulate("sentbe", handlers={"getBalance": broken_get_balance})
    console = Console(record=True, width=200)
    result = verify_target(simulator_target("sentbe", broken), EXAMPLES, 0, console)
    assert not result.passed
    assert "GET /inbound/balances/{currency}" in {failure.operation for failure in result.failures}
    report = console.export_text()
    assert "DISAGREE" in report
    assert "FAIL GET /inbound/balances/{currency}" in report
    assert "reproduce with:" in report
    # the request as sent, every security-scheme header masked (the access_id is a secret)
    assert "-H 'PARTNER-ID: [Filtered]'" in report
    assert "-H 'KEY: [Filtered]'" in report


class TrustsAnyKeyWithoutSignature(SentbeDialect):
    """A plausible bug: a call that carries no SIGNATURE (no parameters, which the spec gives
    no signature scheme) is let through on PARTNER-ID alone, its KEY never compared."""

    def authenticate(self, security: Security, credentials: Mapping[str, str]) -> Partner:
        partner = self.partners.get(credentials.get("partnerId") or "")
        if "signature" not in credentials and partner is not None:
            return partner
        return super().authenticate(security, credentials)


def lax_build(services: Services, **options: Any) -> SentbeSimulator:
    built = build(services, **options)
    return dataclasses.replace(built, dialect=TrustsAnyKeyWithoutSignature(built.backend.partners))


def test_a_broken_signature_that_is_accepted_fails_verification() -> None:
    lax = Simulator(dataclasses.replace(SIMULATOR, build=lax_build), strict=True)
    console = Console(record=True, width=200)
    result = verify_target(simulator_target("sentbe", lax), EXAMPLES, 0, console)
    accepted = [sent for sent in result.tampered if sent.accepted]
    assert accepted, "some wrong KEY went to a call without a SIGNATURE"
    assert {sent.operation for sent in accepted} <= {
        "GET /inbound/banks",
        "GET /inbound/balances",
        "GET /inbound/balances/{currency}",
        "GET /inbound/users/{id}",
        "GET /inbound/recipients/{id}",
        "GET /inbound/transfers/{id}",
    }
    assert not result.passed
    assert "a request whose signature was broken" in console.export_text()
