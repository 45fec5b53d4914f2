"""Reading a spec: parse the YAML, validate the OpenAPI, and extract what templates cannot see.

openapi-python-client ignores `servers`, `securitySchemes` and a parameter's `style`/`explode`; the
generator reads them here and hands them to our templates, so every runtime default comes from the spec.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from .documents import Document, load_document
from .errors import SpecError
from .manifest import AuthScheme

Json = Any  # what json.loads returns: dict, list, str, int, float, bool, None

# The part of an apiKey header value before the key (e.g. "Token"): OpenAPI has no field for it.
AUTH_PREFIX_EXTENSION = "x-auth-prefix"


@dataclass(frozen=True)
class Server:
    name: str  # "production", "staging", "mock": see _server_name
    url: str
    description: str


@dataclass(frozen=True)
class Spec:
    path: Path
    document: dict[str, Json]
    servers: tuple[Server, ...]
    auth: AuthScheme
    # Query parameters sent as one comma-joined value (`style: form, explode: false`), as "method path name".
    unexploded_parameters: frozenset[str]
    source: "Source"  # to point at a place in the spec in an error

    @property
    def default_server(self) -> Server:
        """The server a client talks to unless told otherwise: "production" where there is one."""
        return next((server for server in self.servers if server.name == "production"), self.servers[0])


# Where a spec came from, to point at a place in it: `.error(message, *pointer)` names the file and the line.
Source = Document


def load_spec(path: Path, *, shown_as: Path | None = None, auth: AuthScheme | None = None) -> Spec:
    """Parse and validate the spec at `path`; errors name it `shown_as` (default: `path`).

    `auth` (from the manifest) is the scheme to use when the spec declares no security at all.
    """
    name = shown_as or path
    source = load_document(path, shown_as=name)
    document = source.data
    if not isinstance(document, dict):
        raise SpecError(name, "not an OpenAPI document (expected a mapping at the top level)")
    _check_references(document, source)
    try:
        validate(document)
    except OpenAPIValidationError as error:
        raise source.error(f"invalid OpenAPI: {error.message}", *error.path) from error
    return Spec(
        path=path,
        document=document,
        servers=_servers(document, source),
        auth=_auth(document, source, auth),
        unexploded_parameters=_unexploded_parameters(document, source),
        source=source,
    )


def _check_references(document: Json, source: Source) -> None:
    """Every $ref must point inside the document: specs are self-contained."""
    for pointer, target in _references(document, []):
        if not target.startswith("#/"):
            raise source.error(f"$ref {target!r} leaves the document", *pointer)
        if _resolve(document, target) is None:
            raise source.error(f"$ref {target!r} points to nothing", *pointer)


def _references(node: Json, pointer: list[str | int]) -> Iterator[tuple[list[str | int], str]]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield [*pointer, "$ref"], node["$ref"]
        for key, value in node.items():
            yield from _references(value, [*pointer, key])
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _references(item, [*pointer, index])


def dereferenced(document: Json, node: Json) -> Json:
    """`node`, or what its `$ref` (or chain of them) points to; None for a reference that resolves to nothing."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node = _resolve(document, node["$ref"])
    return node


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


def operation_key(method: str, path: str) -> str:
    """An operation's key whatever its path parameters are called: `get /v1/subscriptions/{}/usage`.

    openapi-python-client renames them (`{subscriptionId}` becomes `{subscription_id}`).
    """
    return f"{method.lower()} {re.sub(r'[{][^}]*[}]', '{}', path)}"


# A server's name, when the spec gives none: host names that say nothing about the environment.
_GENERIC_HOSTS = {"api", "www", "app", "rest", "public"}
SERVER_NAME_EXTENSION = "x-fern-server-name"  # how Fern-made specs name their servers


def _servers(document: Json, source: Source) -> tuple[Server, ...]:
    servers = []
    for server in document.get("servers") or []:
        description = server.get("description") or ""
        url = server["url"].rstrip("/")
        servers.append(Server(name=_server_name(server, url), url=url, description=description))
    if not servers:
        raise source.error("the spec declares no servers: a client needs a base URL", "servers")
    names = [server.name for server in servers]
    if len(set(names)) != len(names):
        raise source.error(f"server names must be unique, got {names}", "servers")
    return tuple(servers)


def _server_name(server: dict[str, Json], url: str) -> str:
    """`x-fern-server-name`, else the first word of the description, else the host (`staging.x.com`: staging).

    A host that names no environment (`api.example.com`) is the production server.
    """
    description = str(server.get("description") or "").split()
    named = server.get(SERVER_NAME_EXTENSION) or (description[0] if description else "")
    if named:
        return str(named).lower()
    host = urlsplit(url).hostname or ""
    label = host.split(".")[0] if host.count(".") >= 1 else host
    return "production" if not label or label in _GENERIC_HOSTS else label.lower()


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(document: Json) -> Iterator[tuple[str, str, dict[str, Json]]]:
    """(path, method, operation object) of every operation of the document, in document order."""
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method]


def _auth(document: Json, source: Source, manifest: AuthScheme | None) -> AuthScheme:
    """The scheme of the first security requirement of the first operation (or the document).

    A spec that declares no security at all (GitHub's does not) takes its scheme from the manifest.
    """
    secured = (operation["security"] for _, _, operation in operations(document) if "security" in operation)
    requirements = next(secured, None) or document.get("security") or []
    if not requirements or not requirements[0]:
        if manifest is not None:
            return manifest
        raise source.error(
            "no operation has a security requirement: declare one, or give the provider an `auth` in "
            "scripts/providers.toml",
            "security",
        )
    scheme_name = next(iter(requirements[0]))
    scheme = document.get("components", {}).get("securitySchemes", {}).get(scheme_name)
    where = ("components", "securitySchemes", scheme_name)
    if scheme is None:
        raise source.error(f"security scheme {scheme_name!r} is not declared", *where[:2])
    match scheme:
        case {"type": "http", "scheme": str(kind)} if kind.lower() == "bearer":
            return AuthScheme(header="Authorization", prefix="Bearer")
        case {"type": "apiKey", "in": "header", "name": str(header)}:
            return AuthScheme(header=header, prefix=str(scheme.get(AUTH_PREFIX_EXTENSION, "")))
    raise source.error(f"security scheme {scheme_name!r} is not supported: use http bearer or an apiKey header", *where)


# How parameters may be serialized: OpenAPI's defaults for each location (and `explode: false` query arrays).
_SUPPORTED_STYLES = {("query", "form"), ("path", "simple"), ("header", "simple"), ("cookie", "form")}


def _unexploded_parameters(document: Json, source: Source) -> frozenset[str]:
    """Array query parameters to send comma-joined; any other serialization we cannot honour is an error."""
    found = set()
    for path, method, operation in operations(document):
        path_parameters = document["paths"][path].get("parameters", [])
        declared_at: list[tuple[str | int, ...]] = [("parameters", index) for index in range(len(path_parameters))]
        declared_at += [(method, "parameters", index) for index in range(len(operation.get("parameters", [])))]
        for where, declared in zip(declared_at, [*path_parameters, *operation.get("parameters", [])], strict=True):
            parameter = _resolve(document, declared["$ref"]) if "$ref" in declared else declared
            if not isinstance(parameter, dict):  # a dangling $ref, reported by _check_references
                continue
            location = parameter.get("in")
            style = parameter.get("style", "form" if location in ("query", "cookie") else "simple")
            explode = parameter.get("explode", style == "form")
            if location == "query" and (style, explode) == ("form", False):
                found.add(f"{operation_key(method, path)} {parameter['name']}")
            elif (location, style) not in _SUPPORTED_STYLES:
                raise source.error(
                    f"parameter {parameter.get('name')!r}: style {style!r} in {location} is not supported "
                    "(OpenAPI's default style for its location, or `style: form, explode: false` in the query)",
                    "paths",
                    path,
                    *where,
                )
    return frozenset(found)
