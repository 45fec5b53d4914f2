"""Validating an OpenAPI document without ever leaving it: no request, no file read, whatever it references."""

from jsonschema_path import SchemaPath
from jsonschema_path.accessors import SchemaAccessor
from openapi_spec_validator.shortcuts import get_validator_cls
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError, ValidatorDetectError
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from .documents import Json

# The base URI of the document being validated: a reference that is not a fragment of it resolves elsewhere.
_DOCUMENT_URI = "urn:usage-clients:document"


def validate_offline(document: Json) -> None:
    """Validate `document` as `openapi_spec_validator.validate` does, without resolving anything outside it.

    The stock validator follows a `$ref` wherever it points: `http://` makes a request, `file://` reads
    a local file and shows its content in the error. Here the reference resolver has the document
    alone and refuses to retrieve anything else. Raises OpenAPIValidationError, also for a reference
    that leaves the document or points to nothing (naming it, at its place in the document).
    """
    # `retrieve` is the attrs alias of Registry._retrieve, which mypy's attrs plugin does not see.
    registry: Registry[Json] = Registry(retrieve=_refuse_to_retrieve)  # type: ignore[call-arg]
    registry = registry.with_resource(_DOCUMENT_URI, DRAFT202012.create_resource(document))
    accessor = SchemaAccessor(document, registry.resolver(base_uri=_DOCUMENT_URI))
    try:
        validator = get_validator_cls(document)
    except ValidatorDetectError as error:
        version = document.get("openapi") if isinstance(document, dict) else None
        raise OpenAPIValidationError(f"openapi {version!r} is not an OpenAPI version we can validate") from error
    try:
        validator(SchemaPath(accessor)).validate()
    except Unresolvable as error:
        reference = error.ref
        problem = "points to nothing" if reference.startswith("#") else "leaves the document: not followed"
        raise OpenAPIValidationError(f"$ref {reference!r} {problem}", path=_place_of(document, reference)) from error


def _refuse_to_retrieve(uri: str) -> Resource[Json]:
    raise LookupError(f"{uri} is outside the document")  # referencing reports it as Unresolvable


def _place_of(node: Json, reference: str, place: tuple[str | int, ...] = ()) -> tuple[str | int, ...]:
    """Where `reference` is written in the document (the first `$ref`-like key holding it); () if nowhere."""
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in children:
        if value == reference and isinstance(key, str) and key.startswith("$"):
            return (*place, key)
        if found := _place_of(value, reference, (*place, key)):
            return found
    return ()
