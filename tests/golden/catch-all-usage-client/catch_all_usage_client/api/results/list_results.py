# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
import datetime
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._identity import request_id
from ..._options import QueryValue, with_call_options
from ..._query import Style, encode_query, reject_string
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.result_page import ResultPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kinds: list[str] | Unset = UNSET,
    limit: int | Unset = 20,
    since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(since, Unset) and since.utcoffset() is None:
        raise errors.InvalidArgumentError(
            f"since={since!r} has no timezone: pass an aware datetime, e.g. datetime.now(timezone.utc)"
        )
    reject_string(kinds, "kinds")

    params: dict[str, Any] = {}

    json_kinds: list[str] | Unset = UNSET
    if not isinstance(kinds, Unset):
        json_kinds = kinds

    params["kinds"] = json_kinds

    params["limit"] = limit

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/results",
    }

    # The query string is built here, not by httpx's `params`: each parameter in its style (`explode: false`
    # arrays keep their literal commas), and a call without query parameters skips httpx re-encoding the URL.
    if params:
        _kwargs["url"] += "?" + encode_query(params, {"kinds": Style("form", explode=False)})
    return _kwargs


def _parse_success(response: httpx.Response) -> ResultPage:
    """The documented model of a 2xx response; raises ResponseValidationError when the body does not match."""
    try:
        if response.status_code == 200:
            return ResultPage.from_dict(response.json())

    except errors.ResponseValidationError as error:
        raise error.about(response) from error.__cause__
    except (ValueError, RecursionError) as error:  # not JSON, or JSON nested deeper than Python parses
        raise errors.ResponseValidationError(f"not valid JSON ({error})", response=response) from error
    raise errors.ResponseValidationError(f"status {response.status_code} is not documented", response=response)


def _parse_error(response: httpx.Response) -> HTTPError | None:
    """The documented model of an error response; None when undocumented or the body does not match it."""
    try:
        return HTTPError.from_dict(response.json())

    except (errors.ResponseValidationError, ValueError, RecursionError):
        pass
    return None


def _build_response(response: httpx.Response) -> Response[HTTPError | ResultPage]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        request_id=request_id(response.headers),
        parsed=_parse_success(response) if response.is_success else _parse_error(response),
    )


def _success_or_raise(response: httpx.Response) -> ResultPage:
    if response.is_success:
        return _parse_success(response)
    documented = _parse_error(response)
    raise errors.status_error(response, errors.decode_body(response) if documented is None else documented)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    kinds: list[str] | Unset = UNSET,
    limit: int | Unset = 20,
    since: datetime.datetime | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[HTTPError | ResultPage]:
    """List results

    Results of every kind, newest first.

    Args:
        kinds (list[str] | Unset): Only these kinds.
        limit (int | Unset): At most this many. Default: 20.
        since (datetime.datetime | Unset): Only results since this instant.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Response[HTTPError | ResultPage]: the status, headers, raw content and the parsed
        body (the documented model for its status, None when undocumented); an HTTP status is never raised.
    """

    kwargs = with_call_options(
        _get_kwargs(
            kinds=kinds,
            limit=limit,
            since=since,
        ),
        headers,
        extra_query,
    )
    return _build_response(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


def sync(
    *,
    client: AuthenticatedClient | Client,
    kinds: list[str] | Unset = UNSET,
    limit: int | Unset = 20,
    since: datetime.datetime | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> ResultPage:
    """List results

    Results of every kind, newest first.

    Args:
        kinds (list[str] | Unset): Only these kinds.
        limit (int | Unset): At most this many. Default: 20.
        since (datetime.datetime | Unset): Only results since this instant.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiStatusError: a non-2xx status, as its subclass (`errors.NotFoundError`, `errors.RateLimitError`...).
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        ResultPage
    """

    kwargs = with_call_options(
        _get_kwargs(
            kinds=kinds,
            limit=limit,
            since=since,
        ),
        headers,
        extra_query,
    )
    return _success_or_raise(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    kinds: list[str] | Unset = UNSET,
    limit: int | Unset = 20,
    since: datetime.datetime | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[HTTPError | ResultPage]:
    """List results

    Results of every kind, newest first.

    Args:
        kinds (list[str] | Unset): Only these kinds.
        limit (int | Unset): At most this many. Default: 20.
        since (datetime.datetime | Unset): Only results since this instant.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Response[HTTPError | ResultPage]: the status, headers, raw content and the parsed
        body (the documented model for its status, None when undocumented); an HTTP status is never raised.
    """

    kwargs = with_call_options(
        _get_kwargs(
            kinds=kinds,
            limit=limit,
            since=since,
        ),
        headers,
        extra_query,
    )
    return _build_response(await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    kinds: list[str] | Unset = UNSET,
    limit: int | Unset = 20,
    since: datetime.datetime | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> ResultPage:
    """List results

    Results of every kind, newest first.

    Args:
        kinds (list[str] | Unset): Only these kinds.
        limit (int | Unset): At most this many. Default: 20.
        since (datetime.datetime | Unset): Only results since this instant.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiStatusError: a non-2xx status, as its subclass (`errors.NotFoundError`, `errors.RateLimitError`...).
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        ResultPage
    """

    kwargs = with_call_options(
        _get_kwargs(
            kinds=kinds,
            limit=limit,
            since=since,
        ),
        headers,
        extra_query,
    )
    return _success_or_raise(
        await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries)
    )
