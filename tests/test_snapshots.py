"""The normalized view: each normalizer on its spec's examples, and `fetch_all` against Prism mocks.

What a normalizer should make of its provider's usage is the one thing here known per provider: it
lives in one class per provider (`TestVocode`, ...), whose `EXAMPLES` give the expected snapshot of each
named example of the spec's 200 response, next to that normalizer's edge cases. Everything else runs over
the providers of the manifest and the examples of their specs: a provider added without a class here
still has its examples parsed and fetched (shown raw when it has no normalizer); one with a normalizer
but no figures for an example fails, naming the class to add them to.
"""

import asyncio
import datetime
from importlib import import_module
from typing import Any, ClassVar

import pytest

import usage_clients
from scripts.codegen.manifest import Provider
from support import (
    PROVIDERS,
    get_usage_module,
    provider_by_key,
    provider_params,
    required_arguments,
    success_example,
    success_examples,
)
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


def parsed(provider: Provider, body: Any) -> Any:
    """`body` as the provider's client returns it from get_usage (served by the package's own `testing.MockApi`)."""
    api = import_module(f"{provider.package_name}.testing").MockApi()
    api.queue("get_usage", body=body)
    with api.client() as client:
        return get_usage_module(provider).sync(client=client, **required_arguments(provider))


# What each normalizer makes of its provider's usage: the one place per provider.


class TestAymara:
    """The latest billing cycle (dates, paid amount, score runs) and the free score runs."""

    KEY = "aymara"
    EXAMPLES: ClassVar[dict[str, Snapshot]] = {
        "main": Snapshot(
            provider="aymara",
            period_start=datetime.date(2025, 1, 1),
            period_end=datetime.date(2025, 1, 31),
            metrics=(
                Metric("paid amount", 120.0, "USD"),
                Metric("score runs", 1, "runs"),
                Metric("free score runs", 0, "runs"),
            ),
            details={"billing cycle": "bc_6f1c2e0a-3b7d-4c1e-9a55-0d2f8e4b7a10"},
        ),
        "no_usage": Snapshot("aymara", None, None, (Metric("free score runs", 0, "runs"),), {}),
    }

    @pytest.mark.unit
    def test_the_latest_billing_cycle_and_the_free_runs(self) -> None:
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


class TestThousandEyes:
    """Cloud units and agents of the month; units and agents that are zero used of zero included are left out."""

    KEY = "thousandeyes"
    EXAMPLES: ClassVar[dict[str, Snapshot]] = {
        "main": Snapshot(
            provider="thousandeyes",
            period_start=datetime.datetime(2025, 1, 1, tzinfo=UTC),
            period_end=datetime.datetime(2025, 2, 1, tzinfo=UTC),
            metrics=(
                Metric("cloud units", 1254021, "cloud units", included=3000000, projected=2611430),
                Metric("enterprise agents", 6, "agents", included=10),
                Metric("endpoint agents", 37, "agents", included=50),
            ),
            details={},
        ),
    }

    @pytest.mark.unit
    def test_an_empty_body_is_an_empty_snapshot(self) -> None:
        snapshot = thousandeyes(usage_clients.thousandeyes.models.Usage.from_dict({}))
        assert (snapshot.period_start, snapshot.period_end, snapshot.metrics) == (None, None, ())

    @pytest.mark.unit
    def test_missing_quota_leaves_included_unknown(self) -> None:
        body = {"usage": {"cloudUnitsUsed": 5}}
        snapshot = thousandeyes(usage_clients.thousandeyes.models.Usage.from_dict(body))
        assert snapshot.metrics == (Metric("cloud units", 5, "cloud units"),)
        assert snapshot.metrics[0].share is None


class TestVocode:
    """Minutes against the monthly limit, and the plan; no limit means unlimited, not zero."""

    KEY = "vocode"
    EXAMPLES: ClassVar[dict[str, Snapshot]] = {
        "main": Snapshot("vocode", None, None, (Metric("minutes", 412, "minutes", limit=1000),), {"plan": "developer"}),
        "unlimited": Snapshot(
            "vocode", None, None, (Metric("minutes", 412, "minutes"),), {"plan": "unlimited", "limit": "unlimited"}
        ),
    }

    @pytest.mark.unit
    def test_the_share_of_the_limit(self) -> None:
        assert vocode(usage_clients.vocode.models.Usage.from_dict(example("vocode"))).metric("minutes").share == (
            pytest.approx(0.412)
        )
        unlimited = vocode(usage_clients.vocode.models.Usage.from_dict(example("vocode", "unlimited")))
        assert unlimited.metric("minutes").share is None

    @pytest.mark.unit
    def test_an_unknown_plan_stays_readable(self) -> None:
        body = {**example("vocode"), "plan_type": "plan_team"}
        snapshot = vocode(usage_clients.vocode.models.Usage.from_dict(body))
        assert snapshot.details == {"plan": "team"}


class TestWireMockCloud:
    """Stub calls, mock APIs and seats of the current period."""

    KEY = "wiremock-cloud"
    EXAMPLES: ClassVar[dict[str, Snapshot]] = {
        "main": Snapshot(
            provider="wiremock_cloud",
            period_start=datetime.datetime(2024, 8, 1, 13, 50, 48, 988681, tzinfo=UTC),
            period_end=datetime.datetime(2025, 8, 1, 13, 50, 48, 988681, tzinfo=UTC),
            metrics=(
                Metric("stub calls", 22309, "calls"),
                Metric("mock APIs", 158, "mock APIs"),
                Metric("seats", 15, "seats"),
            ),
            details={},
        ),
    }

    @pytest.mark.unit
    def test_counts_are_counts_and_unmodelled_fields_stay_in_raw(self) -> None:
        snapshot = wiremock_cloud(usage_clients.wiremock_cloud.models.Usage.from_dict(example("wiremock-cloud")))
        assert all(isinstance(metric.used, int) for metric in snapshot.metrics)  # JSON numbers, shown as counts
        assert snapshot.raw.usage.additional_properties == {"exportCalledCount": 30}

    @pytest.mark.unit
    def test_a_seat_limit_and_an_odd_period(self) -> None:
        body = example("wiremock-cloud")
        body = {"usage": {**body["usage"], "seatLimit": 20, "currentPeriodStart": "last Tuesday"}}
        snapshot = wiremock_cloud(usage_clients.wiremock_cloud.models.Usage.from_dict(body))
        assert snapshot.metric("seats") == Metric("seats", 15, "seats", limit=20)
        assert snapshot.period_start is None  # not a date: unknown rather than an error; raw keeps the string
        assert snapshot.raw.usage.current_period_start == "last Tuesday"


# By provider key, by example name: the snapshot its normalizer must make of that example.
NORMALIZED = {case.KEY: case.EXAMPLES for case in (TestAymara, TestThousandEyes, TestVocode, TestWireMockCloud)}


def spec_examples() -> list[object]:
    """(provider, example name) for every named example of every spec's 200 response."""
    return [
        pytest.param(provider, name, id=f"{provider.key}-{name}")
        for provider in PROVIDERS
        for name in success_examples(provider)
    ]


@pytest.mark.unit
def test_every_provider_of_the_manifest_has_a_title_and_its_variables() -> None:
    assert set(usage_clients.PROVIDERS) == set(usage_clients.TITLES) == set(registry.ENVIRONMENT)
    assert set(NORMALIZERS) <= set(usage_clients.PROVIDERS)  # a provider without a normalizer is shown raw
    assert set(NORMALIZED) <= {provider.key for provider in PROVIDERS}
    for provider in PROVIDERS:
        name = facade_name(provider.key)
        assert usage_clients.TITLES[name] == provider.name
        client_module = getattr(usage_clients, name).client
        assert registry.ENVIRONMENT[name][:2] == (provider.token_env, provider.base_url_env)
        assert (provider.token_env, provider.base_url_env) == (client_module.TOKEN_ENV, client_module.BASE_URL_ENV)


@pytest.mark.unit
@pytest.mark.parametrize("provider", provider_params())
def test_every_spec_has_an_example_of_its_usage(provider: Provider) -> None:
    assert success_examples(provider), f"{provider.spec}: the 200 response of get_usage has no example"


@pytest.mark.unit
@pytest.mark.parametrize(("provider", "name"), spec_examples())
def test_every_example_parses_and_normalizes_to_its_figures(provider: Provider, name: str) -> None:
    usage = parsed(provider, success_examples(provider)[name])
    normalize = NORMALIZERS.get(facade_name(provider.key))
    if normalize is None:  # shown raw by fetch_all (test_manifest.py): parsing is all there is to check
        assert provider.key not in NORMALIZED, f"figures for {provider.key}, which has no normalizer"
        return
    expected = NORMALIZED.get(provider.key, {})
    assert name in expected, f"no figures for {provider.key}'s example {name!r}: add them to its Test class here"
    snapshot = normalize(usage)
    assert snapshot == expected[name]
    assert snapshot.raw is usage


@pytest.mark.unit
def test_to_dict_is_json_ready() -> None:
    snapshot = Snapshot(
        "acme", datetime.date(2025, 1, 1), None, (Metric("calls", 3, "calls", limit=10),), {"plan": "x"}
    )
    assert snapshot.to_dict() == {
        "provider": "acme",
        "status": "ok",
        "period_start": "2025-01-01",
        "period_end": None,
        "metrics": [{"name": "calls", "used": 3, "unit": "calls", "limit": 10, "included": None, "projected": None}],
        "details": {"plan": "x"},
    }
    assert NotConfigured("acme", "ACME_API_KEY is not set").to_dict()["status"] == "not_configured"
    assert Failed("acme", "ApiTimeoutError: ...").to_dict() == {
        "provider": "acme",
        "status": "error",
        "error": "ApiTimeoutError: ...",
    }


@pytest.fixture
def all_configured(clean_env: None, monkeypatch: pytest.MonkeyPatch, mock_urls: dict[str, str]) -> None:
    for provider in PROVIDERS:
        monkeypatch.setenv(provider.token_env, "test-token")
        monkeypatch.setenv(provider.base_url_env, mock_urls[provider.key])
        for _, variable in provider.arguments_env:
            monkeypatch.setenv(variable, "sub-123")


def served_figures(provider: Provider) -> Snapshot | None:
    """What the normalizer makes of the example a Prism mock serves (the first), if the provider has figures."""
    figures = NORMALIZED.get(provider.key, {})
    return figures.get(next(iter(success_examples(provider))))


@pytest.mark.http
@pytest.mark.usefixtures("all_configured")
def test_fetch_all_every_configured_provider() -> None:
    results = usage_clients.fetch_all()
    assert [result.provider for result in results] == list(usage_clients.PROVIDERS)
    for provider, result in zip(PROVIDERS, results, strict=True):
        assert isinstance(result, Snapshot), result
        assert type(result.raw).__module__.startswith(f"{provider.package_name}.models."), result
        expected = served_figures(provider)
        if expected is not None:
            assert result == expected
        else:
            assert facade_name(provider.key) not in NORMALIZERS, f"no figures for {provider.key}"


@pytest.mark.http
@pytest.mark.usefixtures("all_configured")
def test_fetch_all_skips_providers_without_a_token_unless_named(monkeypatch: pytest.MonkeyPatch) -> None:
    provider = PROVIDERS[0]
    monkeypatch.delenv(provider.token_env)
    assert facade_name(provider.key) not in [result.provider for result in usage_clients.fetch_all()]
    [result] = usage_clients.fetch_all([provider.key])
    variables = list(import_module(f"{provider.package_name}.client").CREDENTIALS_ENV.values())
    assert provider.token_env in variables
    reason = f"{variables[0]} is not set" if len(variables) == 1 else f"none of {', '.join(variables)} is set"
    assert result == NotConfigured(facade_name(provider.key), reason)


def providers_with_arguments_env() -> list[object]:
    return [parameter for parameter in provider_params() if parameter.values[0].arguments_env]  # type: ignore[attr-defined]


@pytest.mark.http
@pytest.mark.usefixtures("all_configured")
@pytest.mark.parametrize("provider", providers_with_arguments_env())
def test_fetch_all_a_provider_needs_the_arguments_it_reads_from_the_environment(
    provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    for argument, variable in provider.arguments_env:
        monkeypatch.delenv(variable)
        [result] = usage_clients.fetch_all([provider.key])
        assert result == NotConfigured(facade_name(provider.key), f"no {argument.replace('_', ' ')}: set {variable}")
        monkeypatch.setenv(variable, "sub-123")


@pytest.mark.http
@pytest.mark.usefixtures("all_configured")
def test_fetch_all_takes_the_wiremock_subscription_as_an_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    """`wiremock_subscription_id=` is a keyword of the facade's own API, not derived."""
    monkeypatch.delenv("WIREMOCK_CLOUD_SUBSCRIPTION_ID")
    [result] = usage_clients.fetch_all(["wiremock-cloud"], wiremock_subscription_id="sub-456")
    assert isinstance(result, Snapshot)


@pytest.mark.http
@pytest.mark.usefixtures("all_configured")
def test_fetch_all_an_unknown_server_fails_that_provider_only(
    monkeypatch: pytest.MonkeyPatch, mock_urls: dict[str, str]
) -> None:
    # The base URL variables would win over the server: without them, only the base URL given reaches a mock.
    failing, working = PROVIDERS[0], PROVIDERS[1]
    for provider in (failing, working):
        monkeypatch.delenv(provider.base_url_env)
    failed, fetched = usage_clients.fetch_all(
        [failing.key, working.key], server="no-such-server", base_urls={working.key: mock_urls[working.key]}
    )
    assert isinstance(failed, Failed)
    assert failed.error.startswith("ConfigurationError: Unknown server 'no-such-server'")
    assert isinstance(fetched, Snapshot)


@pytest.mark.unit
def test_fetch_all_an_unknown_provider_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="Unknown provider 'acme'"):
        usage_clients.fetch_all(["acme"])


@pytest.mark.http
@pytest.mark.usefixtures("all_configured")
def test_fetch_all_async_runs_in_a_running_loop() -> None:
    async def fetch() -> list[usage_clients.Result]:
        return await usage_clients.fetch_all_async([provider.key for provider in PROVIDERS])

    results = asyncio.run(fetch())
    assert [type(result) for result in results] == [Snapshot] * len(PROVIDERS)


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
    assert _one_line(RuntimeError(message), secrets=["s3cret-token-42"]) == shown
