# Generated from specs/vocode.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Parameters serialized as OpenAPI 3.1 says (its "Style Examples" table), percent-encoded as RFC 3986 says.

Each parameter's style was decided when the package was generated (scripts/codegen/endpoints.py); an operation
names only those that differ from its location's default (`FORM` in the query and cookies, `SIMPLE` in the path and
header). Values arrive as JSON-ready data: a scalar, a list of scalars, or a dict (a model's `to_dict()`).
A parameter the spec describes by `content: application/json` has the `JSON` style: its value goes as JSON text.

In a URL every reserved character of a value is encoded (`,` `&` `=` `/` `;`...); the delimiters a style
adds stay literal (`,` `;` `.` `=` `&`), except the space and pipe of `spaceDelimited`/`pipeDelimited` and
the brackets of `deepObject`, which a URL cannot carry (`%20`, `%7C`, `%5B`/`%5D`). Header values are sent as
they are (a header is no URL); a cookie value is percent-encoded, so a `;` cannot start another cookie.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from typing import NamedTuple
from urllib.parse import quote

from .errors import InvalidArgumentError


class Style(NamedTuple):
    """How one parameter is serialized: its OpenAPI `style`, `explode` and `allowReserved`."""

    name: str
    explode: bool
    allow_reserved: bool = False


FORM = Style("form", explode=True)
SIMPLE = Style("simple", explode=False)
JSON = Style("json", explode=False)
# With `allowReserved`, what a query value may carry unencoded: RFC 3986's reserved characters, except those
# that would end or split the query (`#`, `&`, `=`), `+` (read as a space by form decoders) and the brackets
# (not allowed in a query at all).
_RESERVED_ALLOWED = ":/?@!$'()*,;"
_DELIMITERS = {"spaceDelimited": "%20", "pipeDelimited": "%7C"}
_Encoder = Callable[[object], str]


def path_segment(value: object, name: str, style: Style = SIMPLE, key: str = "") -> str:
    """`value` (the argument `name`) expanded into the path in `style`; never empty, never `.` or `..`.

    An empty value would name another path, and a bare `..` climb to another endpoint with the token. `key` is
    the parameter's name in the spec, which `matrix` writes (`;key=value`).
    """
    if value == "" or value == [] or value == {}:
        raise InvalidArgumentError(f"{name} must not be empty")
    if style.name == JSON.name:
        expanded = quote(_json(value), safe="")
    elif style.name == "label":
        separator = "." if style.explode else ","
        expanded = "." + separator.join(_pairs(value, "=" if style.explode else ",", _encoded))
    elif style.name == "matrix":
        key = _encoded(key or name)
        if style.explode and isinstance(value, list | dict):
            pairs = _pairs(value, "=", _encoded) if isinstance(value, dict) else (f"{key}={_encoded(i)}" for i in value)
            expanded = "".join(f";{pair}" for pair in pairs)
        else:
            expanded = f";{key}={','.join(_pairs(value, ',', _encoded))}"
    else:
        expanded = ",".join(_pairs(value, "=" if style.explode else ",", _encoded))
    return expanded.replace(".", "%2E") if expanded in (".", "..") else expanded


def reject_string(value: object, name: str) -> None:
    """A str is iterable: given where a list belongs, it would be sent one character per item."""
    if isinstance(value, str):
        raise InvalidArgumentError(f"{name} takes a list, not a string: pass [{value!r}]")


def encode_query(params: Mapping[str, object], styles: Mapping[str, Style] | None = None) -> str:
    """The query string of `params`, each in its style from `styles` (form, exploded, when not there)."""
    parts: list[str] = []
    for name, value in params.items():
        parts.extend(_query_pairs(name, value, (styles or {}).get(name, FORM)))
    return "&".join(parts)


def _query_pairs(name: str, value: object, style: Style) -> Iterator[str]:
    key = quote(name, safe="")

    def encoded(item: object) -> str:
        return _encoded(item, _RESERVED_ALLOWED if style.allow_reserved else "")

    if style.name == JSON.name:
        yield f"{key}={quote(_json(value), safe='')}"
    elif style.name == "deepObject" and isinstance(value, dict):
        yield from _deep_pairs(key, value, encoded)
    elif not isinstance(value, list | dict):
        yield f"{key}={encoded(value)}"
    elif style.explode:  # form, and the table's undefined exploded spaceDelimited/pipeDelimited: form's
        yield from _pairs(value, "=", encoded) if isinstance(value, dict) else (f"{key}={encoded(i)}" for i in value)
    else:
        delimiter = _DELIMITERS.get(style.name, ",")  # between items, and between a member and its value
        yield f"{key}={delimiter.join(_pairs(value, delimiter, encoded))}"


def _deep_pairs(key: str, value: Mapping[str, object], encoded: _Encoder) -> Iterator[str]:
    """`key%5Bname%5D=value` for each member; a nested object nests its brackets, a list repeats its key."""
    for member, inner in value.items():
        nested = f"{key}%5B{quote(member, safe='')}%5D"
        if isinstance(inner, dict):
            yield from _deep_pairs(nested, inner, encoded)
        else:
            yield from (f"{nested}={encoded(item)}" for item in (inner if isinstance(inner, list) else [inner]))


def header_value(value: object, name: str, style: Style = SIMPLE) -> str:
    """`value` as one header value in `simple` style: `a,b,c`, `R,100,G,200` or exploded `R=100,G=200`."""
    text = _json(value) if style.name == JSON.name else ",".join(_pairs(value, "=" if style.explode else ",", _text))
    if any(character in text for character in "\r\n\0"):
        raise InvalidArgumentError(f"{name} must not contain a line break or NUL: it goes into a header")
    return text


def cookie_values(name: str, value: object, style: Style = FORM) -> dict[str, str]:
    """The cookies `value` is sent as, in `form` style: one `name` cookie (`a,b,c`; `R,100,G,200` unexploded),
    or one cookie per member of an exploded object."""
    if style.name == JSON.name:
        return {name: quote(_json(value), safe="")}
    if isinstance(value, dict) and style.explode:
        return {quote(member, safe=""): _encoded(inner) for member, inner in value.items()}
    return {name: ",".join(_pairs(value, ",", _encoded))}


def _pairs(value: object, joiner: str, encoded: _Encoder) -> Iterator[str]:
    """A scalar as itself, a list item by item, an object as `name<joiner>value` per member."""
    if isinstance(value, dict):
        yield from (f"{encoded(member)}{joiner}{encoded(inner)}" for member, inner in value.items())
    elif isinstance(value, list | tuple):
        yield from (encoded(item) for item in value)
    else:
        yield encoded(value)


def _text(item: object) -> str:
    if isinstance(item, list | tuple | dict):
        raise InvalidArgumentError(f"{item!r} is nested: only scalars fit in an array or object parameter")
    return ("true" if item else "false") if isinstance(item, bool) else str(item)


def _json(value: object) -> str:
    return json.dumps(value, separators=(",", ":"))


def _encoded(item: object, safe: str = "") -> str:
    return quote(_text(item), safe=safe)
