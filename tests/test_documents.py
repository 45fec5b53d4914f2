"""scripts/codegen/documents.py: every document is parsed safely, within limits, with lines for errors.

Hostile inputs are made here; each refusal is a one-line SpecError naming the file and, where known, the line.
"""

import datetime
import json
import threading
import tracemalloc
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from scripts.codegen import documents
from scripts.codegen.documents import (
    MAX_ALIAS_NODES,
    MAX_DEPTH,
    MAX_DOCUMENT_BYTES,
    MAX_INTEGER_DIGITS,
    Document,
    load_document,
    parse_document,
)
from scripts.codegen.errors import SpecError
from scripts.codegen.paths import REPO

pytestmark = pytest.mark.unit

YAML_FILE = Path("upstream/x/openapi.yaml")
JSON_FILE = Path("upstream/x/openapi.json")
CORPUS = REPO.parent / "shared" / "corpus"


def refusal(text: str | bytes, shown_as: Path = YAML_FILE) -> SpecError:
    with pytest.raises(SpecError) as raised:
        parse_document(text, shown_as=shown_as)
    assert "\n" not in str(raised.value)
    return raised.value


def test_yaml_is_read_with_the_core_schema_and_becomes_plain_json() -> None:
    text = """\
a: yes
b: [on, NO, ~, null, '', true, False]
c: {3: one, 2.5: two, true: three, null: four}
d: [0x1F, 0o17, 1_000, -12, +3, 1.5, 1e3, "12"]
e: 2001-12-14
f: 2001-12-14t21:59:43.10-05:00
g: |
  literal
"""

    data = parse_document(text, shown_as=YAML_FILE).data

    assert data == {
        "a": "yes",
        "b": ["on", "NO", None, None, "", True, False],
        "c": {"3": "one", "2.5": "two", "True": "three", "None": "four"},
        "d": [31, 15, 1000, -12, 3, 1.5, 1000.0, "12"],
        "e": "2001-12-14",
        "f": "2001-12-14T21:59:43.100000-05:00",
        "g": "literal\n",
    }
    assert data == _ruamel(text)  # what the generator read before: the derived specs do not move


def test_ordinary_anchors_and_aliases_are_expanded_into_copies() -> None:
    document = parse_document("a: &shared {type: string}\nb: *shared\nc: [*shared]\n", shown_as=YAML_FILE)

    assert document.data == {"a": {"type": "string"}, "b": {"type": "string"}, "c": [{"type": "string"}]}
    assert document.data["a"] is not document.data["b"]  # a change to one (an overlay) leaves the other
    assert document.line(["c", 0, "type"]) == 1  # an alias's lines are its anchor's


def test_lines_point_at_the_deepest_known_node() -> None:
    document = parse_document("info:\n  title: t\npaths:\n  /a:\n    get:\n      - x\n      - y\n", shown_as=YAML_FILE)

    assert document.line(["paths", "/a", "get", 1]) == 7
    assert document.line(["paths", "/a", "post", "responses"]) == 4
    assert document.line(["nowhere"]) is None
    assert document.line([]) is None
    error = document.error("bad title", "info", "title")
    assert (error.path, error.line, error.pointer) == (YAML_FILE, 2, "/info/title")
    assert str(error) == "upstream/x/openapi.yaml:2: bad title (at /info/title)"


def test_lines_survive_changes_to_the_data() -> None:
    document = parse_document("paths:\n  /a: {}\n", shown_as=YAML_FILE)
    document.data["paths"]["/b"] = {"get": {}}  # as a caller adding to the document would
    document.data["info"] = {}

    assert document.line(["paths", "/b", "get"]) == 1
    assert document.line(["info"]) is None


def test_json_is_read_as_json_without_lines() -> None:
    document = parse_document(b'{"a": [1, 2.5, "\\ud83d\\ude00", null]}', shown_as=JSON_FILE)

    assert document.data == {"a": [1, 2.5, "\U0001f600", None]}
    assert document.line(["a", 0]) is None
    assert isinstance(document, Document)


@pytest.mark.parametrize("tag", ["!!binary aGVsbG8=", "!!python/object:os.system {}", "!custom x", "!!set {a}"])
def test_a_tag_beyond_the_json_types_is_refused(tag: str) -> None:
    error = refusal(f"ok: 1\nbad: {tag}\n")

    assert error.line == 2
    assert "is not allowed: only JSON's types" in error.message


def test_explicit_json_tags_are_kept() -> None:
    assert parse_document("a: !!str 12\nb: !!int '7'\n", shown_as=YAML_FILE).data == {"a": "12", "b": 7}


def test_an_alias_bomb_fails_fast_in_bounded_memory() -> None:
    levels = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 10)]
    tracemalloc.start()
    try:
        error = refusal("\n".join(levels) + "\n")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert error.message == f"aliases expand to more than {MAX_ALIAS_NODES:,} nodes: the limit"
    assert error.line is not None
    assert peak < 50 * 1024 * 1024


def test_a_recursive_alias_is_refused() -> None:
    assert "nested deeper than" in refusal("a: &a [*a]\n").message


@pytest.mark.parametrize(
    ("text", "shown_as"),
    [
        pytest.param("[" * 100_000 + "]" * 100_000, JSON_FILE, id="json"),
        pytest.param('{"a": ' * 100_000 + "1" + "}" * 100_000, JSON_FILE, id="json-objects"),
        pytest.param("[" * 100_000, JSON_FILE, id="json-unclosed"),
        pytest.param("[" * 100_000 + "]" * 100_000, YAML_FILE, id="yaml-flow"),
        pytest.param("- " * 100_000 + "a\n", YAML_FILE, id="yaml-block"),
        pytest.param("".join(" " * level + "a:\n" for level in range(1_000)), YAML_FILE, id="yaml-indented"),
    ],
)
def test_a_document_nested_too_deep_is_one_line_never_a_crash(text: str, shown_as: Path) -> None:
    error = refusal(text, shown_as)

    assert error.message == f"nested deeper than {MAX_DEPTH} levels: the limit"


def test_the_depth_limit_is_exact() -> None:
    nested = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    for shown_as in (JSON_FILE, YAML_FILE):
        assert parse_document(nested, shown_as=shown_as).data is not None
        refusal("[" + nested + "]", shown_as)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("a: !!timestamp x", "invalid timestamp 'x'", id="timestamp"),
        pytest.param("a: 2001-13-45", "invalid timestamp '2001-13-45'", id="no-such-date"),
        pytest.param("a: !!bool maybe", "invalid bool 'maybe'", id="bool"),
        pytest.param("a: !!int 1.5", "invalid integer '1.5'", id="int"),
        pytest.param("a: '\x00'", "invalid YAML: control characters are not allowed (U+0000)", id="nul"),
        pytest.param("a: *nowhere", "invalid YAML: found undefined alias", id="alias"),
    ],
)
def test_a_malformed_scalar_is_one_line_with_its_line(text: str, message: str) -> None:
    error = refusal("ok: 1\n" + text + "\n")

    assert (error.message, error.line) == (message, 2)


@pytest.mark.parametrize("text", ["0x" + "f" * 400, "0b" + "1" * 2_000, "-" + "9" * 301])
def test_an_integer_of_too_many_digits_is_refused_in_any_base(text: str) -> None:
    assert refusal(f"a: {text}\n").message.startswith(f"an integer of {len(text):,} characters")


@pytest.mark.parametrize("shown_as", [JSON_FILE, YAML_FILE])
def test_an_integer_of_thousands_of_digits_is_refused(shown_as: Path) -> None:
    error = refusal('{"a": 1,\n"b": ' + "9" * 5_000 + "}", shown_as)

    assert error.message == f"an integer of 5,000 characters: the limit is {MAX_INTEGER_DIGITS} digits"
    assert error.line == 2


@pytest.mark.parametrize(
    ("text", "shown_as", "line"),
    [
        pytest.param("a: 1\nb: .inf\n", YAML_FILE, 2, id="yaml-inf"),
        pytest.param("a: 1\nb: -.Inf\n", YAML_FILE, 2, id="yaml-minus-inf"),
        pytest.param("a: .nan\n", YAML_FILE, 1, id="yaml-nan"),
        pytest.param("a: 1e999\n", YAML_FILE, 1, id="yaml-overflow"),
        pytest.param('{"a": 1,\n "b": NaN}', JSON_FILE, 2, id="json-nan"),
        pytest.param('{"NaN": "NaN",\n "a": -Infinity}', JSON_FILE, 2, id="json-infinity"),
        pytest.param('{"a": [1e999]}', JSON_FILE, 1, id="json-overflow"),
    ],
)
def test_infinities_and_nan_are_refused(text: str, shown_as: Path, line: int | None) -> None:
    """JSON has neither: a spec that says `.inf` could not be written back, nor mean anything to a client."""
    error = refusal(text, shown_as)

    assert "JSON numbers are finite" in error.message
    assert error.line == line


@pytest.mark.parametrize(
    ("text", "shown_as", "line"),
    [
        pytest.param('{"a": "ok",\n "b": "\\ud800"}', JSON_FILE, 2, id="json-high"),
        pytest.param('{"a": "\\\\ud800 is text",\n "b": "x\\udc00"}', JSON_FILE, 2, id="json-low"),
        pytest.param('a: ok\nb: "\\ud800"\n', YAML_FILE, 2, id="yaml-escape"),
        pytest.param("a: ok\nb: \ud800\n", YAML_FILE, 2, id="yaml-raw"),
        pytest.param('{"a":\n "\ud800"}', JSON_FILE, 2, id="json-raw"),
    ],
)
def test_a_lone_surrogate_is_refused(text: str, shown_as: Path, line: int) -> None:
    error = refusal(text, shown_as)

    assert "surrogate" in error.message or "invalid Unicode character escape" in error.message
    assert error.line == line


@pytest.mark.parametrize("shown_as", [JSON_FILE, YAML_FILE])
def test_invalid_utf8_is_refused_with_its_line(shown_as: Path) -> None:
    error = refusal(b'{"a": 1,\n"b": "\xff"}', shown_as)

    assert (error.message, error.line) == ("invalid UTF-8", 2)


def test_a_duplicate_key_is_refused_with_its_line() -> None:
    error = refusal("a: 1\nb:\n  c: 1\n  c: 2\n")

    assert (error.message, error.line) == ("duplicate key 'c'", 4)
    assert refusal("200: a\n'200': b\n").message == "duplicate key '200'"  # equal once written as JSON


def test_a_duplicate_key_in_json_is_refused_with_its_line() -> None:
    error = refusal('{"a": {"c": 1},\n "b": {"x": "c",\n  "c": 2,\n  "c": 3}}', JSON_FILE)

    assert (error.message, error.line) == ("duplicate key 'c'", 4)


def test_merge_keys_are_refused_with_a_clear_message() -> None:
    error = refusal("base: &base {type: string}\nthing:\n  <<: *base\n  format: uuid\n")

    assert error.message == "merge keys (<<) are not supported: write the keys out"
    assert error.line == 3
    assert parse_document("'<<': quoted is a plain key\n", shown_as=YAML_FILE).data == {"<<": "quoted is a plain key"}


def test_a_collection_as_a_key_is_refused() -> None:
    assert refusal("? [a, b]\n: c\n").message.startswith("a mapping key must be a scalar")


def test_more_than_one_document_is_refused() -> None:
    assert refusal("a: 1\n---\nb: 2\n").message.startswith("invalid YAML")


def test_a_document_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as file:  # sparse: over the limit on paper, nothing to write or read
        file.truncate(MAX_DOCUMENT_BYTES + 1)

    with pytest.raises(SpecError) as raised:
        load_document(path, shown_as=YAML_FILE)

    assert raised.value.message == (
        f"document too large ({MAX_DOCUMENT_BYTES + 1:,} bytes): the limit is {MAX_DOCUMENT_BYTES:,} bytes"
    )


def test_parse_document_applies_the_size_limit_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", 10)

    assert refusal("a: 12345678\n").message.startswith("document too large (12 bytes)")


def test_an_unreadable_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as raised:
        load_document(tmp_path / "missing.yaml", shown_as=YAML_FILE)

    assert raised.value.message == "cannot read: No such file or directory"


def test_a_document_too_deep_for_the_fast_path_is_composed_from_events() -> None:
    """Past libyaml's recursion margin the events path composes the same data (and stops at MAX_DEPTH)."""
    text = "a: &x {b: [1, 2]}\nc: *x\nd: '" + "[" * 30_000 + "'\n"

    assert documents._depth_bound(text) > documents._C_COMPOSE_DEPTH
    assert parse_document(text, shown_as=YAML_FILE).data == _ruamel(text)


def test_without_a_thread_for_libyaml_the_events_path_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (REPO / "specs/thousandeyes.yaml").read_text(encoding="utf-8")
    expected = parse_document(text, shown_as=YAML_FILE)

    def cannot_start(self: threading.Thread) -> None:
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threading.Thread, "start", cannot_start)
    document = parse_document(text, shown_as=YAML_FILE)

    assert document.data == expected.data
    assert document.line(["paths"]) == expected.line(["paths"]) is not None


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} (the shared corpus of published descriptions) is absent")
@pytest.mark.parametrize(
    "path",
    sorted(path for path in CORPUS.glob("*/*") if path.suffix in (".json", ".yaml", ".yml")) if CORPUS.is_dir() else [],
    ids=lambda path: f"{path.parent.name}/{path.name}",
)
def test_every_published_description_of_the_corpus_parses(path: Path) -> None:
    document = load_document(path, shown_as=path)

    assert isinstance(document.data, dict) and "paths" in document.data
    if path.suffix == ".json":
        assert document.data == json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "path",
    sorted([*REPO.glob("specs/*.yaml"), *REPO.glob("overlays/*.yaml"), REPO / "tests/golden/catch-all.yaml"]),
    ids=lambda path: path.relative_to(REPO).as_posix(),
)
def test_our_documents_read_as_ruamel_read_them(path: Path) -> None:
    text = path.read_text(encoding="utf-8")

    assert load_document(path, shown_as=path).data == _ruamel(text)


def _ruamel(text: str) -> object:
    """The document as the generator's previous reader gave it: ruamel's round trip, keys as str(key)."""
    return _plain(YAML(typ="rt", pure=True).load(text))


def _plain(node: object) -> object:
    if isinstance(node, dict):
        return {str(key): _plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_plain(item) for item in node]
    return node.isoformat() if isinstance(node, datetime.date) else node


def test_json_in_a_yaml_file_keeps_its_escaped_surrogate_pairs() -> None:
    """A YAML parser refuses `\\ud83d\\ude00`; JSON reads it as one character, as the document means."""
    document = parse_document('{"emoji": "\\ud83d\\ude00"}', shown_as=YAML_FILE)

    assert document.data == {"emoji": "\U0001f600"}
