"""Fixtures shared by the tests; plain helpers are in support.py."""

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from paging_server import TOKEN as PAGING_TOKEN
from paging_server import PagingServer, Seen
from paging_server import paging_server as serve_pages

from scripts.codegen.paths import REPO
from scripts.mock_servers import WireMock, prism_mocks, wiremock
from support import PROVIDERS, golden

# Property tests: a quick default for every run; `pytest --hypothesis-profile thorough` digs deeper.
settings.register_profile(
    "default", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.register_profile("thorough", settings.get_profile("default"), max_examples=2000)
settings.load_profile("default")


@pytest.fixture(scope="session")
def mock_urls() -> Iterator[dict[str, str]]:
    """One Prism mock per provider spec on 127.0.0.1, by provider key; stopped after the session."""
    with prism_mocks({provider.key: REPO / provider.spec for provider in PROVIDERS}) as urls:
        yield urls


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No provider credential or base URL leaks in from the machine running the tests."""
    for provider in PROVIDERS:
        monkeypatch.delenv(provider.token_env, raising=False)
        monkeypatch.delenv(provider.base_url_env, raising=False)


@pytest.fixture(scope="session")
def wiremock_server() -> Iterator[WireMock]:
    """One WireMock on 127.0.0.1 for the session; use `wiremock_api`, which resets it."""
    with wiremock() as server:
        yield server


@pytest.fixture
def wiremock_api(wiremock_server: WireMock) -> WireMock:
    """WireMock with no stubs, no recorded requests and every scenario at its start."""
    wiremock_server.reset()
    return wiremock_server


# The packaged-client tests run once per claimed Python (test_packaging.py): the summary names each outcome.
_WHEEL_TEST = "test_wheels_on_every_claimed_python["
_wheel_outcomes: dict[str, str] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if _WHEEL_TEST in report.nodeid and (report.when == "call" or report.outcome != "passed"):
        version = report.nodeid.split(_WHEEL_TEST, 1)[1].rstrip("]")
        _wheel_outcomes[version] = report.outcome


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _wheel_outcomes:
        terminalreporter.section("wheel tests per claimed Python")
        for version, outcome in sorted(_wheel_outcomes.items()):
            terminalreporter.write_line(f"Python {version}: {outcome}")


@pytest.fixture(scope="session")
def paging_server() -> Iterator[PagingServer]:
    """The loopback server paging through the catch-all spec's records (tests/paging_server.py)."""
    with serve_pages() as server:
        yield server


@pytest.fixture
def paging_seen(paging_server: PagingServer) -> list[Seen]:
    """The requests `paging_server` receives during the test."""
    paging_server.seen.clear()
    return paging_server.seen


@pytest.fixture
def paging_client(paging_server: PagingServer) -> Iterator[Any]:
    """A golden-package client of `paging_server`, without retries."""
    base_url = f"http://127.0.0.1:{paging_server.server_address[1]}"
    client = golden("client").AuthenticatedClient(token=PAGING_TOKEN, base_url=base_url, timeout=10.0, max_retries=0)
    yield client
    client.close()
