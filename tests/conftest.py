"""Fixtures shared by the tests; plain helpers are in support.py."""

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from scripts.codegen.paths import REPO
from scripts.mock_servers import WireMock, prism_mocks, wiremock
from support import PROVIDERS

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
