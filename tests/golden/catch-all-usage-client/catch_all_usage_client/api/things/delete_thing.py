# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._auth import SECURITY_EXTENSION
from ..._identity import request_id
from ..._options import QueryValue, with_call_options
from ..._query import path_segment
from ...client import AuthenticatedClient
from ...models.empty import Empty
from ...types import Response


def _get_kwargs(
    thing_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/things/{thing_id}".format(
            thing_id=path_segment(thing_id, "thing_id"),
        ),
    }

    # Its own security requirements (alternatives, each the schemes it needs together; () for none).
    _kwargs["extensions"] = {
        SECURITY_EXTENSION: (
            ("bearer",),
            (
                "oauth",
                "queryKey",
            ),
        )
    }
    return _kwargs


def _parse_success(response: httpx.Response) -> Empty:
    """The documented model of a 2xx response; raises ResponseValidationError when the body does not match."""
    try:
        if response.status_code == 200:
            return Empty.from_dict(response.json())

    except errors.ResponseValidationError as error:
        raise error.about(response) from error.__cause__
    except (ValueError, RecursionError) as error:  # not JSON, or JSON nested deeper than Python parses
        raise errors.ResponseValidationError(f"not valid JSON ({error})", response=response) from error
    raise errors.ResponseValidationError(f"status {response.status_code} is not documented", response=response)


def _build_response(response: httpx.Response) -> Response[Empty]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        request_id=request_id(response.headers),
        parsed=_parse_success(response) if response.is_success else None,
    )


def _success_or_raise(response: httpx.Response) -> Empty:
    if response.is_success:
        return _parse_success(response)
    raise errors.status_error(response, errors.decode_body(response))


def sync_detailed(
    thing_id: str,
    *,
    client: AuthenticatedClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[Empty]:
    """Delete a thing

    Delete the thing with this id; no error is documented.

    Args:
        thing_id (str): The thing's id.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Response[Empty]: the status, headers, raw content and the parsed
        body (the documented model for its status, None when undocumented); an HTTP status is never raised.
    """

    kwargs = with_call_options(
        _get_kwargs(
            thing_id=thing_id,
        ),
        headers,
        extra_query,
    )
    return _build_response(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


def sync(
    thing_id: str,
    *,
    client: AuthenticatedClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Empty:
    """Delete a thing

    Delete the thing with this id; no error is documented.

    Args:
        thing_id (str): The thing's id.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiStatusError: a non-2xx status, as its subclass (`errors.NotFoundError`, `errors.RateLimitError`...).
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Empty
    """

    kwargs = with_call_options(
        _get_kwargs(
            thing_id=thing_id,
        ),
        headers,
        extra_query,
    )
    return _success_or_raise(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


async def asyncio_detailed(
    thing_id: str,
    *,
    client: AuthenticatedClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[Empty]:
    """Delete a thing

    Delete the thing with this id; no error is documented.

    Args:
        thing_id (str): The thing's id.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Response[Empty]: the status, headers, raw content and the parsed
        body (the documented model for its status, None when undocumented); an HTTP status is never raised.
    """

    kwargs = with_call_options(
        _get_kwargs(
            thing_id=thing_id,
        ),
        headers,
        extra_query,
    )
    return _build_response(await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


async def asyncio(
    thing_id: str,
    *,
    client: AuthenticatedClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Empty:
    """Delete a thing

    Delete the thing with this id; no error is documented.

    Args:
        thing_id (str): The thing's id.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiStatusError: a non-2xx status, as its subclass (`errors.NotFoundError`, `errors.RateLimitError`...).
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Empty
    """

    kwargs = with_call_options(
        _get_kwargs(
            thing_id=thing_id,
        ),
        headers,
        extra_query,
    )
    return _success_or_raise(
        await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries)
    )
