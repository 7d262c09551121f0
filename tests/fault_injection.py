"""An httpx transport that puts faults between a client and a provider, seeded and counted.

Each request meets, with probability `rate` each, one of three faults:

- "503": the provider is never reached and the client gets a 503 (nothing happened);
- "timeout": the provider handles the request, then the answer is too late (ReadTimeout);
- "dropped": the provider handles the request, then the connection drops (RemoteProtocolError).

So two of the three leave the client not knowing that the request took effect, which is what
makes a naive retry create a second object.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable

import httpx

FAULTS = ("503", "timeout", "dropped")


class FaultyTransport(httpx.BaseTransport):
    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        rate: float,
        seed: int,
        applies: Callable[[httpx.Request], bool] = lambda request: True,
    ) -> None:
        self.inner = inner
        self.rate = rate
        self.random = random.Random(seed)
        self.applies = applies
        self.enabled = True
        self.injected: Counter[str] = Counter()

    def _fault(self, request: httpx.Request) -> str | None:
        if not self.enabled or not self.applies(request):
            return None
        draw = self.random.random()
        for index, fault in enumerate(FAULTS):
            if draw < self.rate * (index + 1):
                return fault
        return None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self._fault(request)
        if fault is not None:
            self.injected[fault] += 1
        if fault == "503":
            return httpx.Response(503, json={"message": "Service Unavailable"}, request=request)
        response = self.inner.handle_request(request)
        response.read()
        if fault == "timeout":
            raise httpx.ReadTimeout("the answer came too late", request=request)
        if fault == "dropped":
            raise httpx.RemoteProtocolError("connection dropped mid-answer", request=request)
        return response
