"""The typed view of a kept spec: the one model every generator decision reads.

`build_api` walks the validated document once, after derivation, and returns an `Api`: its servers, its
security schemes and, for each kept operation, its parameters (with their serialization), request
body, responses, security requirements, effective servers, deprecation and extensions. Decisions
(`auth.py`, `servers.py`, `endpoints.py`, `retry_policy.py`, `examples.py`, `reference.py`, ...) read
this model, never the raw document, so a new capability is one field here and one decision there.

`$ref`s are resolved here and only here, inside the document: a chain that loops is a SpecError.
"""

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from .deprecations import Deprecations, deprecations
from .errors import SpecError, SpecWarning
from .escaping import SpecText
from .limits import MAX_KEPT_OPERATIONS
from .pagination import Pagination, read_pagination

Json = Any  # what json.loads returns: dict, list, str, int, float, bool, None
Pointer = tuple[str | int, ...]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
LOCATIONS = ("path", "query", "header", "cookie")
# OpenAPI's default style of each parameter location.
DEFAULT_STYLES = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}


class Locator(Protocol):
    """Where a spec came from: turns a JSON pointer into an error naming its file and line."""

    def error(self, message: str, *pointer: str | int) -> SpecError: ...

    def warning(self, message: str, *pointer: str | int) -> SpecWarning: ...


def operation_key(method: str, path: str) -> str:
    """An operation's key whatever its path parameters are called: `get /v1/subscriptions/{}/usage`.

    openapi-python-client renames them (`{subscriptionId}` becomes `{subscription_id}`).
    """
    return f"{method.lower()} {re.sub(r'[{][^}]*[}]', '{}', path)}"


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # one of LOCATIONS
    style: str  # as declared, else the location's default
    explode: bool  # as declared, else true for `form`
    required: bool
    deprecated: bool
    description: str
    schema: Json  # dereferenced at its top; its `content`'s when it has `content` instead
    example: Json  # the parameter's own example; None when it has none
    pointer: Pointer  # where it is declared (an operation's or its path item's `parameters`, or a component)
    allow_reserved: bool = False  # `allowReserved`: a query value's reserved characters are sent unencoded
    media_type: str = ""  # of its `content` (the value is sent as that media type says); "" when it has `schema`


@dataclass(frozen=True)
class Content:
    media_type: str
    schema: Json  # as declared (a `$ref` stays one: model classes are named after components)
    examples: tuple[Json, ...]  # `example`, then each of `examples`' values, then the schema's own `example`


@dataclass(frozen=True)
class Response:
    status: str  # "200", "2XX" or "default", as the spec keys it
    description: str
    headers: tuple[str, ...]  # header names as declared
    content: tuple[Content, ...]

    @property
    def statuses(self) -> tuple[int, int] | None:
        """The range of statuses it documents (`2XX`: 200-299); None for `default`."""
        if self.status.isdigit():
            return int(self.status), int(self.status)
        if re.fullmatch(r"[1-5]XX", self.status.upper()):
            first = int(self.status[0]) * 100
            return first, first + 99
        return None

    @property
    def is_success(self) -> bool:
        statuses = self.statuses
        return statuses is not None and statuses[0] >= 200 and statuses[1] <= 299


@dataclass(frozen=True)
class RequestBody:
    required: bool
    content: tuple[Content, ...]


@dataclass(frozen=True)
class SecurityScheme:
    """A `components.securitySchemes` entry; the fields its `type` does not use are empty."""

    name: str  # its key in components.securitySchemes
    type: str  # "http", "apiKey", "oauth2", "openIdConnect", "mutualTLS"
    scheme: str = ""  # http: "basic", "bearer", ... (lower-cased)
    location: str = ""  # apiKey: "header", "query" or "cookie"
    parameter: str = ""  # apiKey: the header, query parameter or cookie that carries the key
    prefix: str = ""  # apiKey: what precedes the key in its header value (`x-auth-prefix`), e.g. "Token"
    flows: Mapping[str, Json] = field(default_factory=dict)  # oauth2: flow name -> flow object
    open_id_connect_url: str = ""
    description: str = ""


# One security requirement: the names of the schemes that must all be satisfied together, with their scopes.
Requirement = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class Server:
    url: str  # as declared, `{variables}` included, trailing slash dropped
    description: str
    variables: tuple[ServerVariable, ...]
    extensions: Mapping[str, Json]
    pointer: Pointer


@dataclass(frozen=True)
class Operation:
    key: str  # operation_key(method, path)
    method: str  # lower case
    path: str
    operation_id: str | None
    summary: str
    description: str
    tags: tuple[str, ...]
    deprecated: bool
    parameters: tuple[Parameter, ...]  # the path item's and the operation's; the operation's win by (name, in)
    request_body: RequestBody | None
    responses: tuple[Response, ...]  # in the spec's order
    # The requirements that apply (the operation's `security`, else the document's): any one of them
    # suffices; an empty requirement `()` among them makes authentication optional. None: nothing declared.
    security: tuple[Requirement, ...] | None
    servers: tuple[Server, ...]  # the operation's, else its path item's; () for the document's
    extensions: Mapping[str, Json]  # its `x-` keys
    pointer: Pointer  # ("paths", path, method)
    pagination: Pagination | None  # pagination.py: its `x-speakeasy-pagination`, checked
    deprecations: Deprecations  # deprecations.py: the operation, parameters and body fields marked deprecated

    def parameter(self, location: str, name: str) -> Parameter | None:
        return next((p for p in self.parameters if (p.location, p.name) == (location, name)), None)


@dataclass(frozen=True)
class Api:
    """What we keep of one provider's spec, typed."""

    openapi: str  # the document's `openapi` version, e.g. "3.1.0"
    title: str
    servers: tuple[Server, ...]
    security: tuple[Requirement, ...] | None  # the document's own requirements
    security_schemes: Mapping[str, SecurityScheme]
    operations: tuple[Operation, ...]  # in document order
    warnings: tuple[SpecWarning, ...]  # the publisher's mistakes this view works around
    document: Json = field(repr=False)  # the validated document, for what stays schema-level (models, unions)
    source: Locator = field(repr=False)

    def operation(self, key: str) -> Operation | None:
        return next((operation for operation in self.operations if operation.key == key), None)

    def resolve(self, node: Json, *pointer: str | int) -> Json:
        """`node`, or what its `$ref` chain points to; `pointer` (where `node` is) names it in an error."""
        return resolve(self.document, node, self.source, pointer)


def resolve(document: Json, node: Json, source: Locator, pointer: Pointer = ()) -> Json:
    """`node`, or what its chain of local `$ref`s points to; a dangling or looping chain is a SpecError."""
    seen: list[str] = []
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        reference = node["$ref"]
        if reference in seen:
            raise source.error(f"$ref cycle: {' -> '.join([*seen, reference])}", *pointer)
        seen.append(reference)
        node = resolve_pointer(document, reference)
        if node is None:
            raise source.error(f"$ref {reference!r} points to nothing inside the document", *pointer)
    return node


def resolve_pointer(document: Json, reference: str) -> Json | None:
    """The node a local reference (`#/components/schemas/Usage`) names; None when it names none."""
    if not reference.startswith("#"):
        return None
    node = document
    for raw in reference[2:].split("/") if reference != "#" else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def build_api(document: Json, source: Locator) -> Api:
    """The typed view of a validated document (see the module docstring)."""
    components = document.get("components") or {}
    schemes = {
        name: _security_scheme(name, resolve(document, scheme, source, ("components", "securitySchemes", name)))
        for name, scheme in (components.get("securitySchemes") or {}).items()
    }
    operations = tuple(_operations(document, source))
    if len(operations) > MAX_KEPT_OPERATIONS:
        raise source.error(f"{len(operations)} operations: more than the limit of {MAX_KEPT_OPERATIONS}", "paths")
    security = _requirements(document.get("security"))
    warnings = []
    if schemes and security is None and all(operation.security is None for operation in operations):
        # Declared but required nowhere (Turso, Vonage): the publisher meant them. Any one of them will do.
        security = tuple(((name, ()),) for name in schemes)
        operations = tuple(replace(operation, security=security) for operation in operations)
        warnings.append(
            source.warning(
                f"no operation requires a security scheme: every request is sent with one of {', '.join(schemes)} "
                "(to say otherwise, add `security` in an overlay)",
                "components",
                "securitySchemes",
            )
        )
    return Api(
        openapi=SpecText(document.get("openapi", "")),
        title=SpecText((document.get("info") or {}).get("title", "")),
        servers=_servers(document.get("servers"), ("servers",)),
        security=security,
        security_schemes=schemes,
        operations=operations,
        warnings=tuple(warnings),
        document=document,
        source=source,
    )


def _operations(document: Json, source: Locator) -> Iterator[Operation]:
    for path, declared_item in (document.get("paths") or {}).items():
        item = resolve(document, declared_item, source, ("paths", path))
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            where: Pointer = ("paths", path, method)
            security = operation.get("security", document.get("security"))
            inherited = item.get("parameters") or []

            def below(message: str, *pointer: str | int, at: Pointer = where) -> SpecError:
                return source.error(message, *at, *pointer)

            def resolved(node: Json, at: Pointer = where) -> Json:
                return resolve(document, node, source, at)

            yield Operation(
                key=operation_key(method, path),
                method=method,
                path=path,
                operation_id=operation.get("operationId"),
                summary=SpecText(operation.get("summary") or ""),
                description=SpecText(operation.get("description") or ""),
                tags=tuple(SpecText(tag) for tag in operation.get("tags") or ()),
                deprecated=operation.get("deprecated") is True,
                parameters=_parameters(document, source, path, item, method, operation),
                request_body=_request_body(document, source, operation.get("requestBody"), (*where, "requestBody")),
                responses=tuple(
                    _response(document, source, SpecText(status), response, (*where, "responses", SpecText(status)))
                    for status, response in (operation.get("responses") or {}).items()
                ),
                security=_requirements(security),
                servers=_servers(operation.get("servers"), (*where, "servers"))
                or _servers(item.get("servers"), ("paths", path, "servers")),
                extensions={key: value for key, value in operation.items() if key.startswith("x-")},
                pointer=where,
                pagination=read_pagination(operation, resolved, below, inherited),
                deprecations=deprecations(operation, resolved, inherited),
            )


def _parameters(
    document: Json, source: Locator, path: str, item: Json, method: str, operation: Json
) -> tuple[Parameter, ...]:
    found: dict[tuple[str, str], Parameter] = {}
    declared = [
        *(
            (("paths", path, "parameters", index), parameter)
            for index, parameter in enumerate(item.get("parameters") or [])
        ),
        *(
            (("paths", path, method, "parameters", index), parameter)
            for index, parameter in enumerate(operation.get("parameters") or [])
        ),
    ]
    for where, raw in declared:
        parameter = resolve(document, raw, source, where)
        if not isinstance(parameter, dict) or parameter.get("in") not in LOCATIONS:
            continue
        location = SpecText(parameter["in"])
        style = SpecText(parameter.get("style") or DEFAULT_STYLES[location])
        schema = resolve(document, parameter.get("schema") or {}, source, (*where, "schema"))
        media_type, media = next(iter((parameter.get("content") or {}).items()), ("", None))
        if isinstance(media, dict) and "schema" not in parameter:
            schema = resolve(document, media.get("schema") or {}, source, (*where, "content", media_type, "schema"))
        found[location, SpecText(parameter["name"])] = Parameter(
            name=SpecText(parameter["name"]),
            location=location,
            style=style,
            explode=bool(parameter.get("explode", style == "form")),
            required=parameter.get("required") is True,
            deprecated=parameter.get("deprecated") is True,
            description=SpecText(parameter.get("description") or ""),
            schema=schema,
            example=parameter.get("example"),
            pointer=where,
            allow_reserved=parameter.get("allowReserved") is True,
            media_type=str(media_type) if "schema" not in parameter else "",
        )
    return tuple(found.values())


def _contents(document: Json, source: Locator, content: Json, where: Pointer) -> tuple[Content, ...]:
    found = []
    for media_type, media in (content or {}).items():
        if not isinstance(media, dict):
            continue
        examples = [media["example"]] if "example" in media else []
        for name, example in (media.get("examples") or {}).items():
            value = resolve(document, example, source, (*where, media_type, "examples", name))
            if isinstance(value, dict) and "value" in value:
                examples.append(value["value"])
        schema = media.get("schema") or {}
        resolved = resolve(document, schema, source, (*where, media_type, "schema"))
        if isinstance(resolved, dict) and "example" in resolved:
            examples.append(resolved["example"])
        found.append(Content(SpecText(media_type), schema, tuple(examples)))
    return tuple(found)


def _request_body(document: Json, source: Locator, declared: Json, where: Pointer) -> RequestBody | None:
    if declared is None:
        return None
    body = resolve(document, declared, source, where)
    return RequestBody(
        body.get("required") is True, _contents(document, source, body.get("content"), (*where, "content"))
    )


def _response(document: Json, source: Locator, status: str, declared: Json, where: Pointer) -> Response:
    response = resolve(document, declared, source, where)
    return Response(
        status=status,
        description=SpecText(response.get("description") or ""),
        headers=tuple(SpecText(name) for name in response.get("headers") or ()),
        content=_contents(document, source, response.get("content"), (*where, "content")),
    )


def _requirements(declared: Json) -> tuple[Requirement, ...] | None:
    if declared is None:
        return None
    return tuple(
        tuple(
            (SpecText(name), tuple(SpecText(scope) for scope in scopes or ())) for name, scopes in requirement.items()
        )
        for requirement in declared
        if isinstance(requirement, dict)
    )


def _security_scheme(name: str, scheme: Json) -> SecurityScheme:
    kind = SpecText(scheme.get("type", ""))
    return SecurityScheme(
        name=name,
        type=kind,
        scheme=SpecText(scheme.get("scheme", "")).lower() if kind == "http" else "",
        location=SpecText(scheme.get("in", "")) if kind == "apiKey" else "",
        parameter=SpecText(scheme.get("name", "")) if kind == "apiKey" else "",
        prefix=SpecText(scheme.get("x-auth-prefix", "")) if kind == "apiKey" else "",
        flows=dict(scheme.get("flows") or {}) if kind == "oauth2" else {},
        open_id_connect_url=SpecText(scheme.get("openIdConnectUrl", "")),
        description=SpecText(scheme.get("description") or ""),
    )


def _servers(declared: Json, where: Pointer) -> tuple[Server, ...]:
    servers = []
    for index, server in enumerate(declared or ()):
        if not isinstance(server, dict) or not isinstance(server.get("url"), str):
            continue
        variables = server.get("variables") or {}
        servers.append(
            Server(
                url=SpecText(server["url"].rstrip("/") or server["url"]),
                description=SpecText(server.get("description") or ""),
                variables=tuple(
                    ServerVariable(
                        name=SpecText(name),
                        default=SpecText(variable.get("default", "")),
                        enum=tuple(SpecText(value) for value in variable.get("enum") or ()),
                        description=SpecText(variable.get("description") or ""),
                    )
                    for name, variable in variables.items()
                    if isinstance(variable, dict)
                ),
                extensions={key: value for key, value in server.items() if key.startswith("x-")},
                pointer=(*where, index),
            )
        )
    return tuple(servers)
