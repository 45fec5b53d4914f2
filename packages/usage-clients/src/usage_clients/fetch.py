"""`fetch_all`: ask every configured provider for its usage at once; one result per provider.

A provider is configured when its package is installed and one of its credentials is in the
environment (`VOCODE_API_KEY`, ...: its client's `CREDENTIALS_ENV`); WireMock Cloud also needs a
subscription id. Provider packages are
imported here, when a fetch runs, never when `usage_clients` is imported.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import import_module
from importlib.util import find_spec
from typing import Any

from .normalize import NORMALIZERS
from .registry import ARGUMENTS_ENV, PROVIDERS, provider_name
from .snapshots import Failed, NotConfigured, Result, Snapshot


@dataclass(frozen=True)
class _Options:
    server: str | None
    base_urls: Mapping[str, str]
    timeout: float | None
    max_retries: int | None
    wiremock_subscription_id: str | None

    @property
    def arguments(self) -> dict[tuple[str, str], str | None]:
        """Operation arguments given in the call, by (provider, argument); the rest come from the environment."""
        return {("wiremock_cloud", "subscription_id"): self.wiremock_subscription_id}

    def client_settings(self) -> dict[str, Any]:
        """The client arguments given; the rest keep the client's defaults."""
        given = {"server": self.server, "timeout": self.timeout, "max_retries": self.max_retries}
        return {setting: value for setting, value in given.items() if value is not None}


def fetch_all(
    providers: Iterable[str] | None = None,
    *,
    server: str | None = None,
    base_urls: Mapping[str, str] | None = None,
    timeout: float | None = None,
    max_retries: int | None = None,
    wiremock_subscription_id: str | None = None,
) -> list[Result]:
    """Every provider's usage, fetched concurrently: a `Snapshot`, `NotConfigured` or `Failed` each.

    Args:
        providers: names such as `"vocode"` or `"wiremock-cloud"`; None for every provider that is
            installed and has its token set. A provider named here without a token is `NotConfigured`.
        server: the spec server each client uses (e.g. `"staging"`) instead of its default;
            a provider without a server of that name is `Failed`. Base URL variables win over it.
        base_urls: a base URL per provider name, instead of its environment variable or server.
        timeout: seconds for each request instead of the clients' default (60 s).
        max_retries: retries of a failed request instead of the clients' default (2).
        wiremock_subscription_id: WireMock Cloud's subscription; defaults to `$WIREMOCK_CLOUD_SUBSCRIPTION_ID`.

    Returns the results in the order of `providers` (or of `usage_clients.PROVIDERS`). It raises
    only for an unknown provider name: one provider's failure never hides the others'.
    Runs its own event loop; from async code, await `fetch_all_async` instead.
    """
    import asyncio  # here, not at the top: importing usage_clients stays cheap

    return asyncio.run(
        fetch_all_async(
            providers,
            server=server,
            base_urls=base_urls,
            timeout=timeout,
            max_retries=max_retries,
            wiremock_subscription_id=wiremock_subscription_id,
        )
    )


async def fetch_all_async(
    providers: Iterable[str] | None = None,
    *,
    server: str | None = None,
    base_urls: Mapping[str, str] | None = None,
    timeout: float | None = None,
    max_retries: int | None = None,
    wiremock_subscription_id: str | None = None,
) -> list[Result]:
    """The async twin of `fetch_all`, with the same arguments."""
    import asyncio

    names = _configured_providers() if providers is None else [provider_name(name) for name in providers]
    options = _Options(
        server=server,
        base_urls={provider_name(name): url for name, url in (base_urls or {}).items()},
        timeout=timeout,
        max_retries=max_retries,
        wiremock_subscription_id=wiremock_subscription_id,
    )
    return list(await asyncio.gather(*(_fetch(name, options) for name in dict.fromkeys(names))))


def _configured_providers() -> list[str]:
    return [
        name
        for name, (module_name, _) in PROVIDERS.items()
        if find_spec(module_name) is not None and any(_credentials(import_module(f"{module_name}.client")))
    ]


def _credentials(client_module: Any) -> list[str]:
    """The provider's credentials set in the environment (its client's variables; a package older than
    `CREDENTIALS_ENV` has its token's only)."""
    variables = getattr(client_module, "CREDENTIALS_ENV", {"token": client_module.TOKEN_ENV}).values()
    return [value for variable in variables if (value := os.environ.get(variable, ""))]


async def _fetch(name: str, options: _Options) -> Result:
    module_name, extra = PROVIDERS[name]
    if find_spec(module_name) is None:
        return NotConfigured(name, f"not installed: pip install 'usage-clients[{extra}]'")
    secrets: list[str] = []
    try:  # one provider's failure, whatever it is, must not hide the others
        package = import_module(module_name)
        secrets = _credentials(package.client)
        if not secrets:
            variables = list(getattr(package.client, "CREDENTIALS_ENV", {"token": package.client.TOKEN_ENV}).values())
            missing = f"{variables[0]} is not set" if len(variables) == 1 else f"none of {', '.join(variables)} is set"
            return NotConfigured(name, missing)
        arguments: dict[str, Any] = {}
        for argument, variable in ARGUMENTS_ENV[name].items():  # from scripts/providers.toml
            value = options.arguments.get((name, argument)) or os.environ.get(variable)
            if not value:
                return NotConfigured(name, f"no {argument.replace('_', ' ')}: set {variable}")
            arguments[argument] = value
        get_usage = import_module(f"{module_name}.api.usage.get_usage")
        # The client reads the token itself: a token it refuses is then named by its variable.
        async with package.AuthenticatedClient(
            base_url=options.base_urls.get(name), **options.client_settings()
        ) as client:
            usage = await get_usage.asyncio(client=client, **arguments)
        normalize = NORMALIZERS.get(name)
        if normalize is None:  # a provider without a normalizer: its model as it came, no summary
            return Snapshot(name, None, None, (), {"summary": "none: see .raw"}, raw=usage)
        return normalize(usage)
    except Exception as error:
        return Failed(name, _one_line(error, secrets=secrets), error)


def _one_line(error: Exception, *, secrets: Iterable[str]) -> str:
    """`Class: message` on one line, with the credentials blanked out should a message ever carry one.

    The clients already keep credentials out of their messages; this is a second guard at the one
    place where every provider's errors are printed.
    """
    message = str(error)
    line = f"{type(error).__name__}: {message}" if message else type(error).__name__
    line = re.sub(r"\s+", " ", line).strip()
    # The token as read, as sent (stripped) and as a repr would escape it (a newline shown as \n).
    for secret in secrets:
        for form in {secret, secret.strip(), repr(secret)[1:-1]} - {""}:
            line = line.replace(form, "***")
    return line
