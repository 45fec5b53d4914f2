# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
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
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UnauthorizedError | Usage | ValidationError | None:
    if response.status_code == 200:
        response_200 = Usage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ValidationError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UnauthorizedError | Usage | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    aid: str | Unset = UNSET,
    expand: list[Expand] | Unset = UNSET,
) -> Response[Error | UnauthorizedError | Usage | ValidationError]:
    """Get usage information for the last month

     This endpoint returns the organization's usage data for a specified time period. If no time period
    is specified, it defaults to the last month. Requires the "View Billing" permission.

    Args:
        aid (str | Unset):
        expand (list[Expand] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UnauthorizedError | Usage | ValidationError]
    """

    kwargs = _get_kwargs(
        aid=aid,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    aid: str | Unset = UNSET,
    expand: list[Expand] | Unset = UNSET,
) -> Error | UnauthorizedError | Usage | ValidationError | None:
    """Get usage information for the last month

     This endpoint returns the organization's usage data for a specified time period. If no time period
    is specified, it defaults to the last month. Requires the "View Billing" permission.

    Args:
        aid (str | Unset):
        expand (list[Expand] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UnauthorizedError | Usage | ValidationError
    """

    return sync_detailed(
        client=client,
        aid=aid,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    aid: str | Unset = UNSET,
    expand: list[Expand] | Unset = UNSET,
) -> Response[Error | UnauthorizedError | Usage | ValidationError]:
    """Get usage information for the last month

     This endpoint returns the organization's usage data for a specified time period. If no time period
    is specified, it defaults to the last month. Requires the "View Billing" permission.

    Args:
        aid (str | Unset):
        expand (list[Expand] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UnauthorizedError | Usage | ValidationError]
    """

    kwargs = _get_kwargs(
        aid=aid,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    aid: str | Unset = UNSET,
    expand: list[Expand] | Unset = UNSET,
) -> Error | UnauthorizedError | Usage | ValidationError | None:
    """Get usage information for the last month

     This endpoint returns the organization's usage data for a specified time period. If no time period
    is specified, it defaults to the last month. Requires the "View Billing" permission.

    Args:
        aid (str | Unset):
        expand (list[Expand] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UnauthorizedError | Usage | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            aid=aid,
            expand=expand,
        )
    ).parsed
