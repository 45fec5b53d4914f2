"""`usage-clients show`, run as users run it: a subprocess over real HTTP to local mock servers."""

import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from scripts.local_server import Received, Reply, local_server
from support import PROVIDERS, provider_by_key

pytestmark = pytest.mark.http

TOKEN = "tok-4f9c1e7b-never-print-me"  # distinctive: it must appear in no output
SUBSCRIPTION_ENV = "WIREMOCK_CLOUD_SUBSCRIPTION_ID"
PROVIDER_VARIABLES = {
    *(provider.token_env for provider in PROVIDERS),
    *(provider.base_url_env for provider in PROVIDERS),
    SUBSCRIPTION_ENV,
}
SLOW_SECONDS = 10.0


def run_cli(*arguments: str, env: Mapping[str, str] = {}) -> subprocess.CompletedProcess[str]:
    """`python -m usage_clients ARGUMENTS` with no provider variable from this machine, plus `env`."""
    environment = {name: value for name, value in os.environ.items() if name not in PROVIDER_VARIABLES}
    for name in ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        environment.pop(name, None)
    environment.update(COLUMNS="120", **env)
    return subprocess.run(
        [sys.executable, "-m", "usage_clients", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def configured(mock_urls: Mapping[str, str], *keys: str) -> dict[str, str]:
    """Token and mock base URL of each provider in `keys` (default: all four), and a subscription id."""
    environment = {SUBSCRIPTION_ENV: "sub-123"}
    for key in keys or [provider.key for provider in PROVIDERS]:
        provider = provider_by_key(key)
        environment[provider.token_env] = TOKEN
        environment[provider.base_url_env] = mock_urls[key]
    return environment


def parsed(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    providers: dict[str, Any] = json.loads(result.stdout)["providers"]
    return providers


def metrics(entry: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {metric["name"]: metric for metric in entry["metrics"]}


def assert_no_secret(result: subprocess.CompletedProcess[str]) -> None:
    assert TOKEN not in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def echoing_body(credentials: str) -> bytes:
    """The error body of a careless server that echoes the credentials it got, padded so that the
    client's 200-character summary of the body ends in the middle of them."""
    unpadded = json.dumps({"padding": "", "authorization": credentials})
    padding = 199 - len(credentials) // 2 - unpadded.index(credentials)
    return json.dumps({"padding": "x" * padding, "authorization": credentials}).encode()


@pytest.fixture
def bad_server() -> Iterator[str]:
    """A server on 127.0.0.1: 500 (echoing the credentials it got) under /fail, too slow under /slow."""
    stop = threading.Event()

    def respond(request: Received) -> Reply:
        if request.target.startswith("/slow/"):
            stop.wait(SLOW_SECONDS)  # longer than any --timeout of the tests; ends with the test
            return Reply(200, b"{}")
        return Reply(500, echoing_body(request.headers.get("authorization", "")))

    with local_server(respond) as server:
        try:
            yield server.url
        finally:
            stop.set()


def test_json_of_all_four_providers(mock_urls: dict[str, str]) -> None:
    result = run_cli("show", "--json", env=configured(mock_urls))

    assert result.returncode == 0, result.stderr
    assert_no_secret(result)
    providers = parsed(result)
    assert list(providers) == ["aymara", "thousandeyes", "vocode", "wiremock_cloud"]
    assert {entry["status"] for entry in providers.values()} == {"ok"}

    vocode = providers["vocode"]
    assert (vocode["title"], vocode["period_start"], vocode["details"]) == ("Vocode", None, {"plan": "developer"})
    assert metrics(vocode)["minutes"] == {
        "name": "minutes",
        "used": 412,
        "unit": "minutes",
        "limit": 1000,
        "included": None,
        "projected": None,
    }

    thousandeyes = providers["thousandeyes"]
    assert thousandeyes["period_start"] == "2025-01-01T00:00:00+00:00"
    assert thousandeyes["period_end"] == "2025-02-01T00:00:00+00:00"
    cloud_units = metrics(thousandeyes)["cloud units"]
    assert (cloud_units["used"], cloud_units["projected"], cloud_units["included"]) == (1254021, 2611430, 3000000)
    assert metrics(thousandeyes)["enterprise agents"]["used"] == 6
    assert metrics(thousandeyes)["endpoint agents"]["used"] == 37

    wiremock = providers["wiremock_cloud"]
    assert wiremock["period_start"].startswith("2024-08-01T13:50:48")
    assert {name: metric["used"] for name, metric in metrics(wiremock).items()} == {
        "stub calls": 22309,
        "mock APIs": 158,
        "seats": 15,
    }
    assert metrics(wiremock)["seats"]["limit"] is None

    aymara = providers["aymara"]
    assert (aymara["period_start"], aymara["period_end"]) == ("2025-01-01", "2025-01-31")
    assert {name: (metric["used"], metric["unit"]) for name, metric in metrics(aymara).items()} == {
        "paid amount": (120.0, "USD"),
        "score runs": (1, "runs"),
        "free score runs": (0, "runs"),
    }


def test_tables_of_all_four_providers(mock_urls: dict[str, str]) -> None:
    result = run_cli("show", env=configured(mock_urls))

    assert result.returncode == 0, result.stderr
    assert_no_secret(result)
    out = result.stdout
    assert "Aymara: 2025-01-01 to 2025-01-31, billing cycle: bc_6f1c2e0a-3b7d-4c1e-9a55-0d2f8e4b7a10" in out
    assert "ThousandEyes: 2025-01-01 to 2025-02-01" in out
    assert "Vocode: period not reported, plan: developer" in out
    assert "WireMock Cloud: 2024-08-01 to 2025-08-01" in out
    assert re.search(r"minutes\s+│\s+412\s+│\s+1,000\s+│\s+41%\s+│\s+minutes", out), out
    assert re.search(r"cloud units\s+│\s+1,254,021\s+│\s+3,000,000\s+│\s+2,611,430\s+│\s+42%", out), out
    assert re.search(r"stub calls\s+│\s+22,309\s+│\s+calls", out), out
    assert re.search(r"paid amount\s+│\s+120.00\s+│\s+USD", out), out


def test_the_console_script_and_named_providers(mock_urls: dict[str, str]) -> None:
    script = Path(sys.executable).parent / "usage-clients"
    environment = {**os.environ, **configured(mock_urls)}
    result = subprocess.run(
        [str(script), "show", "vocode", "wiremock-cloud", "--json"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert list(parsed(result)) == ["vocode", "wiremock_cloud"]


def test_a_provider_without_a_token_is_not_configured_not_an_error(mock_urls: dict[str, str]) -> None:
    environment = configured(mock_urls, "vocode")

    result = run_cli("show", "--json", env=environment)
    assert result.returncode == 0, result.stderr
    providers = parsed(result)
    assert providers["vocode"]["status"] == "ok"
    assert providers["aymara"] == {
        "title": "Aymara",
        "provider": "aymara",
        "status": "not_configured",
        "reason": "none of AYMARA_AI_API_KEY, AYMARA_AI_BEARER_AUTH is set",
    }
    assert providers["thousandeyes"]["reason"] == "THOUSANDEYES_BEARER_TOKEN is not set"

    tables = run_cli("show", env=environment)
    assert tables.returncode == 0, tables.stderr
    assert "Aymara: not configured (none of AYMARA_AI_API_KEY, AYMARA_AI_BEARER_AUTH is set)\n" in tables.stdout
    assert "WireMock Cloud: not configured (WIREMOCK_CLOUD_API_TOKEN is not set)\n" in tables.stdout
    assert "Vocode: period not reported" in tables.stdout


def test_wiremock_cloud_needs_a_subscription_id(mock_urls: dict[str, str]) -> None:
    environment = configured(mock_urls, "wiremock-cloud")
    del environment[SUBSCRIPTION_ENV]

    missing = run_cli("show", "wiremock-cloud", "--json", env=environment)
    assert missing.returncode == 0, missing.stderr
    assert parsed(missing)["wiremock_cloud"]["reason"] == "no subscription id: set WIREMOCK_CLOUD_SUBSCRIPTION_ID"

    given = run_cli("show", "wiremock-cloud", "--json", "--wiremock-subscription", "sub-9", env=environment)
    assert given.returncode == 0, given.stderr
    assert parsed(given)["wiremock_cloud"]["status"] == "ok"


def test_a_failing_provider_is_one_line_and_hides_no_other(mock_urls: dict[str, str], bad_server: str) -> None:
    environment = {**configured(mock_urls), "VOCODE_BASE_URL": f"{bad_server}/fail"}

    result = run_cli("show", env=environment)  # default retries: two more 500s, then the error

    assert result.returncode == 1
    assert_no_secret(result)
    assert result.stderr == ""
    [line] = [line for line in result.stdout.splitlines() if line.startswith("Vocode")]
    assert line.startswith(
        f"Vocode: InternalServerError: 500 Internal Server Error from GET {bad_server}/fail/v1/usage: "
    )
    assert '"authorization": "<redacted>"' in line  # the server echoed the credentials; the client blanked them
    for title in ("Aymara: 2025", "ThousandEyes: 2025", "WireMock Cloud: 2024"):
        assert title in result.stdout

    as_json = run_cli("show", "--json", "--max-retries", "0", env=environment)
    assert as_json.returncode == 1
    assert_no_secret(as_json)
    providers = parsed(as_json)
    assert providers["vocode"]["status"] == "error"
    assert providers["vocode"]["error"].startswith("InternalServerError: 500 Internal Server Error")
    assert [entry["status"] for name, entry in providers.items() if name != "vocode"] == ["ok", "ok", "ok"]


def test_a_provider_timing_out_is_one_line(mock_urls: dict[str, str], bad_server: str) -> None:
    environment = {**configured(mock_urls), "THOUSANDEYES_BASE_URL": f"{bad_server}/slow"}

    started = time.monotonic()
    result = run_cli("show", "--timeout", "0.5", "--max-retries", "0", env=environment)
    elapsed = time.monotonic() - started

    assert result.returncode == 1
    assert elapsed < SLOW_SECONDS / 2, "the slow provider delayed the command beyond its timeout"
    assert_no_secret(result)
    [line] = [line for line in result.stdout.splitlines() if line.startswith("ThousandEyes")]
    # The read timeout and the attempt's deadline (both 0.5 s) race: either may be the one reported.
    assert line.startswith(f"ThousandEyes: ApiTimeoutError: GET {bad_server}/slow/v7/usage timed out (")
    assert "Vocode: period not reported" in result.stdout


def test_a_server_name_a_provider_lacks_is_a_one_line_error(mock_urls: dict[str, str]) -> None:
    environment = configured(mock_urls, "vocode")
    environment["THOUSANDEYES_BEARER_TOKEN"] = TOKEN  # no base URL: the server name decides, and it has no staging

    result = run_cli("show", "thousandeyes", "vocode", "--server", "staging", env=environment)

    assert result.returncode == 1
    assert_no_secret(result)
    assert (
        "ThousandEyes: ConfigurationError: Unknown server 'staging': choose one of production, or pass base_url=...\n"
        in result.stdout
    )
    assert "Vocode: period not reported" in result.stdout  # its base URL variable wins over the server


def test_base_url_applies_to_the_providers_named(mock_urls: dict[str, str]) -> None:
    result = run_cli("show", "vocode", "--base-url", mock_urls["vocode"], "--json", env={"VOCODE_API_KEY": TOKEN})
    assert result.returncode == 0, result.stderr
    assert metrics(parsed(result)["vocode"])["minutes"]["used"] == 412


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        pytest.param(["show", "acme"], "Unknown provider 'acme'", id="unknown-provider"),
        pytest.param(
            ["show", "--base-url", "http://127.0.0.1:9"], "--base-url applies to the providers", id="base-url"
        ),
        pytest.param(["show", "--timeout", "0"], "must be a finite number above 0", id="timeout"),
        pytest.param(["show", "--max-retries", "many"], "not a whole number", id="max-retries"),
        pytest.param([], "usage: usage-clients", id="no-command"),
    ],
)
def test_usage_errors_exit_2(arguments: list[str], message: str) -> None:
    result = run_cli(*arguments)
    assert result.returncode == 2
    assert message in result.stderr


@pytest.mark.parametrize("arguments", [["--help"], ["show", "--help"]])
def test_help_documents_the_environment_variables(arguments: list[str]) -> None:
    result = run_cli(*arguments)
    assert result.returncode == 0, result.stderr
    for variable in sorted(PROVIDER_VARIABLES):
        assert variable in result.stdout


def test_without_rich_the_command_names_the_extra() -> None:
    script = "import sys\nsys.modules['rich'] = None\nfrom usage_clients.cli import main\nsys.exit(main(['show']))\n"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "pip install 'usage-clients[cli]'" in result.stderr


@pytest.mark.http
def test_an_unlimited_vocode_plan_shows_no_limit_rather_than_zero() -> None:
    body = json.dumps({"user_id": "u", "plan_type": "plan_unlimited", "monthly_usage_minutes": 412}).encode()
    vocode = provider_by_key("vocode")
    with local_server(lambda request: Reply(200, body)) as server:
        environment = {vocode.token_env: TOKEN, vocode.base_url_env: server.url}
        table = run_cli("show", "vocode", env=environment)
        as_json = run_cli("show", "vocode", "--json", env=environment)

    assert table.returncode == 0, table.stderr
    assert "Vocode: period not reported, plan: unlimited, limit: unlimited" in table.stdout
    assert "%" not in table.stdout, "no share of a limit that does not exist"
    entry = parsed(as_json)["vocode"]
    assert metrics(entry)["minutes"]["limit"] is None
