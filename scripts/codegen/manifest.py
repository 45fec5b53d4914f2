"""The provider manifest: one entry per provider, read from scripts/providers.toml."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "scripts/providers.toml"
# Where providers commonly put a request id, in the order a client looks, unless the manifest names its own.
DEFAULT_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")


@dataclass(frozen=True)
class Provider:
    key: str  # e.g. "wiremock-cloud"
    name: str  # human name, e.g. "WireMock Cloud"
    spec: Path  # relative to the repository root
    token_env: str
    base_url_env: str
    request_id_headers: tuple[str, ...] = DEFAULT_REQUEST_ID_HEADERS

    @property
    def project_name(self) -> str:
        return f"{self.key}-usage-client"

    @property
    def package_name(self) -> str:
        return self.project_name.replace("-", "_")

    @property
    def log_env(self) -> str:
        """The debug switch `<PREFIX>_LOG=debug|info`, with the prefix of the base URL's variable (`VOCODE_LOG`)."""
        return self.base_url_env.removesuffix("_BASE_URL") + "_LOG"

    @property
    def extra(self) -> str:
        """The name of this provider's extra in the `usage-clients` facade."""
        return self.key


def load_providers(repo: Path) -> list[Provider]:
    with (repo / MANIFEST).open("rb") as file:
        entries = tomllib.load(file)
    return [
        Provider(
            key=key,
            name=entry["name"],
            spec=Path(entry["spec"]),
            token_env=entry["token_env"],
            base_url_env=entry["base_url_env"],
            request_id_headers=tuple(
                name.lower() for name in entry.get("request_id_headers", DEFAULT_REQUEST_ID_HEADERS)
            ),
        )
        for key, entry in entries.items()
    ]
