# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""The operations tagged `records`, one module each."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        list_legacy_records,
        list_linked_records,
        list_numbered_records,
        list_paged_records,
        list_records,
        list_records_by_link_header,
    )


__all__ = (
    "list_legacy_records",
    "list_linked_records",
    "list_numbered_records",
    "list_paged_records",
    "list_records",
    "list_records_by_link_header",
)

_SUBMODULES = frozenset(
    {
        "list_records",
        "list_numbered_records",
        "list_paged_records",
        "list_linked_records",
        "list_records_by_link_header",
        "list_legacy_records",
    }
)


def __getattr__(name: str) -> object:
    if name in _SUBMODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
