"""Prism mock servers of our specs on 127.0.0.1, for the demo and the tests.

    with prism_mocks({"vocode": Path("specs/vocode.yaml")}) as urls:
        urls["vocode"]  # "http://127.0.0.1:<port>"

Every server is started in its own process group and killed with it, whatever happens.
"""

import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PRISM = REPO / "node_modules" / ".bin" / "prism"
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
            process = stack.enter_context(_process([str(PRISM), "mock", str(spec), "-h", HOST, "-p", str(port)], log))
            started[key] = (process, port, log)
        for key, (process, port, log) in started.items():
            _wait_until_listening(process, port, log, key)
        yield {key: f"http://{HOST}:{port}" for key, (_, port, _) in started.items()}


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
            raise MockServerError(f"Prism for {key} exited with {process.returncode}:\n{log.read_text()[-2000:]}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise MockServerError(f"Prism for {key} did not listen on {HOST}:{port} in {STARTUP_SECONDS:.0f} s")
