"""What endpoint_module.py.jinja renders for a paginated operation, decided here from its `Pagination`.

The runtime walker (`_pagination.py.jinja`) reads the JSON body for the controls (next cursor, next URL,
number of pages, has more) and takes the items from the parsed page: the spec's JSONPath to the results,
translated into the Python attributes of the generated models, and the items' type.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty

from .errors import SpecError
from .escaping import python_literal
from .pagination import JsonPath, Pagination, Role


@dataclass(frozen=True)
class PagePlan:
    paging: tuple[tuple[str, str], ...]  # the runtime `Paging(...)`'s keyword arguments, as Python source
    page_type: str  # what one page parses to, e.g. "ResultPage"
    items: tuple[str | int, ...] | None  # attributes of a parsed page holding its items; None: no results output
    item_type: str  # e.g. "Result"; "Any" without a results output
    imports: tuple[str, ...] = ()  # what the item type needs, e.g. "from ...models.result import Result"


def page_plan(spec: Path) -> Callable[[Endpoint, Pagination], PagePlan]:
    """The templates' `page_plan(endpoint, pagination)`; errors name `spec`."""

    def plan(endpoint: Endpoint, pagination: Pagination) -> PagePlan:
        name = endpoint.name
        successes = sorted(
            (response for response in endpoint.responses if _is_success(response.status_code.range)),
            key=lambda response: response.status_code.range or (0, 0),
        )
        if not successes:
            raise SpecError(spec, f"{name}: a paginated operation needs a documented 2xx response")
        page = successes[0].prop
        items, item, item_type = None, None, "Any"
        if pagination.results is not None:
            items, item = _items(page, pagination.results, spec, name)
            item_type = str(item.get_type_string().as_unembedded_code())
        parameters = {
            str(parameter.name.get_untrusted_value()): parameter
            for parameter in (*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters)
        }
        arguments: dict[str, object] = {"kind": pagination.type}
        for role in ("offset", "page", "limit", "cursor"):
            declared = pagination.input(_role(role))
            if declared is None:
                continue
            if declared.name not in parameters:
                raise SpecError(
                    spec, f"{name}: pagination input {declared.name!r} is no query, path or header parameter"
                )
            arguments[role] = str(parameters[declared.name].python_name)
            if role == "page" and isinstance(declared.default, int):
                arguments["first_page"] = declared.default
            if role == "limit" and isinstance(declared.default, int):
                arguments["default_limit"] = declared.default
        for output in ("results", "num_pages", "next_cursor", "next_url", "has_more"):
            path: JsonPath | None = getattr(pagination, output)
            if path is not None:
                arguments[output] = path
        if pagination.link_header:
            arguments["link_header"] = True
        return PagePlan(
            paging=tuple((key, _python(value)) for key, value in arguments.items()),
            page_type=str(page.get_type_string().as_unembedded_code()),
            items=items,
            item_type=item_type,
            imports=tuple(sorted(_imports(item) if item is not None else ())),
        )

    return plan


def _python(value: object) -> str:
    """A keyword argument's value as Python source: spec text only through `python_literal` (plain ASCII)."""
    if isinstance(value, str):
        return python_literal(value)
    if isinstance(value, tuple):
        items = [_python(item) for item in value]
        return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"
    return repr(value)  # an int or a bool


def _role(role: str) -> Role:
    assert role in ("offset", "page", "limit", "cursor")
    return role  # type: ignore[return-value]  # checked just above


def _is_success(code: tuple[int, int] | None) -> bool:
    return code is not None and code[0] >= 200 and code[1] < 300


def _items(page: Any, path: JsonPath, spec: Path, name: str) -> tuple[tuple[str | int, ...], Any]:
    """The Python attributes along the results' JSONPath, and the property of an item of the list it ends on."""
    attributes: list[str | int] = []
    node = page
    for step in path:
        node = _concrete(node)
        if isinstance(step, int) and isinstance(node, ListProperty):
            node = node.inner_property
        elif isinstance(step, str) and isinstance(node, ModelProperty):
            fields = (*(node.required_properties or []), *(node.optional_properties or []))
            found = next((field for field in fields if field.name.get_untrusted_value() == step), None)
            if found is None:
                raise SpecError(spec, f"{name}: outputs.results: {node.class_info.name} has no property {step!r}")
            node = found
            step = str(found.python_name)
        else:
            raise SpecError(spec, f"{name}: outputs.results: step {step!r} does not fit the response's schema")
        attributes.append(step)
    node = _concrete(node)
    if not isinstance(node, ListProperty):
        raise SpecError(spec, f"{name}: outputs.results must select an array of the 2xx response")
    return tuple(attributes), node.inner_property


def _concrete(node: Any) -> Any:
    """The list or model of a nullable union (`type: [array, "null"]`), else `node`."""
    if isinstance(node, UnionProperty):
        inner = [part for part in node.inner_properties if isinstance(part, ListProperty | ModelProperty)]
        return inner[0] if len(inner) == 1 else node
    return node


def _imports(item: Any) -> set[str]:
    """The imports an item's type needs in an endpoint module, as openapi-python-client adds a response's."""
    prefix = "..."
    return {*item.get_lazy_imports(prefix=prefix), *item.get_imports(prefix=prefix)}
