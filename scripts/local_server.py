"""A small real HTTP server on 127.0.0.1 for the tests and the benchmarks: it records each request and
answers as told.

with local_server(lambda request: Reply(200, body=b"{}")) as server:
    server.url, server.requests
"""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Received:
    method: str
    target: str  # the raw request target: path and query exactly as sent
    headers: dict[str, str]  # names lower-cased


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})


Responder = Callable[[Received], Reply]


@dataclass
class LocalServer:
    url: str
    requests: list[Received]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 drops connections when a client opens many at once.
    request_queue_size = 256


@contextmanager
def local_server(respond: Responder) -> Iterator[LocalServer]:
    """Serve `respond` over HTTP/1.1 with keep-alive on a free port of 127.0.0.1 until the block ends."""
    received: list[Received] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes: with Nagle's algorithm on, each reply waits ~40 ms for an ACK.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            request = Received("GET", self.path, {name.lower(): value for name, value in self.headers.items()})
            received.append(request)
            reply = respond(request)
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        def log_message(self, format: str, *args: object) -> None:  # keep test output clean
            pass

    server = _Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield LocalServer(f"http://127.0.0.1:{server.server_address[1]}", received)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
