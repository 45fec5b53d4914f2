"""Each generated client over real HTTP against a Prism mock of its own spec."""

import asyncio
import subprocess
import sys
from importlib import import_module
from typing import Any, get_type_hints

import pytest

from scripts.codegen.manifest import Provider
from support import client_for, get_usage_module, provider_params, recorded_version, required_arguments

pytestmark = pytest.mark.http


def success_model(provider: Provider) -> type:
    """The model get_usage's `sync` is annotated to return: what a 200 body must parse into."""
    returned: type = get_type_hints(get_usage_module(provider).sync)["return"]
    return returned


@pytest.mark.parametrize("provider", provider_params())
def test_sync_get_usage_parses_the_success_model(provider: Provider, mock_urls: dict[str, str]) -> None:
    with client_for(provider, mock_urls[provider.key]) as client:
        response = get_usage_module(provider).sync_detailed(client=client, **required_arguments(provider))
    assert response.status_code == 200, response.content
    assert type(response.parsed) is success_model(provider)
    assert type(response.parsed).__module__.startswith(f"{provider.package_name}.models.")


@pytest.mark.parametrize("provider", provider_params())
def test_async_get_usage_parses_the_success_model(provider: Provider, mock_urls: dict[str, str]) -> None:
    async def call() -> Any:
        async with client_for(provider, mock_urls[provider.key]) as client:
            return await get_usage_module(provider).asyncio(client=client, **required_arguments(provider))

    assert type(asyncio.run(call())) is success_model(provider)


@pytest.mark.parametrize("provider", provider_params())
def test_the_auth_header_follows_the_spec(provider: Provider, mock_urls: dict[str, str]) -> None:
    """Prism rejects a request without the scheme's credential: the generated default header passes."""
    module = get_usage_module(provider)
    package = import_module(provider.package_name)
    with package.Client(base_url=mock_urls[provider.key]) as anonymous:
        assert module.sync_detailed(client=anonymous, **required_arguments(provider)).status_code == 401
    with client_for(provider, mock_urls[provider.key]) as client:
        assert module.sync_detailed(client=client, **required_arguments(provider)).status_code == 200


@pytest.mark.parametrize("provider", provider_params())
def test_the_token_stays_out_of_repr(provider: Provider) -> None:
    client = import_module(provider.package_name).AuthenticatedClient(base_url="http://127.0.0.1:9", token="s3cr3t")
    assert "s3cr3t" not in repr(client)


@pytest.mark.parametrize("provider", provider_params())
def test_package_exposes_version_and_lazy_api(provider: Provider) -> None:
    script = (
        f"import sys, {provider.package_name} as package\n"
        "assert not any(name.startswith(package.__name__ + '.api') for name in sys.modules)\n"
        "assert package.api.usage.get_usage.sync\n"
        "print(package.__version__)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == recorded_version(provider)
