"""Every security scheme and requirement OpenAPI can declare, over real HTTP (issue 18).

A package generated from tests/auth-schemes.yaml (one operation per case) calls a server on 127.0.0.1
that records what each request carried and serves an OAuth2 token endpoint.
"""

import asyncio
import base64
import importlib
import json
import logging
import pickle
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from scripts.codegen.auth import auth_plan
from scripts.codegen.errors import ManifestError
from scripts.codegen.manifest import Provider
from scripts.codegen.render import format_packages, render_package
from scripts.codegen.spec import load_spec

pytestmark = [pytest.mark.generator, pytest.mark.http]

SPEC = Path(__file__).with_name("auth-schemes.yaml")
PROVIDER = Provider(
    key="auth", name="Auth", spec=Path("auth.yaml"), token_env="AUTH_TOKEN", base_url_env="AUTH_BASE_URL"
)
VARIABLES = [f"AUTH_{name}" for name in ("TOKEN", "USERNAME", "PASSWORD", "CLIENT_ID", "CLIENT_SECRET", "OIDC")]
VARIABLES += [f"AUTH_{name}_KEY" for name in ("HEADER", "QUERY", "COOKIE")] + ["AUTH_BASE_URL"]
SECRET = "cs-SECRET-77e1"  # the client secret
PASSWORD = "pw-SECRET-0b3c"
QUERY_KEY = "qk-SECRET-5d2a"
TOKEN = "tok-SECRET-4f9a"


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    query: dict[str, list[str]]
    body: str


@dataclass
class Api:
    """What the local server does and saw: every request, tokens issued, tokens it refuses."""

    url: str = ""
    seen: list[Seen] = field(default_factory=list)
    issued: int = 0
    expires_in: float | None = 3600
    token_delay: float = 0.0
    token_status: int = 200
    refused: set[str] = field(default_factory=set)  # access tokens answered with 401
    lock: threading.Lock = field(default_factory=threading.Lock)

    def calls(self, path: str) -> list[Seen]:
        return [seen for seen in self.seen if seen.path == path]


def _handler(api: Api) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            self._answer()

        def _answer(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
            parts = urlsplit(self.path)
            with api.lock:
                api.seen.append(
                    Seen(parts.path, {k.lower(): v for k, v in self.headers.items()}, parse_qs(parts.query), body)
                )
            if parts.path == "/oauth/token":
                time.sleep(api.token_delay)
                with api.lock:
                    api.issued += 1
                    token = f"at-SECRET-{api.issued}"
                answer: dict[str, Any] = {"access_token": token, "token_type": "bearer"}
                if api.expires_in is not None:
                    answer["expires_in"] = api.expires_in
                if api.token_status != 200:  # an error that echoes what it was sent
                    answer = {"error": "invalid_client", "sent": body}
                self._send(api.token_status, answer)
            elif parts.path == "/missing":
                self._send(404, {"error": f"no such thing: {self.path}"})
            elif self.headers.get("Authorization", "").removeprefix("Bearer ") in api.refused:
                self._send(401, {"error": "expired"})
            else:
                self._send(200, {"ok": True})

        def _send(self, status: int, answer: object) -> None:
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("auth")
    render_package(PROVIDER, load_spec(SPEC, shown_as=PROVIDER.spec), "1.0.0", out / PROVIDER.project_name)
    format_packages(out)
    sys.path.insert(0, str(out / PROVIDER.project_name))
    try:
        yield importlib.import_module(PROVIDER.package_name)
    finally:
        sys.path.remove(str(out / PROVIDER.project_name))
        for name in [name for name in sys.modules if name.split(".")[0] == PROVIDER.package_name]:
            del sys.modules[name]


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[Api]:
    for variable in VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    state = Api()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def call(pkg: Any, name: str, client: Any) -> Any:
    return importlib.import_module(f"{PROVIDER.package_name}.api.default.{name}").sync(client=client)


def client(pkg: Any, api: Api, **credentials: Any) -> Any:
    return pkg.AuthenticatedClient(base_url=api.url, max_retries=0, **credentials)


def test_bearer_is_the_documents_default(pkg: Any, api: Api) -> None:
    call(pkg, "bearer", client(pkg, api, token=TOKEN))

    assert api.calls("/bearer")[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_basic_reads_user_name_and_password_from_the_environment(
    pkg: Any, api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AUTH_USERNAME", "ann")
    monkeypatch.setenv("AUTH_PASSWORD", PASSWORD)

    call(pkg, "basic", pkg.AuthenticatedClient(base_url=api.url))

    [seen] = api.calls("/basic")
    assert seen.headers["authorization"] == "Basic " + base64.b64encode(f"ann:{PASSWORD}".encode()).decode()


@pytest.mark.parametrize(
    ("operation", "argument", "where"),
    [
        ("header_key", "header_key", "header"),
        ("query_key", "query_key", "query"),
        ("cookie_key", "cookie_key", "cookie"),
    ],
)
def test_an_api_key_goes_where_its_scheme_says(pkg: Any, api: Api, operation: str, argument: str, where: str) -> None:
    call(pkg, operation, client(pkg, api, **{argument: QUERY_KEY}))

    [seen] = api.calls(f"/{operation.replace('_', '-')}")
    found = {
        "header": seen.headers.get("x-api-key"),
        "query": (seen.query.get("api_key") or [""])[0],
        "cookie": seen.headers.get("cookie", "").removeprefix("session="),
    }
    assert found[where] == QUERY_KEY
    assert "authorization" not in seen.headers  # the document's bearer is not this operation's


def test_two_keys_of_one_requirement_are_both_sent(pkg: Any, api: Api) -> None:
    call(pkg, "two_keys", client(pkg, api, header_key="h-1", query_key="q-2"))

    [seen] = api.calls("/two-keys")
    assert (seen.headers["x-api-key"], seen.query["api_key"]) == ("h-1", ["q-2"])


def test_alternatives_take_the_first_requirement_whose_credentials_are_given(pkg: Any, api: Api) -> None:
    call(pkg, "alternatives", client(pkg, api, username="ann", password=PASSWORD))  # no OAuth2 client: basic
    call(pkg, "alternatives", client(pkg, api, username="ann", password=PASSWORD, client_id="c", client_secret=SECRET))

    first, second = api.calls("/alternatives")
    assert first.headers["authorization"].startswith("Basic ")
    assert second.headers["authorization"] == "Bearer at-SECRET-1"


def test_an_empty_requirement_makes_authentication_optional(pkg: Any, api: Api) -> None:
    call(pkg, "optional", client(pkg, api, token=TOKEN))
    call(pkg, "optional", client(pkg, api, token=TOKEN, header_key="h-1"))
    call(pkg, "public", client(pkg, api, token=TOKEN, header_key="h-1"))

    without, with_key = api.calls("/optional")
    assert "x-api-key" not in without.headers and "authorization" not in without.headers
    assert with_key.headers["x-api-key"] == "h-1"
    assert not {"x-api-key", "authorization"} & api.calls("/public")[0].headers.keys()


def test_missing_credentials_name_their_variables(pkg: Any, api: Api) -> None:
    with pytest.raises(pkg.errors.MissingTokenError, match=r"AUTH_TOKEN \(or pass token=\.\.\.\)"):
        pkg.AuthenticatedClient(base_url=api.url)
    with pytest.raises(pkg.errors.MissingTokenError, match=r"AUTH_USERNAME .* and AUTH_PASSWORD"):
        call(pkg, "basic", client(pkg, api, token=TOKEN))
    with pytest.raises(pkg.errors.ConfigurationError, match="username holds a ':'") as refused:
        client(pkg, api, username="a:b", password=PASSWORD)
    assert PASSWORD not in str(refused.value)
    assert api.seen == []


def test_a_token_may_be_a_callable_sync_or_async(pkg: Any, api: Api) -> None:
    tokens = iter(["t-1", "t-2"])
    with client(pkg, api, token=lambda: next(tokens)) as sync_client:
        call(pkg, "bearer", sync_client)
        call(pkg, "bearer", sync_client)

    async def token() -> str:
        return "t-async"

    async def main() -> None:
        module = importlib.import_module(f"{PROVIDER.package_name}.api.default.oidc")
        async with client(pkg, api, token=TOKEN, oidc=token) as async_client:
            await module.asyncio(client=async_client)

    asyncio.run(main())
    assert [seen.headers["authorization"] for seen in api.seen] == ["Bearer t-1", "Bearer t-2", "Bearer t-async"]
    with pytest.raises(pkg.errors.ConfigurationError, match="async callable"):
        call(pkg, "oidc", client(pkg, api, token=TOKEN, oidc=token))


def test_client_credentials_fetch_one_token_for_50_threads_and_50_tasks(pkg: Any, api: Api) -> None:
    api.token_delay = 0.3  # every caller asks while the fetch is under way
    shared = client(pkg, api, token=TOKEN, client_id="cid", client_secret=SECRET)
    module = importlib.import_module(f"{PROVIDER.package_name}.api.default.oauth")

    async def tasks() -> None:
        await asyncio.gather(*(module.asyncio(client=shared) for _ in range(50)))

    with ThreadPoolExecutor(52) as pool:
        loops = [pool.submit(asyncio.run, tasks()) for _ in range(2)]  # two event loops, in two threads
        threads = [pool.submit(module.sync, client=shared) for _ in range(50)]
        for future in [*loops, *threads]:
            future.result(timeout=60)

    [token_request] = api.calls("/oauth/token")
    assert parse_qs(token_request.body) == {
        "grant_type": ["client_credentials"],
        "client_id": ["cid"],
        "client_secret": [SECRET],
        "scope": ["usage:read"],
    }
    assert "authorization" not in token_request.headers  # the API's token never goes to the token endpoint
    assert {seen.headers["authorization"] for seen in api.calls("/oauth")} == {"Bearer at-SECRET-1"}
    assert len(api.calls("/oauth")) == 150


def test_a_token_is_fetched_again_shortly_before_it_expires(pkg: Any, api: Api) -> None:
    api.expires_in = 1  # refreshed from 0.9 s on
    shared = client(pkg, api, client_id="cid", client_secret=SECRET, token=TOKEN)

    call(pkg, "oauth", shared)
    call(pkg, "oauth", shared)
    time.sleep(1.0)
    call(pkg, "oauth", shared)

    assert [seen.headers["authorization"] for seen in api.calls("/oauth")] == [
        "Bearer at-SECRET-1",
        "Bearer at-SECRET-1",
        "Bearer at-SECRET-2",
    ]


def test_a_401_refreshes_the_token_once_and_retries_once(pkg: Any, api: Api) -> None:
    api.refused = {"at-SECRET-1"}
    shared = client(pkg, api, client_id="cid", client_secret=SECRET, token=TOKEN)

    assert call(pkg, "oauth", shared).ok is True
    assert len(api.calls("/oauth/token")) == 2
    assert [seen.headers["authorization"] for seen in api.calls("/oauth")] == [
        "Bearer at-SECRET-1",
        "Bearer at-SECRET-2",
    ]

    api.refused = {"at-SECRET-2", "at-SECRET-3"}
    with pytest.raises(pkg.errors.AuthenticationError):
        call(pkg, "oauth", shared)
    assert len(api.calls("/oauth")) == 4  # one retry, not two
    assert len(api.calls("/oauth/token")) == 3


def test_credentials_never_reach_a_repr_a_message_a_log_or_a_pickle(
    pkg: Any, api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    shared = client(pkg, api, token=TOKEN, client_id="cid", client_secret=SECRET, query_key=QUERY_KEY)
    call(pkg, "oauth", shared)
    errors: list[Any] = []
    missing = importlib.import_module(f"{PROVIDER.package_name}.api.default.query_key")
    kwargs = missing._get_kwargs()
    kwargs["url"] = "/missing"
    kwargs["extensions"] = {pkg._auth.SECURITY_EXTENSION: (("queryKey",),)}
    with pytest.raises(pkg.errors.NotFoundError) as not_found:  # the server echoes the URL, key included
        missing._success_or_raise(shared._send(kwargs, idempotent=True))
    errors.append(not_found.value)
    api.token_status = 400  # an error echoing the token request's body, client secret included
    fresh = client(pkg, api, token=TOKEN, client_id="cid", client_secret=SECRET)
    with pytest.raises(pkg.errors.BadRequestError) as refused:
        call(pkg, "oauth", fresh)
    errors.append(refused.value)

    assert QUERY_KEY in api.calls("/missing")[0].query["api_key"]  # it was sent
    shown = [repr(shared), repr(fresh), repr(shared._auth), caplog.text]
    shown += [text for error in errors for text in (str(error), repr(error), repr(error.body), repr(error.headers))]
    shown += [pickle.dumps(error).decode("latin-1") for error in errors]
    for text in shown:
        for secret in (SECRET, QUERY_KEY, TOKEN, "at-SECRET-1"):
            assert secret not in text, (secret, text)
    assert "/missing?api_key=" in str(not_found.value)
    assert SECRET.encode() not in refused.value.response.request.read()  # the token request's body is not kept


def test_a_relative_token_url_is_resolved_against_the_base_urls_origin(pkg: Any, api: Api) -> None:
    shared = pkg.AuthenticatedClient(base_url=f"{api.url}/v1", token=TOKEN, client_id="cid", client_secret=SECRET)

    call(pkg, "oauth", shared)

    assert [seen.path for seen in api.seen] == ["/oauth/token", "/v1/oauth"]


def test_each_credential_has_one_variable_named_by_the_manifest_or_the_prefix() -> None:
    provider = replace(PROVIDER, credentials_env=(("client_secret", "VAULT_AUTH_SECRET"),))

    plan = auth_plan(load_spec(SPEC).api, provider)

    assert {credential.argument: credential.variable for credential in plan.credentials} == {
        "token": "AUTH_TOKEN",  # the manifest's token_env: the main token
        "username": "AUTH_USERNAME",
        "password": "AUTH_PASSWORD",
        "header_key": "AUTH_HEADER_KEY",  # a second key: named after its scheme
        "query_key": "AUTH_QUERY_KEY",
        "cookie_key": "AUTH_COOKIE_KEY",
        "client_id": "AUTH_CLIENT_ID",
        "client_secret": "VAULT_AUTH_SECRET",
        "oidc": "AUTH_OIDC",
    }
    assert plan.security == (("bearer",),)
    assert plan.operations["get /two-keys"] == (("headerKey", "queryKey"),)
    assert plan.operations["get /optional"] == (("headerKey",), ())
    assert plan.operations["get /public"] == ((),)
    assert "get /bearer" not in plan.operations  # the document's: nothing to say


def test_a_cancelled_token_fetch_leaves_the_waiting_calls_to_fetch_it(pkg: Any, api: Api) -> None:
    api.token_delay = 0.5
    shared = client(pkg, api, token=TOKEN, client_id="cid", client_secret=SECRET)
    module = importlib.import_module(f"{PROVIDER.package_name}.api.default.oauth")

    async def main() -> Any:
        fetching = asyncio.create_task(module.asyncio(client=shared))
        await asyncio.sleep(0.1)  # it is fetching the token now
        waiting = asyncio.create_task(module.asyncio(client=shared))
        await asyncio.sleep(0.1)
        fetching.cancel()
        return await asyncio.wait_for(waiting, 30)

    assert asyncio.run(main()).ok is True
    assert len(api.calls("/oauth/token")) == 2  # the cancelled one, then the waiting call's


def test_a_credential_the_api_does_not_take_is_a_manifest_error() -> None:
    provider = replace(PROVIDER, credentials_env=(("usrname", "AUTH_USER"),))

    with pytest.raises(ManifestError, match=r"credentials_env: 'usrname' is no credential of this API .* username"):
        auth_plan(load_spec(SPEC).api, provider)
