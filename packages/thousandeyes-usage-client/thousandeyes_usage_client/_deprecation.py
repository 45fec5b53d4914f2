# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Deprecations: PEP 702 `@deprecated` without a runtime dependency, warnings at the caller, and the
`Deprecation` (RFC 9745) and `Sunset` (RFC 8594) headers a server sends.

Type checkers (mypy, pyright) read `typing_extensions.deprecated` from their own stubs and flag a call
of a deprecated operation; at run time it is `warnings.deprecated` on Python 3.13+, else the small shim
below, which warns the same way. Nothing warns on import or when parsing a response.
"""

from __future__ import annotations

import functools
import inspect
import logging
import sys
import threading
import warnings
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from .types import Unset, _deprecation_header, _sunset_header

if TYPE_CHECKING:
    from typing_extensions import deprecated
elif sys.version_info >= (3, 13):
    from warnings import deprecated
else:
    _Function = TypeVar("_Function", bound=Callable[..., Any])

    def deprecated(message: str, /) -> Callable[[_Function], _Function]:
        """`warnings.deprecated` (3.13) for functions: each call warns at the caller's line."""

        def decorate(function: _Function) -> _Function:
            @functools.wraps(function)
            def wrapper(*args: Any, **kwargs: Any) -> Any:
                warnings.warn(message, DeprecationWarning, stacklevel=2)
                return function(*args, **kwargs)

            if inspect.iscoroutinefunction(function) and hasattr(inspect, "markcoroutinefunction"):
                inspect.markcoroutinefunction(wrapper)  # 3.12+: still seen as async, as 3.13's decorator does
            wrapper.__deprecated__ = message  # type: ignore[attr-defined]  # PEP 702's marker
            return wrapper  # type: ignore[return-value]  # the same signature, by functools.wraps

        return decorate


__all__ = ("deprecated", "warn_deprecated_arguments", "watch_deprecation")

logger = logging.getLogger(__package__)
_announced: set[str] = set()  # the operations whose Deprecation or Sunset header was logged already
_lock = threading.Lock()


def warn_deprecated_arguments(deprecated_parameters: Mapping[str, str], /, **arguments: object) -> None:
    """One DeprecationWarning, at the caller of the operation's function, per deprecated parameter passed."""
    for name, value in arguments.items():
        if not isinstance(value, Unset) and name in deprecated_parameters:
            warnings.warn(deprecated_parameters[name], DeprecationWarning, stacklevel=3)


def watch_deprecation(headers: Mapping[str, str], operation: str) -> None:
    """Log, once per operation at WARNING, that the server announces its deprecation or sunset."""
    if "deprecation" not in headers and "sunset" not in headers:
        return
    with _lock:
        if operation in _announced:
            return
        _announced.add(operation)
    deprecation, sunset = _deprecation_header(headers), _sunset_header(headers)
    since = f" since {deprecation.isoformat()}" if isinstance(deprecation, datetime) else ""
    said = [f"is deprecated{since}"] if deprecation is not None else []
    if sunset is not None:
        said.append(f"stops answering on {sunset.isoformat()} (Sunset)")
    elif "sunset" in headers:
        said.append("has a Sunset date")
    logger.warning("The server says operation %s %s", operation, " and ".join(said))
