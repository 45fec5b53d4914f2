# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Query strings in OpenAPI's `form` style, which every operation with query parameters uses.

httpx percent-encodes every comma in `params`; with `explode: false` the comma is the delimiter and
must stay literal (`expand=test,enterprise-agent`), while commas inside items are encoded.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from urllib.parse import quote


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
