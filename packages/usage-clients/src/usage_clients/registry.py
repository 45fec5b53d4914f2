"""The providers the facade knows: their names, packages, extras and titles. Imports nothing."""

# The facade's name for each provider -> (the provider's package, the extra that installs it).
PROVIDERS: dict[str, tuple[str, str]] = {
    "aymara": ("aymara_usage_client", "aymara"),
    "thousandeyes": ("thousandeyes_usage_client", "thousandeyes"),
    "vocode": ("vocode_usage_client", "vocode"),
    "wiremock_cloud": ("wiremock_cloud_usage_client", "wiremock-cloud"),
}

# How people write each provider's name.
TITLES: dict[str, str] = {
    "aymara": "Aymara",
    "thousandeyes": "ThousandEyes",
    "vocode": "Vocode",
    "wiremock_cloud": "WireMock Cloud",
}

# WireMock Cloud's usage lives under a subscription: the operation needs its id.
WIREMOCK_SUBSCRIPTION_ENV = "WIREMOCK_CLOUD_SUBSCRIPTION_ID"


def provider_name(name: str) -> str:
    """The facade's name for `name`, written either way (`wiremock-cloud` or `wiremock_cloud`)."""
    canonical = name.strip().lower().replace("-", "_")
    if canonical not in PROVIDERS:
        raise ValueError(f"Unknown provider {name!r}: choose from {', '.join(PROVIDERS)}")
    return canonical
