"""Many isolated simulators ("worlds") behind one served simulator, each at its own base URL.

    PUT    /w/{id}        make the world (idempotent; JSON body optional: seed, faults,
                          rate_limit, clock), answered with its API and control base URLs and
                          the credentials its clients sign in with
    GET    /w/{id}        the same answer, for a world that exists
    DELETE /w/{id}        drop it and everything in it
    GET    /w             every world this process holds
    *      /w/{id}/...    the world's API (`/w/{id}<base path>/...`) and control API
                          (`/w/{id}/_simulator/...`), exactly as a lone simulator answers them
    *      anything else  the default world: today's root paths

A world is a whole `Simulator` (state, clock, faults, rate limit, webhook listener, inbox,
seeded ids); what its spec compiles to is shared, so an empty one costs little. The caller
chooses the id, so a balancer can route a world's first request (its `PUT`) to the worker that
will hold it. Worlds idle longer than `idle_seconds` are dropped; past `max_worlds` a new one
is refused. Answers about worlds, and their refusals, are corridor's own JSON (the control
API's `{"error", "field"}` shape); a request to a world that does not exist gets the
provider's own unknown-path refusal, as any unknown URL of its API would.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from starlette.types import Receive, Scope, Send

from corridor.providers import get_provider
from corridor.providers.control import CONTROL_PREFIX
from corridor.simulator import asgi
from corridor.simulator.dialect import Reason, Refusal
from corridor.simulator.engine import Simulator
from corridor.simulator.faults import FaultRule, FaultSpecError
from corridor.simulator.wire import JSON, WireResponse, decode_json, encode_json

WORLDS_PREFIX = "/w"
WORLD_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
MAX_WORLD_BODY = 64 * 1024
SEED_LIMIT = 2**63
DEFAULT_MAX_WORLDS = 10_000
DEFAULT_IDLE_SECONDS = 24 * 3600.0
# how often, at most, a request looks for idle worlds to drop
SWEEP_EVERY = 5.0

ClockKind = Literal["ticking", "frozen"]


class WorldRequestRefused(Exception):
    """A world request corridor refuses: `status`, and the field at fault if one is."""

    def __init__(self, status: int, message: str, field: str = "", allow: str = "") -> None:
        super().__init__(message)
        self.status, self.message, self.field, self.allow = status, message, field, allow


@dataclass(frozen=True)
class WorldSettings:
    """How a world is made. A ticking clock follows wall time (quotes expire as in the docs); a
    frozen one moves only when the control API advances it."""

    seed: int = 0
    faults: tuple[str, ...] = ()
    rate_limit: bool = False
    clock: ClockKind = "ticking"

    @classmethod
    def from_json(cls, body: object) -> WorldSettings:
        """The settings a `PUT /w/{id}` body asks for; every field is checked before anything
        is made."""
        if not isinstance(body, dict):
            raise WorldRequestRefused(400, "the body must be a JSON object")
        unknown = sorted(set(body) - {"seed", "faults", "rate_limit", "clock"})
        if unknown:
            raise WorldRequestRefused(400, f"unknown setting {unknown[0]!r}", unknown[0])
        seed = body.get("seed", 0)
        if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < SEED_LIMIT:
            raise WorldRequestRefused(400, "seed must be an integer in [0, 2^63)", "seed")
        faults = body.get("faults", [])
        if not isinstance(faults, list) or not all(isinstance(rule, str) for rule in faults):
            raise WorldRequestRefused(400, "faults must be a list of fault rules", "faults")
        for rule in faults:
            try:
                FaultRule.parse(rule)
            except FaultSpecError as error:
                raise WorldRequestRefused(400, f"invalid fault rule: {error}", "faults") from None
        rate_limit = body.get("rate_limit", False)
        if not isinstance(rate_limit, bool):
            raise WorldRequestRefused(400, "rate_limit must be true or false", "rate_limit")
        clock = body.get("clock", "ticking")
        if clock not in ("ticking", "frozen"):
            raise WorldRequestRefused(400, "clock must be 'ticking' or 'frozen'", "clock")
        return cls(seed, tuple(faults), rate_limit, clock)

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "faults": list(self.faults)}


@dataclass
class World:
    id: str
    settings: WorldSettings
    simulator: Simulator
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    last_used: float = field(default_factory=time.monotonic)


# builds a world's simulator for its settings (the served simulator's clock, strictness...)
WorldFactory = Callable[[WorldSettings], Simulator]


class WorldHost:
    """The ASGI application of a served simulator: the default world at the root, the others
    under `/w/{id}`."""

    def __init__(
        self,
        provider: str,
        make: WorldFactory,
        *,
        default: Simulator | None = None,
        max_worlds: int = DEFAULT_MAX_WORLDS,
        idle_seconds: float | None = DEFAULT_IDLE_SECONDS,
        on_change: WorldListener | None = None,
        on_shutdown: Callable[[], None] | None = None,
    ) -> None:
        self.provider = provider
        self.make = make
        self.default = default if default is not None else make(WorldSettings())
        self.max_worlds = max_worlds
        self.idle_seconds = idle_seconds
        self.worlds: dict[str, World] = {}
        self.credentials: Mapping[str, str] = get_provider(provider).harness().credentials
        self.on_change = on_change
        self.on_shutdown = on_shutdown
        self._swept = time.monotonic()

    # ---- the worlds, without HTTP -----------------------------------------------------------

    def put(self, world_id: str, settings: WorldSettings) -> tuple[World, bool]:
        """The world `world_id`, made with `settings` if it did not exist (True)."""
        existing = self.worlds.get(world_id)
        if existing is not None:
            if existing.settings != settings:
                raise WorldRequestRefused(
                    409, f"world {world_id!r} exists with other settings; DELETE it first", "id"
                )
            existing.last_used = time.monotonic()
            return existing, False
        if len(self.worlds) >= self.max_worlds:
            self.sweep(force=True)  # idle worlds make room before a new one is refused
        if len(self.worlds) >= self.max_worlds:
            raise WorldRequestRefused(
                409,
                f"this server holds its limit of {self.max_worlds} worlds; delete one first",
                "id",
            )
        world = World(world_id, settings, self.make(settings))
        if self.on_change is not None:
            self.on_change.world_made(world)
        self.worlds[world_id] = world
        return world, True

    def adopt(self, world: World) -> None:
        """Serve a world made elsewhere (restored from a state file)."""
        self.worlds[world.id] = world

    def delete(self, world_id: str) -> bool:
        world = self.worlds.pop(world_id, None)
        if world is not None and self.on_change is not None:
            self.on_change.world_dropped(world)
        return world is not None

    def sweep(self, *, force: bool = False) -> list[str]:
        """Drop the worlds idle past `idle_seconds`; the ids dropped."""
        now = time.monotonic()
        if self.idle_seconds is None:
            return []
        # a walk over every world, so at most every few seconds (sooner for short expiries)
        if not force and now - self._swept < min(SWEEP_EVERY, self.idle_seconds / 4):
            return []
        self._swept = now
        idle = [
            world_id
            for world_id, world in self.worlds.items()
            if now - world.last_used > self.idle_seconds
        ]
        for world_id in idle:
            self.delete(world_id)
        return idle

    # ---- ASGI -------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await asgi.lifespan(receive, send, on_shutdown=self.on_shutdown)
            return
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        if path != WORLDS_PREFIX and not path.startswith(WORLDS_PREFIX + "/"):
            await self.default(scope, receive, send)
            return
        self.sweep()
        world_id, tail = _split(path)
        if tail is None:
            answer = await self._manage(scope, receive, world_id)
            await asgi.send_answer(send, answer)
            return
        world = self.worlds.get(world_id) if WORLD_ID.fullmatch(world_id) else None
        if world is None:
            message = f"no world {world_id!r} on this server; PUT {WORLDS_PREFIX}/<id> makes one"
            refusal = self.default.dialect.refuse(Refusal(Reason.UNKNOWN_PATH, message))
            await asgi.send_answer(send, refusal)
            return
        world.last_used = time.monotonic()
        await world.simulator(_inside(scope, tail), receive, send)

    async def _manage(self, scope: Scope, receive: Receive, world_id: str) -> WireResponse:
        method: str = scope["method"]
        try:
            if not world_id:
                if method != "GET":
                    raise _not_allowed(method, "GET")
                return _json(self.listing(scope))
            if not WORLD_ID.fullmatch(world_id):
                raise WorldRequestRefused(
                    404, "a world id is 1-64 letters, digits, '-' or '_'", "id"
                )
            if method == "PUT":
                settings = WorldSettings.from_json(await _body(scope, receive))
                world, made = self.put(world_id, settings)
                return _json(self.describe(world, scope), 201 if made else 200)
            if method == "GET":
                return _json(self.describe(self._existing(world_id), scope))
            if method == "DELETE":
                self._existing(world_id)
                self.delete(world_id)
                return WireResponse(204, b"", None, {})
            raise _not_allowed(method, "PUT, GET, DELETE")
        except WorldRequestRefused as refused:
            body = {"error": refused.message, "field": refused.field}
            return _json(body, refused.status, {"Allow": refused.allow} if refused.allow else {})

    def _existing(self, world_id: str) -> World:
        world = self.worlds.get(world_id)
        if world is None:
            raise WorldRequestRefused(404, f"no world {world_id!r} on this server", "id")
        world.last_used = time.monotonic()
        return world

    def describe(self, world: World, scope: Scope) -> dict[str, Any]:
        origin = f"{_origin(scope)}{WORLDS_PREFIX}/{world.id}"
        return {
            "id": world.id,
            "provider": self.provider,
            "api_base_url": origin + world.simulator.base_path,
            "control_base_url": origin + CONTROL_PREFIX,
            "credentials": dict(self.credentials),
            "settings": world.settings.to_json(),
            "created_at": world.created_at.isoformat(),
            "idle_expiry_seconds": self.idle_seconds,
        }

    def listing(self, scope: Scope) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "worlds": [self.describe(world, scope) for world in self.worlds.values()],
            "count": len(self.worlds),
            "max_worlds": self.max_worlds,
        }


class WorldListener:
    """Told of each world made and dropped (the state file keeps them)."""

    def world_made(self, world: World) -> None:
        """Called before the world is reachable; raising refuses it."""

    def world_dropped(self, world: World) -> None:
        """Called once the world is gone."""


def _split(path: str) -> tuple[str, str | None]:
    """(world id, the path inside the world) of a `/w...` path; the path is None for the
    world's own URL (`/w/{id}`, `/w`)."""
    rest = path[len(WORLDS_PREFIX) :].lstrip("/")
    world_id, slash, tail = rest.partition("/")
    return world_id, ("/" + tail if slash and tail else None)


def _inside(scope: Scope, tail: str) -> Scope:
    """The scope as the world's simulator sees it: its path without `/w/{id}`. The raw path
    loses the same two segments, so an id holding an encoded `/` stays one segment."""
    inner = dict(scope)
    inner["path"] = tail
    raw: bytes | None = scope.get("raw_path")
    if raw:
        parts = raw.split(b"?", 1)[0].lstrip(b"/").split(b"/", 2)
        inner["raw_path"] = b"/" + (parts[2] if len(parts) == 3 else b"")
    return inner


def _origin(scope: Scope) -> str:
    """The URL clients reached this server by: behind a balancer, its Host and scheme."""
    headers = asgi.request_headers(scope)
    scheme = headers.get("x-forwarded-proto") or scope.get("scheme", "http")
    host = headers.get("host")
    if not host:
        server = scope.get("server") or ("127.0.0.1", 80)
        host = f"{server[0]}:{server[1]}"
    return f"{scheme}://{host}{scope.get('root_path', '')}"


async def _body(scope: Scope, receive: Receive) -> object:
    headers = asgi.request_headers(scope)
    try:
        raw = await asgi.read_body(receive, headers, MAX_WORLD_BODY)
    except asgi.BodyTooLarge:
        raise WorldRequestRefused(413, f"the body exceeds {MAX_WORLD_BODY} bytes") from None
    if raw is None:
        raise WorldRequestRefused(400, "the client went away before its body arrived")
    if not raw or not raw.strip():
        return {}
    media_type = headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type != JSON:
        raise WorldRequestRefused(415, f"the body must be {JSON}")
    try:
        return decode_json(raw)
    except ValueError as error:
        raise WorldRequestRefused(400, f"the body is not JSON: {error}") from None


def _not_allowed(method: str, allowed: str) -> WorldRequestRefused:
    return WorldRequestRefused(405, f"{method} is not allowed here; use {allowed}", allow=allowed)


def _json(body: object, status: int = 200, headers: dict[str, str] | None = None) -> WireResponse:
    return WireResponse(status, encode_json(body), JSON, headers or {})
