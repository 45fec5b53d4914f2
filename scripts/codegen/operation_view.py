"""TEMPORARY, until scripts/codegen/model.py lands: the templates' `operation_view(endpoint)`.

The coordinator's typed model of the spec will provide `operation_view(endpoint)` returning its `Operation`
(with `.pagination` and the deprecations). Until then this stand-in reads the raw operation with
`pagination.read_pagination` and `deprecations.deprecations`, so the templates already render both.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from openapi_python_client.parser.openapi import Endpoint

from .deprecations import Deprecations, deprecations
from .errors import SpecError
from .pagination import Pagination, read_pagination
from .spec import Spec, dereferenced, operation_key, operations


@dataclass(frozen=True)
class OperationView:
    pagination: Pagination | None
    deprecations: Deprecations


def operation_view(spec: Spec) -> Callable[[Endpoint], OperationView | None]:
    document = spec.document
    resolve = partial(dereferenced, document)
    views: dict[str, OperationView] = {}
    for path, method, operation in operations(document):
        inherited = document["paths"][path].get("parameters", [])

        def where(message: str, *pointer: str | int, path: str = path, method: str = method) -> SpecError:
            return spec.source.error(message, "paths", path, method, *pointer)

        views[operation_key(method, path)] = OperationView(
            pagination=read_pagination(operation, resolve, where, inherited),
            deprecations=deprecations(operation, resolve, inherited),
        )

    def view(endpoint: Endpoint) -> OperationView | None:
        return views.get(operation_key(endpoint.method, endpoint.path.get_untrusted_value()))

    return view
