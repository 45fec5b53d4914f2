"""What the package README's "Operations" reference needs beyond openapi-python-client's model: each
parameter's description and example, which it drops (the error class of each status is status_errors.py's).
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .model import Api, operation_key


def markdown_cell(value: object) -> str:
    """Spec text or generated code as one line of a Markdown table cell: `|` escaped, newlines joined."""
    if hasattr(value, "python_code"):  # openapi-python-client's Value (a default): its code, as a caller writes it
        value = value.python_code
    if hasattr(value, "get_untrusted_value"):  # openapi-python-client's UntrustedString
        value = value.get_untrusted_value()
    elif hasattr(value, "as_unembedded_code"):  # its PythonCode
        value = value.as_unembedded_code()
    text = "" if value is None else str(value)
    return " ".join(text.split()).replace("|", "\\|")


@dataclass(frozen=True)
class ParameterDoc:
    description: str
    example: str  # JSON text of the parameter's example, "" when it has none


NO_DOC = ParameterDoc("", "")


class ParameterDocs:
    """A template's view of `parameter_docs`: `parameter_doc(endpoint, parameter)` (openapi-python-client objects)."""

    def __init__(self, docs: Mapping[str, Mapping[str, ParameterDoc]]) -> None:
        self._docs = docs

    def __call__(self, endpoint: Any, parameter: Any) -> ParameterDoc:
        locations = {
            "path": endpoint.path_parameters,
            "query": endpoint.query_parameters,
            "header": endpoint.header_parameters,
            "cookie": endpoint.cookie_parameters,
        }
        location = next((where for where, declared in locations.items() if parameter in declared), None)
        if location is None:  # the request body: described by its model
            return NO_DOC
        operation = self._docs[operation_key(endpoint.method, endpoint.path.get_untrusted_value())]
        return operation.get(f"{location} {parameter.name.get_untrusted_value()}", NO_DOC)

    def docstring_line(self, endpoint: Any, parameter: Any) -> str:
        """The parameter's `Args:` line: `aid (str | Unset): <the spec's description> Example: 2067.`

        openapi-python-client's own line drops the description and keeps its default and example.
        """
        head, _, tail = str(parameter.to_docstring()).partition("): ")
        description = self(endpoint, parameter).description.strip()
        return " ".join(part for part in (f"{head}):", description, tail.strip()) if part)


def parameter_docs(api: Api) -> dict[str, dict[str, ParameterDoc]]:
    """By `operation_key`, then by "location name" (`query aid`), each parameter's description and example."""
    return {
        operation.key: {
            f"{parameter.location} {parameter.name}": ParameterDoc(
                parameter.description, "" if parameter.example is None else json.dumps(parameter.example)
            )
            for parameter in operation.parameters
        }
        for operation in api.operations
    }
