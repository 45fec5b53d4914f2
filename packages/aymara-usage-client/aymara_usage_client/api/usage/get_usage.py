# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._identity import request_id
from ..._options import QueryValue, with_call_options
from ..._query import encode_query
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.usage_response import UsageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    workspace_uuid: str | Unset | None = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_workspace_uuid: str | Unset | None
    json_workspace_uuid = UNSET if isinstance(workspace_uuid, Unset) else workspace_uuid
    params["workspace_uuid"] = json_workspace_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/usage/",
    }

    # The query string is built here, not by httpx's `params`: each parameter in its style (`explode: false`
    # arrays keep their literal commas), and a call without query parameters skips httpx re-encoding the URL.
    if params:
        _kwargs["url"] += "?" + encode_query(params)
    return _kwargs


def _parse_success(response: httpx.Response) -> UsageResponse:
    """The documented model of a 2xx response; raises ResponseValidationError when the body does not match."""
    try:
        if response.status_code == 200:
            return UsageResponse.from_dict(response.json())

    except errors.ResponseValidationError as error:
        raise error.about(response) from error.__cause__
    except (ValueError, RecursionError) as error:  # not JSON, or JSON nested deeper than Python parses
        raise errors.ResponseValidationError(f"not valid JSON ({error})", response=response) from error
    raise errors.ResponseValidationError(f"status {response.status_code} is not documented", response=response)


def _parse_error(response: httpx.Response) -> ErrorResponse | None:
    """The documented model of an error response; None when undocumented or the body does not match it."""
    try:
        if response.status_code == 400:
            return ErrorResponse.from_dict(response.json())

        if response.status_code == 401:
            return ErrorResponse.from_dict(response.json())

        if response.status_code == 403:
            return ErrorResponse.from_dict(response.json())

        if response.status_code == 404:
            return ErrorResponse.from_dict(response.json())

        if response.status_code == 409:
            return ErrorResponse.from_dict(response.json())

        if response.status_code == 422:
            return ErrorResponse.from_dict(response.json())

        if response.status_code == 429:
            return ErrorResponse.from_dict(response.json())

        if response.status_code == 500:
            return ErrorResponse.from_dict(response.json())

        if response.status_code == 503:
            return ErrorResponse.from_dict(response.json())

    except (errors.ResponseValidationError, ValueError, RecursionError):
        pass
    return None


def _build_response(response: httpx.Response) -> Response[ErrorResponse | UsageResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        request_id=request_id(response.headers),
        parsed=_parse_success(response) if response.is_success else _parse_error(response),
    )


def _success_or_raise(response: httpx.Response) -> UsageResponse:
    if response.is_success:
        return _parse_success(response)
    documented = _parse_error(response)
    raise errors.status_error(response, errors.decode_body(response) if documented is None else documented)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_uuid: str | Unset | None = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[ErrorResponse | UsageResponse]:
    """Get Usage

    Get usage: score runs grouped by billing cycle, free score runs, and the display names of test
    types.

    Args:
        workspace_uuid (None | str | Unset):
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Response[ErrorResponse | UsageResponse]: the status, headers, raw content and the parsed
        body (the documented model for its status, None when undocumented); an HTTP status is never raised.
    """

    kwargs = with_call_options(
        _get_kwargs(
            workspace_uuid=workspace_uuid,
        ),
        headers,
        extra_query,
    )
    return _build_response(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


def sync(
    *,
    client: AuthenticatedClient | Client,
    workspace_uuid: str | Unset | None = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> UsageResponse:
    """Get Usage

    Get usage: score runs grouped by billing cycle, free score runs, and the display names of test
    types.

    Args:
        workspace_uuid (None | str | Unset):
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiStatusError: a non-2xx status, as its subclass (`errors.NotFoundError`, `errors.RateLimitError`...).
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        UsageResponse
    """

    kwargs = with_call_options(
        _get_kwargs(
            workspace_uuid=workspace_uuid,
        ),
        headers,
        extra_query,
    )
    return _success_or_raise(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_uuid: str | Unset | None = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[ErrorResponse | UsageResponse]:
    """Get Usage

    Get usage: score runs grouped by billing cycle, free score runs, and the display names of test
    types.

    Args:
        workspace_uuid (None | str | Unset):
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Response[ErrorResponse | UsageResponse]: the status, headers, raw content and the parsed
        body (the documented model for its status, None when undocumented); an HTTP status is never raised.
    """

    kwargs = with_call_options(
        _get_kwargs(
            workspace_uuid=workspace_uuid,
        ),
        headers,
        extra_query,
    )
    return _build_response(await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workspace_uuid: str | Unset | None = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> UsageResponse:
    """Get Usage

    Get usage: score runs grouped by billing cycle, free score runs, and the display names of test
    types.

    Args:
        workspace_uuid (None | str | Unset):
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiStatusError: a non-2xx status, as its subclass (`errors.NotFoundError`, `errors.RateLimitError`...).
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        UsageResponse
    """

    kwargs = with_call_options(
        _get_kwargs(
            workspace_uuid=workspace_uuid,
        ),
        headers,
        extra_query,
    )
    return _success_or_raise(
        await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries)
    )
