"""What endpoint_module.py.jinja renders for one operation, decided here: the templates only render it.

openapi-python-client hands the templates its `Endpoint`; the decisions a module needs on top of it
(which documented responses are successes and which errors, in the order to test them, the
condition that selects each, the return types, how each parameter is serialized, whether the
operation may be sent again) are made once, in typed Python, and handed to the template as one
`EndpointPlan`.

Parameters are serialized as OpenAPI 3.1's style table says (`serializations`, rendered by `_query.py.jinja`):
openapi-python-client 0.29.1 ignores `style` and `explode` (it explodes arrays and flattens objects).
Responses: `2XX`-style keys are ranges, tested after exact statuses; `default` answers whatever no other key
documents, so an operation documenting no success gets its 2xx parsed by `default`.
"""

import contextlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.responses import Response
from openapi_python_client.schema import ParameterLocation

from .errors import SpecError
from .model import Api, Json, Parameter, Pointer, operation_key
from .status_errors import OTHER_ERROR, SERVER_ERROR, error_class

JSON = "json"  # not an OpenAPI style: a `content: application/json` parameter's value, sent as JSON text


@dataclass(frozen=True)
class Serialization:
    """How one parameter is sent: OpenAPI's `style`, `explode` and `allowReserved` (rendered as `_query.Style`)."""

    style: str
    explode: bool
    allow_reserved: bool = False

    @property
    def description(self) -> str:
        """As the README's reference shows it, e.g. "deepObject", "form, explode: false", "JSON"."""
        if self.style == JSON:
            return "JSON"
        exploded = "" if self.explode == (self.style in ("form", "deepObject")) else f", explode: {self.explode}"
        return f"{self.style}{exploded.lower()}{', allowReserved' if self.allow_reserved else ''}"

    @property
    def code(self) -> str:
        """The `_query.Style` the generated module passes for it."""
        reserved = ", allow_reserved=True" if self.allow_reserved else ""
        return f"Style({self.style!r}, explode={self.explode}{reserved})"


@dataclass(frozen=True)
class Documented:
    """One documented response: the condition on `response.status_code` that selects it, and its parsing."""

    response: Response
    condition: str  # e.g. "response.status_code == 200", "400 <= response.status_code <= 499", "" for `default`
    type: str  # the Python type of its parsed body, e.g. "Usage" or "None"
    status: str  # as the spec keys it: "200", "4XX", "default"
    error_class: str  # what `sync` raises for it (`errors.<name>`); "" for a success


@dataclass(frozen=True)
class EndpointPlan:
    successes: tuple[Documented, ...]  # 2xx, most specific first
    errors: tuple[Documented, ...]  # every other documented status, `default` last
    success_type: str  # what `sync` returns, e.g. "Usage", "Thing | None" or "None"
    error_type: str  # what `_parse_error` returns, e.g. "HTTPError | None"; "None" when no error is documented
    # Each parameter sent otherwise than its location's default, by (location, name as in the spec).
    styles: Mapping[tuple[str, str], Serialization]

    return_type: str  # the parsed body of any response: what `Response[...]` of `sync_detailed` holds
    # Date-time parameters, (python name, required): a naive one is refused before anything is sent, as its
    # instant would be whatever the server assumes.
    datetimes: tuple[tuple[str, bool], ...] = ()
    # Safe to send again after a retryable status or a failure that may have reached the server: its method
    # is idempotent or the spec says so (retry_policy.py). Otherwise only a request with an idempotency key is.
    idempotent: bool = True


def endpoint_plan(
    serializations: Mapping[str, Serialization], idempotent_operations: frozenset[str]
) -> Callable[[Endpoint], EndpointPlan]:
    """The templates' `endpoint_plan(endpoint)`.

    `serializations` are the parameters not sent in their location's default style, `idempotent_operations`
    those safe to send again (both by `model.operation_key`, as openapi-python-client renames path parameters).
    """

    def plan(endpoint: Endpoint) -> EndpointPlan:
        ordered = sorted(endpoint.responses)  # exact statuses, then ranges, then `default`
        successes = [response for response in ordered if _is_success(response)]
        if not successes:
            successes = [response for response in ordered if response.status_code.range is None]
        errors = tuple(_documented(response, error=True) for response in ordered if not _is_success(response))
        key = operation_key(endpoint.method, endpoint.path.get_untrusted_value())
        styles = {}
        for location, parameter in endpoint.iter_all_parameters():
            name = parameter.name.get_untrusted_value()
            serialization = serializations.get(f"{key} {location} {name}")
            if serialization is not None:
                styles[str(location), name] = serialization
        documented_successes = tuple(_documented(response, error=False) for response in successes)
        return EndpointPlan(
            successes=documented_successes,
            errors=errors,
            success_type=_union([documented.type for documented in documented_successes]) or "None",
            error_type=_union([*(documented.type for documented in errors), "None"]),
            styles=styles,
            return_type=endpoint.response_type().as_unembedded_code(),
            datetimes=tuple(
                (str(parameter.python_name), parameter.required)
                for parameter in (
                    *endpoint.path_parameters,
                    *endpoint.query_parameters,
                    *endpoint.header_parameters,
                    *endpoint.cookie_parameters,
                )
                if isinstance(parameter, DateTimeProperty)
            ),
            idempotent=key in idempotent_operations,
        )

    return plan


@contextlib.contextmanager
def collections_in_headers() -> Iterator[None]:
    """While openapi-python-client parses a spec, let it take array and object header parameters.

    0.29.1 refuses them ("list[str] is not allowed in header") though OpenAPI defines them (`simple` style,
    sent by `_query.header_value`); its parsing is all that stops them.
    """
    kinds: tuple[type[ListProperty] | type[ModelProperty], ...] = (ListProperty, ModelProperty)
    allowed = {kind: kind._allowed_locations for kind in kinds}
    for kind in kinds:
        kind._allowed_locations = allowed[kind] | {ParameterLocation.HEADER}
    try:
        yield
    finally:
        for kind in kinds:
            kind._allowed_locations = allowed[kind]


# The styles OpenAPI 3.1 defines for each location; the first is the location's default. (A `deepObject` is
# exploded by definition: its `explode: false` row of the style table is empty, so it is read as exploded.)
_STYLES = {
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "path": ("simple", "label", "matrix"),
    "header": ("simple",),
    "cookie": ("form",),
}


def serializations(api: Api) -> dict[str, Serialization]:
    """Every parameter sent otherwise than its location's default, by "<operation key> <location> <name>".

    A serialization OpenAPI leaves undefined or we cannot send is a SpecError naming the parameter and the
    Overlay action that changes it.
    """
    found = {}
    for operation in api.operations:
        for parameter in operation.parameters:
            serialization = _serialization(api, parameter)
            default = Serialization(_STYLES[parameter.location][0], explode=parameter.location in ("query", "cookie"))
            if serialization != default:
                found[f"{operation.key} {parameter.location} {parameter.name}"] = serialization
    return found


def _serialization(api: Api, parameter: Parameter) -> Serialization:
    if parameter.media_type:  # `content` instead of `schema`: the value serialized as its media type says
        if "json" not in parameter.media_type:
            reason = f"its content is {parameter.media_type!r}, and only JSON content is sent"
            raise _unsendable(api, parameter, reason, None)
        return Serialization(JSON, explode=False)
    styles = _STYLES[parameter.location]
    if parameter.style not in styles:
        reason = f"style {parameter.style!r} is not defined in {parameter.location}"
        raise _unsendable(api, parameter, reason, f"style: {styles[0]}")
    kind = _kind(api, parameter.schema, parameter.pointer)
    if parameter.style == "deepObject" and kind not in ("object", "any"):
        raise _unsendable(api, parameter, f"a deepObject must be an object, not {kind}", "style: form")
    if parameter.style != "deepObject" and kind in ("array", "object") and _nested(api, parameter.schema, kind):
        reason = f"style {parameter.style!r} cannot carry an {kind} of arrays or objects"
        raise _unsendable(api, parameter, reason, "style: deepObject" if kind == "object" else None)
    if parameter.location == "cookie" and kind == "array" and parameter.explode:
        reason = "an exploded array would be one cookie per item, all of one name"
        raise _unsendable(api, parameter, reason, "explode: false")
    return Serialization(
        parameter.style,
        explode=_explode(parameter, kind),
        allow_reserved=parameter.location == "query" and parameter.allow_reserved,
    )


def _explode(parameter: Parameter, kind: str) -> bool:
    if kind == "scalar":  # sent the same either way: it keeps its location's default (no noise in the package)
        return parameter.location in ("query", "cookie")
    return parameter.explode or parameter.style == "deepObject"


def _kind(api: Api, schema: Json, pointer: Pointer) -> str:
    """What a parameter's schema declares: "array", "object", "scalar", or "any" (no single type)."""
    schema = api.resolve(schema, *pointer)
    declared = schema.get("type") if isinstance(schema, dict) else None
    types = [declared] if isinstance(declared, str) else [t for t in declared or () if t != "null"]
    if len(types) != 1:
        return (
            "object"
            if isinstance(schema, dict) and ("properties" in schema or "additionalProperties" in schema)
            else "any"
        )
    return types[0] if types[0] in ("array", "object") else "scalar"


def _nested(api: Api, schema: Json, kind: str) -> bool:
    """Whether an array's items, or an object's members, are arrays or objects themselves."""
    schema = api.resolve(schema)
    if kind == "array":
        members = [schema.get("items") or {}]
    else:
        extra = schema.get("additionalProperties")
        members = [*(schema.get("properties") or {}).values(), *([extra] if isinstance(extra, dict) else [])]
    return any(_kind(api, member, ()) in ("array", "object") for member in members)


def _unsendable(api: Api, parameter: Parameter, reason: str, update: str | None) -> SpecError:
    """The error naming the Overlay action that makes the parameter sendable (`update`), or drops it."""
    target = f'target: "{_overlay_target(api, parameter.pointer)}"'
    fix = (
        f"`{target}, update: {{{update}}}` changes it (`remove: true` drops it)"
        if update
        else f"`{target}, remove: true` drops it"
    )
    return api.source.error(
        f"parameter {parameter.name!r} in {parameter.location} cannot be sent: {reason}; the Overlay action {fix}",
        *parameter.pointer,
    )


def _overlay_target(api: Api, pointer: Pointer) -> str:
    """The JSONPath an Overlay action names the node at `pointer` by (the component a `$ref` there points to)."""
    node = api.document
    for part in pointer:
        node = node[part]
    reference = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(reference, str) and reference.startswith("#/"):
        pointer = tuple(part.replace("~1", "/").replace("~0", "~") for part in reference[2:].split("/"))
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f"[{_quoted(part)}]" for part in pointer)


def _quoted(name: str) -> str:
    """`name` as an RFC 9535 single-quoted name selector."""
    return "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _is_success(response: Response) -> bool:
    code = response.status_code.range
    return code is not None and code[0] >= 200 and code[1] < 300


def _documented(response: Response, *, error: bool) -> Documented:
    code = response.status_code.range
    if code is None:
        condition = ""
    elif code[0] == code[1]:
        condition = f"response.status_code == {code[0]}"
    else:
        condition = f"{code[0]} <= response.status_code <= {code[1]}"
    raised = ""
    if error:  # one status raises its own class; a range or `default` the class of the status that came
        raised = error_class(code[0]) if code is not None and code[0] == code[1] else OTHER_ERROR
        raised = SERVER_ERROR if code == (500, 599) else raised
    return Documented(
        response,
        condition,
        str(response.prop.get_type_string().as_unembedded_code()),
        status=str(response.status_code.pattern),
        error_class=raised,
    )


def _union(types: list[str]) -> str:
    """`A | B | None` of the members of `types` (each maybe a union itself), without repeats, `None` last."""
    members: list[str] = []
    for member in (part for text in types for part in _members(text)):
        if member not in members:
            members.append(member)
    return " | ".join(sorted(members, key=lambda member: member == "None"))


def _members(union: str) -> list[str]:
    """The top-level members of a union annotation: `list[A | B] | None` -> `list[A | B]`, `None`."""
    members, depth, start = [], 0, 0
    for index, character in enumerate(union):
        depth += {"[": 1, "]": -1}.get(character, 0)
        if character == "|" and depth == 0:
            members.append(union[start:index].strip())
            start = index + 1
    members.append(union[start:].strip())
    return [member for member in members if member]
