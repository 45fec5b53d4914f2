# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""The operations tagged `results`, one module each."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_group_results, list_point_results, list_results


__all__ = (
    "list_group_results",
    "list_point_results",
    "list_results",
)

_SUBMODULES = frozenset({"list_results", "list_group_results", "list_point_results"})


def __getattr__(name: str) -> object:
    if name in _SUBMODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
