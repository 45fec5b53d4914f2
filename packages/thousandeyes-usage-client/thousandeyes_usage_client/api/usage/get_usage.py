# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._identity import request_id
from ..._options import QueryValue, with_call_options
from ..._query import Style, encode_query, reject_string
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.expand import Expand
from ...models.unauthorized_error import UnauthorizedError
from ...models.usage import Usage
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    aid: str | Unset = UNSET,
    expand: list[Expand] | Unset = UNSET,
) -> dict[str, Any]:
    reject_string(expand, "expand")

    params: dict[str, Any] = {}

    params["aid"] = aid

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = expand_item_data.value
            json_expand.append(expand_item)

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v7/usage",
    }

    # The query string is built here, not by httpx's `params`: each parameter in its style (`explode: false`
    # arrays keep their literal commas), and a call without query parameters skips httpx re-encoding the URL.
    if params:
        _kwargs["url"] += "?" + encode_query(params, {"expand": Style("form", explode=False)})
    return _kwargs


def _parse_success(response: httpx.Response) -> Usage:
    """The documented model of a 2xx response; raises ResponseValidationError when the body does not match."""
    try:
        if response.status_code == 200:
            return Usage.from_dict(response.json())

    except errors.ResponseValidationError as error:
        raise error.about(response) from error.__cause__
    except (ValueError, RecursionError) as error:  # not JSON, or JSON nested deeper than Python parses
        raise errors.ResponseValidationError(f"not valid JSON ({error})", response=response) from error
    raise errors.ResponseValidationError(f"status {response.status_code} is not documented", response=response)


def _parse_error(response: httpx.Response) -> ValidationError | UnauthorizedError | Error | None:
    """The documented model of an error response; None when undocumented or the body does not match it."""
    try:
        if response.status_code == 400:
            return ValidationError.from_dict(response.json())

        if response.status_code == 401:
            return UnauthorizedError.from_dict(response.json())

        if response.status_code == 403:
            return Error.from_dict(response.json())

        if response.status_code == 404:
            return Error.from_dict(response.json())

        if response.status_code == 429:
            return Error.from_dict(response.json())

        if response.status_code == 500:
            return Error.from_dict(response.json())

    except (errors.ResponseValidationError, ValueError, RecursionError):
        pass
    return None


def _build_response(response: httpx.Response) -> Response[Error | UnauthorizedError | Usage | ValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        request_id=request_id(response.headers),
        parsed=_parse_success(response) if response.is_success else _parse_error(response),
    )


def _success_or_raise(response: httpx.Response) -> Usage:
    if response.is_success:
        return _parse_success(response)
    documented = _parse_error(response)
    raise errors.status_error(response, errors.decode_body(response) if documented is None else documented)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    aid: str | Unset = UNSET,
    expand: list[Expand] | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[Error | UnauthorizedError | Usage | ValidationError]:
    """Get usage information for the last month

    This endpoint returns the organization's usage data for a specified time period. If no time period
    is specified, it defaults to the last month. Requires the "View Billing" permission.

    Args:
        aid (str | Unset): A unique identifier associated with your account group. You can
            retrieve your `AccountGroupId` from the `/account-groups` endpoint. Note that you must be
            assigned to the target account group. Specifying this parameter without being assigned to
            the target account group will result in an error response. Example: 2067.
        expand (list[Expand] | Unset): Expands the available resources. By default, no expansion
            takes place if the  `expand` query parameter is not passed. For example, to expand the
            "tests"  resource, pass the query '?expand=test'. Example: ['test'].
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Response[Error | UnauthorizedError | Usage | ValidationError]: the status, headers, raw content and the parsed
        body (the documented model for its status, None when undocumented); an HTTP status is never raised.
    """

    kwargs = with_call_options(
        _get_kwargs(
            aid=aid,
            expand=expand,
        ),
        headers,
        extra_query,
    )
    return _build_response(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


def sync(
    *,
    client: AuthenticatedClient | Client,
    aid: str | Unset = UNSET,
    expand: list[Expand] | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Usage:
    """Get usage information for the last month

    This endpoint returns the organization's usage data for a specified time period. If no time period
    is specified, it defaults to the last month. Requires the "View Billing" permission.

    Args:
        aid (str | Unset): A unique identifier associated with your account group. You can
            retrieve your `AccountGroupId` from the `/account-groups` endpoint. Note that you must be
            assigned to the target account group. Specifying this parameter without being assigned to
            the target account group will result in an error response. Example: 2067.
        expand (list[Expand] | Unset): Expands the available resources. By default, no expansion
            takes place if the  `expand` query parameter is not passed. For example, to expand the
            "tests"  resource, pass the query '?expand=test'. Example: ['test'].
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiStatusError: a non-2xx status, as its subclass (`errors.NotFoundError`, `errors.RateLimitError`...).
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Usage
    """

    kwargs = with_call_options(
        _get_kwargs(
            aid=aid,
            expand=expand,
        ),
        headers,
        extra_query,
    )
    return _success_or_raise(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    aid: str | Unset = UNSET,
    expand: list[Expand] | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[Error | UnauthorizedError | Usage | ValidationError]:
    """Get usage information for the last month

    This endpoint returns the organization's usage data for a specified time period. If no time period
    is specified, it defaults to the last month. Requires the "View Billing" permission.

    Args:
        aid (str | Unset): A unique identifier associated with your account group. You can
            retrieve your `AccountGroupId` from the `/account-groups` endpoint. Note that you must be
            assigned to the target account group. Specifying this parameter without being assigned to
            the target account group will result in an error response. Example: 2067.
        expand (list[Expand] | Unset): Expands the available resources. By default, no expansion
            takes place if the  `expand` query parameter is not passed. For example, to expand the
            "tests"  resource, pass the query '?expand=test'. Example: ['test'].
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Response[Error | UnauthorizedError | Usage | ValidationError]: the status, headers, raw content and the parsed
        body (the documented model for its status, None when undocumented); an HTTP status is never raised.
    """

    kwargs = with_call_options(
        _get_kwargs(
            aid=aid,
            expand=expand,
        ),
        headers,
        extra_query,
    )
    return _build_response(await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    aid: str | Unset = UNSET,
    expand: list[Expand] | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Usage:
    """Get usage information for the last month

    This endpoint returns the organization's usage data for a specified time period. If no time period
    is specified, it defaults to the last month. Requires the "View Billing" permission.

    Args:
        aid (str | Unset): A unique identifier associated with your account group. You can
            retrieve your `AccountGroupId` from the `/account-groups` endpoint. Note that you must be
            assigned to the target account group. Specifying this parameter without being assigned to
            the target account group will result in an error response. Example: 2067.
        expand (list[Expand] | Unset): Expands the available resources. By default, no expansion
            takes place if the  `expand` query parameter is not passed. For example, to expand the
            "tests"  resource, pass the query '?expand=test'. Example: ['test'].
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiStatusError: a non-2xx status, as its subclass (`errors.NotFoundError`, `errors.RateLimitError`...).
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Usage
    """

    kwargs = with_call_options(
        _get_kwargs(
            aid=aid,
            expand=expand,
        ),
        headers,
        extra_query,
    )
    return _success_or_raise(
        await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries)
    )
