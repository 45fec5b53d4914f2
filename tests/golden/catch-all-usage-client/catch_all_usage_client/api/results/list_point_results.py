# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._identity import request_id
from ..._options import QueryValue, with_call_options
from ..._query import Style, cookie_values, encode_query, header_value, path_segment, reject_string
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.list_point_results_filter import ListPointResultsFilter
from ...models.point import Point
from ...models.result_page import ResultPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    point: Point,
    *,
    filter_: ListPointResultsFilter | Unset = UNSET,
    kinds: list[str] | Unset = UNSET,
    where: Point | Unset = UNSET,
    x_regions: list[str] | Unset = UNSET,
    flavors: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    reject_string(kinds, "kinds")
    headers: dict[str, Any] = {}
    json_x_regions: list[str] | Unset = UNSET
    if not isinstance(x_regions, Unset):
        json_x_regions = x_regions

    if not isinstance(json_x_regions, Unset):
        headers["X-Regions"] = header_value(json_x_regions, "x_regions")

    cookies: dict[str, str] = {}
    json_flavors: list[str] | Unset = UNSET
    if not isinstance(flavors, Unset):
        json_flavors = flavors

    if not isinstance(json_flavors, Unset):
        cookies.update(cookie_values("flavors", json_flavors, Style("form", explode=False)))

    params: dict[str, Any] = {}

    json_filter_: dict[str, Any] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.to_dict()
    params["filter"] = json_filter_

    json_kinds: list[str] | Unset = UNSET
    if not isinstance(kinds, Unset):
        json_kinds = kinds

    params["kinds"] = json_kinds

    json_where: dict[str, Any] | Unset = UNSET
    if not isinstance(where, Unset):
        json_where = where.to_dict()
    params["where"] = json_where

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    json_point = point.to_dict()

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/points/{point}/results".format(
            point=path_segment(json_point, "point", Style("matrix", explode=True), key="point"),
        ),
        "cookies": cookies,
    }

    # The query string is built here, not by httpx's `params`: each parameter in its style (`explode: false`
    # arrays keep their literal commas), and a call without query parameters skips httpx re-encoding the URL.
    if params:
        _kwargs["url"] += "?" + encode_query(
            params,
            {
                "filter": Style("deepObject", explode=True),
                "kinds": Style("pipeDelimited", explode=False),
                "where": Style("json", explode=False),
            },
        )
    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> ResultPage:
    """The documented model of a 2xx response; raises ResponseValidationError when the body does not match."""
    try:
        if 200 <= response.status_code <= 299:
            return ResultPage.from_dict(response.json())

    except errors.ResponseValidationError as error:
        raise error.about(response) from error.__cause__
    except (ValueError, RecursionError) as error:  # not JSON, or JSON nested deeper than Python parses
        raise errors.ResponseValidationError(f"not valid JSON ({error})", response=response) from error
    raise errors.ResponseValidationError(f"status {response.status_code} is not documented", response=response)


def _parse_error(response: httpx.Response) -> HTTPError | None:
    """The documented model of an error response; None when undocumented or the body does not match it."""
    try:
        if 400 <= response.status_code <= 499:
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
    point: Point,
    *,
    client: AuthenticatedClient | Client,
    filter_: ListPointResultsFilter | Unset = UNSET,
    kinds: list[str] | Unset = UNSET,
    where: Point | Unset = UNSET,
    x_regions: list[str] | Unset = UNSET,
    flavors: list[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[HTTPError | ResultPage]:
    """List a point's results

    Parameters in styles other than their location's default, and responses keyed by range.

    Args:
        point (Point): A point.
        filter_ (ListPointResultsFilter | Unset):
        kinds (list[str] | Unset):
        where (Point | Unset): A point.
        x_regions (list[str] | Unset):
        flavors (list[str] | Unset):
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
            point=point,
            filter_=filter_,
            kinds=kinds,
            where=where,
            x_regions=x_regions,
            flavors=flavors,
        ),
        headers,
        extra_query,
    )
    return _build_response(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


def sync(
    point: Point,
    *,
    client: AuthenticatedClient | Client,
    filter_: ListPointResultsFilter | Unset = UNSET,
    kinds: list[str] | Unset = UNSET,
    where: Point | Unset = UNSET,
    x_regions: list[str] | Unset = UNSET,
    flavors: list[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> ResultPage:
    """List a point's results

    Parameters in styles other than their location's default, and responses keyed by range.

    Args:
        point (Point): A point.
        filter_ (ListPointResultsFilter | Unset):
        kinds (list[str] | Unset):
        where (Point | Unset): A point.
        x_regions (list[str] | Unset):
        flavors (list[str] | Unset):
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
            point=point,
            filter_=filter_,
            kinds=kinds,
            where=where,
            x_regions=x_regions,
            flavors=flavors,
        ),
        headers,
        extra_query,
    )
    return _success_or_raise(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


async def asyncio_detailed(
    point: Point,
    *,
    client: AuthenticatedClient | Client,
    filter_: ListPointResultsFilter | Unset = UNSET,
    kinds: list[str] | Unset = UNSET,
    where: Point | Unset = UNSET,
    x_regions: list[str] | Unset = UNSET,
    flavors: list[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[HTTPError | ResultPage]:
    """List a point's results

    Parameters in styles other than their location's default, and responses keyed by range.

    Args:
        point (Point): A point.
        filter_ (ListPointResultsFilter | Unset):
        kinds (list[str] | Unset):
        where (Point | Unset): A point.
        x_regions (list[str] | Unset):
        flavors (list[str] | Unset):
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
            point=point,
            filter_=filter_,
            kinds=kinds,
            where=where,
            x_regions=x_regions,
            flavors=flavors,
        ),
        headers,
        extra_query,
    )
    return _build_response(await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


async def asyncio(
    point: Point,
    *,
    client: AuthenticatedClient | Client,
    filter_: ListPointResultsFilter | Unset = UNSET,
    kinds: list[str] | Unset = UNSET,
    where: Point | Unset = UNSET,
    x_regions: list[str] | Unset = UNSET,
    flavors: list[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> ResultPage:
    """List a point's results

    Parameters in styles other than their location's default, and responses keyed by range.

    Args:
        point (Point): A point.
        filter_ (ListPointResultsFilter | Unset):
        kinds (list[str] | Unset):
        where (Point | Unset): A point.
        x_regions (list[str] | Unset):
        flavors (list[str] | Unset):
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
            point=point,
            filter_=filter_,
            kinds=kinds,
            where=where,
            x_regions=x_regions,
            flavors=flavors,
        ),
        headers,
        extra_query,
    )
    return _success_or_raise(
        await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries)
    )
