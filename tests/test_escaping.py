"""escaping.py: spec text in each output context comes back as the same text, and never leaves its context."""

import ast
import tokenize
from io import StringIO

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scripts.codegen.escaping import (
    comment_text,
    docstring_text,
    markdown_text,
    markdown_url,
    python_json,
    python_literal,
)

pytestmark = pytest.mark.unit

# Every code point, lone surrogates included, weighted towards the characters that end a context.
_PIECES = [*"\"'\\\n\r\t\x00`*_[]()<>&|#{}%\u00a0\u2028", '"""', "{{", "{%", "</script>", "\ud800", "\U0001f600"]
HOSTILE = st.lists(st.one_of(st.sampled_from(_PIECES), st.characters())).map("".join)


@given(HOSTILE)
def test_a_python_literal_is_the_text(text: str) -> None:
    literal = python_literal(text)
    assert literal.isascii()
    assert ast.literal_eval(literal) == text


@given(HOSTILE)
def test_a_docstring_is_the_text(text: str) -> None:
    source = f'def f():\n    """{docstring_text(text)} """\n'
    assert source.isascii()
    function = ast.parse(source).body[0]
    assert isinstance(function, ast.FunctionDef)
    # Only a long word with escapes is cut, by a newline, so that a template's wordwrap cannot cut an escape.
    assert str(ast.get_docstring(function, clean=False)).replace("\n", "") == (text + " ").replace("\n", "")


@given(HOSTILE)
def test_a_comment_stays_one_comment(text: str) -> None:
    tokens = list(tokenize.generate_tokens(StringIO(f"# {comment_text(text)}\n").readline))
    assert [token.type for token in tokens] == [tokenize.COMMENT, tokenize.NL, tokenize.ENDMARKER]


@given(HOSTILE)
def test_markdown_text_holds_no_markup(text: str) -> None:
    markdown = markdown_text(text)
    assert "\n" not in markdown and "<" not in markdown and ">" not in markdown
    unescaped = markdown.replace("\\\\", "")
    assert not any(f"{char}" in unescaped.replace(f"\\{char}", "") for char in "`*_[]|")


@pytest.mark.parametrize(
    ("url", "target"),
    [
        ("https://api.example.com/v1", "https://api.example.com/v1"),
        ("https://x.example/a b)(<c>", "https://x.example/a%20b%29%28%3Cc%3E"),
        ("javascript:alert(1)", ""),
        ("JaVaScRiPt:alert(1)", ""),
        ("data:text/html,<script>", ""),
        ("/relative", ""),
    ],
)
def test_markdown_url_is_an_http_link_or_nothing(url: str, target: str) -> None:
    assert markdown_url(url) == target


@given(st.lists(HOSTILE))
def test_tojson_is_a_python_literal_of_the_same_strings(texts: list[str]) -> None:
    """The templates' `tojson` (python_json): beyond the BMP a `\\U` escape, not two lone surrogates."""
    assert ast.literal_eval(python_json(texts)) == texts
