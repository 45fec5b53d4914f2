"""TEMPORARY, until the typed model (model.py) carries them: the templates' `operation_view(endpoint)`.

The coordinator's `Operation` will hold `pagination` (pagination.read_pagination) and the deprecations
(deprecations.deprecations). Until then this stand-in reads both from each kept operation's raw object,
so the templates already render them through one global.
"""

from collections.abc import Callable
from dataclasses import dataclass

from openapi_python_client.parser.openapi import Endpoint

from .deprecations import Deprecations, deprecations
from .errors import SpecError
from .model import Api, Operation, operation_key
from .pagination import Pagination, read_pagination


@dataclass(frozen=True)
class OperationView:
    pagination: Pagination | None
    deprecations: Deprecations


def operation_view(api: Api) -> Callable[[Endpoint], OperationView | None]:
    views = {operation.key: _view(api, operation) for operation in api.operations}

    def view(endpoint: Endpoint) -> OperationView | None:
        return views.get(operation_key(endpoint.method, endpoint.path.get_untrusted_value()))

    return view


def _view(api: Api, operation: Operation) -> OperationView:
    _, path, method = operation.pointer
    item = api.document["paths"][path]
    raw, inherited = item[method], item.get("parameters", [])

    def where(message: str, *pointer: str | int) -> SpecError:
        return api.source.error(message, *operation.pointer, *pointer)

    return OperationView(
        pagination=read_pagination(raw, api.resolve, where, inherited),
        deprecations=deprecations(raw, api.resolve, inherited),
    )
