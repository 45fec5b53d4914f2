"""The demo: `usage-clients show` against a Prism mock of each provider's spec.

Each provider's base URL variable points at its mock and its token variable holds a demo token
(Prism checks that a credential is present, not its value); the command prints the tables.
"""

import os
import subprocess
import sys

from scripts.codegen.manifest import load_providers
from scripts.codegen.paths import REPO
from scripts.mock_servers import prism_mocks

DEMO_TOKEN = "demo-token"
DEMO_SUBSCRIPTION = "demo-subscription"


def main() -> int:
    providers = load_providers()
    with prism_mocks({provider.key: REPO / provider.spec for provider in providers}) as urls:
        environment = dict(os.environ, WIREMOCK_CLOUD_SUBSCRIPTION_ID=DEMO_SUBSCRIPTION)
        for provider in providers:
            environment[provider.token_env] = DEMO_TOKEN
            environment[provider.base_url_env] = urls[provider.key]
            print(f"{provider.base_url_env}={urls[provider.key]}")
        command = [sys.executable, "-m", "usage_clients", "show"]
        print("\n$ usage-clients show\n", flush=True)
        return subprocess.run(command, env=environment, check=False, timeout=120).returncode


if __name__ == "__main__":
    sys.exit(main())
