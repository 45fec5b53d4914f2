"""A small keep-alive HTTP server on 127.0.0.1 that answers every GET with a canned JSON body.

Bodies are the 200 examples of our specs (and, for parse benchmarks, ThousandEyes usage with N tests).
Routes match on the path without query and without a trailing slash: Vocode's own SDK calls `/v1/usage`
where the spec says `/v1/usage/`.
"""

import json
import re
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

from ruamel.yaml import YAML

from codegen.manifest import Provider

from . import REPO

HOST = "127.0.0.1"
PATH_PARAMETER = "sub-123"  # what every runner passes for a required path parameter


def _jsonable(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON: {value!r}")


def load_document(provider: Provider) -> dict[str, Any]:
    document: dict[str, Any] = YAML(typ="safe").load(REPO / provider.spec)
    return document


def example_call(provider: Provider) -> tuple[str, bytes]:
    """The provider's get-usage path (path parameters filled in) and its 200 example as JSON bytes."""
    document = load_document(provider)
    [(template, item)] = [(path, item) for path, item in document["paths"].items() if "get" in item]
    [media] = item["get"]["responses"]["200"]["content"].values()
    example = media["examples"]["main"]["value"] if "examples" in media else media["example"]
    path = re.sub(r"\{[^}]+\}", PATH_PARAMETER, template)
    return path, json.dumps(example, default=_jsonable).encode()


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


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    disable_nagle_algorithm = True  # headers and body are two writes: without this, delayed ACKs cost 40 ms
    routes: ClassVar[dict[str, bytes]] = {}

    def do_GET(self) -> None:
        body = self.routes.get(route(self.path))
        status = 200 if body is not None else 404
        payload = body if body is not None else b'{"detail": "not found"}'
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True


@contextmanager
def serve(routes: Mapping[str, bytes]) -> Iterator[str]:
    """Serve `routes` (path → JSON body) on 127.0.0.1, a free port; yields the base URL, always stops."""
    handler = type("Handler", (_Handler,), {"routes": {route(path): body for path, body in routes.items()}})
    server = _Server((HOST, 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="bench-server", daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def write_bodies(provider: Provider, sizes: list[int], directory: Path) -> dict[int, Path]:
    """ThousandEyes bodies of each size, as files the parse runners read."""
    paths = {}
    for size in sizes:
        paths[size] = directory / f"thousandeyes-{size}.json"
        paths[size].write_bytes(thousandeyes_body(provider, size))
    return paths
