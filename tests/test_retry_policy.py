"""When a request is sent again (issue 11): statuses from the manifest, idempotency from the method, the spec
or an idempotency key; and the request-id headers a provider names.

The decisions are unit-tested in Python (scripts/codegen/manifest.py, retry_policy.py); the behaviour over
real HTTP with the golden package (tests/golden: its manifest entry retries 429, 503 and 529 only and reads
the request id from `x-github-request-id`) and a shipped one (the default statuses), against raw-socket
servers on 127.0.0.1.
"""

import asyncio
import json
import logging
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from adversarial_servers import Connection, RawRequest, Script, answer, raw_server
from test_faults import call

from scripts.codegen.errors import ManifestError, SpecError
from scripts.codegen.manifest import DEFAULT_RETRY_STATUSES, Provider, load_providers, retry_statuses
from scripts.codegen.paths import REPO
from scripts.codegen.retry_policy import idempotent_operations, retry_policy
from scripts.codegen.spec import load_spec
from support import PROVIDERS, TOKEN, golden, package, provider_by_key

MODES = ["sync", "async"]
GOLDEN_SPEC = REPO / "tests" / "golden" / "catch-all.yaml"
THING = b'{"id": "t-1", "name": "n"}'


# The decisions, in Python.


@pytest.mark.unit
def test_the_default_retry_statuses_are_408_409_429_and_every_5xx() -> None:
    assert set(DEFAULT_RETRY_STATUSES) == {408, 409, 429, *range(500, 600)}
    assert 529 in DEFAULT_RETRY_STATUSES and 404 not in DEFAULT_RETRY_STATUSES
    assert retry_policy(PROVIDERS[0]).statuses == "{408, 409, 429, *range(500, 600)}"
    assert retry_policy(PROVIDERS[0]).described == "408, 409, 429 and 500-599"


@pytest.mark.unit
@pytest.mark.parametrize(
    ("entries", "statuses", "literal"),
    [
        pytest.param([503, 429, 503], (429, 503), "{429, 503}", id="sorted-once"),
        pytest.param(["4xx"], tuple(range(400, 500)), "{*range(400, 500)}", id="a-class"),
        pytest.param([501, 502, 503, 504], (501, 502, 503, 504), "{*range(501, 505)}", id="a-run"),
        pytest.param([], (), "()", id="none"),
    ],
)
def test_retry_statuses_are_statuses_and_classes(
    entries: list[object], statuses: tuple[int, ...], literal: str
) -> None:
    assert retry_statuses(entries) == statuses
    assert retry_policy(Provider("p", "P", Path("p.yaml"), "T", "U", retry_statuses=statuses)).statuses == literal


@pytest.mark.unit
@pytest.mark.parametrize("entry", [600, 99, 0, True, "6XX", "5xx0", "503", 503.0])
def test_a_status_outside_100_to_599_is_refused(entry: object) -> None:
    with pytest.raises(ValueError, match="is not an HTTP status"):
        retry_statuses([entry])


def manifest(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "providers.toml"
    path.write_text(
        '[acme]\nname = "Acme"\nspec = "specs/acme.yaml"\ntoken_env = "ACME_TOKEN"\nbase_url_env = "ACME_BASE_URL"\n'
        + extra
    )
    return path


@pytest.mark.unit
def test_the_manifest_sets_the_statuses_and_the_idempotency_key_header(tmp_path: Path) -> None:
    [acme] = load_providers(manifest(tmp_path, 'retry_statuses = [429, "5XX"]\nidempotency_key_header = "X-Once"\n'))
    assert acme.retry_statuses == (429, *range(500, 600))
    assert acme.idempotency_key_header == "X-Once"
    assert retry_policy(acme).described == "429 and 500-599"

    [plain] = load_providers(manifest(tmp_path, ""))
    assert (plain.retry_statuses, plain.idempotency_key_header) == (DEFAULT_RETRY_STATUSES, "Idempotency-Key")


@pytest.mark.unit
@pytest.mark.parametrize(
    ("extra", "message"),
    [
        pytest.param("retry_statuses = [503, 600]\n", r"\[acme\] retry_statuses: 600 is not an HTTP status", id="600"),
        pytest.param('retry_statuses = "5XX"\n', r"\[acme\] retry_statuses: must be a list", id="not-a-list"),
        pytest.param(
            'idempotency_key_header = "Idem Key"\n', r"\[acme\] idempotency_key_header: 'Idem Key'", id="space"
        ),
    ],
)
def test_a_bad_manifest_value_is_a_manifest_error(tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(ManifestError, match=message) as raised:
        load_providers(manifest(tmp_path, extra))
    assert str(raised.value).startswith(str(tmp_path / "providers.toml"))


@pytest.mark.unit
def test_idempotent_operations_come_from_the_method_or_x_idempotent(tmp_path: Path) -> None:
    safe = idempotent_operations(load_spec(GOLDEN_SPEC).api)
    # By operation key: openapi-python-client renames path parameters (`{subscriptionId}`).
    assert safe == {
        "get /results",
        "get /groups/{}/results",
        "get /points/{}/results",
        "post /things/{}/archive",
        "put /things/{}",
        "delete /things/{}",
    }
    assert "post /things" not in safe, "a POST without x-idempotent"
    wiremock = provider_by_key("wiremock-cloud")
    assert idempotent_operations(load_spec(REPO / wiremock.spec).api) == {"get /v1/subscriptions/{}/usage"}

    unsafe_get = tmp_path / "spec.yaml"
    unsafe_get.write_text(
        GOLDEN_SPEC.read_text().replace(
            "      operationId: list_results\n", "      operationId: list_results\n      x-idempotent: false\n"
        )
    )
    assert "get /results" not in idempotent_operations(load_spec(unsafe_get).api), "x-idempotent: false"


@pytest.mark.unit
def test_an_x_idempotent_that_is_not_a_boolean_names_its_line(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    text = GOLDEN_SPEC.read_text().replace("      x-idempotent: true\n", '      x-idempotent: "yes"\n')
    spec.write_text(text)
    line = text.splitlines().index('      x-idempotent: "yes"') + 1

    with pytest.raises(SpecError, match="x-idempotent must be true or false, got 'yes'") as raised:
        idempotent_operations(load_spec(spec).api)
    assert raised.value.line == line
    assert raised.value.pointer == "/paths/~1things~1{thing_id}~1archive/post/x-idempotent"


@pytest.mark.unit
def test_the_rendered_packages_carry_their_manifest_policy() -> None:
    for provider in PROVIDERS:
        retries = package(provider)._retries
        assert sorted(retries.RETRY_STATUSES) == list(DEFAULT_RETRY_STATUSES), provider.key
        assert retries.IDEMPOTENCY_KEY_HEADER == "Idempotency-Key"
    assert sorted(golden("_retries").RETRY_STATUSES) == [429, 503, 529]
    assert golden("_identity").REQUEST_ID_HEADERS == ("x-github-request-id",)


# Over real HTTP.


def replies(*scripts: Script) -> Script:
    """Answer the n-th request with the n-th script; the last one repeats."""
    count = 0

    def script(connection: Connection, request: RawRequest) -> bool | None:
        nonlocal count
        count += 1
        return scripts[min(count, len(scripts)) - 1](connection, request)

    return script


def hang_up(connection: Connection, request: RawRequest) -> bool:
    """Read the request and close the connection without an answer: it may well have been applied."""
    return False


def status(code: int, body: bytes = b'{"detail": "no"}', headers: dict[str, str] | None = None) -> Script:
    return answer(code, body, {"Retry-After": "0", **(headers or {})})


def run(
    mode: str, module: str, base_url: str, *, client_options: dict[str, Any] | None = None, **arguments: Any
) -> Any:
    """The golden operation `module` (e.g. "things.create_thing"), `sync` or `asyncio`, against `base_url`."""
    operation = golden(f"api.{module}")
    make = golden("client").AuthenticatedClient
    if mode == "sync":
        with make(token=TOKEN, base_url=base_url, **(client_options or {})) as client:
            return operation.sync(client=client, **arguments)

    async def call() -> Any:
        async with make(token=TOKEN, base_url=base_url, **(client_options or {})) as client:
            return await operation.asyncio(client=client, **arguments)

    return asyncio.run(call())


def new_thing() -> Any:
    return golden("models.thing_params").ThingParams(name="n")


@pytest.mark.http
@pytest.mark.parametrize("mode", MODES)
def test_a_post_that_gets_503_is_not_sent_again(mode: str) -> None:
    errors = golden("errors")
    with raw_server(replies(status(503), status(201, THING))) as server, pytest.raises(errors.InternalServerError):
        run(mode, "things.create_thing", server.url, body=new_thing())
    assert [request.method for request in server.requests] == ["POST"]


@pytest.mark.http
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("where", ["call", "client"])
def test_a_post_with_an_idempotency_key_is_sent_again(mode: str, where: str) -> None:
    key = {"Idempotency-Key": "create-7f3a"}
    options: dict[str, Any] = {"headers": key} if where == "call" else {"client_options": {"headers": key}}
    with raw_server(replies(status(503), status(201, THING))) as server:
        thing = run(mode, "things.create_thing", server.url, body=new_thing(), **options)

    assert thing.id == "t-1"
    assert [request.headers.get("idempotency-key") for request in server.requests] == ["create-7f3a"] * 2
    assert [json.loads(request.body) for request in server.requests] == [{"name": "n", "size": 1}] * 2


@pytest.mark.http
@pytest.mark.parametrize("mode", MODES)
def test_a_post_the_spec_marks_x_idempotent_is_sent_again(mode: str) -> None:
    with raw_server(replies(status(503), status(200, THING))) as server:
        assert run(mode, "things.archive_thing", server.url, thing_id="t-1").id == "t-1"
    assert len(server.requests) == 2


@pytest.mark.http
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("module", "arguments", "ok"),
    [
        pytest.param("things.put_thing", {"thing_id": "t-1"}, THING, id="PUT"),
        pytest.param("results.list_results", {}, b'{"items": []}', id="GET"),
    ],
)
def test_an_idempotent_request_that_gets_529_is_sent_again(
    mode: str, module: str, arguments: dict[str, Any], ok: bytes
) -> None:
    if module == "things.put_thing":
        arguments = {**arguments, "body": new_thing()}
    with raw_server(replies(status(529, b'{"detail": "overloaded"}'), status(200, ok))) as server:
        assert run(mode, module, server.url, **arguments) is not None
    assert len(server.requests) == 2


@pytest.mark.http
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("code", [500, 409, 408])
def test_the_manifest_statuses_replace_the_default(mode: str, code: int) -> None:
    """The golden manifest retries 429, 503 and 529 only: 500, 409 and 408 are final there."""
    errors = golden("errors")
    server_replies = replies(status(code), status(200, THING))
    with raw_server(server_replies) as server, pytest.raises(errors.ApiStatusError) as raised:
        run(mode, "things.put_thing", server.url, thing_id="t-1", body=new_thing())
    assert raised.value.status_code == code
    assert len(server.requests) == 1


@pytest.mark.http
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("code", "tries"), [(409, 2), (529, 2), (599, 2), (600, 1), (999, 1)])
def test_the_default_statuses_and_nothing_outside_100_to_599(mode: str, code: int, tries: int) -> None:
    vocode = provider_by_key("vocode")
    with raw_server(status(code)) as server, pytest.raises(package(vocode).errors.ApiStatusError):
        call(vocode, server.url, mode, max_retries=1)
    assert len(server.requests) == tries


@pytest.mark.http
@pytest.mark.parametrize("mode", MODES)
def test_a_post_whose_connection_drops_is_not_sent_again(mode: str) -> None:
    errors = golden("errors")
    refused = "not retried: a POST without the Idempotency-Key header may have reached the server"
    with (
        raw_server(replies(hang_up, status(201, THING))) as server,
        pytest.raises(errors.ApiConnectionError, match=refused),
    ):
        run(mode, "things.create_thing", server.url, body=new_thing())
    assert len(server.requests) == 1

    with raw_server(replies(hang_up, status(201, THING))) as server:
        run(mode, "things.create_thing", server.url, body=new_thing(), headers={"Idempotency-Key": "k-1"})
    assert len(server.requests) == 2, "with an idempotency key it is"


@pytest.mark.http
@pytest.mark.parametrize("mode", MODES)
def test_a_post_that_never_connected_is_sent_again(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]  # closed at the end of the block: nothing listens there
    errors = golden("errors")

    with (
        caplog.at_level(logging.INFO, logger="catch_all_usage_client"),
        pytest.raises(errors.ApiConnectionError) as raised,
    ):
        run(mode, "things.create_thing", f"http://127.0.0.1:{port}", body=new_thing(), max_retries=1)

    assert "not retried" not in str(raised.value)
    assert [record.getMessage().split(" in ")[0] for record in caplog.records if "Retrying" in record.getMessage()] == [
        f"Retrying POST http://127.0.0.1:{port}/things"
    ]


@pytest.mark.http
@pytest.mark.parametrize("mode", MODES)
def test_the_manifest_request_id_header_is_read_by_responses_and_errors(mode: str) -> None:
    errors = golden("errors")
    ids = {"x-github-request-id": "C0DE:1234", "x-request-id": "not-this-one"}
    with raw_server(status(404, headers=ids)) as server:
        with pytest.raises(errors.ApiStatusError) as raised:
            run(mode, "things.archive_thing", server.url, thing_id="t-1")
        detailed: Callable[..., Any] = golden("api.things.archive_thing").sync_detailed
        with golden("client").AuthenticatedClient(token=TOKEN, base_url=server.url) as client:
            response = detailed("t-1", client=client)

    assert raised.value.request_id == "C0DE:1234"
    assert (response.status_code, response.request_id) == (404, "C0DE:1234")


@pytest.mark.http
def test_a_response_without_the_manifest_header_has_no_request_id() -> None:
    with raw_server(status(200, THING, headers={"x-request-id": "generic"})) as server:
        detailed: Callable[..., Any] = golden("api.things.archive_thing").sync_detailed
        with golden("client").AuthenticatedClient(token=TOKEN, base_url=server.url) as client:
            assert detailed("t-1", client=client).request_id is None
