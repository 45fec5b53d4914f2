"""The provider manifest: one entry per provider, read from scripts/providers.toml."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "scripts/providers.toml"


@dataclass(frozen=True)
class Provider:
    key: str  # e.g. "wiremock-cloud"
    name: str  # human name, e.g. "WireMock Cloud"
    spec: Path  # relative to the repository root
    token_env: str
    base_url_env: str

    @property
    def project_name(self) -> str:
        return f"{self.key}-usage-client"

    @property
    def package_name(self) -> str:
        return self.project_name.replace("-", "_")

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
        )
        for key, entry in entries.items()
    ]
