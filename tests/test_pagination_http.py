"""Walking pages over loopback HTTP: the golden package's paginated operations against a real local server.

The server (a ThreadingHTTPServer on 127.0.0.1, started per test module) serves five records through each
of the catch-all spec's pagination styles (tests/golden/catch-all.yaml): a cursor, offset/limit, page
numbers, a next URL in the body and in a `Link` header. Every request it receives is recorded, so a test
sees how many pages were fetched, and with which query and headers.
"""

import asyncio
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from support import golden

pytestmark = pytest.mark.http

RECORDS = [{"id": f"r{number}", "kind": "a"} for number in range(1, 6)]
IDS = [record["id"] for record in RECORDS]
TOKEN = "tok-pages-SECRET"


@dataclass(frozen=True)
class Seen:
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]


class _Pages(BaseHTTPRequestHandler):
    server: "_Server"

    def do_GET(self) -> None:  # noqa: N802  # http.server's name
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        self.server.seen.append(Seen(url.path, query, {k.lower(): v for k, v in self.headers.items()}))
        one = {name: values[-1] for name, values in query.items()}
        handler = getattr(self, "_" + url.path.strip("/").replace("/", "_").replace("-", "_"), None)
        if handler is None:
            self._send(404, {"detail": "no such page"})
            return
        handler(one)

    def _records(self, query: dict[str, str]) -> None:  # cursor
        limit = int(query.get("limit", 2))
        if query.get("kind") == "loop":  # a server that hands out the same cursor again
            data = RECORDS[limit : 2 * limit] if "after" in query else RECORDS[:limit]
            self._send(200, {"data": data, "next_cursor": "same", "has_more": True})
            return
        start = IDS.index(query["after"]) + 1 if "after" in query else 0
        more = start + limit < len(RECORDS)
        page = RECORDS[start : start + limit]
        self._send(200, {"data": page, "next_cursor": page[-1]["id"] if more else None, "has_more": more})

    def _records_numbered(self, query: dict[str, str]) -> None:  # offset/limit
        offset, limit = int(query.get("offset", 0)), int(query.get("limit", 2))
        if query.get("kind") == "stuck":  # a server that ignores the offset
            offset = 0
        self._send(200, {"data": RECORDS[offset : offset + limit]})

    def _records_paged(self, query: dict[str, str]) -> None:  # page numbers, 2 a page
        page = int(query.get("page", 1))
        self._send(200, {"data": RECORDS[(page - 1) * 2 : page * 2], "meta": {"pages": 3}})

    def _records_linked(self, query: dict[str, str]) -> None:  # next URL in the body
        self._send(200, {"data": self._part(query), "links": {"next": self._next(query, "/records/linked")}})

    def _records_by_link_header(self, query: dict[str, str]) -> None:  # next URL in a Link header
        following = self._next(query, "/records/by-link-header")
        headers = {"Link": f'<{following}>; rel="next"'} if following else {}
        self._send(200, self._part(query), headers)

    def _records_legacy(self, query: dict[str, str]) -> None:
        self._send(200, RECORDS, {"Deprecation": "@1688169599", "Sunset": "Sun, 01 Jan 2034 00:00:00 GMT"})

    def _part(self, query: dict[str, str]) -> list[dict[str, str]]:
        part = int(query.get("p", 1))
        return RECORDS[(part - 1) * 2 : part * 2]

    def _next(self, query: dict[str, str], path: str) -> str | None:
        """Page 2 by an absolute URL, page 3 by a relative one, without the caller's filter; another origin for
        `kind=offsite`."""
        part = int(query.get("p", 1))
        port = self.server.server_address[1]
        if query.get("kind") == "offsite":
            return f"http://localhost:{port}{path}?p={part + 1}"
        return {1: f"http://127.0.0.1:{port}{path}?p=2", 2: f"{path}?p=3"}.get(part)

    def _send(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
        content = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002  # http.server's signature
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Pages)
        self.seen: list[Seen] = []


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    running = _Server()
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    try:
        yield running
    finally:
        running.shutdown()
        running.server_close()
        thread.join(timeout=10)


@pytest.fixture
def seen(server: _Server) -> list[Seen]:
    server.seen.clear()
    return server.seen


@pytest.fixture
def client(server: _Server) -> Any:
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    client = golden("client").AuthenticatedClient(token=TOKEN, base_url=base_url, timeout=10.0, max_retries=0)
    yield client
    client.close()


def records(name: str) -> Any:
    return golden(f"api.records.{name}")


def ids(items: Any) -> list[str]:
    return [item.id for item in items]


@pytest.mark.parametrize(
    ("operation", "pages"),
    [("list_records", 3), ("list_numbered_records", 3), ("list_paged_records", 3), ("list_linked_records", 3)],
)
def test_sync_items_walk_every_page_in_order_lazily_with_the_callers_filters_and_headers(
    client: Any, seen: list[Seen], operation: str, pages: int
) -> None:
    walk = records(operation).sync_items(client=client, kind="a", headers={"X-Trace": "t-1"}, extra_query={"v": "2"})
    assert seen == [], "no request before the iteration starts"
    first = next(walk)
    assert first.id == "r1" and len(seen) == 1, "one request for the first page"
    assert [first.id, *ids(walk)] == IDS
    assert len(seen) == pages
    for request in seen:
        assert request.query["kind"] == ["a"] and request.query["v"] == ["2"]
        assert request.headers["x-trace"] == "t-1"
        assert request.headers["authorization"] == f"Bearer {TOKEN}"


def test_a_next_url_in_a_link_header_is_followed(client: Any, seen: list[Seen]) -> None:
    assert ids(records("list_records_by_link_header").sync_items(client=client, kind="a")) == IDS
    assert [request.query.get("p") for request in seen] == [None, ["2"], ["3"]]
    assert all(request.query["kind"] == ["a"] for request in seen)


def test_the_cursor_and_offset_advance_as_the_pages_say(client: Any, seen: list[Seen]) -> None:
    list(records("list_records").sync_items(client=client, limit=2))
    assert [request.query.get("after") for request in seen] == [None, ["r2"], ["r4"]]
    seen.clear()
    list(records("list_numbered_records").sync_items(client=client))
    assert [request.query.get("offset") for request in seen] == [None, ["2"], ["4"]]


def test_sync_pages_yields_each_parsed_page(client: Any, seen: list[Seen]) -> None:
    pages = list(records("list_records").sync_pages(client=client))
    assert [ids(page.data) for page in pages] == [["r1", "r2"], ["r3", "r4"], ["r5"]]
    assert pages[-1].has_more is False


def test_max_items_stops_after_the_pages_it_needs(client: Any, seen: list[Seen]) -> None:
    assert ids(records("list_records").sync_items(client=client, max_items=3)) == ["r1", "r2", "r3"]
    assert len(seen) == 2
    seen.clear()
    assert ids(records("list_records").sync_items(client=client, max_items=2)) == ["r1", "r2"]
    assert len(seen) == 1


def test_max_pages_stops_the_walk(client: Any, seen: list[Seen]) -> None:
    assert len(list(records("list_numbered_records").sync_pages(client=client, max_pages=2))) == 2
    assert len(seen) == 2


def test_a_repeated_cursor_ends_in_a_page_loop_error(client: Any, seen: list[Seen]) -> None:
    errors = golden("errors")
    walk = records("list_records").sync_items(client=client, kind="loop")
    assert [next(walk).id for _ in range(4)] == ["r1", "r2", "r3", "r4"], "the pages received are given"
    with pytest.raises(errors.PageLoopError, match="cursor 'same' again"):
        next(walk)
    assert len(seen) == 2


def test_a_page_that_makes_no_progress_ends_in_a_page_loop_error(client: Any, seen: list[Seen]) -> None:
    errors = golden("errors")
    walk = records("list_numbered_records").sync_items(client=client, kind="stuck")
    with pytest.raises(errors.PageLoopError, match="repeats the previous one"):
        list(walk)
    assert len(seen) == 2


@pytest.mark.parametrize("operation", ["list_linked_records", "list_records_by_link_header"])
def test_a_next_url_on_another_origin_is_a_typed_error_and_is_never_requested(
    client: Any, seen: list[Seen], operation: str
) -> None:
    errors = golden("errors")
    walk = records(operation).sync_items(client=client, kind="offsite")
    assert next(walk).id == "r1"
    with pytest.raises(errors.PageOriginError, match="localhost") as raised:
        list(walk)
    assert isinstance(raised.value, errors.PaginationError) and isinstance(raised.value, errors.ApiError)
    assert TOKEN not in str(raised.value)
    assert len(seen) == 1 and all(request.headers["host"].startswith("127.0.0.1") for request in seen)


def test_asyncio_items_walk_every_page_with_the_callers_filters_and_headers(client: Any, seen: list[Seen]) -> None:
    async def walk(operation: str, **options: Any) -> list[str]:
        found = records(operation).asyncio_items(client=client, kind="a", headers={"X-Trace": "t-2"}, **options)
        assert seen == [], "no request before the iteration starts"
        return [item.id async for item in found]

    for operation in ("list_records", "list_numbered_records", "list_linked_records"):
        seen.clear()
        assert asyncio.run(walk(operation)) == IDS
        assert len(seen) == 3
        assert all(r.query["kind"] == ["a"] and r.headers["x-trace"] == "t-2" for r in seen)
    seen.clear()
    assert asyncio.run(walk("list_records", max_items=3)) == ["r1", "r2", "r3"]
    assert len(seen) == 2


def test_asyncio_a_repeated_cursor_ends_in_a_page_loop_error(client: Any, seen: list[Seen]) -> None:
    errors = golden("errors")

    async def walk() -> None:
        async for _page in records("list_records").asyncio_pages(client=client, kind="loop"):
            pass

    with pytest.raises(errors.PageLoopError):
        asyncio.run(walk())


def test_bad_limits_are_refused_before_any_request(client: Any, seen: list[Seen]) -> None:
    errors = golden("errors")
    with pytest.raises(errors.InvalidArgumentError, match="max_pages"):
        records("list_records").sync_pages(client=client, max_pages=0)
    with pytest.raises(errors.InvalidArgumentError, match="max_items"):
        records("list_records").sync_items(client=client, max_items=-1)
    assert seen == []
