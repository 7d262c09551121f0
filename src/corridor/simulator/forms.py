"""multipart/form-data bodies, read with the standard library's MIME parser, for any dialect
whose spec takes a form (a provider's document uploads).

Text fields become strings; file parts become their name, media type, size and digest, which
is all the simulator keeps of a document. A field sent more than once keeps every value when
the spec makes it an array (`files`), the last one otherwise. Part headers, field names, file
names and text fields must be UTF-8 (RFC 7578): the parser would read other bytes as U+FFFD,
and a value that only looks valid is worse than a refusal.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any


class FormError(ValueError):
    """The body is not a readable multipart form; the message says why."""


def parse_form(content_type: str, body: bytes, arrays: Collection[str]) -> dict[str, Any]:
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not isinstance(message, EmailMessage) or not message.is_multipart():
        raise FormError("the body is not a multipart form (is the boundary given?)")
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        if not isinstance(part, EmailMessage):
            continue
        headers = _part_headers(part)
        name = _decoded(part.get_param("name", header="content-disposition"), "name", headers)
        if not isinstance(name, str) or not name:
            continue  # a part no field can be named by is extra, like an unknown field
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        filename = _decoded(part.get_filename(), "filename", headers)
        value: Any
        if filename is not None:
            value = {
                "name": filename,
                "media_type": part.get_content_type() if part.get("content-type") else None,
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
            }
        else:
            try:
                value = content.decode("utf-8")
            except UnicodeDecodeError:
                raise FormError(f"the field {name!r} is not UTF-8 text") from None
        if name in arrays:
            fields.setdefault(name, []).append(value)
        else:
            fields[name] = value
    return fields


def _part_headers(part: EmailMessage) -> str:
    """A part's header lines as sent, which must be UTF-8 text. The parser keeps each byte
    that is not ASCII as a surrogate escape; put back, they must decode as UTF-8."""
    raw = "\n".join(str(value) for _, value in part.raw_items())
    try:
        return raw.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeError:
        raise FormError("a part's headers are not UTF-8 text") from None


def _decoded(value: object, param: str, headers: str) -> object:
    """A header parameter (name, filename) as the parser decoded it; a U+FFFD the headers do
    not hold is where it met an RFC 2231 escape of bytes that are not UTF-8."""
    if isinstance(value, str) and "\ufffd" in value and "\ufffd" not in headers:
        raise FormError(f"the part's {param} is not UTF-8 text")
    return value


# What a file part looks like to the body validator (the spec's `format: binary` string).
FILE_PART: dict[str, Any] = {
    "type": "object",
    "required": ["name", "size", "sha256"],
    "properties": {
        "name": {"type": "string"},
        "media_type": {"type": ["string", "null"]},
        "size": {"type": "integer"},
        "sha256": {"type": "string"},
    },
}
