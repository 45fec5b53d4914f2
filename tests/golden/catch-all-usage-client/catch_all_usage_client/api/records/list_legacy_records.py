# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._deprecation import deprecated, watch_deprecation
from ..._identity import request_id
from ..._options import QueryValue, with_call_options
from ..._validation import expect_list, invalid
from ...client import AuthenticatedClient, Client
from ...errors import ResponseValidationError
from ...models.record import Record
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/records/legacy",
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> list[Record]:
    """The documented model of a 2xx response; raises ResponseValidationError when the body does not match."""
    try:
        if response.status_code == 200:
            response_200 = []
            for response_200_index, response_200_item_data in enumerate(expect_list(response.json())):
                try:
                    response_200_item = Record.from_dict(response_200_item_data)

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
                    raise invalid(response_200_index, error) from None
                response_200.append(response_200_item)

            return response_200

    except errors.ResponseValidationError as error:
        raise error.about(response) from error.__cause__
    except (ValueError, RecursionError) as error:  # not JSON, or JSON nested deeper than Python parses
        raise errors.ResponseValidationError(f"not valid JSON ({error})", response=response) from error
    raise errors.ResponseValidationError(f"status {response.status_code} is not documented", response=response)


def _build_response(response: httpx.Response) -> Response[list[Record]]:
    watch_deprecation(response.headers, "list_legacy_records")
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        request_id=request_id(response.headers),
        parsed=_parse_success(response) if response.is_success else None,
    )


def _success_or_raise(response: httpx.Response) -> list[Record]:
    watch_deprecation(response.headers, "list_legacy_records")
    if response.is_success:
        return _parse_success(response)
    raise errors.status_error(response, errors.decode_body(response))


@deprecated("operation `list_legacy_records` is deprecated")
def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[list[Record]]:
    """List records the old way

    Deprecated: the API marks this operation deprecated; calling it warns (`DeprecationWarning`).

    Args:
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Response[list[Record]]: the status, headers, raw content and the parsed
        body (the documented model for its status, None when undocumented); an HTTP status is never raised.
    """

    kwargs = with_call_options(_get_kwargs(), headers, extra_query)
    return _build_response(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


@deprecated("operation `list_legacy_records` is deprecated")
def sync(
    *,
    client: AuthenticatedClient | Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> list[Record]:
    """List records the old way

    Deprecated: the API marks this operation deprecated; calling it warns (`DeprecationWarning`).

    Args:
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiStatusError: a non-2xx status, as its subclass (`errors.NotFoundError`, `errors.RateLimitError`...).
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        list[Record]
    """

    kwargs = with_call_options(_get_kwargs(), headers, extra_query)
    return _success_or_raise(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


@deprecated("operation `list_legacy_records` is deprecated")
async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[list[Record]]:
    """List records the old way

    Deprecated: the API marks this operation deprecated; calling it warns (`DeprecationWarning`).

    Args:
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Response[list[Record]]: the status, headers, raw content and the parsed
        body (the documented model for its status, None when undocumented); an HTTP status is never raised.
    """

    kwargs = with_call_options(_get_kwargs(), headers, extra_query)
    return _build_response(await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


@deprecated("operation `list_legacy_records` is deprecated")
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> list[Record]:
    """List records the old way

    Deprecated: the API marks this operation deprecated; calling it warns (`DeprecationWarning`).

    Args:
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiStatusError: a non-2xx status, as its subclass (`errors.NotFoundError`, `errors.RateLimitError`...).
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        list[Record]
    """

    kwargs = with_call_options(_get_kwargs(), headers, extra_query)
    return _success_or_raise(
        await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries)
    )
