"""Every usage client behind one import: `from usage_clients import vocode`.

Each name is the provider's own package (`usage_clients.vocode` is `vocode_usage_client`), imported
on first use: importing `usage_clients` imports no provider package, and a provider whose extra
is not installed fails only when it is used, with the pip command that installs it.
"""

from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import aymara_usage_client as aymara
    import thousandeyes_usage_client as thousandeyes
    import vocode_usage_client as vocode
    import wiremock_cloud_usage_client as wiremock_cloud

__all__ = ["aymara", "thousandeyes", "vocode", "wiremock_cloud"]

# The facade's name for each provider -> (the provider's package, the extra that installs it).
PROVIDERS: dict[str, tuple[str, str]] = {
    "aymara": ("aymara_usage_client", "aymara"),
    "thousandeyes": ("thousandeyes_usage_client", "thousandeyes"),
    "vocode": ("vocode_usage_client", "vocode"),
    "wiremock_cloud": ("wiremock_cloud_usage_client", "wiremock-cloud"),
}


def __getattr__(name: str) -> ModuleType:
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
    return sorted([*globals(), *PROVIDERS])
