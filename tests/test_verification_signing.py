"""The contract run's request signing: a harness's signer rewrites each case's request on its
way out (through `requests`, as Schemathesis sends it), and a broken signature is recorded with
the answer it got."""

from __future__ import annotations

import json
from collections.abc import Mapping

import httpx
import requests

from corridor.providers.signing import SignedRequests
from corridor.verification.signing import TAMPER_EVERY, CaseSigning


class HeaderSigner:
    """A toy wire: the JSON body moves into X-Params, with the caller's key in X-Key."""

    tamper_kinds = 2

    def sign(self, request: httpx.Request, credentials: Mapping[str, str]) -> httpx.Request:
        headers = {k: v for k, v in request.headers.items() if k not in ("content-length",)}
        headers |= {"X-Key": credentials["KEY"], "X-Params": request.content.decode() or "{}"}
        return httpx.Request(request.method, request.url, headers=headers)

    def tamper(
        self, request: httpx.Request, credentials: Mapping[str, str], kind: int
    ) -> tuple[httpx.Request, str]:
        headers = dict(request.headers) | {"X-Params": f"broken-{kind}"}
        return httpx.Request(request.method, request.url, headers=headers), f"kind {kind}"


def prepared(body: object) -> requests.PreparedRequest:
    return requests.Request("POST", "http://toy/widgets", json=body).prepare()


def test_a_case_leaves_with_its_parameters_in_the_header_and_no_body() -> None:
    signing = CaseSigning(HeaderSigner(), {"KEY": "k1"})
    request = signing.auth_for("POST /widgets", negative=False)(prepared({"name": "cog"}))
    assert request.body is None
    assert request.headers["Content-Length"] == "0"
    assert request.headers["X-Key"] == "k1"
    assert json.loads(request.headers["X-Params"]) == {"name": "cog"}
    assert signing.tampered == []


def test_a_withheld_header_stays_out_of_the_signed_request() -> None:
    signing = CaseSigning(HeaderSigner(), {"KEY": "k1"})
    auth = signing.auth_for("POST /widgets", negative=True, withheld=frozenset({"x-key"}))
    request = auth(prepared({"name": "cog"}))
    assert "X-Key" not in request.headers
    assert "X-Params" in request.headers


def test_every_few_invalid_cases_carry_a_broken_signature_and_its_answer_is_recorded() -> None:
    signing = CaseSigning(HeaderSigner(), {"KEY": "k1"})
    sent = []
    for number in range(2 * TAMPER_EVERY):
        request = signing.auth_for("POST /widgets", negative=True)(prepared({"n": number}))
        sent.append(request.headers["X-Params"])
        response = requests.Response()
        response.status_code = 200 if number == 0 else 401
        for hook in request.hooks["response"]:
            hook(response)
    assert [params for params in sent if params.startswith("broken")] == ["broken-0", "broken-1"]
    assert [(t.how, t.status, t.accepted) for t in signing.tampered] == [
        ("kind 0", 200, True),
        ("kind 1", 401, False),
    ]


def test_valid_cases_are_never_tampered_with() -> None:
    signing = CaseSigning(HeaderSigner(), {"KEY": "k1"})
    for _ in range(3 * TAMPER_EVERY):
        request = signing.auth_for("POST /widgets", negative=False)(prepared({}))
        assert not request.headers["X-Params"].startswith("broken")


def test_the_seeders_httpx_client_is_signed_too() -> None:
    seen: list[httpx.Request] = []

    def service(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    auth = SignedRequests(HeaderSigner(), {"KEY": "k1"})
    with httpx.Client(transport=httpx.MockTransport(service), auth=auth) as http:
        http.post("http://toy/widgets", json={"name": "cog"})
    assert seen[0].content == b""
    assert json.loads(seen[0].headers["X-Params"]) == {"name": "cog"}
