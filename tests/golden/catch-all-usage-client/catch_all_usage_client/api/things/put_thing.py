# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._identity import request_id
from ..._options import QueryValue, with_call_options
from ..._query import cookie_values, path_segment
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.put_thing_api_version import PutThingApiVersion
from ...models.thing import Thing
from ...models.thing_params import ThingParams
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thing_id: str,
    *,
    body: ThingParams,
    x_trace: str | Unset = UNSET,
    api_version: PutThingApiVersion | Unset = PutThingApiVersion.VALUE_0,
    session: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_trace, Unset):
        headers["X-Trace"] = x_trace

    if not isinstance(api_version, Unset):
        headers["Api-Version"] = str(api_version)

    cookies: dict[str, str] = {}

    if not isinstance(session, Unset):
        cookies.update(cookie_values("session", session))

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/things/{thing_id}".format(
            thing_id=path_segment(thing_id, "thing_id"),
        ),
        "cookies": cookies,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> Thing:
    """The documented model of a 2xx response; raises ResponseValidationError when the body does not match."""
    try:
        if response.status_code == 200:
            return Thing.from_dict(response.json())

    except errors.ResponseValidationError as error:
        raise error.about(response) from error.__cause__
    except (ValueError, RecursionError) as error:  # not JSON, or JSON nested deeper than Python parses
        raise errors.ResponseValidationError(f"not valid JSON ({error})", response=response) from error
    raise errors.ResponseValidationError(f"status {response.status_code} is not documented", response=response)


def _parse_error(response: httpx.Response) -> HTTPError | None:
    """The documented model of an error response; None when undocumented or the body does not match it."""
    try:
        if response.status_code == 422:
            return HTTPError.from_dict(response.json())

    except (errors.ResponseValidationError, ValueError, RecursionError):
        pass
    return None


def _build_response(response: httpx.Response) -> Response[HTTPError | Thing]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        request_id=request_id(response.headers),
        parsed=_parse_success(response) if response.is_success else _parse_error(response),
    )


def _success_or_raise(response: httpx.Response) -> Thing:
    if response.is_success:
        return _parse_success(response)
    documented = _parse_error(response)
    raise errors.status_error(response, errors.decode_body(response) if documented is None else documented)


def sync_detailed(
    thing_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ThingParams,
    x_trace: str | Unset = UNSET,
    api_version: PutThingApiVersion | Unset = PutThingApiVersion.VALUE_0,
    session: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[HTTPError | Thing]:
    """Replace a thing

    Create or replace the thing with this id.

    Args:
        thing_id (str): The thing's id.
        x_trace (str | Unset): A trace id to log with the request.
        api_version (PutThingApiVersion | Unset): The only version there is (a single-value header
            gets it as its default). Default: PutThingApiVersion.VALUE_0.
        session (str | Unset): A session cookie.
        body (ThingParams): What a thing is made of.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Response[HTTPError | Thing]: the status, headers, raw content and the parsed
        body (the documented model for its status, None when undocumented); an HTTP status is never raised.
    """

    kwargs = with_call_options(
        _get_kwargs(
            thing_id=thing_id,
            body=body,
            x_trace=x_trace,
            api_version=api_version,
            session=session,
        ),
        headers,
        extra_query,
    )
    return _build_response(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


def sync(
    thing_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ThingParams,
    x_trace: str | Unset = UNSET,
    api_version: PutThingApiVersion | Unset = PutThingApiVersion.VALUE_0,
    session: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Thing:
    """Replace a thing

    Create or replace the thing with this id.

    Args:
        thing_id (str): The thing's id.
        x_trace (str | Unset): A trace id to log with the request.
        api_version (PutThingApiVersion | Unset): The only version there is (a single-value header
            gets it as its default). Default: PutThingApiVersion.VALUE_0.
        session (str | Unset): A session cookie.
        body (ThingParams): What a thing is made of.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiStatusError: a non-2xx status, as its subclass (`errors.NotFoundError`, `errors.RateLimitError`...).
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Thing
    """

    kwargs = with_call_options(
        _get_kwargs(
            thing_id=thing_id,
            body=body,
            x_trace=x_trace,
            api_version=api_version,
            session=session,
        ),
        headers,
        extra_query,
    )
    return _success_or_raise(client._send(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


async def asyncio_detailed(
    thing_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ThingParams,
    x_trace: str | Unset = UNSET,
    api_version: PutThingApiVersion | Unset = PutThingApiVersion.VALUE_0,
    session: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Response[HTTPError | Thing]:
    """Replace a thing

    Create or replace the thing with this id.

    Args:
        thing_id (str): The thing's id.
        x_trace (str | Unset): A trace id to log with the request.
        api_version (PutThingApiVersion | Unset): The only version there is (a single-value header
            gets it as its default). Default: PutThingApiVersion.VALUE_0.
        session (str | Unset): A session cookie.
        body (ThingParams): What a thing is made of.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Response[HTTPError | Thing]: the status, headers, raw content and the parsed
        body (the documented model for its status, None when undocumented); an HTTP status is never raised.
    """

    kwargs = with_call_options(
        _get_kwargs(
            thing_id=thing_id,
            body=body,
            x_trace=x_trace,
            api_version=api_version,
            session=session,
        ),
        headers,
        extra_query,
    )
    return _build_response(await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries))


async def asyncio(
    thing_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ThingParams,
    x_trace: str | Unset = UNSET,
    api_version: PutThingApiVersion | Unset = PutThingApiVersion.VALUE_0,
    session: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, QueryValue] | None = None,
) -> Thing:
    """Replace a thing

    Create or replace the thing with this id.

    Args:
        thing_id (str): The thing's id.
        x_trace (str | Unset): A trace id to log with the request.
        api_version (PutThingApiVersion | Unset): The only version there is (a single-value header
            gets it as its default). Default: PutThingApiVersion.VALUE_0.
        session (str | Unset): A session cookie.
        body (ThingParams): What a thing is made of.
        timeout: seconds (or an `httpx.Timeout`) for this call instead of the client's.
        max_retries: retries for this call instead of the client's.
        headers: headers for this call, merged over the client's (never the auth header, which is the client's).
        extra_query: query parameters for this call, added to the operation's.

    Raises:
        errors.ApiStatusError: a non-2xx status, as its subclass (`errors.NotFoundError`, `errors.RateLimitError`...).
        errors.ApiConnectionError: no response, after the retries (`errors.ApiTimeoutError` when it timed out).
        errors.ResponseValidationError: a 2xx body that does not match the spec.

    Returns:
        Thing
    """

    kwargs = with_call_options(
        _get_kwargs(
            thing_id=thing_id,
            body=body,
            x_trace=x_trace,
            api_version=api_version,
            session=session,
        ),
        headers,
        extra_query,
    )
    return _success_or_raise(
        await client._send_async(kwargs, idempotent=True, timeout=timeout, max_retries=max_retries)
    )
