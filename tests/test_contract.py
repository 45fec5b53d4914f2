"""The clients against Prism mocks of their own specs, run with `--errors`: Prism rejects any request that
violates the spec, so a call that succeeds proves the request was valid.
"""

from collections.abc import Iterator
from typing import Any

import pytest

from scripts.codegen.manifest import Provider
from support import client_for, get_usage_module, package, provider_by_key, provider_params, same_json, usage_operation

pytestmark = pytest.mark.http

# The error class each documented status must raise, as the runtime issue states it.
ERROR_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
    500: "InternalServerError",
    503: "InternalServerError",
}


def every_parameter(provider: Provider) -> dict[str, Any]:
    """A realistic value for every parameter of get_usage, optional ones included."""
    match provider.key:
        case "aymara":
            return {"workspace_uuid": "3f6c1e2a-8b4d-4c2e-9f1a-2b3c4d5e6f70"}
        case "thousandeyes":
            return {"aid": "2067", "expand": list(package(provider).models.Expand)}
        case "wiremock-cloud":
            return {"subscription_id": "kl1g9"}
    return {}


def documented_errors(provider: Provider) -> Iterator[tuple[int, str, Any]]:
    """(status, media type, example) of every documented error response of the spec."""
    document, operation = usage_operation(provider)
    for status, response in operation["responses"].items():
        if int(status) < 400:
            continue
        if "$ref" in response:
            response = document["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
        [(media_type, content)] = response["content"].items()
        example = content["example"] if "example" in content else next(iter(content["examples"].values()))["value"]
        yield int(status), media_type, example


def error_cases() -> list[object]:
    return [
        pytest.param(provider, status, media_type, example, id=f"{provider.key}-{status}")
        for provider in [parameter.values[0] for parameter in provider_params()]  # type: ignore[attr-defined]
        for status, media_type, example in documented_errors(provider)
    ]


@pytest.mark.parametrize("provider", provider_params())
def test_a_request_with_every_parameter_passes_prism_validation(provider: Provider, mock_urls: dict[str, str]) -> None:
    with client_for(provider, mock_urls[provider.key], max_retries=0) as client:
        response = get_usage_module(provider).sync_detailed(client=client, **every_parameter(provider))
    assert response.status_code == 200, response.content


def test_prism_does_reject_an_invalid_request(mock_urls: dict[str, str]) -> None:
    """The check above can fail: an `expand` value outside the spec's enum is refused with the documented 400."""
    provider = provider_by_key("thousandeyes")
    with client_for(provider, mock_urls[provider.key], max_retries=0) as client:
        response = get_usage_module(provider).sync_detailed(
            client=client, expand=[package(provider).models.Expand("x")]
        )
    assert response.status_code == 400
    assert b"validation-error" in response.content


@pytest.mark.parametrize(("provider", "status", "media_type", "example"), error_cases())
def test_every_documented_error_status_raises_its_class_with_the_body_parsed(
    provider: Provider, status: int, media_type: str, example: Any, mock_urls: dict[str, str]
) -> None:
    errors = package(provider).errors
    prefer = {"Prefer": f"code={status}"}
    with client_for(provider, mock_urls[provider.key], max_retries=0, headers=prefer) as client:
        with pytest.raises(errors.ApiStatusError) as raised:
            get_usage_module(provider).sync(client=client, **every_parameter(provider))
        detailed = get_usage_module(provider).sync_detailed(client=client, **every_parameter(provider))

    error = raised.value
    assert type(error).__name__ == ERROR_CLASSES[status]
    assert error.status_code == status
    if media_type == "text/plain":
        assert error.body == example
    else:
        assert type(error.body).__module__.startswith(f"{provider.package_name}.models."), error.body
        assert same_json(error.body.to_dict(), example)
    if isinstance(example, dict) and "request_id" in example:
        assert error.request_id == example["request_id"]
    assert detailed.status_code == status
    assert type(detailed.parsed) is type(error.body)
