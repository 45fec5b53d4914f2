"""The normalized view: each normalizer on its spec's example, and `fetch_all` against Prism mocks."""

import asyncio
import datetime
import os
from typing import Any

import pytest

import usage_clients
from support import PROVIDERS, provider_by_key, success_example
from usage_clients import registry
from usage_clients.fetch import _one_line
from usage_clients.normalize import NORMALIZERS, aymara, thousandeyes, vocode, wiremock_cloud
from usage_clients.snapshots import Failed, Metric, NotConfigured, Snapshot

UTC = datetime.UTC


def example(key: str, name: str = "main") -> Any:
    """The named example of the 200 response of the provider's get-usage operation."""
    return success_example(provider_by_key(key), name)


def facade_name(key: str) -> str:
    return key.replace("-", "_")


@pytest.mark.unit
def test_every_provider_of_the_manifest_has_a_normalizer_a_title_and_its_variables() -> None:
    assert set(NORMALIZERS) == set(usage_clients.PROVIDERS) == set(usage_clients.TITLES) == set(registry.ENVIRONMENT)
    for provider in PROVIDERS:
        name = facade_name(provider.key)
        assert usage_clients.TITLES[name] == provider.name
        client_module = getattr(usage_clients, name).client
        assert registry.ENVIRONMENT[name][:2] == (provider.token_env, provider.base_url_env)
        assert (provider.token_env, provider.base_url_env) == (client_module.TOKEN_ENV, client_module.BASE_URL_ENV)


@pytest.mark.unit
def test_vocode_minutes_against_the_limit_and_the_plan() -> None:
    snapshot = vocode(usage_clients.vocode.models.Usage.from_dict(example("vocode")))
    assert snapshot == Snapshot(
        provider="vocode",
        period_start=None,
        period_end=None,
        metrics=(Metric("minutes", 412, "minutes", limit=1000),),
        details={"plan": "developer"},
    )
    assert snapshot.metric("minutes").share == pytest.approx(0.412)
    assert snapshot.raw.user_id == "5f8b2c1e-7d4a-4b9e-a3c6-1e2d3f4a5b6c"


@pytest.mark.unit
def test_vocode_an_unknown_plan_stays_readable() -> None:
    body = {**example("vocode"), "plan_type": "plan_team"}
    snapshot = vocode(usage_clients.vocode.models.Usage.from_dict(body))
    assert snapshot.details == {"plan": "team"}


@pytest.mark.unit
def test_vocode_an_absent_limit_means_unlimited_not_zero() -> None:
    snapshot = vocode(usage_clients.vocode.models.Usage.from_dict(example("vocode", "unlimited")))
    assert snapshot.metric("minutes") == Metric("minutes", 412, "minutes", limit=None)
    assert snapshot.metric("minutes").share is None
    assert snapshot.details == {"plan": "unlimited", "limit": "unlimited"}


@pytest.mark.unit
def test_thousandeyes_cloud_units_and_agents_of_the_month() -> None:
    snapshot = thousandeyes(usage_clients.thousandeyes.models.Usage.from_dict(example("thousandeyes")))
    assert snapshot.period_start == datetime.datetime(2025, 1, 1, tzinfo=UTC)
    assert snapshot.period_end == datetime.datetime(2025, 2, 1, tzinfo=UTC)
    # Units and agents that are zero used of zero included say nothing: left out.
    assert snapshot.metrics == (
        Metric("cloud units", 1254021, "cloud units", included=3000000, projected=2611430),
        Metric("enterprise agents", 6, "agents", included=10),
        Metric("endpoint agents", 37, "agents", included=50),
    )


@pytest.mark.unit
def test_thousandeyes_an_empty_body_is_an_empty_snapshot() -> None:
    snapshot = thousandeyes(usage_clients.thousandeyes.models.Usage.from_dict({}))
    assert (snapshot.period_start, snapshot.period_end, snapshot.metrics) == (None, None, ())


@pytest.mark.unit
def test_thousandeyes_missing_quota_leaves_included_unknown() -> None:
    body = {"usage": {"cloudUnitsUsed": 5}}
    snapshot = thousandeyes(usage_clients.thousandeyes.models.Usage.from_dict(body))
    assert snapshot.metrics == (Metric("cloud units", 5, "cloud units"),)
    assert snapshot.metrics[0].share is None


@pytest.mark.unit
def test_wiremock_cloud_stub_calls_mock_apis_and_seats() -> None:
    snapshot = wiremock_cloud(usage_clients.wiremock_cloud.models.Usage.from_dict(example("wiremock-cloud")))
    assert snapshot.period_start == datetime.datetime(2024, 8, 1, 13, 50, 48, 988681, tzinfo=UTC)
    assert snapshot.period_end == datetime.datetime(2025, 8, 1, 13, 50, 48, 988681, tzinfo=UTC)
    assert snapshot.metrics == (
        Metric("stub calls", 22309, "calls"),
        Metric("mock APIs", 158, "mock APIs"),
        Metric("seats", 15, "seats", limit=None),
    )
    assert all(isinstance(metric.used, int) for metric in snapshot.metrics)  # JSON numbers, shown as counts
    assert snapshot.raw.usage.additional_properties == {"exportCalledCount": 30}


@pytest.mark.unit
def test_wiremock_cloud_a_seat_limit_and_an_odd_period() -> None:
    body = example("wiremock-cloud")
    body = {"usage": {**body["usage"], "seatLimit": 20, "currentPeriodStart": "last Tuesday"}}
    snapshot = wiremock_cloud(usage_clients.wiremock_cloud.models.Usage.from_dict(body))
    assert snapshot.metric("seats") == Metric("seats", 15, "seats", limit=20)
    assert snapshot.period_start is None  # not a date: unknown rather than an error; raw keeps the string
    assert snapshot.raw.usage.current_period_start == "last Tuesday"


@pytest.mark.unit
def test_aymara_the_latest_billing_cycle_and_the_free_runs() -> None:
    body = example("aymara")
    older = {
        **body["billing_cycles"][0],
        "billing_cycle_uuid": "bc_older",
        "billing_cycle_start_date": "2024-12-01",
        "billing_cycle_end_date": "2024-12-31",
        "paid_amount_usd": 80,
        "score_runs": [],
    }
    body = {**body, "billing_cycles": [older, body["billing_cycles"][0]]}
    body["free_score_runs"] = [body["billing_cycles"][1]["score_runs"][0]] * 2
    snapshot = aymara(usage_clients.aymara.models.UsageResponse.from_dict(body))
    assert (snapshot.period_start, snapshot.period_end) == (datetime.date(2025, 1, 1), datetime.date(2025, 1, 31))
    assert snapshot.metrics == (
        Metric("paid amount", 120.0, "USD"),
        Metric("score runs", 1, "runs"),
        Metric("free score runs", 2, "runs"),
    )
    assert snapshot.details == {"billing cycle": "bc_6f1c2e0a-3b7d-4c1e-9a55-0d2f8e4b7a10"}


@pytest.mark.unit
def test_aymara_without_usage() -> None:
    snapshot = aymara(usage_clients.aymara.models.UsageResponse.from_dict(example("aymara", "no_usage")))
    assert (snapshot.period_start, snapshot.period_end) == (None, None)
    assert snapshot.metrics == (Metric("free score runs", 0, "runs"),)


@pytest.mark.unit
def test_to_dict_is_json_ready() -> None:
    snapshot = vocode(usage_clients.vocode.models.Usage.from_dict(example("vocode")))
    assert snapshot.to_dict() == {
        "provider": "vocode",
        "status": "ok",
        "period_start": None,
        "period_end": None,
        "metrics": [
            {"name": "minutes", "used": 412, "unit": "minutes", "limit": 1000, "included": None, "projected": None}
        ],
        "details": {"plan": "developer"},
    }
    assert NotConfigured("vocode", "VOCODE_API_KEY is not set").to_dict()["status"] == "not_configured"
    assert Failed("vocode", "ApiTimeoutError: ...").to_dict() == {
        "provider": "vocode",
        "status": "error",
        "error": "ApiTimeoutError: ...",
    }


@pytest.fixture
def all_configured(clean_env: None, monkeypatch: pytest.MonkeyPatch, mock_urls: dict[str, str]) -> None:
    for provider in PROVIDERS:
        monkeypatch.setenv(provider.token_env, "test-token")
        monkeypatch.setenv(provider.base_url_env, mock_urls[provider.key])
    monkeypatch.setenv("WIREMOCK_CLOUD_SUBSCRIPTION_ID", "sub-123")


@pytest.mark.http
@pytest.mark.usefixtures("all_configured")
def test_fetch_all_every_configured_provider() -> None:
    results = usage_clients.fetch_all()
    assert [result.provider for result in results] == list(usage_clients.PROVIDERS)
    assert all(isinstance(result, Snapshot) for result in results), results
    by_name = {result.provider: result for result in results}
    assert isinstance(by_name["vocode"], Snapshot)
    assert by_name["vocode"].metric("minutes") == Metric("minutes", 412, "minutes", limit=1000)
    assert type(by_name["vocode"].raw) is usage_clients.vocode.models.Usage


@pytest.mark.http
@pytest.mark.usefixtures("all_configured")
def test_fetch_all_skips_providers_without_a_token_unless_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AYMARA_AI_API_KEY")
    assert "aymara" not in [result.provider for result in usage_clients.fetch_all()]
    [result] = usage_clients.fetch_all(["aymara"])
    assert result == NotConfigured("aymara", "AYMARA_AI_API_KEY is not set")


@pytest.mark.http
@pytest.mark.usefixtures("all_configured")
def test_fetch_all_wiremock_cloud_needs_a_subscription(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WIREMOCK_CLOUD_SUBSCRIPTION_ID")
    [result] = usage_clients.fetch_all(["wiremock-cloud"])
    assert result == NotConfigured("wiremock_cloud", "no subscription id: set WIREMOCK_CLOUD_SUBSCRIPTION_ID")
    [result] = usage_clients.fetch_all(["wiremock-cloud"], wiremock_subscription_id="sub-456")
    assert isinstance(result, Snapshot)


@pytest.mark.http
@pytest.mark.usefixtures("all_configured")
def test_fetch_all_an_unknown_server_fails_that_provider_only(monkeypatch: pytest.MonkeyPatch) -> None:
    # The base URL variables would win over the server: without them, `mock` only exists for WireMock Cloud.
    monkeypatch.delenv("THOUSANDEYES_BASE_URL")
    thousandeyes_result, vocode_result = usage_clients.fetch_all(
        ["thousandeyes", "vocode"], server="mock", base_urls={"vocode": os.environ["VOCODE_BASE_URL"]}
    )
    assert isinstance(thousandeyes_result, Failed)
    assert thousandeyes_result.error.startswith("ConfigurationError: Unknown server 'mock'")
    assert isinstance(vocode_result, Snapshot)


@pytest.mark.unit
def test_fetch_all_an_unknown_provider_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="Unknown provider 'acme'"):
        usage_clients.fetch_all(["acme"])


@pytest.mark.http
@pytest.mark.usefixtures("all_configured")
def test_fetch_all_async_runs_in_a_running_loop() -> None:
    async def fetch() -> list[usage_clients.Result]:
        return await usage_clients.fetch_all_async(["vocode", "thousandeyes"])

    results = asyncio.run(fetch())
    assert [type(result) for result in results] == [Snapshot, Snapshot]


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        pytest.param(
            "500 from GET /x:\n  {'detail': 'boom'}", "RuntimeError: 500 from GET /x: {'detail': 'boom'}", id="one-line"
        ),
        pytest.param("echo: Bearer s3cret-token-42!", "RuntimeError: echo: Bearer ***!", id="whole-token"),
        pytest.param("", "RuntimeError", id="no-message"),
    ],
)
@pytest.mark.unit
def test_error_lines_are_one_line_and_never_carry_the_token(message: str, shown: str) -> None:
    assert _one_line(RuntimeError(message), secret="s3cret-token-42") == shown
