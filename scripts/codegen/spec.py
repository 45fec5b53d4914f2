"""Reading a spec: parse the YAML, validate the OpenAPI, and extract what templates cannot see.

openapi-python-client ignores `servers`, `securitySchemes` and a parameter's `style`/`explode`; the
generator reads them here and hands them to our templates, so every runtime default comes from the spec.
"""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.scalarbool import ScalarBoolean

from .errors import SpecError

Json = Any  # what json.loads returns: dict, list, str, int, float, bool, None

# The part of an apiKey header value before the key (e.g. "Token"): OpenAPI has no field for it.
AUTH_PREFIX_EXTENSION = "x-auth-prefix"


@dataclass(frozen=True)
class Server:
    name: str  # first word of the description, lower-cased: "production", "staging", "mock"
    url: str
    description: str


@dataclass(frozen=True)
class AuthScheme:
    header: str  # e.g. "Authorization" or "x-api-key"
    prefix: str  # e.g. "Bearer", "Token", or "" for a bare key


@dataclass(frozen=True)
class Spec:
    path: Path
    document: dict[str, Json]
    servers: tuple[Server, ...]
    auth: AuthScheme
    # Query parameters sent as one comma-joined value (`style: form, explode: false`), as "method path name".
    unexploded_parameters: frozenset[str]

    @property
    def default_server(self) -> Server:
        """The server a client talks to unless told otherwise: "production" where there is one."""
        return next((server for server in self.servers if server.name == "production"), self.servers[0])


def load_spec(path: Path, *, shown_as: Path | None = None) -> Spec:
    """Parse and validate the spec at `path`; errors name it `shown_as` (default: `path`)."""
    name = shown_as or path
    tree = _parse_yaml(path, name)
    if not isinstance(tree, dict):
        raise SpecError(name, "not an OpenAPI document (expected a mapping at the top level)")
    document = _plain(tree)
    _check_references(tree, document, name)
    try:
        validate(document)
    except OpenAPIValidationError as error:
        pointer = list(error.path)
        raise SpecError(
            name, f"invalid OpenAPI: {error.message}", line=_line_of(tree, pointer), pointer=_show(pointer)
        ) from error
    return Spec(
        path=path,
        document=document,
        servers=_servers(document, name),
        auth=_auth(document, name),
        unexploded_parameters=_unexploded_parameters(document, name),
    )


def _parse_yaml(path: Path, name: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(name, f"cannot read: {error}") from error
    try:
        return YAML(typ="rt", pure=True).load(text)
    except MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else None
        raise SpecError(name, f"invalid YAML: {error.problem or error.context}", line=line) from error
    except YAMLError as error:
        raise SpecError(name, f"invalid YAML: {error}") from error


def _plain(node: object) -> Json:
    """The document as JSON data: YAML timestamps become the ISO strings JSON would carry."""
    if isinstance(node, dict):
        return {str(key): _plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_plain(item) for item in node]
    if isinstance(node, datetime.date):
        return node.isoformat()
    if isinstance(node, bool | ScalarBoolean):
        return bool(node)
    if node is None:
        return None
    for kind in (int, float, str):
        if isinstance(node, kind):
            return kind(node)
    raise TypeError(f"unexpected YAML node {node!r}")


def _check_references(tree: object, document: Json, name: Path) -> None:
    """Every $ref must point inside the document: specs are self-contained."""
    for pointer, target in _references(document, []):
        if not target.startswith("#/"):
            raise SpecError(
                name, f"$ref {target!r} leaves the document", line=_line_of(tree, pointer), pointer=_show(pointer)
            )
        if _resolve(document, target) is None:
            raise SpecError(
                name, f"$ref {target!r} points to nothing", line=_line_of(tree, pointer), pointer=_show(pointer)
            )


def _references(node: Json, pointer: list[str | int]) -> Iterator[tuple[list[str | int], str]]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield [*pointer, "$ref"], node["$ref"]
        for key, value in node.items():
            yield from _references(value, [*pointer, key])
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _references(item, [*pointer, index])


def _resolve(document: Json, reference: str) -> Json | None:
    node = document
    for raw in reference[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def _line_of(tree: object, pointer: list[Any]) -> int | None:
    """The 1-based line of the deepest node on `pointer` that the YAML tree knows."""
    line = None
    node = tree
    for part in pointer:
        try:
            if isinstance(node, CommentedMap):
                position, child = node.lc.key(part), node[part]
            elif isinstance(node, CommentedSeq):
                position, child = node.lc.item(part), node[part]
            else:
                break
        except (KeyError, IndexError, TypeError):
            break
        line = position[0] + 1
        node = child
    return line


def _show(pointer: list[Any]) -> str:
    return "/".join(str(part) for part in pointer)


def _servers(document: Json, name: Path) -> tuple[Server, ...]:
    servers = []
    for index, server in enumerate(document.get("servers") or []):
        description = server.get("description") or ""
        if not description.strip():
            raise SpecError(
                name, "every server needs a description: its first word names it", pointer=f"servers/{index}"
            )
        servers.append(
            Server(name=description.split()[0].lower(), url=server["url"].rstrip("/"), description=description)
        )
    if not servers:
        raise SpecError(name, "the spec declares no servers")
    names = [server.name for server in servers]
    if len(set(names)) != len(names):
        raise SpecError(name, f"server names must be unique, got {names}", pointer="servers")
    return tuple(servers)


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(document: Json) -> Iterator[tuple[str, str, dict[str, Json]]]:
    """(path, method, operation object) of every operation of the document, in document order."""
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method]


def _auth(document: Json, name: Path) -> AuthScheme:
    """The scheme of the first security requirement of the first operation (or the document)."""
    secured = (operation["security"] for _, _, operation in operations(document) if "security" in operation)
    requirements = next(secured, None) or document.get("security") or []
    if not requirements or not requirements[0]:
        raise SpecError(name, "the operation has no security requirement")
    scheme_name = next(iter(requirements[0]))
    scheme = document.get("components", {}).get("securitySchemes", {}).get(scheme_name)
    where = f"components/securitySchemes/{scheme_name}"
    if scheme is None:
        raise SpecError(name, f"security scheme {scheme_name!r} is not declared", pointer=where)
    match scheme:
        case {"type": "http", "scheme": str(kind)} if kind.lower() == "bearer":
            return AuthScheme(header="Authorization", prefix="Bearer")
        case {"type": "apiKey", "in": "header", "name": str(header)}:
            return AuthScheme(header=header, prefix=str(scheme.get(AUTH_PREFIX_EXTENSION, "")))
    raise SpecError(name, "unsupported security scheme: use http bearer or an apiKey header", pointer=where)


# How parameters may be serialized: OpenAPI's defaults for each location (and `explode: false` query arrays).
_SUPPORTED_STYLES = {("query", "form"), ("path", "simple"), ("header", "simple"), ("cookie", "form")}


def _unexploded_parameters(document: Json, name: Path) -> frozenset[str]:
    """Array query parameters to send comma-joined; any other serialization we cannot honour is an error."""
    found = set()
    for path, method, operation in operations(document):
        path_parameters = document["paths"][path].get("parameters", [])
        for index, declared in enumerate([*path_parameters, *operation.get("parameters", [])]):
            parameter = _resolve(document, declared["$ref"]) if "$ref" in declared else declared
            if not isinstance(parameter, dict):  # a dangling $ref, reported by _check_references
                continue
            location = parameter.get("in")
            style = parameter.get("style", "form" if location in ("query", "cookie") else "simple")
            explode = parameter.get("explode", style == "form")
            if location == "query" and (style, explode) == ("form", False):
                found.add(f"{method} {path} {parameter['name']}")
            elif (location, style) not in _SUPPORTED_STYLES:
                raise SpecError(
                    name,
                    f"parameter {parameter.get('name')!r}: style {style!r} in {location} is not supported",
                    pointer=f"paths/{path}/{method}/parameters/{index}",
                )
    return frozenset(found)
