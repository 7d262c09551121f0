"""What a verification run never shows: the target's credentials.

Schemathesis masks the requests it renders (its `output.sanitization`): the value of every
header, query parameter, cookie and JSON body field named in `keys-to-sanitize`, or whose name
holds one of its `sensitive-markers`, is shown as `[Filtered]`. Three things escape it, and this
module covers them:

- credentials under names that look like nothing secret (an `X-Partner` header, a `SIGNATURE`):
  every name the spec's security schemes send joins its `keys-to-sanitize` (`output_config`);
- a case whose request is signed on its way out (`signing.py`): Schemathesis renders a case by
  preparing it again, which runs the signing once more on the masked request and puts the real
  credentials back, so the run renders such cases itself without the signing (`run.py`);
- text that is not a request (failure messages quoting an answer, seeding errors): every value
  of the run's secret credentials, every credential it signed a request with, and every token
  the answer of a failing request handed out (a login's session token) is replaced wherever it
  appears (`Redaction`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from schemathesis.config import SanitizationConfig

REPLACEMENT = SanitizationConfig().replacement
MIN_TOKEN = 8


def credential_names(spec: Mapping[str, Any]) -> list[str]:
    """The (lower-cased) names of the headers, query parameters and cookies that carry the
    credentials of the spec's security schemes."""
    names: set[str] = set()
    for scheme in spec.get("components", {}).get("securitySchemes", {}).values():
        if scheme.get("type") == "apiKey":
            names.add(str(scheme["name"]).lower())
        else:  # http (basic, bearer), oauth2, openIdConnect
            names.add("authorization")
    return sorted(names)


def sanitized_keys(spec: Mapping[str, Any]) -> list[str]:
    """Schemathesis's own `keys-to-sanitize` and the spec's credential names."""
    defaults = SanitizationConfig().keys_to_sanitize
    return [*defaults, *(name for name in credential_names(spec) if name not in defaults)]


def output_config(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The Schemathesis `output` configuration of a run (a list replaces its defaults, so
    they are repeated)."""
    return {"sanitization": {"keys-to-sanitize": sanitized_keys(spec)}}


class Redaction:
    """Replaces every known secret value in a text.

    It knows the run's credentials, learns each credential the run signs a request with (a
    session token, a user token) and the tokens the answers of failing requests hand out.
    `public` values are never taken for secrets (an account id the docs do not call secret,
    which may be as short as "1")."""

    def __init__(
        self, keys: Iterable[str], secrets: Iterable[str] = (), public: Iterable[str] = ()
    ) -> None:
        self._keys = frozenset(key.lower() for key in keys)  # names of credential fields
        self._public = frozenset(public)
        self._secrets: set[str] = set()
        self._pattern: re.Pattern[str] | None = None
        for value in secrets:
            self.learn(value)

    def learn(self, value: str) -> None:
        """A credential: replaced wherever it shows, alone too when sent as "Bearer <value>"."""
        for secret in (value, value.partition(" ")[2]):
            if secret.strip() and secret not in self._public and secret not in self._secrets:
                self._secrets.add(secret)
                self._pattern = None

    def learn_answer(self, content: bytes | None) -> None:
        """The tokens a JSON answer hands out: its string fields named as credentials (a
        login's `token`), at least `MIN_TOKEN` long; a shorter value is no token and would
        garble every text it was replaced in (a "0" in each status code)."""
        try:
            stack = [json.loads(content or b"")]
        except (ValueError, RecursionError):
            return
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                for key, value in item.items():
                    if isinstance(value, str):
                        if str(key).lower() in self._keys and len(value) >= MIN_TOKEN:
                            self.learn(value)
                    else:
                        stack.append(value)
            elif isinstance(item, list):
                stack.extend(item)

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            # the longest first, so a secret that holds another is replaced whole
            ordered = sorted(self._secrets, key=len, reverse=True)
            self._pattern = re.compile("|".join(map(re.escape, ordered)) or "(?!)")
        return self._pattern.sub(REPLACEMENT, text)
