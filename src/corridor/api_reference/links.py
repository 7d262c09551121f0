"""Where an `x-docs-source` sends a reader: the provider's page, never a snapshot path.

An `x-docs-source` names a file of the docs snapshot and a heading in it. The snapshot is not
shipped, so a reader could open neither; the sources lock (`specs/sources/<provider>.json`)
records the URL each snapshot page was read from, and `corridor.sources.resolve` turns a
citation into that URL with the heading's anchor. A page the lock has no URL for is named by its
heading only, as plain text, so the reference never shows a link that leads nowhere.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from corridor import sources
from corridor.command_errors import CommandError


@dataclass(frozen=True)
class DocsSource:
    label: str  # the heading (or page title) a reader looks for on the page
    url: str | None  # the provider's page, with the heading's anchor; None when not known

    @property
    def host(self) -> str | None:
        return urlsplit(self.url).netloc or None if self.url else None


def label_of(reference: str) -> str:
    """What a citation calls the place it points at: its heading, else the page's name made
    readable (`end-users/create-end-user.md` -> `Create end user`)."""
    page, _, heading = " ".join(reference.split()).partition("#")
    if heading.strip():
        return heading.strip()
    stem = PurePosixPath(page.rstrip("/")).stem or page
    words = re.sub(r"[_\-]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else "the provider's docs"


def plain_source(reference: str) -> DocsSource:
    """A citation with no lock to read: a URL stays a link, anything else is a label."""
    text = " ".join(reference.split())
    if _is_web_address(text):
        return DocsSource(label=text, url=text)
    return DocsSource(label=label_of(text), url=None)


def linker(provider: str) -> Callable[[str], DocsSource]:
    """A citation's page URL and label, from the provider's sources lock (read once per
    citation; a render asks for each one a handful of times)."""

    @functools.cache
    def source(reference: str) -> DocsSource:
        text = " ".join(reference.split())
        if _is_web_address(text):
            return DocsSource(label=text, url=text)
        try:
            url = sources.resolve(provider, text)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            # a lock edited by hand or cut short: say which file, not a traceback
            raise CommandError(
                f"{sources.lock_path(provider)} is not a readable sources lock "
                f"({type(error).__name__}: {error}); rebuild it with "
                f"`corridor sources check {provider} --update-lock`"
            ) from error
        web = isinstance(url, str) and _is_web_address(url)
        return DocsSource(label=label_of(text), url=url if web else None)

    return source


def _is_web_address(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc)
