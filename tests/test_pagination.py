"""Reading `x-speakeasy-pagination` (scripts/codegen/pagination.py): what an operation declares, checked, and the
hint for an operation that looks paginated but declares nothing. The walking itself is tested over loopback
HTTP in test_pagination_http.py.
"""

import re
from pathlib import Path
from typing import Any

import pytest

from scripts.codegen.documents import load_document
from scripts.codegen.errors import SpecError
from scripts.codegen.overlay import apply_overlay, load_overlay
from scripts.codegen.pagination import (
    PageInput,
    Pagination,
    looks_paginated,
    pagination_hints,
    parse_jsonpath,
    read_pagination,
)
from scripts.codegen.paths import REPO
from scripts.codegen.spec import load_spec
from support import golden, resolver

pytestmark = pytest.mark.unit

SPEC = Path("spec.yaml")
DOCUMENT: dict[str, Any] = {
    "components": {
        "parameters": {"Cursor": {"name": "after", "in": "query", "schema": {"$ref": "#/components/schemas/Id"}}},
        "schemas": {
            "Id": {"type": "string"},
            "Page": {
                "type": "object",
                "properties": {"data": {"type": "array"}, "has_more": {"type": "boolean"}, "next": {"type": "string"}},
            },
        },
    }
}


def where(message: str, *pointer: str | int) -> SpecError:
    return SpecError(SPEC, message, pointer="/" + "/".join(map(str, pointer)))


resolve = resolver(DOCUMENT)


def raw_operations(document: Any) -> list[dict[str, Any]]:
    return [
        item[method]
        for item in document.get("paths", {}).values()
        for method in ("get", "put", "post", "delete", "patch")
        if isinstance(item.get(method), dict)
    ]


def operation(pagination: Any = None, **extra: Any) -> dict[str, Any]:
    declared = {
        "operationId": "list_records",
        "parameters": [
            {"$ref": "#/components/parameters/Cursor"},
            {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 50}},
            {"name": "page", "in": "query", "schema": {"type": "integer", "default": 1}},
            {"name": "offset", "in": "query", "schema": {"type": "integer"}},
        ],
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}},
            }
        },
        **extra,
    }
    if pagination is not None:
        declared["x-speakeasy-pagination"] = pagination
    return declared


def read(pagination: Any, **extra: Any) -> Pagination | None:
    return read_pagination(operation(pagination, **extra), resolve, where)


def test_no_extension_is_no_pagination() -> None:
    assert read(None) is None


def test_a_cursor_pagination_as_speakeasy_documents_it() -> None:
    declared = {
        "type": "cursor",
        "inputs": [
            {"name": "after", "in": "parameters", "type": "cursor"},
            {"name": "limit", "in": "parameters", "type": "limit"},
        ],
        "outputs": {"results": "$.data", "nextCursor": "$.data[-1].id", "hasMore": "$.has_more"},
    }
    assert read(declared) == Pagination(
        type="cursor",
        inputs=(PageInput("cursor", "after", "query"), PageInput("limit", "limit", "query", 50)),
        results=("data",),
        next_cursor=("data", -1, "id"),
        has_more=("has_more",),
    )


def test_offset_limit_with_a_page_input_and_num_pages() -> None:
    declared = {
        "type": "offsetLimit",
        "inputs": [{"name": "page", "in": "parameters", "type": "page"}],
        "outputs": {"numPages": "$.meta['pages']"},
    }
    pagination = read(declared)
    assert pagination is not None and pagination.num_pages == ("meta", "pages")
    assert pagination.input("page") == PageInput("page", "page", "query", 1) and pagination.input("offset") is None


def test_a_url_pagination_reads_its_next_url_from_the_body_or_a_documented_link_header() -> None:
    assert read({"type": "url", "outputs": {"nextUrl": "$.next"}}) == Pagination("url", (), next_url=("next",))
    with_link = operation({"type": "url"})
    with_link["responses"]["200"]["headers"] = {"Link": {"schema": {"type": "string"}}}
    pagination = read_pagination(with_link, resolve, where)
    assert pagination is not None and pagination.link_header and pagination.next_url is None


@pytest.mark.parametrize(
    ("declared", "message"),
    [
        ("cursor", "must be a mapping"),
        ({"type": "pages"}, "type must be one of offsetLimit, cursor, url"),
        ({"type": "cursor", "outputs": {"nextCursor": "$.next"}}, "needs an input of type cursor"),
        (
            {"type": "cursor", "inputs": [{"name": "after", "in": "parameters", "type": "cursor"}]},
            "needs outputs.nextCursor",
        ),
        ({"type": "offsetLimit", "outputs": {"results": "$.data"}}, "needs an input of type offset or page"),
        (
            {"type": "offsetLimit", "inputs": [{"name": "offset", "in": "parameters", "type": "offset"}]},
            "needs outputs.results",
        ),
        ({"type": "url"}, "needs outputs.nextUrl, or a documented `Link` header"),
        (
            {
                "type": "cursor",
                "inputs": [{"name": "since", "in": "parameters", "type": "cursor"}],
                "outputs": {"nextCursor": "$.n"},
            },
            "input 'since' is not a parameter of the operation",
        ),
        (
            {
                "type": "cursor",
                "inputs": [{"name": "after", "in": "requestBody", "type": "cursor"}],
                "outputs": {"nextCursor": "$.n"},
            },
            "in requestBody is not supported",
        ),
        (
            {
                "type": "cursor",
                "inputs": [{"name": "after", "in": "parameters", "type": "token"}],
                "outputs": {"nextCursor": "$.n"},
            },
            "input type must be one of offset, page, limit, cursor",
        ),
        ({"type": "url", "outputs": {"nextUrl": "$..next"}}, "outputs.nextUrl: '$..next' is not supported at '..next'"),
        ({"type": "url", "outputs": {"nextUrl": "$.links[*]"}}, "is not supported at '[*]'"),
        ({"type": "url", "outputs": {"nextUrl": "links.next"}}, "is not a JSONPath starting with `$`"),
        ({"type": "url", "outputs": {"next": "$.next"}}, "unknown output 'next'"),
        ({"type": "url", "outputs": {"nextUrl": "$.next"}, "extra": 1}, "unknown key 'extra'"),
    ],
)
def test_a_declaration_that_cannot_work_is_a_spec_error_naming_the_operation(declared: Any, message: str) -> None:
    with pytest.raises(SpecError, match="x-speakeasy-pagination of list_records: .*" + re.escape(message)) as raised:
        read(declared)
    assert raised.value.pointer.startswith("/x-speakeasy-pagination")


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("$", ()),
        ("$.data", ("data",)),
        ("$.data.resultArray", ("data", "resultArray")),
        ("$.data[0]", ("data", 0)),
        ("$.data[-1].created_at", ("data", -1, "created_at")),
        ("$['links'][\"next-page\"]", ("links", "next-page")),
    ],
)
def test_the_jsonpath_subset(text: str, steps: tuple[str | int, ...]) -> None:
    assert parse_jsonpath(text) == steps


@pytest.mark.parametrize("text", ["$.a[?(@.b)]", "$.*", "$..a", "$.a[0:2]", "$.a[", "data", 3, None])
def test_anything_beyond_the_subset_is_refused(text: Any) -> None:
    with pytest.raises(ValueError):
        parse_jsonpath(text)


def test_an_undeclared_operation_with_a_page_parameter_and_a_next_field_looks_paginated() -> None:
    reason = looks_paginated(operation(), resolve)
    assert reason is not None
    assert "list_records" in reason and "'after'" in reason and "'has_more'" in reason
    assert "x-speakeasy-pagination" in reason


def test_a_declared_or_unpaged_operation_gives_no_hint() -> None:
    declared = {"type": "url", "outputs": {"nextUrl": "$.next"}}
    assert looks_paginated(operation(declared), resolve) is None
    unpaged = {
        "operationId": "get_usage",
        "parameters": [{"name": "month", "in": "query"}],
        "responses": operation()["responses"],
    }
    assert looks_paginated(unpaged, resolve) is None


def test_the_shipped_specs_and_the_catch_all_read_without_error() -> None:
    for spec_path in [*(REPO / "specs").glob("*.yaml"), REPO / "tests" / "golden" / "catch-all.yaml"]:
        spec = load_spec(spec_path)
        for declared in raw_operations(spec.document):
            read_pagination(declared, spec.api.resolve, where)


def test_the_catch_all_declares_every_kind() -> None:
    spec = load_spec(REPO / "tests" / "golden" / "catch-all.yaml")
    found = {
        declared["operationId"]: read_pagination(declared, spec.api.resolve, where)
        for declared in raw_operations(spec.document)
    }
    kinds = {pagination.type for pagination in found.values() if pagination is not None}
    assert kinds == {"cursor", "offsetLimit", "url"}
    by_header = found["list_records_by_link_header"]
    assert by_header is not None and by_header.link_header and by_header.results == ()


def test_mock_api_serves_queued_pages_in_order() -> None:
    api = golden("testing").MockApi()
    list_records = golden("api.records.list_records")
    api.queue_pages(
        "list_records",
        {"data": [{"id": "r1"}], "next_cursor": "c1", "has_more": True},
        {"data": [{"id": "r2"}], "next_cursor": None, "has_more": False},
    )
    assert [record.id for record in list_records.sync_items(client=api.client(), kind="a")] == ["r1", "r2"]
    assert [request.url.params.get("after") for request in api.calls("list_records")] == [None, "c1"]


CORPUS = REPO.parent / "shared" / "corpus"
# Per published description of the corpus: its file, the overlay declaring its pagination, what it declares.
DECLARED = {
    "openai": (
        "openai/openapi.yaml",
        {"usage-completions", "usage-costs"},
        Pagination(
            "cursor",
            (PageInput("cursor", "page", "query"),),
            ("data",),
            next_cursor=("next_page",),
            has_more=("has_more",),
        ),
    ),
    "twilio": (
        "twilio/twilio_api_v2010.yaml",
        {"ListUsageRecord", "ListUsageRecordThisMonth"},
        Pagination("url", (), ("usage_records",), next_url=("next_page_uri",)),
    ),
    "pagerduty": (
        "pagerduty/openapiv3.json",
        {"listLicenseAllocations"},
        Pagination(
            "offsetLimit",
            (PageInput("offset", "offset", "query"), PageInput("limit", "limit", "query")),
            ("license_allocations",),
            has_more=("more",),
        ),
    ),
}


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the corpus of published descriptions is not at {CORPUS}")
@pytest.mark.parametrize("key", sorted(DECLARED))
def test_one_overlay_action_makes_a_published_usage_operation_paginate(key: str) -> None:
    """Each looks paginated as published (`make generate` hints at it); the overlay in tests/data declares it."""
    file, kept, expected = DECLARED[key]
    overlay_path = REPO / "tests" / "data" / f"{key}-pagination-overlay.yaml"
    document = load_document(CORPUS / file, shown_as=Path(file)).data
    before = {op["operationId"]: op for op in raw_operations(document) if op.get("operationId") in kept}
    assert before.keys() == kept
    assert all(looks_paginated(op, resolver(document)) for op in before.values()), "the hint names each"
    overlay = load_overlay(overlay_path, shown_as=overlay_path)
    assert len(overlay.actions) == 1
    patched = apply_overlay(document, overlay)
    for declared in raw_operations(patched):
        if declared.get("operationId") in kept:
            assert read_pagination(declared, resolver(patched), where) == expected, declared["operationId"]


def test_make_generate_hints_at_the_kept_operations_that_look_paginated(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        """openapi: 3.0.3
info: {title: t, version: "1"}
servers: [{url: "https://api.example.invalid"}]
security: [{bearer: []}]
paths:
  /records:
    get:
      operationId: list_records
      parameters: [{name: cursor, in: query, schema: {type: string}}]
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Page"}}}
components:
  securitySchemes: {bearer: {type: http, scheme: bearer}}
  schemas:
    Page:
      type: object
      properties: {items: {type: array, items: {type: string}}, next_cursor: {type: string}}
"""
    )
    [hint] = pagination_hints(load_spec(spec).api)
    assert hint.startswith("list_records looks paginated (parameter 'cursor', response field 'next_cursor')")
    assert pagination_hints(load_spec(REPO / "tests" / "golden" / "catch-all.yaml").api) == []
