"""multipart/form-data bodies (Submit Documents), read with the standard library's MIME parser.

Text fields become strings; file parts become their name, media type, size and digest, which
is all the simulator keeps of a document. A field sent more than once keeps every value when
the spec makes it an array (`files`), the last one otherwise.
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
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or not name:
            continue  # a part no field can be named by is extra, like an unknown field
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        value: Any
        if filename is not None:
            value = {
                "name": filename,
                "media_type": part.get_content_type() if part.get("content-type") else None,
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
            }
        else:
            # undecodable bytes cannot match anything the fields are checked against
            value = content.decode("utf-8", errors="replace")
        if name in arrays:
            fields.setdefault(name, []).append(value)
        else:
            fields[name] = value
    return fields


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
