"""Names that always work: whatever a spec calls things, the package's names are unique, stable, ASCII Python."""

import ast
import io
import json
import os
import subprocess
import sys
import tokenize
from collections.abc import Callable
from keyword import iskeyword
from pathlib import Path
from token import NAME
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from scripts.codegen.manifest import Provider
from scripts.codegen.names import Namespace, ascii_text, file_key, python_key
from scripts.codegen.prepare import _ENDPOINT_NAMES as ENDPOINT_NAMES
from scripts.codegen.prepare import _MODEL_NAMES as MODEL_NAMES
from scripts.codegen.prepare import name_attributes, prepared
from scripts.codegen.render import CONFIG, format_packages, render_package
from scripts.codegen.spec import load_spec

FULLWIDTH_U = "\uff55"  # NFKC makes it `u`: Python reads `used` spelt with it as `used`
PROVIDER = Provider(key="names", name="Names", spec=Path("names.json"), token_env="NAMES_KEY", base_url_env="NAMES_URL")


def _ok(component: str) -> dict[str, Any]:
    schema = {"$ref": f"#/components/schemas/{component}"}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def _get(operation_id: str | None, tag: str, component: str, **more: Any) -> dict[str, Any]:
    operation = {"tags": [tag], "responses": _ok(component), **more}
    return {"get": operation if operation_id is None else {"operationId": operation_id, **operation}}


def _query(name: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "integer"}}


def hostile_document() -> dict[str, Any]:
    """Every kind of name that breaks a package when taken as it is, each beside the name it collides with."""
    string, integer = {"type": "string"}, {"type": "integer"}
    inline = {"名前": {"type": "object", "properties": {"a": string}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Names", "version": "1"},
        "servers": [{"url": "https://api.names.example"}],
        "security": [{"key": []}],
        "paths": {
            "/things": _get("getThings", "Things", "Thing"),
            "/THINGS": _get("get_things", "things", "THING"),  # one name once snake_cased; one tag but for case
            "/import": _get("import", "class", "Response"),  # keywords; `Response` is the endpoint module's own
            "/copies/a": _get("duplicate", f"{FULLWIDTH_U}sage", "Data"),
            "/copies/b": _get("Duplicate", "usage", "Thing"),  # `duplicate` once snake_cased
            "/donnees/{timeout}": _get(  # `timeout` is every call's own argument
                "données",
                "日本",
                "Thing",
                parameters=[
                    {"name": "timeout", "in": "path", "required": True, "schema": string},
                    _query("used"),
                    _query(f"{FULLWIDTH_U}sed"),
                    _query("a b"),  # `a_b`, and `ab` by its raw name, as `a-b` is to openapi-python-client
                    _query("a-b"),
                ],
            ),
            "/modules": _get("import_module", "usage", "Thing"),  # the package `__init__`'s own name
            "/anonymous": _get(None, "usage", "Thing"),
            "/inline": {  # its answer's class is `GetInlineResponse200`, as a component is called
                "get": {
                    "operationId": "getInline",
                    "tags": ["usage"],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"type": "object", "properties": inline}}},
                        }
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["used"],
                    "properties": {
                        "used": integer,
                        f"{FULLWIDTH_U}sed": integer,
                        "fooBar": string,
                        "foo_bar": string,
                        "to_dict": string,
                        "d": string,
                        "kind": {"type": "string", "enum": ["a-b", "a_b", "é", "日本"]},
                        f"{FULLWIDTH_U}nion": {"anyOf": [integer, {"type": "array", "items": string}]},
                        "a b": integer,  # `a_b`, and `ab` by its raw name, as `a-b` is to openapi-python-client
                        "a-b": integer,
                    },
                },
                "THING": {"type": "object", "properties": {"name": string}},
                "Data": {"type": "object", "title": "Données", "properties": {"名前": string}},
                "Response": {"type": "object", "properties": {"ok": {"type": "boolean"}}},
                "GetInlineResponse200": {"type": "object", "properties": {"ok": {"type": "boolean"}}},
            },
        },
    }


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("names")
    spec = root / "names.json"
    spec.write_text(json.dumps(hostile_document(), ensure_ascii=False), encoding="utf-8")
    out = root / "out"
    render_package(PROVIDER, load_spec(spec, shown_as=Path("names.json")), "1.0.0", out / PROVIDER.project_name)
    format_packages(out)
    return out / PROVIDER.project_name


@pytest.mark.generator
def test_every_module_is_ascii_python_and_unique(package: Path) -> None:
    modules = sorted(path.relative_to(package).as_posix() for path in package.rglob("*.py"))
    for module in package.rglob("*.py"):
        text = module.read_text(encoding="utf-8")
        ast.parse(text, filename=str(module))
        names = [token.string for token in tokenize.generate_tokens(io.StringIO(text).readline) if token.type == NAME]
        assert [name for name in names if not name.isascii()] == [], module  # as written: `ast` reads them NFKC
    assert all(module.isascii() for module in modules), modules
    assert len({file_key(module) for module in modules}) == len(modules)
    api = "names_usage_client/api"
    assert {module for module in modules if module.startswith(api)} == {
        f"{api}/__init__.py",
        f"{api}/things/__init__.py",
        f"{api}/things/get_things.py",  # getThings: the first keeps its name
        f"{api}/things/get_things_2.py",  # get_things: then its path's, `get_things` too, numbered
        f"{api}/class_/__init__.py",
        f"{api}/class_/import_.py",
        f"{api}/usage/__init__.py",  # `usage` fullwidth and not: one tag, as `Things` and `things`
        f"{api}/usage/duplicate.py",
        f"{api}/usage/get_copies_b.py",  # `Duplicate`: then named after its method and path
        f"{api}/usage/get_modules.py",  # `import_module` is the package's own
        f"{api}/usage/get_anonymous.py",
        f"{api}/usage/get_inline.py",
        f"{api}/tag/__init__.py",  # `日本`: no ASCII left
        f"{api}/tag/donnees.py",
    }
    models = "names_usage_client/models"
    assert {module for module in modules if module.startswith(models)} == {
        f"{models}/__init__.py",
        f"{models}/thing.py",
        f"{models}/thing_kind.py",
        f"{models}/thing2.py",  # THING: `thing.py` on its own
        f"{models}/donnees.py",
        f"{models}/response_2.py",  # `Response2`: openapi-python-client's module name for it
        f"{models}/get_inline_response_200.py",
        f"{models}/get_inline_response_2002.py",  # the inline answer
        f"{models}/get_inline_response_2002_property.py",  # its property `名前`
    }


@pytest.mark.generator
def test_the_package_imports_and_every_operation_answers_its_model(package: Path) -> None:
    script = f"""
import names_usage_client
from names_usage_client.api import class_, tag, things, usage
from names_usage_client.models import THING2, Donnees, Response2, Thing, ThingKind
from names_usage_client.testing import EXAMPLES, MockApi

mock = MockApi()
with mock.client() as client:
    assert isinstance(things.get_things.sync(client=client), Thing)
    assert isinstance(things.get_things_2.sync(client=client), THING2)
    assert isinstance(class_.import_.sync(client=client), Response2)
    assert isinstance(usage.duplicate.sync(client=client), Donnees)
    for operation in (usage.get_copies_b, usage.get_modules, usage.get_anonymous):
        assert isinstance(operation.sync(client=client), Thing)
    assert type(usage.get_inline.sync(client=client)).__name__ == "GetInlineResponse2002"
    assert isinstance(tag.donnees.sync(timeout_2="x", used=1, used_2=2, a_b=3, a_b_2=4, client=client), Thing)
print(*EXAMPLES)
print(mock.requests[-1].url.path, sorted(mock.requests[-1].url.params.multi_items()))
wire = {{"used": 1, "{FULLWIDTH_U}sed": 2, "fooBar": "x", "foo_bar": "y", "to_dict": "z", "d": "w", "kind": "a_b"}}
wire |= {{"a b": 3, "a-b": 4}}
thing = Thing.from_dict(wire)
print(thing.used, thing.used_2, thing.foo_bar, thing.to_dict_2, thing.d_2, thing.kind.name, thing.a_b, thing.a_b_2)
assert thing.to_dict() == wire
print(*ThingKind.__members__)
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(package)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    examples, request, thing, members = result.stdout.splitlines()
    assert sorted(examples.split()) == [  # one per operation: no key written twice
        *("donnees", "duplicate", "get_anonymous", "get_copies_b", "get_inline", "get_modules", "get_things"),
        *("get_things_2", "import_"),
    ]
    assert request == f"/donnees/x [('a b', '3'), ('a-b', '4'), ('used', '1'), ('{FULLWIDTH_U}sed', '2')]"
    assert thing == "1 2 y z w A_B_2 3 4"
    assert members == "A_B A_B_2 E VALUE_3"


@pytest.mark.generator
@pytest.mark.slow
def test_the_package_type_checks(package: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(package / "names_usage_client")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def _config() -> Config:
    return Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.UV,
        document_source=Path("names.json"),
        file_encoding="utf-8",
        overwrite=False,
        output_path=Path("unused"),
    )


def _names(document: dict[str, Any]) -> dict[str, str]:
    """What each schema, operation and attribute of `document` is called in its package, by what it is in the spec."""
    config = _config()
    openapi = GeneratorData.from_dict(prepared_document := prepared(document), config=config)
    assert isinstance(openapi, GeneratorData)
    name_attributes(openapi, config, prepared_document)
    names = {
        f"{model.name.get_untrusted_value()}.{prop.name.get_untrusted_value()}": str(prop.python_name)
        for model in openapi.models
        for prop in [*(model.required_properties or []), *(model.optional_properties or [])]
    }
    names |= {f"{model.name.get_untrusted_value()}": str(model.class_info.name) for model in openapi.models}
    names |= {
        f"{endpoint.method} {endpoint.path.get_untrusted_value()}": f"{tag}.{endpoint.name}"
        for tag, collection in openapi.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
    }
    return names


@pytest.mark.unit
def test_names_do_not_move_when_something_else_is_added() -> None:
    document = hostile_document()
    before = _names(document)
    extra = {"type": "object", "properties": {"a": {"type": "string"}}}
    document["components"]["schemas"] = {"Extra": extra, **document["components"]["schemas"]}
    document["components"]["schemas"]["Thing"]["properties"] = {
        "more": {"type": "string"},
        **document["components"]["schemas"]["Thing"]["properties"],
    }
    document["paths"] = {
        "/first": _get("listExtras", "usage", "Extra"),  # unrelated, before everything
        **document["paths"],
        "/things/again": _get("getThings", "Things", "Thing"),  # like one before it: it is the one renamed
    }

    after = _names(document)

    assert {name: after[name] for name in before} == before
    assert after["get /first"] == "usage.list_extras"
    assert after["get /things/again"] == "things.get_things_again"
    assert after["/components/schemas/Thing.more"] == "more"


@pytest.mark.unit
@pytest.mark.parametrize(
    ("wanted", "taken", "identifier"),
    [
        ("get_usage", [], "get_usage"),
        ("get_usage", ["get_usage"], "get_usage_2"),
        ("get_usage", ["get_usage", "get_usage_2"], "get_usage_3"),
        ("Used", ["used"], "Used"),  # Python tells case apart
        (f"{FULLWIDTH_U}sed", ["used"], "used_2"),
        ("données", [], "donnees"),
        ("日本", [], "field"),
        ("class", [], "class_"),
        ("2fa", [], "field_2fa"),
        ("fooBar", [], "fooBar"),  # openapi-python-client's own good names are kept as they are
    ],
)
def test_an_identifier_is_ascii_and_free(wanted: str, taken: list[str], identifier: str) -> None:
    names = Namespace(taken)

    assert names.identifier(wanted) == identifier
    assert identifier in names


@pytest.mark.unit
def test_modules_are_compared_as_a_case_insensitive_file_system_does() -> None:
    modules = Namespace(["GET_USAGE"], key=file_key)

    assert modules.identifier("get_usage") == "get_usage_2"


@pytest.mark.unit
def test_a_class_name_is_compared_as_its_module() -> None:
    classes = Namespace(["Response"], key=lambda name: file_key(name.lower()))

    assert [classes.class_name(name) for name in ("Thing", "THING", "Response", "Données")] == [
        "Thing",
        "THING2",
        "Response2",
        "Donnees",
    ]


@pytest.mark.unit
def test_ascii_text_transliterates_and_drops_the_rest() -> None:
    assert ascii_text(f"Donn\u00e9es {FULLWIDTH_U}sed 日本") == "Donnees used "


def _imported(module: Path) -> set[str]:
    """The snake_case names `module` imports: those an attribute or argument could be called."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names = {
        alias.asname or alias.name.split(".")[0]
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom) and getattr(node, "module", "") != "__future__"
        for alias in node.names
    }
    return {name for name in names if name.islower()}


def hazards_document(properties: list[str], parameters: list[str]) -> dict[str, Any]:
    """Properties and parameters named after what the generated models and functions use themselves."""
    integer = {"type": "integer"}
    hazards = {"type": "object", "required": properties, "properties": dict.fromkeys(properties, integer)}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Names", "version": "1"},
        "servers": [{"url": "https://api.names.example"}],
        "security": [{"key": []}],
        "paths": {
            "/hazards": _get(
                "getHazards",
                "hazards",
                "Hazards",
                parameters=[{**_query(name), "required": True} for name in parameters],
            )
        },
        "components": {
            "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
            "schemas": {"Hazards": hazards},
        },
    }


@pytest.mark.generator
@pytest.mark.slow
def test_names_the_templates_use_are_left_to_them(package: Path, tmp_path: Path) -> None:
    """The names we keep off, and whatever else a generated module imports, whether we keep it off or not."""
    properties = sorted(MODEL_NAMES | _imported(package / "names_usage_client" / "models" / "thing.py"))
    parameters = sorted(ENDPOINT_NAMES | _imported(package / "names_usage_client" / "api" / "tag" / "donnees.py"))
    spec = tmp_path / "names.json"
    spec.write_text(json.dumps(hazards_document(properties, parameters)), encoding="utf-8")
    package = tmp_path / "out" / PROVIDER.project_name
    render_package(PROVIDER, load_spec(spec, shown_as=Path("names.json")), "1.0.0", package)
    format_packages(tmp_path / "out")
    script = """
import inspect, json
from names_usage_client.api.hazards import get_hazards
from names_usage_client.testing import MockApi

own = {"client", "timeout", "max_retries", "headers", "extra_query"}
arguments = {name: 7 for name in inspect.signature(get_hazards.sync).parameters if name not in own}
mock = MockApi()
with mock.client() as client:
    hazards = get_hazards.sync(client=client, **arguments)
print(json.dumps(sorted(mock.requests[0].url.params.multi_items())))
print(json.dumps(hazards.to_dict(), sort_keys=True))
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(package)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    query, answer = result.stdout.splitlines()
    assert json.loads(query) == [[name, "7"] for name in parameters], "every argument reaches the wire"
    assert json.loads(answer) == dict.fromkeys(properties, 0), "every field is read and written back"
    typecheck = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(package / "names_usage_client")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert typecheck.returncode == 0, typecheck.stdout


# Spec text as names: letters of any script and case, confusables, digits, delimiters, keywords and builtins.
NAME_TEXT = st.one_of(
    st.sampled_from(["class", "import", "type", "id", "self", "to_dict", "Response", "Client", "used", "Used", "USED"]),
    st.text(st.sampled_from(["a", "B", "é", "日", FULLWIDTH_U, "1", "_", "-", " ", ".", "s"]), min_size=1, max_size=6),
)


@pytest.mark.unit
@given(
    schemas=st.lists(NAME_TEXT, min_size=1, max_size=4),
    properties=st.lists(NAME_TEXT, min_size=1, max_size=5, unique=True),
    values=st.lists(NAME_TEXT, min_size=1, max_size=4, unique=True),
    operations=st.lists(st.tuples(NAME_TEXT, NAME_TEXT), min_size=1, max_size=4),
    parameters=st.lists(NAME_TEXT, max_size=3, unique_by=python_key),
)
def test_whatever_the_spec_calls_things_their_python_names_are_good(
    schemas: list[str],
    properties: list[str],
    values: list[str],
    operations: list[tuple[str, str]],
    parameters: list[str],
) -> None:
    fields: dict[str, Any] = {name: {"type": "string"} for name in properties}
    thing = {"type": "object", "properties": {**fields, "kind": {"type": "string", "enum": values}}}
    components = {f"S{index}": {**thing, "title": title} for index, title in enumerate(schemas)}
    paths = {
        f"/p{index}": {
            "get": {
                "operationId": operation_id,
                "tags": [tag],
                "parameters": [_query(name) for name in parameters],
                "responses": _ok("S0"),
            }
        }
        for index, (operation_id, tag) in enumerate(operations)
    }
    document = {"openapi": "3.1.0", "info": {"title": "x", "version": "1"}, "paths": paths}
    document["components"] = {"schemas": components}

    config = _config()
    openapi = GeneratorData.from_dict(prepared_document := prepared(document), config=config)
    assert isinstance(openapi, GeneratorData)
    name_attributes(openapi, config, prepared_document)

    errors = [error.detail for error in openapi.errors]
    errors += [
        error.detail for collection in openapi.endpoint_collections_by_tag.values() for error in collection.parse_errors
    ]
    assert errors == []
    classes = [model.class_info for model in openapi.models] + [enum.class_info for enum in openapi.enums]
    modules = [str(info.module_name) for info in classes]
    endpoints = [e for collection in openapi.endpoint_collections_by_tag.values() for e in collection.endpoints]
    assert len(endpoints) == len(operations)
    _good([str(info.name) for info in classes])
    _good(modules, key=file_key)
    _good([str(endpoint.name) for endpoint in endpoints], key=file_key)
    _good([str(tag) for tag in openapi.endpoint_collections_by_tag], key=file_key)
    for model in openapi.models:
        _good([str(p.python_name) for p in [*(model.required_properties or []), *(model.optional_properties or [])]])
    for enum in openapi.enums:
        _good([str(member) for member in enum.values])
    for endpoint in endpoints:
        _good([str(parameter.python_name) for _, parameter in endpoint.iter_all_parameters()])


def _good(names: list[str], key: Callable[[str], str] = python_key) -> None:
    """ASCII identifiers, no keyword, none the same as another."""
    assert all(name.isascii() and name.isidentifier() and not iskeyword(name) for name in names), names
    assert len({key(name) for name in names}) == len(names), names
