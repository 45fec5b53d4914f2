"""The provider manifest: one entry per provider, read from scripts/providers.toml."""

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .paths import REPO, Paths

# Where providers commonly put a request id, in the order a client looks, unless the manifest names its own.
DEFAULT_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")


@dataclass(frozen=True)
class AuthScheme:
    """How the token is sent: in the `header`, after `prefix` and a space (none when the prefix is empty)."""

    header: str  # e.g. "Authorization" or "x-api-key"
    prefix: str  # e.g. "Bearer", "Token", or "" for a bare key


@dataclass(frozen=True)
class Provider:
    key: str  # e.g. "wiremock-cloud"
    name: str  # human name, e.g. "WireMock Cloud"
    spec: Path  # relative to the repository root
    token_env: str
    base_url_env: str
    entry: str = ""  # the whole manifest entry as canonical JSON: an input of the package (generate.lock.json)
    auth: AuthScheme | None = None  # `auth = {header = ..., prefix = ...}`: for a spec that declares no security
    # `arguments_env = {argument = "VARIABLE"}`: get-usage arguments the facade reads from the environment
    arguments_env: tuple[tuple[str, str], ...] = ()
    # `request_id_headers = [...]`: the response headers that carry the provider's request id, lower-cased
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


def load_providers(manifest: Path | None = None) -> list[Provider]:
    """Every provider of the manifest (default: this repository's), in its order."""
    with (manifest or Paths(REPO).manifest).open("rb") as file:
        entries = tomllib.load(file)
    return [
        Provider(
            key=key,
            name=entry["name"],
            spec=Path(entry["spec"]),
            token_env=entry["token_env"],
            base_url_env=entry["base_url_env"],
            entry=json.dumps(entry, sort_keys=True),
            auth=AuthScheme(entry["auth"]["header"], entry["auth"].get("prefix", "")) if "auth" in entry else None,
            arguments_env=tuple(
                (str(name), str(variable)) for name, variable in entry.get("arguments_env", {}).items()
            ),
            request_id_headers=tuple(
                name.lower() for name in entry.get("request_id_headers", DEFAULT_REQUEST_ID_HEADERS)
            ),
        )
        for key, entry in entries.items()
    ]
