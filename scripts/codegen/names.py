"""Names made from spec text: slugs and Python identifiers that are always valid, unique and stable."""

import re

__all__ = ["is_header_name", "slug"]


def is_header_name(name: str) -> bool:
    """An RFC 9110 field name (a token): what may stand before the colon of a header line."""
    return re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", name) is not None


def slug(text: str) -> str:
    """`text` as lower-case ASCII words joined by dashes (`Production EU` -> `production-eu`); "" when none."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))
