# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Path segments and query strings, encoded before a request is built.

Query strings are in OpenAPI's `form` style, which every operation with query parameters uses.
httpx percent-encodes every comma in `params`; with `explode: false` the comma is the delimiter and
must stay literal (`expand=test,enterprise-agent`), while commas inside items are encoded.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from urllib.parse import quote

from .errors import InvalidArgumentError


def path_segment(value: object, name: str) -> str:
    """`value` as one path segment: every reserved character encoded, `.` and `..` too (`%2E`), never empty.

    A bare `..` would otherwise climb to another endpoint with the token, and an empty one name another path.
    """
    text = str(value)
    if not text:
        raise InvalidArgumentError(f"{name} must not be empty")
    encoded = quote(text, safe="")
    return encoded.replace(".", "%2E") if text in (".", "..") else encoded


def reject_string(value: object, name: str) -> None:
    """A str is iterable: given where a list belongs, it would be sent one character per item."""
    if isinstance(value, str):
        raise InvalidArgumentError(f"{name} takes a list, not a string: pass [{value!r}]")


def encode_query(params: Mapping[str, object], unexploded: Collection[str]) -> str:
    """A list repeats its name (`explode: true`), or goes as one comma-joined value when `unexploded`."""
    parts = []
    for name, value in params.items():
        key = quote(name, safe="")
        items = value if isinstance(value, list | tuple) else [value]
        if name in unexploded:
            parts.append(f"{key}={','.join(_encoded(item) for item in items)}")
        else:
            parts.extend(f"{key}={_encoded(item)}" for item in items)
    return "&".join(parts)


def _encoded(item: object) -> str:
    text = ("true" if item else "false") if isinstance(item, bool) else str(item)
    return quote(text, safe="")
