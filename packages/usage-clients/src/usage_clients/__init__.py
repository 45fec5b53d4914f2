"""Every usage client behind one import: `from usage_clients import vocode`.

Each name is the provider's own package (`usage_clients.vocode` is `vocode_usage_client`), imported
on first use: importing `usage_clients` imports no provider package, and a provider whose extra
is not installed fails only when it is used, with the pip command that installs it.

`fetch_all()` asks every configured provider for its usage at once and returns one normalized
`Snapshot` (or `NotConfigured`, or `Failed`) per provider; `usage-clients show` prints them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .registry import PROVIDERS, TITLES

if TYPE_CHECKING:
    # <generated from scripts/providers.toml by `python -m scripts.generate`: do not edit>
    import aymara_usage_client as aymara
    import thousandeyes_usage_client as thousandeyes
    import vocode_usage_client as vocode
    import wiremock_cloud_usage_client as wiremock_cloud

    # </generated>
    from .fetch import fetch_all, fetch_all_async
    from .snapshots import Failed, Metric, NotConfigured, Result, Snapshot

__all__ = [
    "PROVIDERS",
    "TITLES",
    "Failed",
    "Metric",
    "NotConfigured",
    "Result",
    "Snapshot",
    "fetch_all",
    "fetch_all_async",
]
# <generated from scripts/providers.toml by `python -m scripts.generate`: do not edit>
__all__ += ["aymara", "thousandeyes", "vocode", "wiremock_cloud"]
# </generated>


# The normalized view, imported on first use too (dataclasses and asyncio cost more than the rest).
_LAZY: dict[str, str] = {
    "fetch_all": "fetch",
    "fetch_all_async": "fetch",
    "Failed": "snapshots",
    "Metric": "snapshots",
    "NotConfigured": "snapshots",
    "Result": "snapshots",
    "Snapshot": "snapshots",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    try:
        module_name, extra = PROVIDERS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    try:
        module = import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:  # the provider is there but one of its own imports failed
            raise
        raise ImportError(
            f"usage_clients.{name} needs the {module_name.replace('_', '-')} package, which is not installed. "
            f"Install it with: pip install 'usage-clients[{extra}]'",
            name=module_name,
        ) from None
    globals()[name] = module  # later lookups skip this function
    return module


def __dir__() -> list[str]:
    return sorted([*globals(), *PROVIDERS, *_LAZY])
