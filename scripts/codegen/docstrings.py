"""Which of a spec's text becomes a docstring: the spec's own words, never a framework's filler."""

from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.schema.untrusted_string import UntrustedString

# Text that tools put in specs for every schema of a kind, saying nothing about this one (FastAPI, pydantic).
BOILERPLATE = frozenset({"An enumeration."})


def spec_text(text: UntrustedString | str | None) -> str:
    """`text` as the spec wrote it, or "" when there is none or it is boilerplate."""
    value = text.get_untrusted_value() if isinstance(text, UntrustedString) else (text or "")
    return "" if value.strip() in BOILERPLATE else value.strip()


def model_docstring(model: ModelProperty) -> str:
    """A model's one class docstring: its schema's description, else its title, else its name."""
    return spec_text(model.description) or spec_text(model.data.title) or f"`{model.class_info.name}`."
