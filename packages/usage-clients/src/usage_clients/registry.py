"""The providers the facade knows: their names, packages, extras and titles. Imports no provider.

The tables come from scripts/providers.toml (`_providers.py`, written by the generator).
"""

from ._providers import ARGUMENTS_ENV, ENVIRONMENT, PROVIDERS, TITLES

__all__ = ["ARGUMENTS_ENV", "ENVIRONMENT", "PROVIDERS", "TITLES", "WIREMOCK_SUBSCRIPTION_ENV", "provider_name"]

# WireMock Cloud's usage lives under a subscription: the operation needs its id.
WIREMOCK_SUBSCRIPTION_ENV = ARGUMENTS_ENV["wiremock_cloud"]["subscription_id"]


def provider_name(name: str) -> str:
    """The facade's name for `name`, written either way (`wiremock-cloud` or `wiremock_cloud`)."""
    canonical = name.strip().lower().replace("-", "_")
    if canonical not in PROVIDERS:
        raise ValueError(f"Unknown provider {name!r}: choose from {', '.join(PROVIDERS)}")
    return canonical
