"""The engine routes on the raw path: an id holding `/` or `?`, percent-encoded, is one segment."""

from __future__ import annotations

from typing import Any

import httpx

from corridor.simulator.asgi import request_segments
from corridor.simulator.router import Router


def router() -> Router[str]:
    routes: Router[str] = Router()
    routes.add("/v1/users/{id}", "GET", "getUser")
    routes.add("/v1/users/{id}/cards", "GET", "listCards")
    return routes


def test_an_encoded_slash_stays_inside_its_segment() -> None:
    scope: dict[str, Any] = {"path": "/v1/users/team/4", "raw_path": b"/v1/users/team%2F4"}
    match = router().match(scope["path"], request_segments(scope))
    assert (match.methods, match.path_params) == ({"GET": "getUser"}, {"id": "team/4"})
    nested: dict[str, Any] = {"path": "/v1/users/a/b/cards", "raw_path": b"/v1/users/a%2Fb/cards"}
    found = router().match(nested["path"], request_segments(nested))
    assert (found.methods, found.path_params) == ({"GET": "listCards"}, {"id": "a/b"})


def test_segments_are_decoded_one_by_one_and_a_query_is_never_part_of_them() -> None:
    scope = {"path": "", "raw_path": b"/v1/users/caf%C3%A9%3F%20x?ignored=1"}
    assert request_segments(scope) == ["v1", "users", "café? x"]
    assert request_segments({"path": "/"}) is None  # no raw path: the decoded path is used
    assert request_segments({"path": "/", "raw_path": b"/"}) == []


def test_bytes_that_are_not_utf8_stay_recognisable() -> None:
    segments = request_segments({"path": "", "raw_path": b"/v1/users/%FF"})
    assert segments == ["v1", "users", "\udcff"]


def test_an_id_holding_a_slash_round_trips_through_httpx() -> None:
    # httpx keeps %2F as sent; the ASGI scope's raw_path carries it to the router
    url = httpx.URL("http://x.test/v1/users/team%2F4")
    assert url.raw_path == b"/v1/users/team%2F4"
