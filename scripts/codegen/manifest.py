"""The provider manifest: one entry per provider, read from scripts/providers.toml."""

import json
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from .errors import ManifestError
from .paths import REPO, Paths

# Where providers commonly put a request id, in the order a client looks, unless the manifest names its own.
DEFAULT_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")
# The request header whose presence makes a POST or PATCH safe to retry, unless the manifest names its own.
DEFAULT_IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
# An HTTP field name (an RFC 9110 token).
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_T = TypeVar("_T")


def retry_statuses(entries: object) -> tuple[int, ...]:
    """The statuses of a `retry_statuses` list, sorted: each entry a status (100-599) or a class such as "5XX".

    Raises ValueError naming the wrong entry: a status outside 100-599 is never retried.
    """
    if not isinstance(entries, list | tuple):
        raise ValueError(f'must be a list of statuses and classes such as "5XX", got {entries!r}')
    statuses: set[int] = set()
    for entry in entries:
        if isinstance(entry, int) and not isinstance(entry, bool) and 100 <= entry <= 599:
            statuses.add(entry)
        elif isinstance(entry, str) and re.fullmatch(r"[1-5]XX", entry, re.IGNORECASE):
            first = int(entry[0]) * 100
            statuses.update(range(first, first + 100))
        else:
            raise ValueError(f'{entry!r} is not an HTTP status (100-599) nor a class such as "5XX"')
    return tuple(sorted(statuses))


# The statuses retried unless the manifest names its own: a timeout, a conflict with a concurrent request,
# a rate limit, and every server error (529 "overloaded" included).
DEFAULT_RETRY_STATUSES = retry_statuses([408, 409, 429, "5XX"])


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
    # `retry_statuses = [429, "5XX", ...]`: the statuses a request is retried on, expanded and sorted
    retry_statuses: tuple[int, ...] = DEFAULT_RETRY_STATUSES
    # `idempotency_key_header = "..."`: a POST or PATCH that carries this header may be retried
    idempotency_key_header: str = DEFAULT_IDEMPOTENCY_KEY_HEADER

    @property
    def project_name(self) -> str:
        return f"{self.key}-usage-client"

    @property
    def package_name(self) -> str:
        return self.project_name.replace("-", "_")

    @property
    def env_prefix(self) -> str:
        """What the provider's environment variables start with: the base URL's variable's prefix (`VOCODE_`)."""
        return self.base_url_env.removesuffix("_BASE_URL") + "_"

    @property
    def log_env(self) -> str:
        """The debug switch `<PREFIX>_LOG=debug|info` (`VOCODE_LOG`)."""
        return self.env_prefix + "LOG"

    @property
    def published_url(self) -> str | None:
        """Where the provider publishes its API description (the `upstream` table's `url`); None if hand-written."""
        upstream = json.loads(self.entry).get("upstream") if self.entry else None
        return str(upstream["url"]) if isinstance(upstream, dict) and "url" in upstream else None

    @property
    def extra(self) -> str:
        """The name of this provider's extra in the `usage-clients` facade."""
        return self.key


def load_providers(manifest: Path | None = None) -> list[Provider]:
    """Every provider of the manifest (default: this repository's), in its order.

    Raises ManifestError naming the provider and the key of a value that cannot be used.
    """
    path = manifest or Paths(REPO).manifest
    with path.open("rb") as file:
        entries = tomllib.load(file)

    def field(key: str, entry: dict[str, object], name: str, parse: Callable[[object], _T], default: _T) -> _T:
        if name not in entry:
            return default
        try:
            return parse(entry[name])
        except ValueError as error:
            raise ManifestError(path, key, f"{name}: {error}") from error

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
            retry_statuses=field(key, entry, "retry_statuses", retry_statuses, DEFAULT_RETRY_STATUSES),
            idempotency_key_header=field(
                key, entry, "idempotency_key_header", _header_name, DEFAULT_IDEMPOTENCY_KEY_HEADER
            ),
        )
        for key, entry in entries.items()
    ]


def _header_name(value: object) -> str:
    if not isinstance(value, str) or not _HEADER_NAME.fullmatch(value):
        raise ValueError(f"{value!r} is not a header name")
    return value
