# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""The network a client goes through, checked when the client is built so that a setting that cannot work fails there.

- Your own HTTP client or transport: a sync transport where an async one is needed (or the reverse) would
  otherwise fail mid-call with a bare `AttributeError` from httpx.
- Proxies (`httpx_args["proxy"]`, `HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY`) and CA certificates (`verify_ssl`,
  `SSL_CERT_FILE`, `SSL_CERT_DIR`): httpx would raise a bare `ValueError`, `ImportError` or `FileNotFoundError`
  from the first call. Their credentials are returned, to be kept out of every message and log line.

Each is a `ConfigurationError` naming the argument or variable (never a proxy URL: it may hold a password).
"""

from __future__ import annotations

import base64
import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from importlib.util import find_spec
from typing import Any
from urllib.parse import unquote
from urllib.request import getproxies_environment

import httpx

from ._decoding import ACCEPT_ENCODING
from ._identity import USER_AGENT
from .errors import ConfigurationError

_PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


@dataclass(frozen=True)
class HttpSetup:
    """What the user gave for each side; None where the client builds its own."""

    http_client: httpx.Client | None = None
    async_http_client: httpx.AsyncClient | None = None
    transport: httpx.BaseTransport | None = None
    async_transport: httpx.AsyncBaseTransport | None = None


def checked_setup(
    http_client: object,
    async_http_client: object,
    transport: object,
    async_transport: object,
    httpx_args: Mapping[str, Any],
) -> HttpSetup:
    """The user's clients and transports, each of the right kind; `httpx_args["transport"]` goes to its side."""
    _expect(http_client, httpx.Client, "http_client", "an httpx.Client", "async_http_client")
    _expect(async_http_client, httpx.AsyncClient, "async_http_client", "an httpx.AsyncClient", "http_client")
    _expect(transport, httpx.BaseTransport, "transport", "a sync httpx.BaseTransport", "async_transport")
    _expect(async_transport, httpx.AsyncBaseTransport, "async_transport", "an httpx.AsyncBaseTransport", "transport")
    legacy = httpx_args.get("transport")
    if legacy is not None:  # one mapping feeds both sides: its transport serves the side of its kind only
        if isinstance(legacy, httpx.BaseTransport) and transport is None:
            transport = legacy
        elif isinstance(legacy, httpx.AsyncBaseTransport) and async_transport is None:
            async_transport = legacy
        else:
            raise ConfigurationError(
                "httpx_args['transport'] must be an httpx transport not also given as transport=/async_transport="
            )
    if http_client is not None and transport is not None:
        raise ConfigurationError("pass either http_client= or transport=, not both: give the transport to your client")
    if async_http_client is not None and async_transport is not None:
        raise ConfigurationError("pass either async_http_client= or async_transport=, not both")
    return HttpSetup(http_client, async_http_client, transport, async_transport)  # type: ignore[arg-type]


def adopt(
    setup: HttpSetup,
    base_url: str,
    authenticate: Callable[[httpx.Request], None],
    authenticate_async: Callable[[httpx.Request], Awaitable[None]],
) -> None:
    """Fit the user's httpx clients for the API: its base URL, our User-Agent unless they set one, the auth hook first."""
    for http, hook in ((setup.http_client, authenticate), (setup.async_http_client, authenticate_async)):
        if http is None:
            continue
        if not str(http.base_url):
            http.base_url = httpx.URL(base_url)
        elif _origin(http.base_url) != _origin(httpx.URL(base_url)):
            raise ConfigurationError(f"your httpx client's base_url {http.base_url} is not the API's {base_url}")
        if http.headers.get("user-agent", "").startswith("python-httpx/"):
            http.headers["User-Agent"] = USER_AGENT
        http.headers["Accept-Encoding"] = ACCEPT_ENCODING  # the client decodes bodies itself, these only
        hooks = http.event_hooks
        if hook not in hooks["request"]:
            http.event_hooks = {**hooks, "request": [hook, *hooks["request"]]}


def checked_network(verify_ssl: object, httpx_args: Mapping[str, Any]) -> tuple[str, ...]:
    """Check the proxies and CA certificates httpx would use; the proxies' credentials, in every form they are sent."""
    trust_env = httpx_args.get("trust_env", True)
    proxies: dict[str, object] = {}
    if httpx_args.get("proxy") is not None:
        proxies["httpx_args['proxy']"] = httpx_args["proxy"]
    elif trust_env:  # httpx reads the environment only without a proxy argument
        for key, url in getproxies_environment().items():
            if key in ("http", "https", "all") and url:
                variable = f"{key}_proxy" if os.environ.get(f"{key}_proxy") == url else f"{key.upper()}_PROXY"
                proxies[f"${variable}"] = url if "://" in url else f"http://{url}"
    secrets: list[str] = []
    for source, proxy in proxies.items():
        secrets.extend(_proxy_credentials(source, proxy))
    if isinstance(verify_ssl, str):
        if not os.path.exists(verify_ssl):
            raise ConfigurationError(f"verify_ssl={verify_ssl!r}: no such CA file or directory")
    elif verify_ssl is True and trust_env:  # as httpx reads them: the file first, else the directory
        for variable, exists, kind in (
            ("SSL_CERT_FILE", os.path.isfile, "file"),
            ("SSL_CERT_DIR", os.path.isdir, "directory"),
        ):
            path = os.environ.get(variable)
            if path:
                if not exists(path):
                    raise ConfigurationError(f"${variable}={path!r}: no such CA {kind}")
                break
    return tuple(secrets)


def _proxy_credentials(source: str, proxy: object) -> list[str]:
    """A proxy's user name and password as they appear in its URL and in the `Proxy-Authorization` header."""
    try:
        url = proxy.url if isinstance(proxy, httpx.Proxy) else httpx.URL(proxy)  # type: ignore[arg-type]
    except (httpx.InvalidURL, TypeError):
        raise ConfigurationError(f"{source} is not a valid proxy URL") from None
    if url.scheme not in _PROXY_SCHEMES or not url.host:
        raise ConfigurationError(f"{source} must be a proxy URL of scheme {', '.join(_PROXY_SCHEMES)}")
    if url.scheme.startswith("socks") and find_spec("socksio") is None:
        raise ConfigurationError(f"{source} is a SOCKS proxy, which needs socksio: pip install 'httpx[socks]'")
    if not url.userinfo:
        return []
    raw = url.userinfo.decode("ascii", "replace")
    user, _, password = (unquote(part) for part in raw.partition(":"))
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return [secret for secret in (raw, raw.partition(":")[2], password, f"{user}:{password}", token) if secret]


def ended_exactly(response: httpx.Response) -> None:
    """Make sure a connection whose response went on past its framing (bytes after its Content-Length, a body
    after a 204 or 304, an answer to HEAD) is closed rather than reused, where it would answer the next request.

    httpcore hands every byte it read to h11; those beyond the response wait there for the next cycle. Marking
    the h11 state failed makes httpcore close the connection when the response closes.
    """
    stream: object = response.stream
    # httpx's bound stream, its transport's stream, httpcore's pool stream, the HTTP/1.1 connection's stream.
    for attribute in ("_stream", "_httpcore_stream", "_stream", "_connection", "_h11_state"):
        stream = getattr(stream, attribute, None)
    state: Any = stream
    if state is not None and state.trailing_data[0]:
        state.send_failed()


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Where a URL's requests go (scheme, host, port): the client sends credentials to the API's origin only."""
    return url.scheme, url.host, url.port


def _expect(value: object, kind: type, name: str, expected: str, other: str) -> None:
    if value is not None and not isinstance(value, kind):
        hint = f" (for the other kind, use {other}=)" if _is_http_thing(value) else ""
        raise ConfigurationError(f"{name}= must be {expected}, got {type(value).__name__}{hint}")


def _is_http_thing(value: object) -> bool:
    kinds = (httpx.Client, httpx.AsyncClient, httpx.BaseTransport, httpx.AsyncBaseTransport)
    return isinstance(value, kinds)
