# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Walking the pages of a paginated operation (its spec's `x-speakeasy-pagination`): `sync_pages`, `sync_items`...

Lazy: calling `sync_pages(...)` checks its arguments and sends nothing; each page is requested when the
iteration reaches it, through the client's `_send` like any call (auth, retries, deadline, size limit),
with the caller's parameters, `headers=` and `extra_query=` on every page. A walk ends when the page says
it is the last (no next cursor or URL, `has_more` false, fewer items than the limit, an empty page, the
last page number), after `max_pages`, or with a `PaginationError`: a next-page URL on another origin
(`PageOriginError`, raised before anything is sent there), a cursor or URL the server already sent, or
a page repeating the previous one (`PageLoopError`), so a server's bug never becomes an endless loop.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._transports import _origin
from .errors import InvalidArgumentError, PageLoopError, PageOriginError, PaginationError
from .types import Unset

if TYPE_CHECKING:
    from .client import Client

Page = TypeVar("Page")
Item = TypeVar("Item")
JsonPath = Sequence[str | int]  # `$.data[-1].id` as ("data", -1, "id")


@dataclass(frozen=True)
class Paging:
    """How one operation's pages follow each other; the parameters by their Python names."""

    kind: str  # "offsetLimit", "cursor" or "url"
    offset: str | None = None
    page: str | None = None
    limit: str | None = None
    cursor: str | None = None
    first_page: int = 1  # the page a request without a page number gets
    default_limit: int | None = None  # the limit a request without one gets, when the spec says
    results: JsonPath | None = None  # JSONPaths into the body
    num_pages: JsonPath | None = None
    next_cursor: JsonPath | None = None
    next_url: JsonPath | None = None
    has_more: JsonPath | None = None
    link_header: bool = False  # the next URL is the `Link: <...>; rel="next"` header's


_ABSENT = object()


class _Walk:
    """Where a walk stands: the next request to send (None after the last page), and what it has seen."""

    def __init__(
        self,
        client: Client,
        paging: Paging,
        build: Callable[[dict[str, Any]], dict[str, Any]],
        arguments: dict[str, Any],
        max_pages: int | None,
    ) -> None:
        if max_pages is not None and (type(max_pages) is not int or max_pages < 1):
            raise InvalidArgumentError(f"max_pages must be a positive integer or None, got {max_pages!r}")
        self.client = client
        self.paging = paging
        self.build = build
        self.arguments = dict(arguments)
        self.first = build(dict(arguments))  # checks the arguments now, before any iteration
        self.request: dict[str, Any] | None = self.first
        self.pages_left = max_pages
        self.seen: set[str] = set()  # the cursors sent and the URLs fetched
        self.previous: object = _ABSENT  # the previous page's items, to see a page that makes no progress
        # Why the page after the last one received cannot be fetched: raised when the iteration asks for it.
        self.failure: PaginationError | None = None
        if paging.cursor is not None and not _unset(arguments.get(paging.cursor)):
            self.seen.add(f"cursor {arguments[paging.cursor]!r}")

    def next_request(self) -> dict[str, Any] | None:
        if self.failure is not None:
            raise self.failure
        if self.pages_left is not None:
            if self.pages_left == 0:
                return None
            self.pages_left -= 1
        return self.request

    def advance(self, response: httpx.Response) -> None:
        """Read the next request from the page just received (its body, or its `Link` header)."""
        paging = self.paging
        self.seen.add(f"url {response.request.url}")
        body = response.json()
        results = _at(body, paging.results) if paging.results is not None else None
        count = len(results) if isinstance(results, list) else 0
        last = (paging.has_more is not None and _at(body, paging.has_more) is False) or (
            paging.results is not None and count == 0
        )
        if paging.kind == "offsetLimit":
            last = last or self._offset_limit(body, count)
        elif paging.kind == "cursor":
            last = last or self._cursor(response, body)
        else:
            last = last or self._url(response, body)
        if count and results == self.previous:
            raise PageLoopError(f"{_where(response)}: the page repeats the previous one; stopped rather than loop")
        self.previous = results
        if last:
            self.request = None

    def _offset_limit(self, body: Any, count: int) -> bool:
        paging = self.paging
        limit = self._given(paging.limit, paging.default_limit)
        last = isinstance(limit, int) and count < limit
        if paging.page is not None:
            page = self._given(paging.page, paging.first_page)
            pages = _at(body, paging.num_pages) if paging.num_pages is not None else None
            last = last or (isinstance(pages, int) and page >= pages)
            self.arguments[paging.page] = page + 1
        if paging.offset is not None:
            self.arguments[paging.offset] = self._given(paging.offset, 0) + count
        self.request = self.build(dict(self.arguments))
        return last

    def _cursor(self, response: httpx.Response, body: Any) -> bool:
        paging = self.paging
        assert paging.cursor is not None and paging.next_cursor is not None  # a cursor walk has both
        cursor = _at(body, paging.next_cursor)
        if cursor is None or cursor == "" or isinstance(cursor, dict | list):
            return True
        key = f"cursor {cursor!r}"
        if key in self.seen:
            return self._fail(
                PageLoopError(f"{_where(response)}: the server sent the next-page cursor {cursor!r} again")
            )
        self.seen.add(key)
        self.arguments[paging.cursor] = cursor
        self.request = self.build(dict(self.arguments))
        return False

    def _url(self, response: httpx.Response, body: Any) -> bool:
        paging = self.paging
        link = _at(body, paging.next_url) if paging.next_url is not None else response.links.get("next", {}).get("url")
        if not isinstance(link, str) or not link:
            return True
        try:
            url = response.request.url.join(link)  # a relative link is relative to the page's URL
        except httpx.InvalidURL as error:
            return self._fail(PageOriginError(f"{_where(response)}: the next-page URL is not a URL ({error})"))
        if _origin(url) != self.client._origin:
            scheme, host, port = _origin(url)
            return self._fail(
                PageOriginError(
                    f"{_where(response)}: the next-page URL points at {scheme}://{host}{f':{port}' if port else ''},"
                    " not the API's origin; it was not followed, so no credential went there"
                )
            )
        following = httpx.URL(_with_missing_query(url, httpx.URL(self.first["url"])))
        if f"url {following}" in self.seen:
            return self._fail(PageLoopError(f"{_where(response)}: the next-page URL leads to a page already fetched"))
        self.request = {**self.first, "url": str(following)}
        return False

    def _fail(self, failure: PaginationError) -> bool:
        """Keep `failure` for when the next page is asked for: the page just received is still given."""
        self.failure = failure
        return False

    def _given(self, name: str | None, default: int | None) -> Any:
        value = self.arguments.get(name) if name is not None else None
        return default if value is None or _unset(value) else value


def pages(
    client: Client,
    paging: Paging,
    build: Callable[[dict[str, Any]], dict[str, Any]],
    arguments: dict[str, Any],
    parse: Callable[[httpx.Response], Page],
    *,
    idempotent: bool,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    max_pages: int | None,
) -> Iterator[Page]:
    """The parsed pages of an operation; `build(arguments)` is its request (with the call's options)."""
    walk = _Walk(client, paging, build, arguments, max_pages)

    def walking() -> Iterator[Page]:
        while (request := walk.next_request()) is not None:
            response = client._send(request, idempotent=idempotent, timeout=timeout, max_retries=max_retries)
            page = parse(response)
            walk.advance(response)
            yield page

    return walking()


def async_pages(
    client: Client,
    paging: Paging,
    build: Callable[[dict[str, Any]], dict[str, Any]],
    arguments: dict[str, Any],
    parse: Callable[[httpx.Response], Page],
    *,
    idempotent: bool,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    max_pages: int | None,
) -> AsyncIterator[Page]:
    """The async twin of `pages`."""
    walk = _Walk(client, paging, build, arguments, max_pages)

    async def walking() -> AsyncIterator[Page]:
        while (request := walk.next_request()) is not None:
            response = await client._send_async(
                request, idempotent=idempotent, timeout=timeout, max_retries=max_retries
            )
            page = parse(response)
            walk.advance(response)
            yield page

    return walking()


def items(pages: Iterator[Page], of_page: Callable[[Page], list[Item]], max_items: int | None) -> Iterator[Item]:
    """The items of `pages`, in order; after `max_items` of them no further page is requested."""
    _check_max_items(max_items)

    def walking() -> Iterator[Item]:
        left = max_items
        for page in pages:
            for item in of_page(page):
                if left is not None:
                    if left == 0:
                        return
                    left -= 1
                yield item
            if left == 0:
                return

    return walking()


def async_items(
    pages: AsyncIterator[Page], of_page: Callable[[Page], list[Item]], max_items: int | None
) -> AsyncIterator[Item]:
    """The async twin of `items`."""
    _check_max_items(max_items)

    async def walking() -> AsyncIterator[Item]:
        left = max_items
        async for page in pages:
            for item in of_page(page):
                if left is not None:
                    if left == 0:
                        return
                    left -= 1
                yield item
            if left == 0:
                return

    return walking()


def items_at(page: object, attributes: Sequence[str | int]) -> list[Any]:
    """The list at `attributes` of a parsed page (`page.data`, `page.meta.items`); [] when a field is absent."""
    node: Any = page
    for step in attributes:
        if isinstance(step, int):
            node = node[step] if isinstance(node, list) and -len(node) <= step < len(node) else None
        else:
            node = getattr(node, step, None)
        if node is None or _unset(node):
            return []
    return list(node)


def _check_max_items(max_items: int | None) -> None:
    if max_items is not None and (type(max_items) is not int or max_items < 0):
        raise InvalidArgumentError(f"max_items must be 0 or more, or None, got {max_items!r}")


def _at(body: Any, path: JsonPath) -> Any:
    """The value at `path` in a JSON body; None when any step is missing."""
    for step in path:
        if isinstance(step, int) and isinstance(body, list) and -len(body) <= step < len(body):
            body = body[step]
        elif isinstance(step, str) and isinstance(body, dict):
            body = body.get(step)
        else:
            return None
    return body


def _unset(value: object) -> bool:
    return isinstance(value, Unset)


def _with_missing_query(url: httpx.URL, first: httpx.URL) -> str:
    """`url` with the first request's query parameters it lacks (the caller's filters), encoded as they were."""
    present = set(url.params)
    missing = [part for part in first.query.decode().split("&") if part and httpx.QueryParams(part).keys() - present]
    if not missing:
        return str(url)
    return f"{url}{'&' if url.query else '?'}{'&'.join(missing)}"


def _where(response: httpx.Response) -> str:
    return f"{response.request.method} {response.request.url.copy_with(query=None)}"
