"""A small keep-alive HTTP server on 127.0.0.1 that answers every GET with a canned JSON body.

Bodies are the 200 examples of our specs (and, for parse benchmarks, ThousandEyes usage with N tests).
Routes match on the path without query and without a trailing slash (Aymara's path ends in one; the
official SDKs' may not).
"""

import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from scripts.codegen.manifest import Provider
from scripts.codegen.paths import REPO
from scripts.codegen.spec import load_spec
from scripts.local_server import Received, Reply, local_server

PATH_PARAMETER = "sub-123"  # what every runner passes for a required path parameter


def example_call(provider: Provider) -> tuple[str, bytes]:
    """The provider's get-usage path (path parameters filled in) and its 200 example as JSON bytes."""
    [operation] = load_spec(REPO / provider.spec).api.operations
    [response] = [response for response in operation.responses if response.status == "200"]
    [content] = response.content
    path = re.sub(r"\{[^}]+\}", PATH_PARAMETER, operation.path)
    example = content.examples[0]
    return path, json.dumps(example).encode()


def thousandeyes_body(provider: Provider, tests: int) -> bytes:
    """ThousandEyes' example usage with `tests` items in `usage.tests`, each a variation of the example's first."""
    _, example = example_call(provider)
    body = json.loads(example)
    [template, *_] = body["usage"]["tests"]
    body["usage"]["tests"] = [
        {
            **template,
            "testId": str(100000 + index),
            "testName": f"test {index}",
            "cloudUnitsUsed": index * 7,
            "cloudUnitsProjected": index * 11,
        }
        for index in range(tests)
    ]
    return json.dumps(body).encode()


def route(path: str) -> str:
    return path.split("?", 1)[0].rstrip("/")


@contextmanager
def serve(routes: Mapping[str, bytes]) -> Iterator[str]:
    """Serve `routes` (path → JSON body) on 127.0.0.1, a free port; yields the base URL, always stops."""
    bodies = {route(path): body for path, body in routes.items()}

    def respond(request: Received) -> Reply:
        body = bodies.get(route(request.target))
        return Reply(200, body) if body is not None else Reply(404, b'{"detail": "not found"}')

    with local_server(respond) as server:
        yield server.url


def write_bodies(provider: Provider, sizes: list[int], directory: Path) -> dict[int, Path]:
    """ThousandEyes bodies of each size, as files the parse runners read."""
    paths = {}
    for size in sizes:
        paths[size] = directory / f"thousandeyes-{size}.json"
        paths[size].write_bytes(thousandeyes_body(provider, size))
    return paths
