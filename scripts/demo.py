"""The demo: call every generated client against a Prism mock of its own spec and print what it parsed."""

import inspect
import json
import sys
from importlib import import_module
from typing import Any

from codegen.manifest import load_providers
from mock_servers import REPO, prism_mocks

DEMO_TOKEN = "demo-token"  # Prism checks that a credential is present, not its value


def call_get_usage(package_name: str, base_url: str) -> Any:
    package = import_module(package_name)
    get_usage = import_module(f"{package_name}.api.usage.get_usage")
    # Fill the operation's required parameters (e.g. WireMock Cloud's subscription id) with demo values.
    required = {
        name: "demo"
        for name, parameter in inspect.signature(get_usage.sync).parameters.items()
        if name != "client" and parameter.default is inspect.Parameter.empty
    }
    with package.AuthenticatedClient(base_url=base_url, token=DEMO_TOKEN) as client:
        return get_usage.sync(client=client, **required)


def main() -> int:
    providers = load_providers(REPO)
    with prism_mocks({provider.key: REPO / provider.spec for provider in providers}) as urls:
        for provider in providers:
            usage = call_get_usage(provider.package_name, urls[provider.key])
            print(f"== {provider.name} ({provider.project_name}) against {urls[provider.key]}")
            print(f"   {type(usage).__module__}.{type(usage).__name__}")
            print(json.dumps(usage.to_dict(), indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
