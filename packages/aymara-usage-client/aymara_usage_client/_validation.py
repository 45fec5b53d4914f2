# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Checks the generated models run while parsing a response: a wrong type raises ResponseValidationError.

The models add the field path as the error unwinds (`ResponseValidationError.within`).
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any

import attrs

from .errors import ResponseValidationError


def expect_object(value: object) -> dict[str, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    raise _wrong_type("an object", value)


def expect_list(value: object) -> list[Any]:
    if isinstance(value, list):
        return value
    raise _wrong_type("an array", value)


def expect_str(value: object) -> str:
    if isinstance(value, str):
        return value
    raise _wrong_type("a string", value)


# A number sent as a JSON string, as some APIs send amounts (Twilio's "price": "2192.84855"): read as that number.
_NUMERIC_STRING = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?", re.ASCII)
_INTEGER_STRING = re.compile(r"-?(?:0|[1-9][0-9]{0,99})", re.ASCII)


def expect_int(value: object) -> int:
    if type(value) is int:  # bool is an int subclass, not an integer in JSON
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    if type(value) is str and _INTEGER_STRING.fullmatch(value):
        return int(value)
    raise _wrong_type("an integer", value)


def expect_float(value: object) -> float:
    if type(value) is int:
        return value
    if type(value) is str and len(value) <= 100 and _NUMERIC_STRING.fullmatch(value):
        value = float(value)
    # Python's json accepts NaN and Infinity, JSON does not: they are refused, not passed on as numbers.
    if type(value) is float and math.isfinite(value):
        return value
    raise _wrong_type("a finite number", value)


# RFC 3339 `date-time`: "T" and "Z" may be lowercase, the offset is "Z" or +hh:mm / -hh:mm, nothing else.
_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(?:\.\d+)?(?:[Zz]|[+-]\d\d:\d\d)", re.ASCII)


def expect_datetime(value: object) -> datetime.datetime:
    if not isinstance(value, str) or not _DATE_TIME.fullmatch(value):
        raise _wrong_type("an RFC 3339 date-time", value)
    # fromisoformat (3.11+) reads every RFC 3339 form once "t" and "z" are upper case.
    return datetime.datetime.fromisoformat(value.upper())


def expect_bool(value: object) -> bool:
    if type(value) is bool:
        return value
    raise _wrong_type("a boolean", value)


def invalid(field: str | int, error: Exception, value: object = None) -> ResponseValidationError:
    """The error for `field`, whose `value` failed to parse with `error`; a nested error gains the field."""
    if isinstance(error, ResponseValidationError):
        return error.within(field)
    if isinstance(error, KeyError):  # from `d.pop(field)`: the only KeyError a model lets through
        return ResponseValidationError("required field is missing", path=(field,))
    reason = f"invalid value {_shown(value)}"
    return ResponseValidationError(f"{reason}: {error}" if str(error) else reason, path=(field,))


def tolerated(value: object) -> int:
    """How much parsing `value` had to tolerate: enum values the spec does not list, and properties a model does not
    declare, counted through nested models and lists.

    A union whose tag does not decide tries every variant and keeps the first that needed no tolerance, else the
    first that needed the least: a body is read as the variant it validates against strictly.
    """
    if isinstance(value, Enum):
        return 0 if getattr(value, "is_known", True) else 1
    if isinstance(value, list):
        return sum(tolerated(item) for item in value)
    model = type(value)
    if not attrs.has(model):
        return 0
    total = 0
    for field in attrs.fields(model):
        found = getattr(value, field.name)
        total += len(found) if field.name == "additional_properties" else tolerated(found)
    return total


def _wrong_type(expected: str, value: object) -> ResponseValidationError:
    return ResponseValidationError(f"expected {expected}, got {type(value).__name__} {_shown(value)}")


def _shown(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:59] + "…"
