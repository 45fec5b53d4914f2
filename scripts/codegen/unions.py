"""How a generated model tells the variants of a `oneOf`/`anyOf` of objects apart, decided from the spec.

openapi-python-client 0.29.1 ignores `discriminator`: it tries each variant in turn, so a body of
the second kind parses as the first whenever the first's fields happen to accept it. Here every
union of object schemas gets a dispatch table, the templates render it first:

1. the spec's `discriminator`: its explicit `mapping`, then for each variant not mapped the
   `const` or `enum` of the discriminating property in the variant's own schema, else (as OpenAPI
   says) the variant's schema name;
2. without a `discriminator`, a property that every variant declares with a `const` (or an enum of
   one value), distinct per variant, is used the same way.

A value whose tag is unknown, or a union without any table, falls back to trying every variant (see
union_property.py.jinja) and is read as the first that parses strictly (no enum value the spec does
not list, no undeclared property: `_validation.tolerated`), else as the one that needed the least
tolerance; only a value no variant accepts is a ResponseValidationError.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

Json = Any
SCHEMAS = "#/components/schemas/"


@dataclass(frozen=True)
class Variant:
    class_name: str  # the generated model class
    tags: tuple[str, ...]  # the discriminator values that select it


@dataclass(frozen=True)
class Dispatch:
    """The dispatch table of one union: the JSON property to read, and which value selects which class."""

    key: str  # e.g. "type"
    variants: tuple[Variant, ...]

    @property
    def classes(self) -> frozenset[str]:
        return frozenset(variant.class_name for variant in self.variants)


ClassNamer = Callable[[str, dict[str, Json]], str]  # (component name, its schema) -> generated class name


def dispatch_tables(document: Json, class_name: ClassNamer) -> dict[frozenset[str], Dispatch]:
    """Every union of the document that can be dispatched on a property, keyed by its variants' class names."""
    schemas = document.get("components", {}).get("schemas", {})
    tables: dict[frozenset[str], Dispatch] = {}
    for node in _unions(document):
        members = node.get("oneOf") or node["anyOf"]
        names = [_component(member) for member in members]
        if not all(name in schemas for name in names):  # a union with a non-$ref member: not a union of models
            continue
        dispatch = _discriminated(node, names, schemas, class_name) or _by_constant(names, schemas, class_name)
        if dispatch is not None:
            tables.setdefault(dispatch.classes, dispatch)
    return tables


def _unions(node: Json) -> Iterator[dict[str, Json]]:
    if isinstance(node, dict):
        for keyword in ("oneOf", "anyOf"):
            if isinstance(node.get(keyword), list) and node[keyword]:
                yield node
        for value in node.values():
            yield from _unions(value)
    elif isinstance(node, list):
        for item in node:
            yield from _unions(item)


def _component(member: Json) -> str:
    reference = member.get("$ref", "") if isinstance(member, dict) else ""
    return reference.removeprefix(SCHEMAS) if reference.startswith(SCHEMAS) else ""


def _discriminated(
    node: dict[str, Json], names: list[str], schemas: dict[str, Json], class_name: ClassNamer
) -> Dispatch | None:
    discriminator = node.get("discriminator")
    if not isinstance(discriminator, dict) or not isinstance(discriminator.get("propertyName"), str):
        return None
    name = discriminator["propertyName"]
    mapped: dict[str, list[str]] = {}
    for value, reference in (discriminator.get("mapping") or {}).items():
        mapped.setdefault(reference.removeprefix(SCHEMAS), []).append(str(value))
    variants = tuple(
        Variant(
            class_name(component, schemas[component]),
            tuple(mapped.get(component) or _values(schemas, component, name) or [component]),
        )
        for component in names
    )
    return Dispatch(name, variants)


def _by_constant(names: list[str], schemas: dict[str, Json], class_name: ClassNamer) -> Dispatch | None:
    first = schemas[names[0]].get("properties") or {}
    for name in first:
        values = [_values(schemas, component, name) for component in names]
        if all(len(found) == 1 for found in values) and len({found[0] for found in values}) == len(names):
            variants = tuple(
                Variant(class_name(component, schemas[component]), tuple(found))
                for component, found in zip(names, values, strict=True)
            )
            return Dispatch(name, variants)
    return None


def _values(schemas: dict[str, Json], component: str, name: str) -> list[str]:
    """The values the variant's schema allows for the property `name`: its `const`, else its `enum`."""
    schema = (schemas[component].get("properties") or {}).get(name)
    if isinstance(schema, dict) and _component(schema) in schemas:
        schema = schemas[_component(schema)]
    if not isinstance(schema, dict):
        return []
    if "const" in schema:
        return [str(schema["const"])]
    return [str(value) for value in schema.get("enum") or [] if value is not None]
