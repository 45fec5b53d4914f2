"""Run by test_packaging inside a fresh venv of each claimed Python, with only the built wheels installed
(standard library only here: pytest is not in that venv). argv[1] is a JSON list of
{"package", "base_url", "arguments"}; each client is called at `<base_url>/ok`, `/missing` and `/malformed`
of a local server. Prints one JSON object per package: what came back, for the test to judge.
"""

import asyncio
import importlib
import json
import sys
from typing import Any


def outcome(call: Any) -> dict[str, Any]:
    """The parsed body, or the error class with its status code or field location."""
    try:
        return {"parsed": call().to_dict()}
    except Exception as error:
        return {
            "error": type(error).__name__,
            "status_code": getattr(error, "status_code", None),
            "location": getattr(error, "location", None),
        }


def check(package_name: str, base_url: str, arguments: dict[str, Any]) -> dict[str, Any]:
    package = importlib.import_module(package_name)
    get_usage = importlib.import_module(f"{package_name}.api.usage.get_usage")

    def sync(path: str) -> dict[str, Any]:
        with package.AuthenticatedClient(base_url=base_url + path, token="test-token") as client:
            return outcome(lambda: get_usage.sync(client=client, **arguments))

    async def call_async() -> Any:
        async with package.AuthenticatedClient(base_url=base_url + "/ok", token="test-token") as client:
            return await get_usage.asyncio(client=client, **arguments)

    return {
        "version": package.__version__,
        "sync": sync("/ok"),
        "async": outcome(lambda: asyncio.run(call_async())),
        "missing": sync("/missing"),
        "malformed": sync("/malformed"),
    }


def main() -> None:
    results = {
        item["package"]: check(item["package"], item["base_url"], item["arguments"]) for item in json.loads(sys.argv[1])
    }
    facade = importlib.import_module("usage_clients")
    results["usage_clients"] = {"vocode": facade.vocode.__name__}
    print(json.dumps({"python": "{}.{}".format(*sys.version_info[:2]), "results": results}))


if __name__ == "__main__":
    main()
