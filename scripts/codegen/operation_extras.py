"""TEMPORARY, until model.Operation carries them: the templates' `operation_extras(endpoint)`.

What issue 21 adds to an operation: its `pagination` (pagination.read_pagination) and its `deprecations`
(deprecations.deprecations), both read from the kept operation's raw object. Once the typed model's
`Operation` holds them, the templates read them from `operation_view(endpoint)` and this module goes.
"""

from collections.abc import Callable
from dataclasses import dataclass

from openapi_python_client.parser.openapi import Endpoint

from .deprecations import Deprecations, deprecations
from .errors import SpecError
from .model import Api, Operation, operation_key
from .pagination import Pagination, read_pagination


@dataclass(frozen=True)
class OperationExtras:
    pagination: Pagination | None
    deprecations: Deprecations


def operation_extras(api: Api) -> Callable[[Endpoint], OperationExtras | None]:
    views = {operation.key: _view(api, operation) for operation in api.operations}

    def view(endpoint: Endpoint) -> OperationExtras | None:
        return views.get(operation_key(endpoint.method, endpoint.path.get_untrusted_value()))

    return view


def _view(api: Api, operation: Operation) -> OperationExtras:
    _, path, method = operation.pointer
    item = api.document["paths"][path]
    raw, inherited = item[method], item.get("parameters", [])

    def where(message: str, *pointer: str | int) -> SpecError:
        return api.source.error(message, *operation.pointer, *pointer)

    return OperationExtras(
        pagination=read_pagination(raw, api.resolve, where, inherited),
        deprecations=deprecations(raw, api.resolve, inherited),
    )
