"""P100's webhook wire: the partner's token in Authorization, the bare payload, any 200 is an ack.

The docs: P100 sends the Webhook Security Token it issued with the API keys in the
`Authorization` header of every notification, the body is the event itself (no envelope), and
the partner answers 200 at once; the sample answers are `{}` or `null`, which P100 does not
read. A failed delivery is retried after about 8, 16, 32 and 64 seconds, then dropped.

The listener is registered with the token (`{"url", "token"}`); since a payload does not say
which webhook it is, `urls` may give each webhook its own endpoint (`{"cryptoDeposit": url}`),
the way a partner configures one route per notification.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx

from corridor.p100.webhooks import AUTHORIZATION_HEADER
from corridor.simulator.delivery import Attempt, Backoff, Event, ListenerRefused
from corridor.simulator.p100.events import EVENT_TYPES
from corridor.simulator.wire import JSON, encode_json

RETRIES = Backoff(tuple(timedelta(seconds=seconds) for seconds in (8, 16, 32, 64)))


@dataclass(frozen=True)
class Listener:
    token: str
    urls: Mapping[str, str]  # webhook name -> its own endpoint


class P100WebhookWire:
    def __init__(self, **_: Any) -> None:
        pass

    def listener(self, settings: Mapping[str, Any]) -> Listener:
        token = settings.get("token")
        if not isinstance(token, str) or not token.strip():
            raise ListenerRefused("token (the Webhook Security Token P100 sends back) is required")
        if not token.isascii() or not token.isprintable():
            raise ListenerRefused("token must be printable ASCII, as an HTTP header value is")
        urls = settings.get("urls") or {}
        if not isinstance(urls, Mapping):
            raise ListenerRefused("urls maps webhook names to URLs")
        unknown = sorted(set(urls) - set(EVENT_TYPES))
        if unknown:
            raise ListenerRefused(f"urls: no webhook {', '.join(map(str, unknown))}")
        for name, url in urls.items():
            try:
                parsed = httpx.URL(url) if isinstance(url, str) else None
            except httpx.InvalidURL:
                parsed = None
            if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
                raise ListenerRefused(f"urls.{name} must be an absolute http(s) URL")
        return Listener(token, {str(name): str(url) for name, url in urls.items()})

    def attempt(self, event: Event, listener: Listener) -> Attempt:
        headers = {AUTHORIZATION_HEADER: listener.token, "Content-Type": JSON}
        return Attempt(encode_json(event.payload), headers, url=listener.urls.get(event.type))

    def acknowledged(self, response: httpx.Response, attempt: Attempt, listener: Any) -> str:
        return ""  # any 200 acknowledges: P100 does not read the answer's body

    def verification_key(self) -> None:
        return None  # the token is a shared secret the partner already holds
