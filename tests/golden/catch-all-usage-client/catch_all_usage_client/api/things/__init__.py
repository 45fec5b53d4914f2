# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""The operations tagged `things`, one module each."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import archive_thing, create_thing, delete_thing, put_thing


__all__ = (
    "archive_thing",
    "create_thing",
    "delete_thing",
    "put_thing",
)

_SUBMODULES = frozenset({"create_thing", "archive_thing", "put_thing", "delete_thing"})


def __getattr__(name: str) -> object:
    if name in _SUBMODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
