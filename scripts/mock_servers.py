"""Mock servers on 127.0.0.1 for the demo and the tests: Prism mocks of our specs, and WireMock.

    with prism_mocks({"vocode": Path("specs/vocode.yaml")}) as urls:
        urls["vocode"]  # "http://127.0.0.1:<port>"

    with wiremock() as wm:
        wm.stub({"request": {...}, "response": {...}})
        wm.url  # "http://127.0.0.1:<port>"

Prism runs with `--errors`: a request that violates its spec gets an error response, not a mock.
Every server is started in its own process group and killed with it, whatever happens.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.request import Request, urlopen

from scripts.codegen.paths import REPO

PRISM = REPO / "node_modules" / ".bin" / "prism"
# Run with the machine's Java, not through the npm wrapper: killing the wrapper would orphan java.
WIREMOCK_JAR = REPO / "node_modules" / "wiremock" / "build" / "wiremock-standalone-3.13.2.jar"
HOST = "127.0.0.1"
STARTUP_SECONDS = 60.0


class MockServerError(RuntimeError):
    """A mock server did not start."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def prism_mocks(specs: Mapping[str, Path]) -> Iterator[dict[str, str]]:
    """Start one Prism mock per spec, all at once; yield their base URLs by the same keys."""
    if not PRISM.exists():
        raise MockServerError(f"{PRISM} is missing: run `make setup`")
    with ExitStack() as stack:
        logs = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="prism-")))
        started = {}
        for key, spec in specs.items():
            port = free_port()
            log = logs / f"{key}.log"
            command = [str(PRISM), "mock", str(spec), "-h", HOST, "-p", str(port), "--errors"]
            process = stack.enter_context(_process(command, log))
            started[key] = (process, port, log)
        for key, (process, port, log) in started.items():
            _wait_until_listening(process, port, log, f"Prism for {key}")
        yield {key: f"http://{HOST}:{port}" for key, (_, port, _) in started.items()}


class WireMock:
    """A running WireMock server: register stubs and read what it received through its admin API."""

    def __init__(self, url: str) -> None:
        self.url = url

    def stub(self, mapping: Mapping[str, object]) -> None:
        self._admin("POST", "/mappings", mapping)

    def reset(self) -> None:
        """Forget every stub, received request and scenario state."""
        self._admin("POST", "/reset", {})

    def received(self) -> list[dict[str, Any]]:
        """The requests received so far, oldest first."""
        journal = self._admin("GET", "/requests")
        return [entry["request"] for entry in reversed(journal["requests"])]

    def _admin(self, method: str, path: str, body: Mapping[str, object] | None = None) -> Any:
        """Call WireMock's admin API; its answer as JSON data."""
        data = None if body is None else json.dumps(body).encode()
        request = Request(f"{self.url}/__admin{path}", data=data, method=method)
        request.add_header("Content-Type", "application/json")
        with urlopen(request, timeout=10) as response:
            text = response.read().decode()
        return json.loads(text) if text else {}


@contextmanager
def wiremock() -> Iterator[WireMock]:
    """Start WireMock on a free port of 127.0.0.1 with an empty root directory; stopped on exit."""
    if not WIREMOCK_JAR.exists():
        raise MockServerError(f"{WIREMOCK_JAR} is missing: run `make setup`")
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="wiremock-") as root:
        command = ["java", "-jar", str(WIREMOCK_JAR), "--bind-address", HOST, "--port", str(port)]
        command += ["--root-dir", root, "--disable-banner"]
        log = Path(root) / "wiremock.log"
        with _process(command, log) as process:
            _wait_until_listening(process, port, log, "WireMock")
            yield WireMock(f"http://{HOST}:{port}")


@contextmanager
def pypiserver(packages: Path, htpasswd: Path) -> Iterator[str]:
    """A real package index (pypiserver) serving `packages` on 127.0.0.1; yields its root URL.

    Uploads need a user of the `htpasswd` file; downloads do not. No fallback to PyPI: a name it
    does not hold is a 404, so an install can only get what is in `packages`. Links carry sha256.
    """
    server = Path(sys.executable).parent / "pypi-server"
    if not server.exists():
        raise MockServerError(f"{server} is missing: run `make setup`")
    port = free_port()
    command = [str(server), "run", "-i", HOST, "-p", str(port), "-P", str(htpasswd), "-a", "update"]
    command += ["--hash-algo", "sha256", "--disable-fallback", str(packages)]
    with tempfile.TemporaryDirectory(prefix="pypiserver-") as logs:
        log = Path(logs) / "pypiserver.log"
        with _process(command, log) as process:
            _wait_until_listening(process, port, log, "pypiserver")
            yield f"http://{HOST}:{port}"


@contextmanager
def _process(command: list[str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as output:
        process = subprocess.Popen(
            command, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
        )
    try:
        yield process
    finally:
        _stop(process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    with suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)
    with suppress(ProcessLookupError):  # the group may outlive its leader: leave nothing behind
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _wait_until_listening(process: subprocess.Popen[bytes], port: int, log: Path, key: str) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise MockServerError(f"{key} exited with {process.returncode}:\n{log.read_text()[-2000:]}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise MockServerError(f"{key} did not listen on {HOST}:{port} in {STARTUP_SECONDS:.0f} s")
