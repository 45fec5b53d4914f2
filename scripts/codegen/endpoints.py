"""What endpoint_module.py.jinja renders for one operation, decided here: the templates only render it.

openapi-python-client hands the templates its `Endpoint`; the decisions a module needs on top of it
(which documented responses are successes and which errors, in the order to test them, the
condition that selects each, the return types, the query parameters sent comma-joined, whether the
operation may be sent again) are made
once, in typed Python, and handed to the template as one `EndpointPlan`.
"""

from collections.abc import Callable
from dataclasses import dataclass

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.responses import Response

from .model import Api, operation_key


@dataclass(frozen=True)
class Documented:
    """One documented response: the condition on `response.status_code` that selects it, and its parsing."""

    response: Response
    condition: str  # e.g. "response.status_code == 200", "400 <= response.status_code <= 499", "" for `default`
    type: str  # the Python type of its parsed body, e.g. "Usage" or "None"


@dataclass(frozen=True)
class EndpointPlan:
    successes: tuple[Documented, ...]  # 2xx, most specific first
    errors: tuple[Documented, ...]  # every other documented status, `default` last
    success_type: str  # what `sync` returns, e.g. "Usage", "Thing | None" or "None"
    error_type: str  # what `_parse_error` returns, e.g. "HTTPError | None"; "None" when no error is documented
    unexploded: tuple[str, ...]  # query parameters sent as one comma-joined value

    return_type: str  # the parsed body of any response: what `Response[...]` of `sync_detailed` holds
    # Date-time parameters, (python name, required): a naive one is refused before anything is sent, as its
    # instant would be whatever the server assumes.
    datetimes: tuple[tuple[str, bool], ...] = ()
    # Safe to send again after a retryable status or a failure that may have reached the server: its method
    # is idempotent or the spec says so (retry_policy.py). Otherwise only a request with an idempotency key is.
    idempotent: bool = True


def endpoint_plan(
    unexploded_parameters: frozenset[str], idempotent_operations: frozenset[str]
) -> Callable[[Endpoint], EndpointPlan]:
    """The templates' `endpoint_plan(endpoint)`.

    `unexploded_parameters` are the spec's comma-joined ones ("<operation_key> name"), `idempotent_operations`
    those safe to send again (by `model.operation_key`, as openapi-python-client renames path parameters).
    """

    def plan(endpoint: Endpoint) -> EndpointPlan:
        ordered = sorted(endpoint.responses)
        successes = tuple(_documented(response) for response in ordered if _is_success(response))
        errors = tuple(_documented(response) for response in ordered if not _is_success(response))
        path = endpoint.path.get_untrusted_value()
        unexploded = tuple(
            parameter.name.get_untrusted_value()
            for parameter in endpoint.query_parameters
            if f"{operation_key(endpoint.method, path)} {parameter.name.get_untrusted_value()}" in unexploded_parameters
        )
        return EndpointPlan(
            successes=successes,
            errors=errors,
            success_type=_union([documented.type for documented in successes]) or "None",
            error_type=_union([*(documented.type for documented in errors), "None"]),
            unexploded=unexploded,
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
            idempotent=operation_key(endpoint.method, path) in idempotent_operations,
        )

    return plan


# How parameters may be serialized: OpenAPI's defaults for each location (and `explode: false` query arrays).
_SUPPORTED_STYLES = {("query", "form"), ("path", "simple"), ("header", "simple"), ("cookie", "form")}


def unexploded_parameters(api: Api) -> frozenset[str]:
    """Array query parameters to send comma-joined ("<operation_key> name"); any other serialization we cannot
    honour is a SpecError."""
    found = set()
    for operation in api.operations:
        for parameter in operation.parameters:
            if parameter.location == "query" and (parameter.style, parameter.explode) == ("form", False):
                found.add(f"{operation.key} {parameter.name}")
            elif (parameter.location, parameter.style) not in _SUPPORTED_STYLES:
                raise api.source.error(
                    f"parameter {parameter.name!r}: style {parameter.style!r} in {parameter.location} is not supported "
                    "(OpenAPI's default style for its location, or `style: form, explode: false` in the query)",
                    *parameter.pointer,
                )
    return frozenset(found)


def _is_success(response: Response) -> bool:
    code = response.status_code.range
    return code is not None and code[0] >= 200 and code[1] < 300


def _documented(response: Response) -> Documented:
    code = response.status_code.range
    if code is None:
        condition = ""
    elif code[0] == code[1]:
        condition = f"response.status_code == {code[0]}"
    else:
        condition = f"{code[0]} <= response.status_code <= {code[1]}"
    return Documented(response, condition, str(response.prop.get_type_string().as_unembedded_code()))


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
