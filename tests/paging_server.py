"""A loopback HTTP server that pages through five records in every style of the catch-all spec (issue 21).

tests/golden/catch-all.yaml's paginated operations: a cursor, offset/limit, page numbers, a next URL in the
body and in a `Link` header; and a deprecated operation answering with `Deprecation` and `Sunset` headers.
Every request received is recorded, so a test sees how many pages were fetched, with which query and headers.
The fixtures (`paging_server`, `paging_seen`, `paging_client`) are in conftest.py.
"""

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

RECORDS = [{"id": f"r{number}", "kind": "a"} for number in range(1, 6)]
IDS = [record["id"] for record in RECORDS]
TOKEN = "tok-pages-SECRET"


@dataclass(frozen=True)
class Seen:
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]


class _Pages(BaseHTTPRequestHandler):
    server: "PagingServer"

    def do_GET(self) -> None:  # http.server's name
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
        `kind=offsite`, page 1 again after page 2 for `kind=circle`."""
        part = int(query.get("p", 1))
        port = self.server.server_address[1]
        if query.get("kind") == "offsite":
            return f"http://localhost:{port}{path}?p={part + 1}"
        if query.get("kind") == "circle" and part == 2:  # back to page 1: a walk in circles
            return f"{path}?p=1"
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

    def log_message(self, format: str, *args: Any) -> None:  # http.server's signature
        pass


class PagingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Pages)
        self.seen: list[Seen] = []


@contextmanager
def paging_server() -> Iterator[PagingServer]:
    """The server, running on 127.0.0.1 in a thread until the block ends."""
    running = PagingServer()
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    try:
        yield running
    finally:
        running.shutdown()
        running.server_close()
        thread.join(timeout=10)
