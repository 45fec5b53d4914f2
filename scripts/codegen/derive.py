"""Deriving specs/<provider>.yaml from the provider's published description.

    upstream/<provider>/<file>  ──keep the manifest's operationIds and their $ref closure──►
    overlays/<provider>.yaml    ──apply (OpenAPI Overlay 1.0, strict)──►  specs/<provider>.yaml

The closure is everything a kept operation uses: the components it references (schemas,
parameters, responses, ... transitively), the security schemes of its security requirements (or
the document's), the tags it names and the document's servers. The rest of the upstream document
is dropped. A derived spec is validated before it is written, so a broken upstream or overlay
changes nothing.
"""

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .documents import Json, dump_yaml, load_document, parse_document
from .errors import SpecError
from .files import write_atomically
from .limits import MAX_PUBLISHED_OPERATIONS, time_budget
from .model import HTTP_METHODS
from .overlay import apply_overlay, load_overlay
from .paths import MANIFEST
from .spec import load_spec
from .upstream import Upstream

_KEPT_TOP_LEVEL = ("openapi", "info", "jsonSchemaDialect", "externalDocs", "servers", "security", "tags")
_COMPONENT = re.compile(r"^#/components/([^/]+)/([^/]+)")


def header(upstream: Upstream) -> str:
    if upstream.overlay is None:
        applied, change = "as published", f"add an overlay to its entry in {MANIFEST}"
    else:
        applied, change = (
            f"with {upstream.overlay.as_posix()} applied",
            f"add an action to {upstream.overlay.as_posix()}",
        )
    return (
        f"# DERIVED FILE, DO NOT EDIT: written by scripts/generate.py from {upstream.file.as_posix()}\n"
        f"# (operations {', '.join(upstream.operations)} and what they use) {applied}.\n"
        f"# To change it, {change} and run `make generate`;\n"
        "# `make update-specs` brings in the provider's newest description. "
        'See CONTRIBUTING.md, "Where specs come from".\n'
    )


def keep_operations(document: Json, selectors: tuple[str, ...], *, shown_as: Path) -> Json:
    """The document reduced to the operations `selectors` name and everything they reference.

    A selector is an operationId, or `"GET /path"` (method and path as the document writes it) for an
    operation without one or with an operationId the document gives twice.
    """
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise SpecError(shown_as, "not an OpenAPI document (no `paths`)")
    published = sum(
        1 for item in document["paths"].values() if isinstance(item, dict) for method in HTTP_METHODS if method in item
    )
    if published > MAX_PUBLISHED_OPERATIONS:
        raise SpecError(shown_as, f"{published} operations: more than the limit of {MAX_PUBLISHED_OPERATIONS}")
    chosen: dict[tuple[str, str], str] = {}  # (path, method) -> the selector that keeps it
    for selector in selectors:
        matches = _selected(document["paths"], selector)
        if not matches:
            raise SpecError(shown_as, f"no operation {_named(selector)} (listed in {MANIFEST})")
        if len(matches) > 1:
            found = ", ".join(f'"{method.upper()} {path}"' for path, method in matches)
            raise SpecError(
                shown_as,
                f"operationId {selector!r} names {len(matches)} operations ({found}): "
                f"keep the one you mean by its method and path in {MANIFEST}",
            )
        chosen[matches[0]] = selector
    paths: dict[str, Json] = {}
    for path, item in document["paths"].items():
        kept = {method: item[method] for method in HTTP_METHODS if (path, method) in chosen}
        if kept:
            shared = {key: value for key, value in item.items() if key not in HTTP_METHODS}
            paths[path] = {**shared, **kept}

    result = {key: document[key] for key in _KEPT_TOP_LEVEL if key in document}
    result["paths"] = paths
    components = document.get("components") or {}
    used = _closure(components, paths, document.get("security"))
    kept_components = {
        section: {name: entry for name, entry in entries.items() if (section, name) in used}
        for section, entries in components.items()
        if isinstance(entries, dict)
    }
    if kept_components := {section: entries for section, entries in kept_components.items() if entries}:
        result["components"] = kept_components
    tags = {tag for item in paths.values() for operation in _operations(item) for tag in operation.get("tags", [])}
    if "tags" in result:
        result["tags"] = [tag for tag in result["tags"] if isinstance(tag, dict) and tag.get("name") in tags]
        if not result["tags"]:
            del result["tags"]
    return result


def _selected(paths: dict[str, Json], selector: str) -> list[tuple[str, str]]:
    """(path, method) of every operation `selector` names."""
    method, _, path = selector.partition(" ")
    if method.lower() in HTTP_METHODS and path.startswith("/"):
        item = paths.get(path)
        return [(path, method.lower())] if isinstance(item, dict) and isinstance(item.get(method.lower()), dict) else []
    return [
        (path, method)
        for path, item in paths.items()
        if isinstance(item, dict)
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict) and item[method].get("operationId") == selector
    ]


def _named(selector: str) -> str:
    method, _, path = selector.partition(" ")
    return selector if method.lower() in HTTP_METHODS and path.startswith("/") else f"with operationId {selector}"


def _operations(item: dict[str, Json]) -> Iterator[dict[str, Json]]:
    return (item[method] for method in HTTP_METHODS if isinstance(item.get(method), dict))


def _closure(components: dict[str, Json], paths: dict[str, Json], security: Json) -> set[tuple[str, str]]:
    """(section, name) of every component the kept paths use, transitively."""
    used: set[tuple[str, str]] = set()
    pending = [paths]
    requirements = list(security or [])
    for item in paths.values():
        for operation in _operations(item):
            requirements.extend(operation.get("security") or [])
    used |= {("securitySchemes", name) for requirement in requirements for name in requirement}
    if not requirements:  # schemes declared but required nowhere: the publisher meant them (see model.build_api)
        used |= {("securitySchemes", name) for name in components.get("securitySchemes") or {}}
    while pending:
        for reference in _references(pending.pop()):
            match = _COMPONENT.match(reference)
            if match is None:
                continue
            section, name = match.group(1), match.group(2).replace("~1", "/").replace("~0", "~")
            if (section, name) not in used and name in (components.get(section) or {}):
                used.add((section, name))
                pending.append(components[section][name])
    return used


def _references(node: Json) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _references(value)
    elif isinstance(node, list):
        for item in node:
            yield from _references(item)


def derive_text(repo: Path, upstream: Upstream, published: Json | None = None) -> str:
    """The text of the derived spec; `published` replaces the upstream file's content (update-specs)."""
    if published is None:
        published = load_document(repo / upstream.file, shown_as=upstream.file).data
    kept = keep_operations(published, upstream.operations, shown_as=upstream.file)
    if upstream.overlay is not None:
        kept = apply_overlay(kept, load_overlay(repo / upstream.overlay, shown_as=upstream.overlay))
    return dump_yaml(kept, header(upstream))


def parse_published(content: bytes, upstream: Upstream, *, shown_as: Path) -> Json:
    """A fetched description, parsed as its upstream file is (JSON or YAML); not validated."""
    return parse_document(content, shown_as=shown_as.with_suffix(upstream.file.suffix)).data


def derive_specs(repo: Path, upstreams: list[Upstream]) -> list[Path]:
    """Derive and validate every spec of `upstreams`, then write those that changed; the paths written."""
    texts = {}
    for upstream in upstreams:
        with time_budget(upstream.spec):
            texts[upstream] = derive_text(repo, upstream)
    changed = {
        upstream: text
        for upstream, text in texts.items()
        if not (repo / upstream.spec).exists() or (repo / upstream.spec).read_text(encoding="utf-8") != text
    }
    for upstream, text in changed.items():
        validate_text(text, upstream)
    for upstream, text in changed.items():
        write_atomically(repo / upstream.spec, text)
    return [upstream.spec for upstream in changed]


def validate_text(text: str, upstream: Upstream) -> None:
    """Validate a derived spec as the generator will; errors name the spec and what it is derived from."""
    with tempfile.TemporaryDirectory(prefix="derive-") as directory:
        path = Path(directory) / upstream.spec.name
        path.write_text(text, encoding="utf-8")
        try:
            load_spec(path, shown_as=upstream.spec)
        except SpecError as error:
            raise SpecError(
                upstream.spec,
                f"derived from {upstream.described}, {error.message}",
                line=error.line,
                pointer=error.pointer,
            ) from error


def stale_derived_specs(repo: Path, upstreams: list[Upstream]) -> list[str]:
    """One message per spec that is not what its upstream and overlay produce (e.g. edited by hand)."""
    return [
        f"{upstream.spec.as_posix()} is not what {upstream.described} produce{'s' if upstream.overlay is None else ''} "
        "(a derived spec is never edited by hand: put the change in "
        f"{'an overlay' if upstream.overlay is None else upstream.overlay.as_posix()}). "
        "Run `make generate`."
        for upstream in upstreams
        if not (repo / upstream.spec).exists()
        or (repo / upstream.spec).read_text(encoding="utf-8") != derive_text(repo, upstream)
    ]
