"""Against a real service, `corridor verify` keeps to its rate limit and waits out a 429."""

from __future__ import annotations

import httpx
import pytest
from served import served

from corridor.providers import get_provider
from corridor.verification.command import polite_pace, served_limit
from corridor.verification.politeness import Pace, RateLimit, retry_after
from corridor.verification.run import run_schemathesis
from corridor.verification.targets import remote_target


def test_a_rate_limited_simulator_refuses_no_request_of_a_paced_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in get_provider("sfox").harness().credentials.items():
        monkeypatch.setenv(name, value)
    limit = RateLimit(40, 1.0)
    with served("sfox") as urls:
        base_url = urls["sfox"]
        origin = str(httpx.URL(base_url).copy_with(path="/")).rstrip("/")
        answer = httpx.put(f"{origin}/_simulator/rate-limit", json={"requests": 40, "seconds": 1})
        assert answer.json()["enabled"] is True
        # without --rate-limit, verify paces a served simulator to the limit it enforces
        assert served_limit(base_url) == limit
        pace = Pace(limit, "the test's")
        result = run_schemathesis(
            remote_target("sfox", base_url, pace), max_examples=1, phases=("examples",), pace=pace
        )
    assert result.cases > 40  # more than one window's worth
    assert pace.waited_out == 0  # 0 requests refused for rate
    assert "no answer was 429 Too Many Requests" in result.pacing
    assert not [failure for failure in result.failures if "429" in failure.message]


def test_a_429_is_waited_out_sent_again_and_counted() -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(200)])
    pace = Pace(RateLimit(100, 1.0), "the test's")
    transport = pace.transport(httpx.MockTransport(lambda request: next(answers)))
    with httpx.Client(transport=transport) as client:
        assert client.get("http://sandbox.test/x").status_code == 200
    assert pace.waited_out == 1
    assert "1 answer(s) 429 Too Many Requests were waited out" in pace.describe()


def test_the_documented_limit_is_the_default_and_a_flag_overrides_it() -> None:
    sfox = polite_pace("sfox", None)
    assert sfox is not None and sfox.limit == RateLimit(250, 10.0)
    assert "documented" in sfox.source
    settlego = polite_pace("settlego", None)
    assert settlego is not None and settlego.limit == RateLimit(10, 1.0)  # its docs give none
    flagged = polite_pace("settlego", "100/m", served=None)
    assert flagged is not None and flagged.limit == RateLimit(100, 60.0)
    assert polite_pace("sfox", None, served=None) is None  # a served simulator without a limit
    with pytest.raises(ValueError, match="N/PERIOD"):
        RateLimit.parse("fast")
    assert retry_after("3") == 3.0
    assert retry_after(None) == 1.0
    assert retry_after("999") == 60.0
