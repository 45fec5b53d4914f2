"""The providers of scripts/providers.toml, as the facade knows them.

<generated from scripts/providers.toml by `python -m scripts.generate`: do not edit>
"""

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

# Each provider's variables: token, base URL, the manifest's credentials, arguments from the environment.
ENVIRONMENT: dict[str, tuple[str, ...]] = {
    "aymara": ("AYMARA_AI_API_KEY", "AYMARA_AI_BASE_URL"),
    "thousandeyes": ("THOUSANDEYES_BEARER_TOKEN", "THOUSANDEYES_BASE_URL"),
    "vocode": ("VOCODE_API_KEY", "VOCODE_BASE_URL"),
    "wiremock_cloud": ("WIREMOCK_CLOUD_API_TOKEN", "WIREMOCK_CLOUD_BASE_URL", "WIREMOCK_CLOUD_SUBSCRIPTION_ID"),
}

# The get-usage arguments each provider reads from the environment: argument -> variable.
ARGUMENTS_ENV: dict[str, dict[str, str]] = {
    "aymara": {},
    "thousandeyes": {},
    "vocode": {},
    "wiremock_cloud": {"subscription_id": "WIREMOCK_CLOUD_SUBSCRIPTION_ID"},
}
