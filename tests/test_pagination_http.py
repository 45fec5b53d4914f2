"""Walking pages over loopback HTTP: the golden package's paginated operations against a real local server.

The server (tests/paging_server.py, on 127.0.0.1) serves five records through each of the catch-all spec's
pagination styles (tests/golden/catch-all.yaml): a cursor, offset/limit, page numbers, a next URL in the
body and in a `Link` header. Every request it receives is recorded (`paging_seen`), so a test sees how many
pages were fetched, and with which query and headers.
"""

import asyncio
from typing import Any

import pytest
from paging_server import IDS, TOKEN, Seen

from support import golden

pytestmark = pytest.mark.http


def records(name: str) -> Any:
    return golden(f"api.records.{name}")


def ids(items: Any) -> list[str]:
    return [item.id for item in items]


@pytest.mark.parametrize(
    ("operation", "pages"),
    [("list_records", 3), ("list_numbered_records", 3), ("list_paged_records", 3), ("list_linked_records", 3)],
)
def test_sync_items_walk_every_page_in_order_lazily_with_the_callers_filters_and_headers(
    paging_client: Any, paging_seen: list[Seen], operation: str, pages: int
) -> None:
    walk = records(operation).sync_items(
        client=paging_client, kind="a", headers={"X-Trace": "t-1"}, extra_query={"v": "2"}
    )
    assert paging_seen == [], "no request before the iteration starts"
    first = next(walk)
    assert first.id == "r1" and len(paging_seen) == 1, "one request for the first page"
    assert [first.id, *ids(walk)] == IDS
    assert len(paging_seen) == pages
    for request in paging_seen:
        assert request.query["kind"] == ["a"] and request.query["v"] == ["2"]
        assert request.headers["x-trace"] == "t-1"
        assert request.headers["authorization"] == f"Bearer {TOKEN}"


def test_a_next_url_in_a_link_header_is_followed(paging_client: Any, paging_seen: list[Seen]) -> None:
    assert ids(records("list_records_by_link_header").sync_items(client=paging_client, kind="a")) == IDS
    assert [request.query.get("p") for request in paging_seen] == [None, ["2"], ["3"]]
    assert all(request.query["kind"] == ["a"] for request in paging_seen)


def test_the_cursor_and_offset_advance_as_the_pages_say(paging_client: Any, paging_seen: list[Seen]) -> None:
    list(records("list_records").sync_items(client=paging_client, limit=2))
    assert [request.query.get("after") for request in paging_seen] == [None, ["r2"], ["r4"]]
    paging_seen.clear()
    list(records("list_numbered_records").sync_items(client=paging_client))
    assert [request.query.get("offset") for request in paging_seen] == [None, ["2"], ["4"]]


def test_sync_pages_yields_each_parsed_page(paging_client: Any, paging_seen: list[Seen]) -> None:
    pages = list(records("list_records").sync_pages(client=paging_client))
    assert [ids(page.data) for page in pages] == [["r1", "r2"], ["r3", "r4"], ["r5"]]
    assert pages[-1].has_more is False


def test_max_items_stops_after_the_pages_it_needs(paging_client: Any, paging_seen: list[Seen]) -> None:
    assert ids(records("list_records").sync_items(client=paging_client, max_items=3)) == ["r1", "r2", "r3"]
    assert len(paging_seen) == 2
    paging_seen.clear()
    assert ids(records("list_records").sync_items(client=paging_client, max_items=2)) == ["r1", "r2"]
    assert len(paging_seen) == 1


def test_max_pages_stops_the_walk(paging_client: Any, paging_seen: list[Seen]) -> None:
    assert len(list(records("list_numbered_records").sync_pages(client=paging_client, max_pages=2))) == 2
    assert len(paging_seen) == 2


def test_a_repeated_cursor_ends_in_a_page_loop_error(paging_client: Any, paging_seen: list[Seen]) -> None:
    errors = golden("errors")
    walk = records("list_records").sync_items(client=paging_client, kind="loop")
    assert [next(walk).id for _ in range(4)] == ["r1", "r2", "r3", "r4"], "the pages received are given"
    with pytest.raises(errors.PageLoopError, match="cursor 'same' again"):
        next(walk)
    assert len(paging_seen) == 2


def test_a_page_that_makes_no_progress_ends_in_a_page_loop_error(paging_client: Any, paging_seen: list[Seen]) -> None:
    errors = golden("errors")
    walk = records("list_numbered_records").sync_items(client=paging_client, kind="stuck")
    with pytest.raises(errors.PageLoopError, match="repeats the previous one"):
        list(walk)
    assert len(paging_seen) == 2


def test_a_next_url_leading_back_to_a_page_already_fetched_ends_in_a_page_loop_error(
    paging_client: Any, paging_seen: list[Seen]
) -> None:
    errors = golden("errors")
    walk = records("list_linked_records").sync_pages(client=paging_client, kind="circle")
    with pytest.raises(errors.PageLoopError, match="leads to a page already fetched"):
        list(walk)
    assert [request.query.get("p") for request in paging_seen] == [None, ["2"], ["1"]]


@pytest.mark.parametrize("operation", ["list_linked_records", "list_records_by_link_header"])
def test_a_next_url_on_another_origin_is_a_typed_error_and_is_never_requested(
    paging_client: Any, paging_seen: list[Seen], operation: str
) -> None:
    errors = golden("errors")
    walk = records(operation).sync_items(client=paging_client, kind="offsite")
    assert next(walk).id == "r1"
    with pytest.raises(errors.PageOriginError, match="localhost") as raised:
        list(walk)
    assert isinstance(raised.value, errors.PaginationError) and isinstance(raised.value, errors.ApiError)
    assert TOKEN not in str(raised.value)
    assert len(paging_seen) == 1 and all(request.headers["host"].startswith("127.0.0.1") for request in paging_seen)


def test_asyncio_items_walk_every_page_with_the_callers_filters_and_headers(
    paging_client: Any, paging_seen: list[Seen]
) -> None:
    async def walk(operation: str, **options: Any) -> list[str]:
        found = records(operation).asyncio_items(client=paging_client, kind="a", headers={"X-Trace": "t-2"}, **options)
        assert paging_seen == [], "no request before the iteration starts"
        return [item.id async for item in found]

    for operation in ("list_records", "list_numbered_records", "list_linked_records"):
        paging_seen.clear()
        assert asyncio.run(walk(operation)) == IDS
        assert len(paging_seen) == 3
        assert all(r.query["kind"] == ["a"] and r.headers["x-trace"] == "t-2" for r in paging_seen)
    paging_seen.clear()
    assert asyncio.run(walk("list_records", max_items=3)) == ["r1", "r2", "r3"]
    assert len(paging_seen) == 2


def test_asyncio_a_repeated_cursor_ends_in_a_page_loop_error(paging_client: Any, paging_seen: list[Seen]) -> None:
    errors = golden("errors")

    async def walk() -> None:
        async for _page in records("list_records").asyncio_pages(client=paging_client, kind="loop"):
            pass

    with pytest.raises(errors.PageLoopError):
        asyncio.run(walk())


def test_bad_limits_are_refused_before_any_request(paging_client: Any, paging_seen: list[Seen]) -> None:
    errors = golden("errors")
    with pytest.raises(errors.InvalidArgumentError, match="max_pages"):
        records("list_records").sync_pages(client=paging_client, max_pages=0)
    with pytest.raises(errors.InvalidArgumentError, match="max_items"):
        records("list_records").sync_items(client=paging_client, max_items=-1)
    assert paging_seen == []
