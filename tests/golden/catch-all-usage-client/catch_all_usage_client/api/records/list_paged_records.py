# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, cast

import httpx

from ... import _pagination, errors
from ..._deprecation import watch_deprecation
from ..._identity import request_id
from ..._options import QueryValue, with_call_options
from ..._query import encode_query
from ...client import AuthenticatedClient, Client
from ...models.numbered_record_page import NumberedRecordPage
from ...models.record import Record
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: str | Unset = UNSET,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["kind"] = kind

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/records/paged",
    }

    # The query string is built here, not by httpx's `params`: each parameter in its style (`explode: false`
    # arrays keep their literal commas), and a call without query parameters skips httpx re-encoding the URL.
    if params:
        _kwargs["url"] += "?" + encode_query(params)
    return _kwargs


def _parse_success(response: httpx.Response) -> NumberedRecordPage:
    """The documented model of a 2xx response; raises ResponseValidationError when the body does not match."""
    try:
        if response.status_code == 200:
            return NumberedRecordPage.from_dict(response.json())

    except errors.ResponseValidationError as error:
        raise error.about(response) from error.__cause__
    except (ValueError, RecursionError) as error:  # not JSON, or JSON nested deeper than Python parses
        raise errors.ResponseValidationError(f"not valid JSON ({error})", response=response) from error
    raise errors.ResponseValidationError(f"status {response.status_code} is not documented", response=response)


def _build_response(response: httpx.Response) -> Response[NumberedRecordPage]:
    watch_deprecation(response.headers, "list_paged_records")
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        request_id=request_id(response.headers),
        parsed=_parse_success(response) if response.is_success else None,
    )


def _success_or_raise(response: httpx.Response) -> NumberedRecordPage:
    watch_deprecation(response.headers, "list_paged_records")
    if response.is_success:
        return _parse_success(response)
    raise errors.status_error(response, errors.decode_body(response))


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: str | Unset = UNSET,
    page: int | Unset = 1,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[NumberedRecordPage]:
    """List records by page number

    Args:
        kind (str | Unset): Only records of this kind.
        page (int | Unset): Default: 1.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Response[NumberedRecordPage]: the status, headers, raw content and the parsed
        body (the documented model for its status, None when undocumented); an HTTP status is never raised.
    """

    kwargs = with_call_options(
        _get_kwargs(
            kind=kind,
            page=page,
        ),
        headers,
        extra_query,
    )
    return _build_response(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


def sync(
    *,
    client: AuthenticatedClient | Client,
    kind: str | Unset = UNSET,
    page: int | Unset = 1,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> NumberedRecordPage:
    """List records by page number

    Args:
        kind (str | Unset): Only records of this kind.
        page (int | Unset): Default: 1.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiStatusError: a non-2xx status, as its subclass (`errors.NotFoundError`, `errors.RateLimitError`...).
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        NumberedRecordPage
    """

    kwargs = with_call_options(
        _get_kwargs(
            kind=kind,
            page=page,
        ),
        headers,
        extra_query,
    )
    return _success_or_raise(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: str | Unset = UNSET,
    page: int | Unset = 1,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[NumberedRecordPage]:
    """List records by page number

    Args:
        kind (str | Unset): Only records of this kind.
        page (int | Unset): Default: 1.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Response[NumberedRecordPage]: the status, headers, raw content and the parsed
        body (the documented model for its status, None when undocumented); an HTTP status is never raised.
    """

    kwargs = with_call_options(
        _get_kwargs(
            kind=kind,
            page=page,
        ),
        headers,
        extra_query,
    )
    return _build_response(await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    kind: str | Unset = UNSET,
    page: int | Unset = 1,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> NumberedRecordPage:
    """List records by page number

    Args:
        kind (str | Unset): Only records of this kind.
        page (int | Unset): Default: 1.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiStatusError: a non-2xx status, as its subclass (`errors.NotFoundError`, `errors.RateLimitError`...).
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        NumberedRecordPage
    """

    kwargs = with_call_options(
        _get_kwargs(
            kind=kind,
            page=page,
        ),
        headers,
        extra_query,
    )
    return _success_or_raise(
        await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries)
    )


_PAGING = _pagination.Paging(
    kind="offsetLimit",
    page="page",
    first_page=1,
    results=("data",),
    num_pages=("meta", "pages"),
)


def _walk(
    client: AuthenticatedClient | Client,
    arguments: dict[str, Any],
    max_pages: int | None,
    *,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Iterator[NumberedRecordPage]:
    # Parameters of the operation are passed in `arguments`: none of them can shadow a name used here.
    return _pagination.pages(
        client,
        _PAGING,
        lambda page_arguments: with_call_options(_get_kwargs(**page_arguments), headers, extra_query),
        arguments,
        _success_or_raise,
        idempotent=True,
        timeout=timeout,
        max_retries=max_retries,
        max_pages=max_pages,
    )


def _walk_async(
    client: AuthenticatedClient | Client,
    arguments: dict[str, Any],
    max_pages: int | None,
    *,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> AsyncIterator[NumberedRecordPage]:
    # Parameters of the operation are passed in `arguments`: none of them can shadow a name used here.
    return _pagination.async_pages(
        client,
        _PAGING,
        lambda page_arguments: with_call_options(_get_kwargs(**page_arguments), headers, extra_query),
        arguments,
        _success_or_raise,
        idempotent=True,
        timeout=timeout,
        max_retries=max_retries,
        max_pages=max_pages,
    )


def _page_items(page: NumberedRecordPage) -> list[Record]:
    return cast(list[Record], _pagination.items_at(page, ["data"]))


def sync_pages(
    *,
    client: AuthenticatedClient | Client,
    kind: str | Unset = UNSET,
    page: int | Unset = 1,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
    max_pages: int | None = None,
) -> Iterator[NumberedRecordPage]:
    """List records by page number

    Every page, one request each as the iteration reaches it (none before); each as `sync` returns it.

    Args:
        kind (str | Unset): Only records of this kind.
        page (int | Unset): Default: 1.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.
        max_pages: stop after this many pages (None: every page).

    Raises:
        errors.ApiStatusError: a non-2xx status for a page, as its subclass.
        errors.ApiConnectionError: no response for a page, after the retries.
        errors.ResponseValidationError: a page's 2xx body that does not match the spec.
        errors.PageLoopError: the server repeated a cursor or next URL, or a page made no progress.
        errors.PageOriginError: a next-page URL on another origin (not followed).

    Returns:
        Iterator[NumberedRecordPage]: the pages, lazily.
    """

    return _walk(
        client,
        dict(
            kind=kind,
            page=page,
        ),
        max_pages,
        timeout=timeout,
        max_retries=max_retries,
        headers=headers,
        extra_query=extra_query,
    )


def sync_items(
    *,
    client: AuthenticatedClient | Client,
    kind: str | Unset = UNSET,
    page: int | Unset = 1,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
    max_pages: int | None = None,
    max_items: int | None = None,
) -> Iterator[Record]:
    """List records by page number

    Every item of every page, in order; a page is requested when the iteration reaches it (none before).

    Args:
        kind (str | Unset): Only records of this kind.
        page (int | Unset): Default: 1.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.
        max_pages: stop after this many pages (None: every page).
        max_items: stop after this many items; no page beyond the one holding the last is requested.

    Raises:
        errors.ApiStatusError: a non-2xx status for a page, as its subclass.
        errors.ApiConnectionError: no response for a page, after the retries.
        errors.ResponseValidationError: a page's 2xx body that does not match the spec.
        errors.PageLoopError: the server repeated a cursor or next URL, or a page made no progress.
        errors.PageOriginError: a next-page URL on another origin (not followed).

    Returns:
        Iterator[Record]: the items, lazily.
    """

    return _pagination.items(
        _walk(
            client,
            dict(
                kind=kind,
                page=page,
            ),
            max_pages,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            extra_query=extra_query,
        ),
        _page_items,
        max_items,
    )


def asyncio_pages(
    *,
    client: AuthenticatedClient | Client,
    kind: str | Unset = UNSET,
    page: int | Unset = 1,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
    max_pages: int | None = None,
) -> AsyncIterator[NumberedRecordPage]:
    """List records by page number

    Every page, one request each as the iteration reaches it (none before); each as `sync` returns it.

    Args:
        kind (str | Unset): Only records of this kind.
        page (int | Unset): Default: 1.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.
        max_pages: stop after this many pages (None: every page).

    Raises:
        errors.ApiStatusError: a non-2xx status for a page, as its subclass.
        errors.ApiConnectionError: no response for a page, after the retries.
        errors.ResponseValidationError: a page's 2xx body that does not match the spec.
        errors.PageLoopError: the server repeated a cursor or next URL, or a page made no progress.
        errors.PageOriginError: a next-page URL on another origin (not followed).

    Returns:
        Iterator[NumberedRecordPage]: the pages, lazily.
    """

    return _walk_async(
        client,
        dict(
            kind=kind,
            page=page,
        ),
        max_pages,
        timeout=timeout,
        max_retries=max_retries,
        headers=headers,
        extra_query=extra_query,
    )


def asyncio_items(
    *,
    client: AuthenticatedClient | Client,
    kind: str | Unset = UNSET,
    page: int | Unset = 1,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
    max_pages: int | None = None,
    max_items: int | None = None,
) -> AsyncIterator[Record]:
    """List records by page number

    Every item of every page, in order; a page is requested when the iteration reaches it (none before).

    Args:
        kind (str | Unset): Only records of this kind.
        page (int | Unset): Default: 1.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.
        max_pages: stop after this many pages (None: every page).
        max_items: stop after this many items; no page beyond the one holding the last is requested.

    Raises:
        errors.ApiStatusError: a non-2xx status for a page, as its subclass.
        errors.ApiConnectionError: no response for a page, after the retries.
        errors.ResponseValidationError: a page's 2xx body that does not match the spec.
        errors.PageLoopError: the server repeated a cursor or next URL, or a page made no progress.
        errors.PageOriginError: a next-page URL on another origin (not followed).

    Returns:
        Iterator[Record]: the items, lazily.
    """

    return _pagination.async_items(
        _walk_async(
            client,
            dict(
                kind=kind,
                page=page,
            ),
            max_pages,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            extra_query=extra_query,
        ),
        _page_items,
        max_items,
    )
