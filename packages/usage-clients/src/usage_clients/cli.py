"""The `usage-clients` command: `usage-clients show [PROVIDER ...]` prints everyone's usage.

Needs the `cli` extra (rich); the rest of usage_clients does not import this module.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import signal
import sys
from collections.abc import Sequence
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any

from .registry import ENVIRONMENT, PROVIDERS, TITLES, WIREMOCK_SUBSCRIPTION_ENV, provider_name

if TYPE_CHECKING:
    from rich.console import RenderableType

    from .snapshots import Metric, Number, Result, Snapshot

# Exit statuses: every configured provider answered / one failed / the command line is wrong; and, as a shell
# reports a command a signal ended: interrupted (Ctrl-C) / the output closed (`| head`).
OK, FAILED, USAGE = 0, 1, 2
INTERRUPTED, OUTPUT_CLOSED = 128 + signal.SIGINT, 128 + signal.SIGPIPE

# What a server's string may not bring to a terminal: C0 and C1 controls (ANSI/OSC escapes start with one),
# DEL, and lone surrogates, which no terminal encoding can print.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


ENVIRONMENT_HELP = (
    "environment variables (token, base URL[, other credentials][, subscription id]):\n"
    + "\n".join(f"  {TITLES[name] + ':':16}{', '.join(variables)}" for name, variables in ENVIRONMENT.items())
    + (
        "\n\nA provider none of whose credentials is set is shown as not configured. The exit status is 0 when every"
        "\nconfigured provider answered, 1 when one failed, 2 for a wrong command line."
    )
)


def main(argv: Sequence[str] | None = None) -> int:
    """The console script `usage-clients` (also `python -m usage_clients`).

    Like other Unix tools: Ctrl-C ends it with one line and status 130, a closed output (`| head -c 10`) quietly.
    """
    try:
        status = _main(argv)
        sys.stdout.flush()  # here, where a closed output is caught, rather than at exit
    except KeyboardInterrupt:
        print("usage-clients: interrupted", file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:
        # Nothing more can be written: point stdout at /dev/null so that the flush at exit does not fail too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OUTPUT_CLOSED
    return status


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    arguments = parser.parse_args(argv)
    if arguments.command is None:
        parser.print_help(sys.stderr)
        return USAGE
    if arguments.base_url and not arguments.providers:
        parser.error("--base-url applies to the providers named: give at least one PROVIDER")
    if find_spec("rich") is None:  # fail early, with the fix, when the extra is missing
        print("usage-clients: the command line needs rich: pip install 'usage-clients[cli]'", file=sys.stderr)
        return USAGE
    return _show(arguments)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="usage-clients",
        description="How much of each provider have I used this period? Aymara, ThousandEyes, Vocode, WireMock Cloud.",
        epilog=ENVIRONMENT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    show = commands.add_parser(
        "show",
        help="fetch every configured provider's usage at once and print it",
        description="Fetch the usage of each PROVIDER (default: all of them) concurrently and print it.",
        epilog=ENVIRONMENT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    show.add_argument(
        "providers",
        nargs="*",
        metavar="PROVIDER",
        type=_provider,
        help=f"one of {', '.join(name.replace('_', '-') for name in PROVIDERS)} (default: all)",
    )
    show.add_argument("--json", action="store_true", help="print one JSON document instead of tables")
    show.add_argument("--server", metavar="NAME", help="the spec server to call, e.g. staging or mock")
    show.add_argument("--base-url", metavar="URL", help="call this URL instead (for the providers named)")
    show.add_argument(
        "--timeout", metavar="SECONDS", type=_positive_float, help="seconds for each request (default: 60)"
    )
    show.add_argument(
        "--max-retries", metavar="N", type=_non_negative_int, help="retries of a failed request (default: 2)"
    )
    show.add_argument(
        "--wiremock-subscription",
        metavar="ID",
        help=f"WireMock Cloud's subscription id (default: ${WIREMOCK_SUBSCRIPTION_ENV})",
    )
    return parser


def _show(arguments: argparse.Namespace) -> int:
    from .fetch import fetch_all
    from .snapshots import Failed

    providers: list[str] = list(dict.fromkeys(arguments.providers)) or list(PROVIDERS)
    results = fetch_all(
        providers,
        server=arguments.server,
        base_urls=dict.fromkeys(providers, arguments.base_url) if arguments.base_url else None,
        timeout=arguments.timeout,
        max_retries=arguments.max_retries,
        wiremock_subscription_id=arguments.wiremock_subscription,
    )
    if arguments.json:
        document = {"providers": {result.provider: _json_entry(result) for result in results}}
        print(json.dumps(document, indent=2, allow_nan=False))
        failed = any(entry["status"] == "error" for entry in document["providers"].values())
    else:
        failed = not _print_tables(results)
    return FAILED if failed or any(isinstance(result, Failed) for result in results) else OK


def _json_entry(result: Result) -> dict[str, Any]:
    """One provider's JSON object, valid JSON whatever the server sent: NaN and Infinity become null."""
    try:
        return {"title": TITLES[result.provider], **_json_safe(result.to_dict())}
    except Exception as error:  # one provider's odd body must not hide the others
        title, provider = TITLES[result.provider], result.provider
        return {"title": title, "provider": provider, "status": "error", "error": _failure(error)}


def _json_safe(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return _printable(value)
    if isinstance(value, dict):
        return {_printable(str(key)): _json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(item) for item in value]
    return value


def _printable(text: str) -> str:
    return _UNPRINTABLE.sub("", text)


def _failure(error: Exception) -> str:
    return _printable(f"rendering failed: {type(error).__name__}: {error}")


def _print_tables(results: Sequence[Result]) -> bool:
    """Print a table (or a line) per provider; False when one of them could not be rendered."""
    from rich.console import Console
    from rich.text import Text

    from .snapshots import Failed, NotConfigured

    console = Console(highlight=False)
    rendered = True
    for result in results:
        # Text, not markup: a message with [brackets] in it is printed as it is.
        title = (TITLES[result.provider], "bold")
        try:  # one provider's odd body is one failed line, never a traceback hiding the others
            if isinstance(result, NotConfigured):
                lines: list[RenderableType] = [Text.assemble(title, f": not configured ({_printable(result.reason)})")]
            elif isinstance(result, Failed):
                lines = [Text.assemble(title, ": ", (_printable(result.error), "red"))]
            else:
                lines = [Text.assemble(title, ": ", _printable(_summary(result))), _table(result)]
        except Exception as error:
            rendered = False
            lines = [Text.assemble(title, ": ", (_failure(error), "red"))]
        for line in lines:
            console.print(line, soft_wrap=isinstance(line, Text))
        console.print()
    return rendered


def _summary(snapshot: Snapshot) -> str:
    start, end = snapshot.period_start, snapshot.period_end
    period = f"{_day(start)} to {_day(end)}" if start or end else "period not reported"
    return ", ".join([period, *(f"{key}: {value}" for key, value in snapshot.details.items())])


def _table(snapshot: Snapshot) -> RenderableType:
    from rich.table import Table

    metrics = snapshot.metrics
    bounds = [name for name in ("limit", "included", "projected") if any(getattr(m, name) is not None for m in metrics)]
    shares = any(metric.share is not None for metric in metrics)
    table = Table()
    table.add_column("metric")
    table.add_column("used", justify="right")
    for bound in bounds:
        table.add_column(bound, justify="right")
    if shares:
        table.add_column("%", justify="right")
    table.add_column("unit")
    for metric in metrics:
        share = metric.share
        table.add_row(
            _printable(metric.name),
            _amount(metric.used, metric),
            *(_amount(getattr(metric, bound), metric) for bound in bounds),
            *([] if not shares else ["" if share is None else f"{share:.0%}"]),
            _printable(metric.unit),
        )
    return table


def _amount(value: Number | None, metric: Metric) -> str:
    if value is None:
        return "-"
    if metric.unit == "USD":
        return f"{value:,.2f}"
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"


def _day(moment: object) -> str:
    return "?" if moment is None else str(moment)[:10]


def _provider(name: str) -> str:
    try:
        return provider_name(name)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"must be a finite number above 0, got {text}")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {text}")
    return value
