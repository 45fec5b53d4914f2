"""Raw-socket HTTP servers on 127.0.0.1 for the adversarial tests: the test writes every byte of the answer.

    with raw_server(lambda connection: connection.reply(status_line(401, "Bad token"), b"{}")) as server:
        server.url, server.requests, server.closed

Each connection is served by `script(connection)` on its own thread, once per request on that connection,
until the client closes it or the script returns False. Every socket has a timeout and the server stops
at the end of the block, so a test can neither hang nor leak a thread past it.
"""

import contextlib
import functools
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

SOCKET_TIMEOUT = 10.0


@dataclass(frozen=True)
class RawRequest:
    method: str
    target: str
    headers: dict[str, str]  # names lower-cased
    body: bytes = b""  # as long as its Content-Length says


class Connection:
    """One accepted connection: read the next request head, then write whatever the test wants."""

    def __init__(self, sock: socket.socket, server: "RawServer") -> None:
        self.sock = sock
        self.server = server
        self._buffer = b""

    def read_request(self) -> RawRequest | None:
        """The next request (its body read by Content-Length), or None once the client closed."""
        if not self._receive_until(lambda: b"\r\n\r\n" in self._buffer):
            return None
        head, _, self._buffer = self._buffer.partition(b"\r\n\r\n")
        request_line, *lines = head.decode("latin-1").split("\r\n")
        method, target, _ = request_line.split(" ", 2)
        headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
        length = int(headers.get("content-length", "0"))
        if not self._receive_until(lambda: len(self._buffer) >= length):
            return None
        body, self._buffer = self._buffer[:length], self._buffer[length:]
        request = RawRequest(method, target, headers, body)
        self.server.requests.append(request)
        return request

    def _receive_until(self, enough: Callable[[], bool]) -> bool:
        """Read until `enough()`; False when the client closed first."""
        while not enough():
            chunk = self.sock.recv(65536)
            if not chunk:
                return False
            self._buffer += chunk
        return True

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def reply(self, status_line: bytes, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        """A whole response with a Content-Length."""
        all_headers = {"Content-Type": "application/json", **(headers or {}), "Content-Length": str(len(body))}
        self.send(status_line + b"".join(f"{k}: {v}\r\n".encode("latin-1") for k, v in all_headers.items()) + b"\r\n")
        self.send(body)


Script = Callable[[Connection, RawRequest], bool | None]


@dataclass
class RawServer:
    url: str
    requests: list[RawRequest] = field(default_factory=list)
    connections: int = 0
    closed: int = 0  # connections the client closed (the server read EOF)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)


def status_line(code: int, reason: str = "OK") -> bytes:
    return f"HTTP/1.1 {code} {reason}\r\n".encode("utf-8", "surrogateescape")


def answer(code: int, body: bytes, headers: dict[str, str] | None = None, reason: str = "OK") -> Script:
    """A script answering every request with the same whole response."""

    def script(connection: Connection, _: RawRequest) -> None:
        connection.reply(status_line(code, reason), body, headers)

    return script


@contextlib.contextmanager
def raw_server(script: Script) -> Iterator[RawServer]:
    """Serve `script` (called once per request) on a free port of 127.0.0.1 until the block ends."""
    listener = socket.create_server(("127.0.0.1", 0), backlog=256)
    listener.settimeout(0.2)
    server = RawServer(f"http://127.0.0.1:{listener.getsockname()[1]}")
    stopping = server.stopping
    threads: list[threading.Thread] = []
    sockets: list[socket.socket] = []

    def serve(sock: socket.socket) -> None:
        connection = Connection(sock, server)
        try:
            while not stopping.is_set():
                request = connection.read_request()
                if request is None:
                    with server.lock:
                        server.closed += 1
                    return
                if script(connection, request) is False:
                    return
        except OSError:
            pass  # the client went away mid-answer: what an adversarial test often wants
        finally:
            sock.close()

    def accept() -> None:
        while not stopping.is_set():
            try:
                sock, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sock.settimeout(SOCKET_TIMEOUT)
            sockets.append(sock)
            with server.lock:
                server.connections += 1
            thread = threading.Thread(target=serve, args=(sock,), daemon=True)
            threads.append(thread)
            thread.start()

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    try:
        yield server
    finally:
        stopping.set()
        acceptor.join(timeout=5)
        listener.close()
        for sock in sockets:  # wake the threads still waiting for a request on a kept-alive connection
            with contextlib.suppress(OSError):  # already closed
                sock.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(timeout=SOCKET_TIMEOUT + 1)


def trickle(head: bytes, interval: float, duration: float) -> Script:
    """Send `head`, then one body byte every `interval` seconds for at most `duration` seconds."""

    def script(connection: Connection, _: RawRequest) -> bool:
        connection.send(head)
        ends = time.monotonic() + duration
        while time.monotonic() < ends and not connection.server.stopping.is_set():
            connection.send(b"1")
            time.sleep(interval)
        return False

    return script


def endless_chunks(status: int = 200, chunk: bytes = b"[" + b"0," * 32767) -> Script:
    """A chunked body that never ends (until the client hangs up or the server stops)."""

    def script(connection: Connection, _: RawRequest) -> bool:
        connection.send(status_line(status) + b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        ends = time.monotonic() + 30
        while time.monotonic() < ends and not connection.server.stopping.is_set():
            connection.send(frame)
        return False

    return script


@functools.cache
def compression_bomb(encoding: str, inflated_mib: int) -> bytes:
    """`inflated_mib` MiB of zeros compressed as `encoding` (gzip or deflate): ~1 KiB per MiB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31 if encoding == "gzip" else 15)
    block = bytes(1024 * 1024)
    return b"".join(compressor.compress(block) for _ in range(inflated_mib)) + compressor.flush()


def gzip_layers(data: bytes, layers: int) -> bytes:
    """`data` gzip-compressed `layers` times over (`Content-Encoding: gzip, gzip, ...`)."""
    for _ in range(layers):
        compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
        data = compressor.compress(data) + compressor.flush()
    return data


def echo_probe(body: bytes) -> Script:
    """Answer every request with `body` and its `X-Probe` header echoed: an answer names the request it answers."""

    def script(connection: Connection, request: RawRequest) -> None:
        connection.reply(status_line(200), body, {"X-Probe": request.headers.get("x-probe", "")})

    return script


def first_then(first: bytes, body: bytes) -> Script:
    """The first request of the server gets the raw bytes `first`; every later one `body` whole."""
    sent = threading.Event()

    def script(connection: Connection, _: RawRequest) -> None:
        if not sent.is_set():
            sent.set()
            connection.send(first)
        else:
            connection.reply(status_line(200), body)

    return script
