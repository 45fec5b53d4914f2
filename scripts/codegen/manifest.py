"""The provider manifest: one entry per provider, read from scripts/providers.toml.

Maintainers write it, yet what it says becomes paths we read and write, names in code and TOML, and
headers: every entry is checked against `_entry` (one line per key) before anything uses it, and a value
that is not what its key claims is a one-line ManifestError naming the provider and the key.
"""

import json
import keyword
import re
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CodegenError, ManifestError
from .paths import MANIFEST, REPO, Paths

# Where providers commonly put a request id, in the order a client looks, unless the manifest names its own.
DEFAULT_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")
# The request header whose presence makes a POST or PATCH safe to retry, unless the manifest names its own.
DEFAULT_IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
# An HTTP field name (an RFC 9110 token).
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
# A provider key: it names the package (`<key>-usage-client`), its directories and the facade's extra.
_KEY = re.compile(r"[a-z][a-z0-9-]*")
_VARIABLE = re.compile(r"[A-Z_][A-Z0-9_]*")
_FACADE_EXTRAS = {"all", "cli"}  # the facade's own extras, beside one per provider
HAND_WRITTEN = "hand-written"  # `upstream = "hand-written"`: a spec edited in specs/, derived from nothing


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
    # `credentials_env = {username = "VARIABLE"}`: the variable of a credential other than the token, by its
    # `AuthenticatedClient` argument; unnamed ones are `<prefix of base_url_env><ARGUMENT>` (auth.py)
    credentials_env: tuple[tuple[str, str], ...] = ()
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
    """Every provider of the manifest (default: this repository's), in its order, each entry validated.

    Raises ManifestError naming the provider and the key of a value that cannot be used, CodegenError for a
    manifest that cannot be read.
    """
    path = (manifest or Paths(REPO).manifest).absolute()
    root = _repository_of(path)
    shown = path.relative_to(root) if path.is_relative_to(root) else path  # as messages name it
    try:
        with path.open("rb") as file:
            entries = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise CodegenError(f"{shown}: {error}") from error
    return [_provider(shown, root, key, entry) for key, entry in entries.items()]


def _repository_of(manifest: Path) -> Path:
    """The repository a manifest's paths are relative to: the one it is `scripts/providers.toml` of, else ours."""
    return manifest.parent.parent if manifest.as_posix().endswith("/" + MANIFEST) else REPO


def _provider(shown: Path, root: Path, key: str, entry: object) -> Provider:
    def fail(message: str) -> ManifestError:
        return ManifestError(shown, key, message)

    if not _KEY.fullmatch(key):
        raise fail(f"the provider key must match {_KEY.pattern} (it names the package and its directory)")
    if key in _FACADE_EXTRAS:
        raise fail(f"{key!r} is an extra of the usage-clients facade already: choose another key")
    if not isinstance(entry, dict):
        raise fail("must be a table (name, spec, token_env, base_url_env, ...)")
    try:
        fields = _entry(root)(entry)
    except ValueError as error:
        raise fail(str(error)) from error
    fields.pop("upstream", None)  # validated here, read by upstream.py
    return Provider(key=key, entry=json.dumps(entry, sort_keys=True), **fields)


class _Invalid(ValueError):
    """A manifest value that cannot be used; the message starts with its key (`upstream.file: ...`)."""


Parse = Callable[[object], Any]  # a manifest value -> what the code uses; ValueError says what is wrong


@dataclass(frozen=True)
class _Key:
    parse: Parse
    required: bool = False


@dataclass(frozen=True)
class _Table:
    """A TOML table whose keys are all listed: each value parsed; a missing required or unknown key refused."""

    keys: dict[str, _Key]

    def __call__(self, value: object) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise ValueError(f"must be a table with {', '.join(self.keys)}")
        if unknown := [name for name in value if name not in self.keys]:
            raise ValueError(f"unknown key {', '.join(map(repr, unknown))} (known: {', '.join(self.keys)})")
        if missing := [name for name, key in self.keys.items() if key.required and name not in value]:
            raise ValueError(f"missing {', '.join(missing)}")
        parsed = {}
        for name, item in value.items():
            try:
                parsed[name] = self.keys[name].parse(item)
            except _Invalid as error:
                raise _Invalid(f"{name}.{error}") from error
            except ValueError as error:
                raise _Invalid(f"{name}: {error}") from error
        return parsed


def _text(value: object) -> str:
    """A non-empty one-line string: no control or format characters, no line or paragraph separators."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"must be a non-empty string, got {value!r}")
    if any(unicodedata.category(character)[0] == "C" or character in "\u2028\u2029" for character in value):
        raise ValueError(f"{value!r} has a control character")
    return value


def display_name(value: object) -> str:
    """A provider's human name: one line of text without quotes or backslashes (it is written into code and TOML)."""
    name = _text(value)
    if bad := sorted(set(name) & set("\"'`\\")):
        raise ValueError(f"{name!r} has {' and '.join(bad)}: a name is plain text")
    if name != name.strip():
        raise ValueError(f"{name!r} starts or ends with a space")
    return name


def variable_name(value: object) -> str:
    """An environment variable's name, as shells write it: [A-Z_][A-Z0-9_]*."""
    if not isinstance(value, str) or not _VARIABLE.fullmatch(value):
        raise ValueError(f"{value!r} is not an environment variable name ({_VARIABLE.pattern})")
    return value


def header_name(value: object) -> str:
    """An HTTP field name: an RFC 9110 token."""
    if not isinstance(value, str) or not _HEADER_NAME.fullmatch(value):
        raise ValueError(f"{value!r} is not a header name")
    return value


def repository_path(root: Path) -> Callable[[object], Path]:
    """A parser of paths relative to the repository at `root` that stay inside it, symbolic links followed."""

    def parse(value: object) -> Path:
        text = _text(value)
        path = Path(text)
        if path.is_absolute() or ".." in path.parts:
            raise ValueError(f"{text!r} must be relative to the repository, without `..`")
        if not (root / path).resolve().is_relative_to(root.resolve()):
            raise ValueError(f"{text!r} leads out of the repository (a symbolic link)")
        return path

    return parse


def _http_url(value: object) -> str:
    url = _text(value)
    if not url.startswith(("https://", "http://")) or any(character.isspace() for character in url):
        raise ValueError(f"{url!r} is not an http(s) URL")
    return url


def _auth(value: object) -> AuthScheme:
    fields = _AUTH(value)
    return AuthScheme(fields["header"], fields.get("prefix", ""))


def _auth_prefix(value: object) -> str:
    """An auth scheme (RFC 9110 token, e.g. "Bearer") or "" for a bare key."""
    return "" if value == "" else header_name(value)


def _arguments_env(value: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise ValueError('must be a table of argument = "VARIABLE"')
    for argument, variable in value.items():
        if not argument.isidentifier() or keyword.iskeyword(argument):
            raise ValueError(f"{argument!r} is not an argument name")
        variable_name(variable)
    return tuple(value.items())


def _request_id_headers(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValueError("must be a list of header names")
    return tuple(header_name(name).lower() for name in value)


def _operations(value: object) -> list[str]:
    if not isinstance(value, list) or not value:
        raise ValueError("must be a non-empty list of operationIds")
    return [_text(operation) for operation in value]


_AUTH = _Table({"header": _Key(header_name, required=True), "prefix": _Key(_auth_prefix)})


def _entry(root: Path) -> _Table:
    """The keys of a provider's entry: what each must be and what it becomes (the Provider field of its name).

    A key not listed is refused, so a typo cannot pass for a default; a new key is one line here.
    """
    path = repository_path(root)
    upstream = _Table(
        {
            "file": _Key(path, required=True),
            "url": _Key(_http_url, required=True),
            "operations": _Key(_operations, required=True),
            "overlay": _Key(path),
        }
    )
    return _Table(
        {
            "name": _Key(display_name, required=True),
            "spec": _Key(path, required=True),
            "token_env": _Key(variable_name, required=True),
            "base_url_env": _Key(variable_name, required=True),
            # `upstream = "hand-written"` or the table upstream.py reads (which also requires one or the other)
            "upstream": _Key(lambda value: value if value == HAND_WRITTEN else upstream(value)),
            "auth": _Key(_auth),
            "arguments_env": _Key(_arguments_env),
            "credentials_env": _Key(_arguments_env),  # the same shape: argument = "VARIABLE"
            "request_id_headers": _Key(_request_id_headers),
            "retry_statuses": _Key(retry_statuses),
            "idempotency_key_header": _Key(header_name),
        }
    )
