# Generated from specs/vocode.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Typed client for the Vocode usage API, generated from specs/vocode.yaml."""

from importlib import import_module
from typing import TYPE_CHECKING

from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from . import api, errors, models, types

__version__ = "2.1.0"

__all__ = ("AuthenticatedClient", "Client", "__version__", "api", "errors", "models", "types")

_SUBMODULES = frozenset({"api", "errors", "models", "types"})


def __getattr__(name: str) -> object:
    if name in _SUBMODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
