"""A spec as published, made into what openapi-python-client 0.29.1 can take: each rewrite says why.

The rewrites touch only what the generator cannot honour anyway, never what a client sends or reads:

- an object or array `default` (on a `$ref`, a union, a list) is dropped: openapi-python-client
  cannot render one, and leaving the field out lets the server apply its own default;
- a response or request body of a media type other than JSON, text or a form (`audio/mpeg`) is
  read and sent as bytes (`application/octet-stream`);
- a header parameter that allows a single value (`const`, or an `enum` of one) gets it as its default
  (`anthropic-version`): the caller need not pass what can only be one thing;
- a parameter described by `content` (OpenMeter's JSON filters) gets that content's schema as its `schema`:
  openapi-python-client reads only `schema` (it drops the operation otherwise); the value is still sent as
  its media type says (endpoints.py: JSON text);
- a `$ref` into the inside of a component (`#/components/schemas/Tag/allOf/0`, as PagerDuty writes),
  which openapi-python-client cannot follow, points to a copy of that node made a component of its own
  (`TagAllOf0`);
- a component that only names another (`allOf: [$ref]`) is replaced by it where it is referenced:
  openapi-python-client makes no class of it anyway, and fails on a second pass over the other's
  inline models (`Attempted to generate duplicate models`);
- names (names.py says how they are made): each class, module, operation, tag and enum member gets a
  unique, stable ASCII Python name; where openapi-python-client would make another, a `title`, an
  `operationId`, a tag or `x-enum-varnames` says it. Two inline schemas of the same `title` would
  make two classes of one name: the later ones get their component's name in front
  (`NormalizedCall` + `Context` -> `NormalizedCallContext`). Wire names stay as they are, so an
  attribute's or argument's Python name is made after parsing (`name_attributes`); two properties or
  parameters openapi-python-client cannot tell apart (`a b`, `a-b`) reach it under stand-in keys,
  and `name_attributes` puts the wire names back.
"""

import copy
import re
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Any

import openapi_python_client
from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import generate_operation_id
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import ClassName, PythonIdentifier, pascal_case, snake_case

from .model import operation_key, resolve_pointer
from .names import Namespace, ascii_text, file_key
from .paths import REPO

Json = Any
_PREFIX = "field_"  # openapi-python-client's `field_prefix`, for a name that starts with no letter
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")  # in openapi-python-client's order


def _imported_names(templates: list[Path]) -> frozenset[str]:
    """Every name `templates` import into a generated module: a class or an attribute must not shadow one."""
    names: set[str] = set()
    for template in templates:
        text = template.read_text(encoding="utf-8")
        for group, line in re.findall(r"^[ \t]*from [\w.]+ import (?:\(([^)]*)\)|(.*))$", text, re.M):
            names.update(re.findall(r"(\w+)\s*(?:,|$)", group or line, re.M))
        names.update(re.findall(r"^[ \t]*import (?:[\w.]+ as )?(\w+)$", text, re.M))
    return frozenset(names)


_OURS, _THEIRS = REPO / "scripts" / "templates", Path(openapi_python_client.__file__).parent / "templates"
_TEMPLATES = [*_OURS.rglob("*.jinja"), *_THEIRS.rglob("*.jinja")]
_RESERVED_CLASSES = {name for name in _imported_names(_TEMPLATES) if name[0].isupper()}
# What a lazy package `__init__` imports beside its submodules (an operation or tag of that name would be hidden).
_PACKAGE_INIT_NAMES = _imported_names([_OURS / "lazy_submodules.jinja"])
# What `from_dict` and `to_dict` call (a model module's imports, its templates' and openapi-python-client's
# `get_imports` of properties), the class's own attributes and their locals: an attribute's name (a local in
# them too) must be none of these.
_MODEL_NAMES = (
    _imported_names(
        [_OURS / "model.py.jinja", *_OURS.glob("property_templates/*"), *_THEIRS.glob("property_templates/*")]
    )
    - {"annotations"}  # `from __future__`: no name a function reads
) | {
    *("BytesIO", "cast", "UUID", "File", "datetime", "isoparse"),
    *("additional_properties", "additional_keys", "to_dict", "from_dict", "to_multipart"),
    *("field_dict", "d", "src_dict", "cls", "files", "prop", "prop_name", "prop_dict"),
}
# What an operation's functions that take its parameters read beside them (endpoint_module.py.jinja, and
# openapi-python-client's endpoint_macros.py.jinja): their other arguments, locals and module-level names.
_ENDPOINT_NAMES = {
    *("client", "url", "body", "timeout", "max_retries", "headers", "extra_query", "kwargs", "params", "cookies"),
    *("with_call_options", "path_segment", "reject_string", "encode_query", "errors", "cast", "httpx"),
    *("Unset", "UNSET"),
}
# Media types openapi-python-client reads itself; any other is handled as bytes.
_UNDERSTOOD = ("application/json", "text/", "multipart/form-data", "application/x-www-form-urlencoded")
_BYTES = "application/octet-stream"
_NOT_SCHEMAS = {"example", "examples", "enum", "const", "default"}  # values, not schemas: never rewritten
_SCHEMAS = "#/components/schemas/"
_LOCATIONS = ("path", "query", "header", "cookie")  # openapi-python-client's order of an endpoint's parameters
_WIRE_NAMES = "x-usage-clients-wire-names"  # a schema's stand-in property keys, and the keys on the wire
# What a component that only names another may say beside it: nothing a class or a field would show.
_ALIAS_KEYS = {"allOf", "anyOf", "oneOf", "type", "description", "title", "example", "examples", "deprecated"}


def prepared(document: Json) -> Json:
    """A copy of `document` with the rewrites above applied; `document` itself is left as it is."""
    result = copy.deepcopy(document)
    for node in _all_schemas(result):
        if isinstance(node.get("default"), dict | list):
            del node["default"]
    for media in _contents(result):
        for media_type in [name for name in media if not name.startswith(_UNDERSTOOD) and "json" not in name]:
            body = media.pop(media_type)
            media.setdefault(_BYTES, {**body, "schema": {"type": "string", "format": "binary"}})
    for parameter in _parameters(result):
        if parameter.get("in") == "header":
            _default_single_value(parameter)
        if isinstance(parameter.get("content"), dict) and "schema" not in parameter:
            content: Json = next(iter(parameter.pop("content").values()), {})
            parameter["schema"] = (content.get("schema") if isinstance(content, dict) else None) or {}
    _hoist_deep_references(result)
    _replace_aliases(result)
    _set_apart_properties(result)
    _set_apart_parameters(result)
    _name_operations(result)
    _name_classes(result)
    _name_enum_members(result)
    return result


_DEEP_REFERENCE = re.compile(r"#/components/([^/]+)/([^/]+)/(.+)")


def _hoist_deep_references(document: Json) -> None:
    components = document.get("components") or {}
    hoisted: dict[str, str] = {}  # deep reference -> the component that now holds its node
    pending = [document]
    while pending:
        holders = [node for node in _all_nodes(pending.pop()) if isinstance(node.get("$ref"), str)]
        for node in holders:  # hoisting adds components: walk first
            match = _DEEP_REFERENCE.fullmatch(node["$ref"])
            if match is None or match.group(1) not in components:
                continue
            if node["$ref"] not in hoisted:
                target = resolve_pointer(document, node["$ref"])
                if target is None:
                    continue
                # The node is a schema when it is inside one, or a body's (`.../content/<type>/schema`).
                inner = match.group(3).split("/")
                kind = "schemas" if match.group(1) == "schemas" or "schema" in inner else match.group(1)
                section = components.setdefault(kind, {})
                words = [match.group(2), *(part.replace("~1", " ").replace("~0", " ") for part in inner)]
                name = "".join(word[:1].upper() + word[1:] for word in re.findall(r"[0-9A-Za-z]+", " ".join(words)))
                while name in section:
                    name += "_"
                section[name] = copy.deepcopy(target)
                hoisted[node["$ref"]] = f"#/components/{kind}/{name}"
                pending.append(section[name])
            node["$ref"] = hoisted[node["$ref"]]


def _replace_aliases(document: Json) -> None:
    schemas = (document.get("components") or {}).get("schemas") or {}
    aliases = {f"{_SCHEMAS}{name}": target for name, schema in schemas.items() if (target := _aliased(schema))}
    if not aliases:
        return

    def resolved(reference: str) -> str:
        seen = set()
        while reference in aliases and reference not in seen:  # an alias of an alias; a cycle stays as it is
            seen.add(reference)
            reference = aliases[reference]
        return reference

    for node in _all_nodes(document):
        if isinstance(node.get("$ref"), str):
            node["$ref"] = resolved(node["$ref"])
        mapping = node.get("mapping") if isinstance(node.get("propertyName"), str) else None
        if isinstance(mapping, dict):  # a discriminator's mapping names schemas by reference too
            node["mapping"] = {
                key: resolved(value) if isinstance(value, str) else value for key, value in mapping.items()
            }
    for reference in aliases:
        if resolved(reference) != reference:
            del schemas[reference.removeprefix(_SCHEMAS)]


def _aliased(schema: Json) -> str | None:
    """The component `schema` only names: one `allOf`/`anyOf`/`oneOf` member, a `$ref` and nothing else."""
    if not isinstance(schema, dict) or not _ALIAS_KEYS.issuperset(key for key in schema if not key.startswith("x-")):
        return None
    members = [member for keyword in ("allOf", "anyOf", "oneOf") for member in schema.get(keyword) or []]
    if len(members) != 1 or not isinstance(members[0], dict) or set(members[0]) != {"$ref"}:
        return None
    target = members[0]["$ref"]
    return target if isinstance(target, str) and target.startswith(_SCHEMAS) else None


def _all_nodes(node: Json) -> Iterator[dict[str, Json]]:
    if isinstance(node, dict):
        yield node
        for key, value in node.items():
            if key not in _NOT_SCHEMAS:
                yield from _all_nodes(value)
    elif isinstance(node, list):
        for item in node:
            yield from _all_nodes(item)


def _parameters(document: Json) -> Iterator[dict[str, Json]]:
    declared = [*((document.get("components") or {}).get("parameters") or {}).values()]
    for item in (document.get("paths") or {}).values():
        if isinstance(item, dict):
            declared += item.get("parameters") or []
            declared += [
                p
                for operation in item.values()
                if isinstance(operation, dict)
                for p in operation.get("parameters") or []
            ]
    yield from (p for p in declared if isinstance(p, dict))


def _default_single_value(parameter: dict[str, Json]) -> None:
    schema = parameter.get("schema")
    if not isinstance(schema, dict) or "default" in schema:
        return
    values = [schema["const"]] if "const" in schema else schema.get("enum") or []
    if len(values) == 1:
        schema["default"] = values[0]
        parameter["required"] = False  # it is always sent: its default is the value


def _all_schemas(document: Json) -> Iterator[dict[str, Json]]:
    """Every schema of the document: the components', and each `schema` of a parameter, body or header."""
    for schema in ((document.get("components") or {}).get("schemas") or {}).values():
        yield from _schema_nodes(schema)
    yield from (node for schema in _values_of(document, "schema") for node in _schema_nodes(schema))


def _values_of(node: Json, wanted: str) -> Iterator[Json]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == wanted:
                yield value
            elif key not in _NOT_SCHEMAS:
                yield from _values_of(value, wanted)
    elif isinstance(node, list):
        for item in node:
            yield from _values_of(item, wanted)


def _schema_nodes(schema: Json) -> Iterator[dict[str, Json]]:
    """`schema` and the schemas inside it (properties, items, members of a union...)."""
    if not isinstance(schema, dict):
        return
    yield schema
    for keyword in ("items", "additionalProperties", "not"):
        yield from _schema_nodes(schema.get(keyword))
    for keyword in ("allOf", "anyOf", "oneOf", "prefixItems"):
        for member in schema.get(keyword) or []:
            yield from _schema_nodes(member)
    for member in (schema.get("properties") or {}).values():
        yield from _schema_nodes(member)


def _contents(document: Json) -> Iterator[dict[str, Json]]:
    """Every `content` map of a request body or a response."""
    for _, _, operation in _operations(document):
        for body in [operation.get("requestBody"), *(operation.get("responses") or {}).values()]:
            if isinstance(body, dict) and isinstance(body.get("content"), dict):
                yield body["content"]
    for group in ("requestBodies", "responses"):
        for body in ((document.get("components") or {}).get(group) or {}).values():
            if isinstance(body, dict) and isinstance(body.get("content"), dict):
                yield body["content"]


def _name_classes(document: Json) -> None:
    """Each class a schema becomes gets a unique ASCII name; where it is not the one openapi-python-client would
    make, the schema's `title` says it (a `title` names the class and leaves every `$ref` as it is)."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    classes = Namespace(_RESERVED_CLASSES, key=lambda name: file_key(_module(name)))
    components = {name: schema for name, schema in schemas.items() if isinstance(schema, dict)}
    names = {
        component: _name_class(schema, str(schema.get("title") or component), classes)
        for component, schema in components.items()
    }
    for component, schema in components.items():
        _name_titled_classes(schema, component, classes)
        _name_inline_classes(schema, names[component], classes)
    for path, method, operation in _operations(document):
        name = _operation_name(path, method, operation)
        for prefix, schema in _inline_bodies(operation):
            _name_titled_classes(schema, name, classes)
            if "title" not in schema and schema.get("type") == "object":
                schema_name = _name_class(schema, f"{name} {prefix}", classes, _class(pascal_case(name) + prefix))
                _name_inline_classes(schema, schema_name, classes)


def _name_titled_classes(schema: dict[str, Json], owner: str, classes: Namespace) -> None:
    """The inline models of `schema` with a `title`, which names them; the later of one title get `owner`'s name in
    front."""
    for node in _schema_nodes(schema):
        title = node.get("title")
        if node is not schema and isinstance(title, str) and _is_model(node):
            if _class(title) in classes:
                node["title"] = title = f"{owner} {title}"
            _name_class(node, title, classes)


def _inline_bodies(operation: dict[str, Json]) -> Iterator[tuple[str, dict[str, Json]]]:
    """(how openapi-python-client names it after the operation, schema) of each body and response written inline
    in `operation`: a shared one (`$ref`) is named where it is declared."""
    bodies = [("Body", operation.get("requestBody"))]
    bodies += [(f"Response{pascal_case(str(code))}", body) for code, body in (operation.get("responses") or {}).items()]
    for prefix, body in bodies:
        content = body.get("content") if isinstance(body, dict) else None
        schemas = [media.get("schema") for media in content.values() if isinstance(media, dict)] if content else []
        if prefix == "Body" and len(schemas) > 1:
            continue  # each is named after its media type too
        schema = next(iter(schemas), None)
        if isinstance(schema, dict) and "$ref" not in schema:
            yield prefix, schema


def _name_class(schema: dict[str, Json], text: str, classes: Namespace, wanted: str | None = None) -> str:
    """`schema`'s class: `wanted` (else the one openapi-python-client makes of `text`), or one made of `text`."""
    wanted = wanted or _class(text)
    name = classes.class_name(wanted, source=text)
    if name != wanted:
        schema["title"] = name
    return name


def _name_inline_classes(schema: dict[str, Json], parent: str, classes: Namespace) -> None:
    """The untitled objects among `schema`'s properties, named `<parent><Property>` by openapi-python-client."""
    for key, member in (schema.get("properties") or {}).items():
        while isinstance(member, dict) and isinstance(member.get("items"), dict) and "title" not in member:
            member, key = member["items"], f"{key}_item"  # an array's items are named after it
        if not isinstance(member, dict) or "title" in member or "$ref" in member:
            continue
        wanted = _class(f"{pascal_case(parent)}{pascal_case(str(key))}")
        if "enum" in member:  # an inline enum of the same values elsewhere is the same class: only made ASCII
            if not wanted.isascii():
                member["title"] = _class(ascii_text(str(key))) or "Value"
        elif _is_model(member):
            _name_inline_classes(
                member, _name_class(member, f"{parent} {ascii_text(str(key)) or 'Property'}", classes, wanted), classes
            )


def _set_apart_properties(document: Json) -> None:
    """A property openapi-python-client cannot tell from an earlier one of its schema in Python (`a b` and `a-b`
    are `a_b` to it, and `ab` even by their raw names: it drops the model) is handed to it under a stand-in key
    (`a-b_2`); the schema's `x-usage-clients-wire-names` says which, and `name_attributes` puts the key back."""
    for node in _all_schemas(document):
        properties = node.get("properties")
        if not isinstance(properties, dict):
            continue
        forms: set[tuple[str, str]] = set()
        stand_ins: dict[str, str] = {}  # wire key -> the key openapi-python-client reads
        for key in map(str, properties):
            stand_in = key
            for number in count(2):
                if _forms(stand_in) not in forms and (stand_in == key or stand_in not in properties):
                    break
                stand_in = f"{key}_{number}"
            forms.add(_forms(stand_in))
            if stand_in != key:
                stand_ins[key] = stand_in
        if stand_ins:
            node["properties"] = {stand_ins.get(key, key): value for key, value in properties.items()}
            if isinstance(node.get("required"), list):
                node["required"] = [stand_ins.get(key, key) for key in node["required"]]
            node[_WIRE_NAMES] = {stand_in: key for key, stand_in in stand_ins.items()}


def _set_apart_parameters(document: Json) -> None:
    """Parameters of one location openapi-python-client cannot tell apart in Python (`1` and `1.`: it drops the
    operation) are handed to it under stand-in names, as properties are; the operation's
    `x-usage-clients-wire-names` says which (`query 1._2` -> `1.`), and `name_attributes` puts the names back.
    The operation then lists every parameter it takes itself, as openapi-python-client reads them."""
    for path, _, operation in _operations(document):
        shared = document["paths"][path].get("parameters") or []
        own = [_dereferenced(document, parameter) for parameter in operation.get("parameters") or []]
        overridden = {(parameter.get("name"), parameter.get("in")) for parameter in own}
        inherited = [_dereferenced(document, parameter) for parameter in shared]
        parameters = own + [p for p in inherited if (p.get("name"), p.get("in")) not in overridden]
        stand_ins: dict[str, str] = {}  # "<location> <stand-in>" -> the name on the wire
        taken: list[tuple[str, str]] = []
        order = {location: rank for rank, location in enumerate(_LOCATIONS)}
        for index in sorted(range(len(parameters)), key=lambda i: order.get(str(parameters[i].get("in")), len(order))):
            location, name = str(parameters[index].get("in")), str(parameters[index].get("name"))
            stand_in = name
            for number in count(2):  # a path parameter's name is in the path: another one gives way
                if location == "path" or _told_apart([*taken, (location, stand_in)]):
                    break
                stand_in = f"{name}_{number}"
            taken.append((location, stand_in))
            if stand_in != name:
                parameters[index] = {**parameters[index], "name": stand_in}
                stand_ins[f"{location} {stand_in}"] = name
        if stand_ins:
            operation["parameters"] = parameters
            operation[_WIRE_NAMES] = stand_ins


def _told_apart(parameters: list[tuple[str, str]]) -> bool:
    """Whether openapi-python-client gives these (location, name) parameters Python names of their own, as
    `Endpoint._check_parameters_for_conflicts` does: a clash across locations adds the location, one within a
    location falls back to the raw names, and a parameter that already had to give way may not clash again."""
    names = [str(PythonIdentifier(name, _PREFIX)) for _, name in parameters]
    modified: set[tuple[str, str]] = set()
    while True:
        before = set(modified)
        used: dict[str, int] = {}
        for index, (location, name) in enumerate(parameters):
            if names[index] in ("client", "url"):
                names[index] = str(PythonIdentifier(f"{names[index]}_{location}", _PREFIX))
                modified.add((location, name))
                continue
            other = used.pop(names[index], None)
            if other is None:
                used[names[index]] = index
                continue
            other_location, other_name = parameters[other]
            if (other_location, other_name) in modified or (location, name) in modified:
                return False
            if location != other_location:
                names[other] = str(PythonIdentifier(f"{names[other]}_{other_location}", _PREFIX))
                names[index] = str(PythonIdentifier(f"{names[index]}_{location}", _PREFIX))
            elif other_name != name:
                names[other] = str(PythonIdentifier(other_name, _PREFIX, skip_snake_case=True))
                names[index] = str(PythonIdentifier(name, _PREFIX, skip_snake_case=True))
            modified |= {(location, other_name), (other_location, other_name)}  # as it records them
            used[names[index]], used[names[other]] = index, other
        if not modified or modified == before:
            return True


def _dereferenced(document: Json, parameter: Json) -> dict[str, Json]:
    reference = parameter.get("$ref") if isinstance(parameter, dict) else None
    target = resolve_pointer(document, reference) if isinstance(reference, str) else parameter
    return target if isinstance(target, dict) else {}


def _forms(key: str) -> tuple[str, str]:
    """The Python names openapi-python-client gives a property: its own, then the one it tries when two clash."""
    return str(PythonIdentifier(key, _PREFIX)), str(PythonIdentifier(key, _PREFIX, skip_snake_case=True))


def _name_operations(document: Json) -> None:
    """Each operation's module (`api/<tag>/<name>.py`, and its key in `testing.EXAMPLES`) gets a unique ASCII
    name, in document order: the first of a name keeps it, a later one is named after its method and path as
    an operation without an operationId is (`get_v1_projects_usage`). Its tag gets an ASCII name too."""
    operations = Namespace(_PACKAGE_INIT_NAMES, key=file_key)
    for path, method, operation in _operations(document):
        by_path = _by_path(path, method)
        operation_id = operation.get("operationId")
        plain = _operation_name(path, method, operation)
        if plain.isascii() and plain not in operations:
            name = operations.identifier(plain)
        else:
            source = by_path if operation_id is None else str(operation_id)
            transliterated = _identifier(source) if ascii_text(source).strip("_") else by_path
            name = operations.identifier(by_path if transliterated in operations else transliterated)
        if name != plain:
            operation["operationId"] = name
        tags = operation.get("tags")
        if isinstance(tags, list) and tags and (tag := _tag(str(tags[0]))) != _plain_tag(str(tags[0])):
            operation["tags"] = [tag, *tags[1:]]


def _operations(document: Json) -> Iterator[tuple[str, str, dict[str, Json]]]:
    """(path, method, operation) of every operation, in the order openapi-python-client reads them."""
    for path, item in (document.get("paths") or {}).items():
        for method in _METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                yield str(path), method, operation


def _operation_name(path: str, method: str, operation: dict[str, Json]) -> str:
    """The module openapi-python-client makes of an operation: its operationId's, else its method and path's."""
    operation_id = operation.get("operationId")
    return _by_path(path, method) if operation_id is None else str(PythonIdentifier(str(operation_id), _PREFIX))


def _by_path(path: str, method: str) -> str:
    return str(generate_operation_id(path=UntrustedString(path), method=method, prefix=_PREFIX))


def _name_enum_members(document: Json) -> None:
    """A string enum whose members openapi-python-client would name badly (`a-b` and `a_b` both `A_B`, the
    second silently replacing the first; `é` as `É`) gets `x-enum-varnames`: each member's name made ASCII and
    unique, the first of a name keeping it. An enum it names well is left as it is."""
    for node in _all_schemas(document):
        values = node.get("enum")
        if not isinstance(values, list) or not values or not all(isinstance(value, str) for value in values):
            continue
        given = node.get("x-enum-varnames")
        if not isinstance(given, list) or len(given) != len(values):  # openapi-python-client's own naming
            given = [value.upper() if value[:1].isalpha() else f"VALUE_{index}" for index, value in enumerate(values)]
        wanted = [snake_case(str(name)).upper() for name in given]
        members = Namespace()
        names = [members.identifier(name.lower(), fallback=f"value_{i}").upper() for i, name in enumerate(wanted)]
        if names != wanted:
            node["x-enum-varnames"] = names


def _tag(tag: str) -> str:
    """A tag's package under `api/`: openapi-python-client's name made ASCII. Tags that then read alike are one
    package, as openapi-python-client makes one of `Usage` and `usage`."""
    name = _plain_tag(tag)
    if not name.isascii():
        name = str(PythonIdentifier(ascii_text(tag) or "tag", "tag"))
    return f"tag_{name}" if name in _PACKAGE_INIT_NAMES else name


def _plain_tag(tag: str) -> str:
    return str(PythonIdentifier(tag, "tag"))


def _identifier(text: str) -> str:
    return str(PythonIdentifier(ascii_text(text), _PREFIX))


def _class(title: str) -> str:
    """The class openapi-python-client makes of a schema's title or name (`Class.from_string`)."""
    return str(ClassName(title.rsplit("/", 1)[-1], _PREFIX))


def _module(class_name: str) -> str:
    """The module openapi-python-client puts a class in."""
    return str(PythonIdentifier(class_name, _PREFIX))


def _is_model(node: dict[str, Json]) -> bool:
    """An inline schema that becomes a class of its own: an object, or an enum."""
    return node.get("type") == "object" or bool(node.get("properties")) or "enum" in node


def name_attributes(openapi: GeneratorData, config: Config, document: Json) -> None:
    """Make each Python name openapi-python-client gave a model's attribute or an operation's argument ASCII and
    unique in its scope, and keep it off the names its module uses (imports, locals); the name on the wire stays.

    This runs on the parsed document: a property's Python name is made from its wire name, which the spec
    must keep. openapi-python-client already tells `fooBar` from `foo_bar`; `used` with a fullwidth `u` and
    `used`, which Python reads as one, it does not.
    """
    for model in openapi.models:  # first every wire name put back: an `allOf` shares its members' properties
        stand_ins = (model.data.model_extra or {}).get(_WIRE_NAMES) or {}
        for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
            if (wire := stand_ins.get(prop.name.get_untrusted_value())) is not None:
                object.__setattr__(prop, "name", UntrustedString(wire))
    for model in openapi.models:
        attributes = Namespace(_MODEL_NAMES)
        for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
            _rename(prop, attributes.identifier(prop.python_name, source=prop.name.get_untrusted_value()), config)
    stand_ins = {
        operation_key(method, path): operation.get(_WIRE_NAMES) or {}
        for path, method, operation in _operations(document)
    }
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            wire_names = stand_ins.get(operation_key(endpoint.method, endpoint.path.get_untrusted_value()), {})
            for location, parameter in endpoint.iter_all_parameters():
                if (wire := wire_names.get(f"{location.value} {parameter.name.get_untrusted_value()}")) is not None:
                    object.__setattr__(parameter, "name", UntrustedString(wire))
            arguments = Namespace(_ENDPOINT_NAMES)
            for _, parameter in endpoint.iter_all_parameters():
                old = str(parameter.python_name)
                new = arguments.identifier(old, source=parameter.name.get_untrusted_value())
                renamed = _rename(parameter, new, config)
                if renamed and parameter in endpoint.path_parameters:  # the path names it: `/things/{thing_id}`
                    path = endpoint.path.get_untrusted_value()
                    endpoint.path = UntrustedString(path.replace(f"{{{old}}}", f"{{{new}}}"))


def _rename(prop: PropertyProtocol, name: str, config: Config) -> bool:
    """Give `prop` the Python `name`, and the members of a union or list the locals' names made of it."""
    renamed = name != prop.python_name
    if renamed:
        prop.set_python_name(UntrustedString(name), config=config, skip_snake_case=True)
    for suffix, inner in _members(prop):  # openapi-python-client names them after the wire name, or a title
        _rename(inner, f"{name}_{suffix}" if renamed or not inner.python_name.isascii() else inner.python_name, config)
    return renamed


def _members(prop: PropertyProtocol) -> list[tuple[str, PropertyProtocol]]:
    if isinstance(prop, UnionProperty):
        return [(f"type_{index}", inner) for index, inner in enumerate(prop.inner_properties)]
    return [("item", prop.inner_property)] if isinstance(prop, ListProperty) else []
