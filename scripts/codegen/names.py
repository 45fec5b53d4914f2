"""Names made from spec text: slugs and Python identifiers that are always valid, unique and stable.

Identifiers are made the way openapi-python-client makes them (its `snake_case`, `pascal_case` and
reserved words), so a name it already makes well is kept as it is, and one we make is one it keeps.
They are ASCII (`Données` -> `donnees`: Python would NFKC-normalize anything else, making `used` with
a fullwidth `u` and `used` one name), and unique as Python compares them (NFKC-normalized), modules
as file systems do too (case-folded: `thing.py` and `THING.py` are one file on macOS). A name already
taken gets the first free number (`used_2`, `Thing2`): the first in document order keeps the plain
name, so a name changes only when one like it is added before it.
"""

import re
import unicodedata
from collections.abc import Callable, Iterable
from itertools import count
from keyword import iskeyword

from openapi_python_client.strings import fix_reserved_words, pascal_case, snake_case

__all__ = ["Namespace", "ascii_text", "file_key", "is_header_name", "python_key", "slug"]


def is_header_name(name: str) -> bool:
    """An RFC 9110 field name (a token): what may stand before the colon of a header line."""
    return re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", name) is not None


def slug(text: str) -> str:
    """`text` as lower-case ASCII words joined by dashes (`Production EU` -> `production-eu`); "" when none."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def ascii_text(text: str) -> str:
    """`text` in ASCII where Unicode can say it (`Données` -> `Donnees`, fullwidth -> plain), the rest dropped."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def python_key(name: str) -> str:
    """What Python reads an identifier as (NFKC): two names of one key are one name."""
    return unicodedata.normalize("NFKC", name)


def file_key(name: str) -> str:
    """What a module's name is compared as: by Python, and by a case-insensitive file system (macOS, Windows)."""
    return python_key(name).casefold()


class Namespace:
    """The names given so far in one scope (a package's modules, a model's attributes...), compared by `key`.

    `identifier` and `class_name` give `wanted` (the name openapi-python-client made of `source`, the spec's
    text) when it is a good name and still free; else a name made of `source` (`wanted` when not given):
    ASCII, no keyword nor builtin, `fallback` when no ASCII word is left, numbered when taken.
    """

    def __init__(self, reserved: Iterable[str] = (), *, key: Callable[[str], str] = python_key) -> None:
        self._key = key  # modules by `file_key`, classes by their module's
        self._taken = {key(name) for name in reserved}

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._key(name) in self._taken

    def identifier(self, wanted: str, *, source: str | None = None, fallback: str = "field") -> str:
        """A snake_case identifier (`used_2`)."""
        if not self._is_good(wanted):
            base = fix_reserved_words(snake_case(ascii_text(wanted if source is None else source))) or fallback
            wanted = self._free(base if base[0].isalpha() else f"{fallback}_{base}", separator="_")
        return self._take(wanted)

    def class_name(self, wanted: str, *, source: str | None = None, fallback: str = "Model") -> str:
        """A PascalCase class name (`Thing2`)."""
        if not self._is_good(wanted):
            text = ascii_text(wanted if source is None else source)
            # pascal_case last: openapi-python-client applies it again, and `Model1e` would be `Model1E` to it
            base = fix_reserved_words(pascal_case(text if text.lstrip()[:1].isalpha() else f"{fallback} {text}"))
            wanted = self._free(base, separator="")
        return self._take(wanted)

    def _is_good(self, name: str) -> bool:
        return name.isascii() and name.isidentifier() and not iskeyword(name) and name not in self

    def _free(self, base: str, *, separator: str) -> str:
        if base not in self:
            return base
        stem = base.rstrip("_")
        return next(name for number in count(2) if (name := f"{stem}{separator}{number}") not in self)

    def _take(self, name: str) -> str:
        self._taken.add(self._key(name))
        return name
