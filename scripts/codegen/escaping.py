"""The one way out for spec text: what a piece of untrusted text becomes in each kind of output.

A published description is untrusted input, like a response body: its text reaches a generated file
only through the function made for where it lands. Each returns text that cannot leave its context,
whatever it is given (quotes, backslashes, newlines, NUL, lone surrogates, `{{ }}`, `</script>`).

- `python_literal`: a Python string literal (`"..."`), ASCII only, so ruff sees no ambiguous character;
- `docstring_text`: the inside of a `\"\"\"` docstring, read back by Python as the text itself;
- `comment_text`: one line after `#`, ASCII only;
- `markdown_text`: Markdown prose that holds no HTML, no link and no code span of its own;
- `markdown_code`: a Markdown code span holding the text as it is;
- `markdown_url`: a link target: an http(s) URL with nothing that could end the link, else "".
"""

import json
import re
import unicodedata
from typing import Any
from urllib.parse import quote, urlsplit

from jinja2 import pass_context
from jinja2.runtime import Context
from openapi_python_client.schema.untrusted_string import UntrustedString

from .errors import CodegenError

__all__ = [
    "SpecText",
    "UnescapedSpecTextError",
    "comment_text",
    "docstring_text",
    "double_quoted_text",
    "markdown_code",
    "markdown_text",
    "markdown_url",
    "python_json",
    "python_literal",
    "refuse_spec_text",
]


class SpecText(str):
    """Text a description wrote (the model's strings are these): it reaches output only through a function here.

    A template printing one as it is fails (`refuse_spec_text`); each function here returns a plain `str`.
    """

    __slots__ = ()


class UnescapedSpecTextError(CodegenError):
    """A template printed spec text without the escaping meant for where it goes: a bug of the template."""

    def __init__(self, template: str, value: str) -> None:
        shown = value if len(value) <= 60 else value[:57] + "..."
        super().__init__(
            f"scripts/templates/{template} prints spec text {shown!r} unescaped: pass it through python_literal, "
            "docstring_text, comment_text, markdown_text, markdown_code or markdown_url (scripts/codegen/escaping.py)"
        )


@pass_context
def refuse_spec_text(context: Context, value: object) -> object:
    """The templates' `finalize`: every `{{ value }}` passes here, and spec text may not pass as it is."""
    if isinstance(value, SpecText | UntrustedString):  # ours, or openapi-python-client's
        raise UnescapedSpecTextError(context.name or "a template", _text(value))
    return value


def python_literal(text: str) -> str:
    """`text` as a double-quoted Python string literal that evaluates to `text` exactly."""
    body = "".join(_escaped(char) if char in '"\\' or not _plain_ascii(char) else char for char in text)
    return f'"{body}"'


def python_json(value: object, **options: Any) -> str:
    """`json.dumps(value)` that Python reads back as `value` too: the templates' `tojson` (its dumps policy).

    JSON writes a character beyond the BMP as two escaped surrogates, which a Python literal reads as two
    lone surrogates; here it is one `\\U` escape, which Python (and TOML) read as the character.
    """
    return _SURROGATE_PAIR.sub(_one_escape, json.dumps(value, **options))


# An escaped surrogate pair in json.dumps' output, not itself escaped (after an even run of backslashes).
_SURROGATE_PAIR = re.compile(r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})")


def _one_escape(match: re.Match[str]) -> str:
    high, low = int(match.group(2), 16), int(match.group(3), 16)
    return f"{match.group(1)}\\U{0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00):08x}"


def double_quoted_text(text: object) -> str:
    """The inside of a double-quoted string that Python and TOML both read as `text` (openapi-python-client's
    `in_double_quote_literal`, whose JSON escapes make two lone surrogates of a character beyond the BMP)."""
    value = _text(text)
    return "".join(
        f"\\{char}" if char in '"\\' else char if _plain_ascii(char) else _unicode_escape(char) for char in value
    )


def _unicode_escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def docstring_text(text: object, *, inner: bool = False) -> str:
    """`text` for the inside of a triple-quoted docstring: Python reads back `text`, newlines kept as lines.

    Backslashes are escaped, as is every character that is not printable ASCII (a non-breaking space, a
    confusable letter, a control or a lone surrogate): the docstring's value is the spec's text, while its
    source stays plain ASCII. A quote is escaped where it could close the docstring: next to another
    quote, or at either end (unless `inner`: the template puts text other than a quote on both sides).
    Long words holding escapes are split where no escape is cut, so a template's `wordwrap` cannot break
    one (openapi-python-client's `safe_for_docstring` does the same).
    """
    value = _text(text)
    escaped = "".join(
        _escaped(char)
        if char == "\\" or (char != "\n" and not _plain_ascii(char)) or (char == '"' and _closes(value, index, inner))
        else char
        for index, char in enumerate(value)
    )
    return re.sub(r"\S+", lambda word: _split_escaped(word.group()), escaped)


def _text(value: object) -> str:
    """The text of a spec value: openapi-python-client's UntrustedString and PythonCode, or anything as str."""
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    return str(value)


def _closes(text: str, index: int, inner: bool) -> bool:
    """A quote that could end a docstring: at either end of the text (unless `inner`), or beside another quote."""
    if index in (0, len(text) - 1):
        return not inner or (len(text) > 1 and text[1 if index == 0 else index - 1] == '"')
    return text[index - 1] == '"' or text[index + 1] == '"'


# A docstring word with escapes is cut into pieces of at most this length, between escapes: the narrowest
# `wordwrap` in the templates is 90 characters.
_MAX_ESCAPED_WORD = 76
_UNIT = re.compile(r"\\(?:x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|.)|.", re.DOTALL)


def _split_escaped(word: str) -> str:
    if "\\" not in word or len(word) <= _MAX_ESCAPED_WORD:
        return word
    lines = [""]
    for unit in _UNIT.findall(word):
        if len(lines[-1]) + len(unit) > _MAX_ESCAPED_WORD:
            lines.append("")
        lines[-1] += unit
    return "\n".join(lines)


def comment_text(text: str) -> str:
    """`text` as one line of a `#` comment: whitespace runs become one space, other non-ASCII characters escapes."""
    return "".join(char if _plain_ascii(char) else _escaped(char) for char in " ".join(text.split()))


def markdown_text(text: str) -> str:
    """`text` as inert Markdown inline prose: one line, every character Markdown or HTML gives a meaning escaped."""
    line = " ".join("".join(char if _plain_ascii(char) else _readable(char) for char in text).split())
    escaped = "".join(f"\\{char}" if char in _MARKDOWN_SPECIAL else _HTML.get(char, char) for char in line)
    # A line's first characters can open a heading, a list or a numbered item.
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", re.sub(r"^([#+=-])", r"\\\1", escaped))


def markdown_code(text: str) -> str:
    """`text` as one Markdown code span: fenced by more backticks than it holds in a row, on one line."""
    line = " ".join(text.split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", line)), default=0) + 1)
    return f"{fence} {line} {fence}" if line.startswith("`") or line.endswith("`") else f"{fence}{line}{fence}"


def markdown_url(url: str) -> str:
    """`url` as the target of a Markdown link, or "" when it is not an absolute http(s) URL (`javascript:`...)."""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return ""
    return quote(url, safe=_URL_SAFE)


_URL_SAFE = "!#$%&'*+,/:;=?@[]~"  # reserved characters keep their meaning; spaces, quotes, <>, () are encoded


# Inline markup anywhere in a line: emphasis, code, links and images, tables, strikethrough.
_MARKDOWN_SPECIAL = frozenset("\\`*_[]|~")
_HTML = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


def _plain_ascii(char: str) -> bool:
    return " " <= char <= "~"


def _escaped(char: str) -> str:
    if char in '"\\':
        return "\\" + char
    code = ord(char)
    if char == "\n":
        return "\\n"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _readable(char: str) -> str:
    """A character outside printable ASCII, for prose: kept when it is a printable letter or sign, else a space."""
    if 0xD800 <= ord(char) <= 0xDFFF:  # a lone surrogate: no text at all
        return " "
    category = unicodedata.category(char)
    return " " if category[0] in "CZ" else char
