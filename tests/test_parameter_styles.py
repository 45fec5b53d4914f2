"""Parameters are sent as OpenAPI 3.1's style table says, and `2XX` and `default` responses are parsed.

The encoder (`_query`, rendered into every package) is checked cell by cell against the table
(https://spec.openapis.org/oas/v3.1.0#style-examples, with 3.1.1's percent-encoding of the delimiters a URL
cannot carry); a package generated from tests/styles.yaml then sends each style over real HTTP, and its
`MockApi` answers an operation whose success is `2XX` and one documenting only `default`.
"""

import importlib
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from adversarial_servers import RawRequest, answer, raw_server, status_line
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.schema import ParameterLocation

from scripts.codegen.endpoints import Serialization, collections_in_headers, serializations
from scripts.codegen.manifest import Provider
from scripts.codegen.rate_limits import rate_limit_headers
from scripts.codegen.render import format_packages, render_package
from scripts.codegen.spec import load_spec
from support import golden

query = golden("_query")
Style = query.Style
InvalidArgumentError = golden("errors").InvalidArgumentError

# The table's values: "blue", ["blue", "black", "brown"] and {"R": 100, "G": 200, "B": 150}.
STRING, ARRAY, OBJECT = "blue", ["blue", "black", "brown"], {"R": 100, "G": 200, "B": 150}


@pytest.mark.unit
@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        ("simple", False, STRING, "blue"),
        ("simple", False, ARRAY, "blue,black,brown"),
        ("simple", False, OBJECT, "R,100,G,200,B,150"),
        ("simple", True, STRING, "blue"),
        ("simple", True, ARRAY, "blue,black,brown"),
        ("simple", True, OBJECT, "R=100,G=200,B=150"),
        ("label", False, STRING, ".blue"),
        ("label", False, ARRAY, ".blue,black,brown"),
        ("label", False, OBJECT, ".R,100,G,200,B,150"),
        ("label", True, STRING, ".blue"),
        ("label", True, ARRAY, ".blue.black.brown"),
        ("label", True, OBJECT, ".R=100.G=200.B=150"),
        ("matrix", False, STRING, ";color=blue"),
        ("matrix", False, ARRAY, ";color=blue,black,brown"),
        ("matrix", False, OBJECT, ";color=R,100,G,200,B,150"),
        ("matrix", True, STRING, ";color=blue"),
        ("matrix", True, ARRAY, ";color=blue;color=black;color=brown"),
        ("matrix", True, OBJECT, ";R=100;G=200;B=150"),
    ],
)
def test_path_styles_follow_the_table(style: str, explode: bool, value: object, expected: str) -> None:
    assert query.path_segment(value, "color", Style(style, explode)) == expected


@pytest.mark.unit
@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        ("form", False, STRING, "color=blue"),
        ("form", False, ARRAY, "color=blue,black,brown"),
        ("form", False, OBJECT, "color=R,100,G,200,B,150"),
        ("form", True, STRING, "color=blue"),
        ("form", True, ARRAY, "color=blue&color=black&color=brown"),
        ("form", True, OBJECT, "R=100&G=200&B=150"),
        ("spaceDelimited", False, ARRAY, "color=blue%20black%20brown"),
        ("spaceDelimited", False, OBJECT, "color=R%20100%20G%20200%20B%20150"),
        ("pipeDelimited", False, ARRAY, "color=blue%7Cblack%7Cbrown"),
        ("pipeDelimited", False, OBJECT, "color=R%7C100%7CG%7C200%7CB%7C150"),
        ("deepObject", True, OBJECT, "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150"),
        # Cells the table leaves empty, sent the one way that cannot be misread:
        ("spaceDelimited", True, ARRAY, "color=blue&color=black&color=brown"),  # as form
        ("pipeDelimited", False, STRING, "color=blue"),  # one item needs no delimiter
    ],
)
def test_query_styles_follow_the_table(style: str, explode: bool, value: object, expected: str) -> None:
    assert query.encode_query({"color": value}, {"color": Style(style, explode)}) == expected


@pytest.mark.unit
@pytest.mark.parametrize(
    ("explode", "value", "expected"),
    [
        (False, STRING, "blue"),
        (False, ARRAY, "blue,black,brown"),
        (False, OBJECT, "R,100,G,200,B,150"),
        (True, ARRAY, "blue,black,brown"),
        (True, OBJECT, "R=100,G=200,B=150"),
    ],
)
def test_header_values_are_simple(explode: bool, value: object, expected: str) -> None:
    assert query.header_value(value, "x_color", Style("simple", explode)) == expected


@pytest.mark.unit
@pytest.mark.parametrize(
    ("explode", "value", "expected"),
    [
        (True, STRING, {"color": "blue"}),
        (False, ARRAY, {"color": "blue,black,brown"}),
        (False, OBJECT, {"color": "R,100,G,200,B,150"}),
        (True, OBJECT, {"R": "100", "G": "200", "B": "150"}),
        (True, "a;b=c d", {"color": "a%3Bb%3Dc%20d"}),  # a `;` cannot start another cookie
    ],
)
def test_cookies_are_form(explode: bool, value: object, expected: dict[str, str]) -> None:
    assert query.cookie_values("color", value, Style("form", explode)) == expected


@pytest.mark.unit
def test_reserved_characters_are_encoded_in_values_but_not_in_delimiters() -> None:
    params = {"q": ["a,b", "c&d=e"], "t": True, "path": "/a:b?c&d#e+f"}
    styles = {"q": Style("form", explode=False), "path": Style("form", explode=True, allow_reserved=True)}
    assert query.encode_query(params, styles) == "q=a%2Cb,c%26d%3De&t=true&path=/a:b?c%26d%23e%2Bf"
    assert query.path_segment(["a/b", "c d"], "p") == "a%2Fb,c%20d"
    assert query.encode_query({"filter": {"a b": {"c": ["x", "y"]}}}, {"filter": Style("deepObject", True)}) == (
        "filter%5Ba%20b%5D%5Bc%5D=x&filter%5Ba%20b%5D%5Bc%5D=y"
    )


@pytest.mark.unit
def test_content_parameters_are_json_text_wherever_they_go() -> None:
    value = {"a": [1, "b c"]}
    assert query.encode_query({"f": value}, {"f": query.JSON}) == "f=%7B%22a%22%3A%5B1%2C%22b%20c%22%5D%7D"
    assert query.path_segment(value, "f", query.JSON) == "%7B%22a%22%3A%5B1%2C%22b%20c%22%5D%7D"
    assert query.header_value(value, "f", query.JSON) == '{"a":[1,"b c"]}'
    assert query.cookie_values("f", value, query.JSON) == {"f": "%7B%22a%22%3A%5B1%2C%22b%20c%22%5D%7D"}


@pytest.mark.unit
@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: query.path_segment("", "id"), "id must not be empty"),
        (lambda: query.path_segment([], "id", Style("label", True)), "id must not be empty"),
        (lambda: query.header_value("a\r\nX-Injected: 1", "x_a"), "x_a must not contain a line break"),
        (lambda: query.encode_query({"q": [[1, 2]]}), "only scalars fit"),
    ],
)
def test_values_that_cannot_be_sent_are_refused(call: Any, message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        call()


@pytest.mark.unit
@pytest.mark.parametrize(("value", "style"), [(".", "simple"), ("..", "simple"), (".", "label")])
def test_a_path_segment_is_never_a_dot_segment(value: str, style: str) -> None:
    assert set(query.path_segment(value, "id", Style(style, False))) <= set("%2E")


SPEC = Path(__file__).parent / "styles.yaml"
PROVIDER = Provider(
    key="styles", name="Styles", spec=Path("styles.yaml"), token_env="STYLES_KEY", base_url_env="STYLES_URL"
)


@pytest.mark.unit
def test_each_parameter_not_in_its_default_style_is_decided() -> None:
    decided = serializations(load_spec(SPEC, shown_as=PROVIDER.spec).api)
    operation = "get /colors/{}/{}/{}"
    assert decided == {
        f"{operation} path label": Serialization("label", explode=True),
        f"{operation} path matrixPoint": Serialization("matrix", explode=False),
        f"{operation} query form_flat": Serialization("form", explode=False),
        f"{operation} query space": Serialization("spaceDelimited", explode=False),
        f"{operation} query pipe": Serialization("pipeDelimited", explode=False),
        f"{operation} query filter": Serialization("deepObject", explode=True),  # declared without `explode`
        f"{operation} query path": Serialization("form", explode=True, allow_reserved=True),
        f"{operation} query advanced": Serialization("json", explode=False),  # `content: application/json`
        f"{operation} header X-Point": Serialization("simple", explode=True),
        f"{operation} cookie flavors": Serialization("form", explode=False),
    }


@pytest.mark.unit
def test_header_collections_are_let_through_only_while_parsing() -> None:
    with collections_in_headers():
        assert ParameterLocation.HEADER in ListProperty._allowed_locations
        assert ParameterLocation.HEADER in ModelProperty._allowed_locations
    assert ParameterLocation.HEADER not in ListProperty._allowed_locations
    assert ParameterLocation.HEADER not in ModelProperty._allowed_locations


@pytest.fixture(scope="module")
def styles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The package generated from tests/styles.yaml, imported from its directory (nothing edits sys.path)."""
    out = tmp_path_factory.mktemp("styles")
    render_package(PROVIDER, load_spec(SPEC, shown_as=PROVIDER.spec), "1.0.0", out / PROVIDER.project_name)
    format_packages(out)
    location = out / PROVIDER.project_name / PROVIDER.package_name
    spec = importlib.util.spec_from_file_location(
        PROVIDER.package_name, location / "__init__.py", submodule_search_locations=[str(location)]
    )
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[PROVIDER.package_name] = package
    try:
        spec.loader.exec_module(package)
        yield package
    finally:
        for name in [name for name in sys.modules if name.partition(".")[0] == PROVIDER.package_name]:
            del sys.modules[name]


def _module(package: ModuleType, name: str) -> Any:
    return importlib.import_module(f"{package.__name__}.{name}")


@pytest.mark.http
@pytest.mark.generator
def test_a_generated_package_sends_each_style_exactly(styles: ModuleType) -> None:
    color = _module(styles, "models.color").Color
    send_styles = _module(styles, "api.default.send_styles")
    deep = _module(styles, "models.send_styles_filter").SendStylesFilter.from_dict(
        {"vendor": "open ai", "model": "gpt-4"}
    )
    with raw_server(answer(200, b'{"ok": true}')) as server:
        client = styles.AuthenticatedClient(base_url=server.url, token="test-token")
        result = send_styles.sync(
            ["a b", "c,d"],
            ["x", "y"],
            color(r=100, g=200, b=150),
            client=client,
            form_flat=color(r=1, g=2),
            form_exploded=color(r=3, b=4),
            space=[1, 2, 3],
            pipe=color(g=5, b=6),
            filter_=deep,
            path="/a:b?c&d",
            advanced=_module(styles, "models.send_styles_advanced").SendStylesAdvanced.from_dict({"a": "b c"}),
            x_colors=["red", "green"],
            x_point=color(r=7, g=8),
            flavors=["vanilla", "choc;olate"],
            session="s id",
        )
    assert result.ok is True
    (request,) = server.requests
    assert request.target == (
        "/colors/a%20b,c%2Cd/.x.y/;matrixPoint=R,100,G,200,B,150"
        "?form_flat=R,1,G,2&R=3&B=4&space=1%202%203&pipe=G%7C5%7CB%7C6"
        "&filter%5Bvendor%5D=open%20ai&filter%5Bmodel%5D=gpt-4&path=/a:b?c%26d&advanced=%7B%22a%22%3A%22b%20c%22%7D"
    )
    assert request.headers["x-colors"] == "red,green"
    assert request.headers["x-point"] == "R=7,G=8"
    assert sorted(request.headers["cookie"].split("; ")) == ["flavors=vanilla,choc%3Bolate", "session=s%20id"]


@pytest.mark.http
@pytest.mark.generator
def test_a_2xx_range_and_a_default_only_operation_are_parsed(styles: ModuleType) -> None:
    only_default = _module(styles, "api.default.only_default")

    def script(connection: Any, request: RawRequest) -> None:
        status = 201 if len(connection.server.requests) == 1 else 503
        connection.reply(status_line(status), b'{"count": 7, "message": "m"}')

    with raw_server(script) as server:
        client = styles.AuthenticatedClient(base_url=server.url, token="test-token", max_retries=0)
        assert only_default.sync(client=client).count == 7  # a 201 parsed by `default`
        with pytest.raises(_module(styles, "errors").InternalServerError) as raised:
            only_default.sync(client=client)
    assert raised.value.body.count == 7  # a 503 parsed by `default` too


@pytest.mark.generator
def test_mock_api_answers_2xx_and_default_only_operations(styles: ModuleType) -> None:
    testing = _module(styles, "testing")
    color = _module(styles, "models.color").Color
    api = testing.MockApi()
    client = api.client()
    result = _module(styles, "api.default.send_styles").sync(["a"], ["b"], color(r=1), client=client)
    assert result.ok is True
    assert _module(styles, "api.default.only_default").sync(client=client).count == 3
    api.queue("only_default", status=404, body={"count": 0})
    with pytest.raises(_module(styles, "errors").NotFoundError) as raised:
        _module(styles, "api.default.only_default").sync(client=client)
    assert raised.value.body.count == 0


@pytest.mark.unit
def test_the_golden_package_builds_each_style_into_its_request() -> None:
    list_point_results = golden("api.results.list_point_results")
    point = golden("models.point").Point

    kwargs = list_point_results._get_kwargs(
        point(x=1, y=2),
        filter_=golden("models.list_point_results_filter").ListPointResultsFilter.from_dict({"a": "b"}),
        kinds=["k1", "k2"],
        where=point(x=3),
        x_regions=["eu", "us"],
        flavors=["a", "b"],
    )

    assert kwargs["url"] == "/points/;x=1;y=2/results?filter%5Ba%5D=b&kinds=k1%7Ck2&where=%7B%22x%22%3A3%7D"
    assert kwargs["headers"] == {"X-Regions": "eu,us"}
    assert kwargs["cookies"] == {"flavors": "a,b"}


@pytest.mark.unit
def test_rate_limit_headers_are_read_from_a_4xx_range_too(tmp_path: Path) -> None:
    text = SPEC.read_text(encoding="utf-8").replace(
        "        default:\n          description: an error\n",
        "        4XX:\n          description: too many\n          headers:\n"
        "            X-RateLimit-Remaining: {schema: {type: integer}}\n"
        "        default:\n          description: an error\n",
        1,
    )
    spec = tmp_path / "styles.yaml"
    spec.write_text(text, encoding="utf-8")

    headers = rate_limit_headers(load_spec(spec, shown_as=PROVIDER.spec).api)

    assert headers.remaining == "x-ratelimit-remaining"
