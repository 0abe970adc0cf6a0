"""The runtime's parameter encoder against the OpenAPI specification's own "Style Examples" table.

The table serialises a parameter `color` holding "" (empty), "blue" (string), ["blue", "black", "brown"]
(array) and {"R": 100, "G": 200, "B": 150} (object) under every style and explode. Rows are copied from
OpenAPI 3.0.4 §4.8.12.4 (3.0.3 shows label/explode=false as `.blue.black.brown`, which contradicts RFC 6570
and was corrected in 3.0.4). `None` marks the table's "n/a". Path parameters go through `encode_path`,
query parameters through `encode_query` (the exact query string sent), header parameters through
`header_values` and cookie parameters through `cookie_header`; each is checked for every cell.
"""

from __future__ import annotations

import datetime
import enum

import pytest

from generator.runtime._encode import (
    FORM,
    SIMPLE,
    ParamStyle,
    Style,
    cookie_header,
    encode_path,
    encode_query,
    header_values,
)
from generator.runtime._types import UNSET

EMPTY, STRING, ARRAY, OBJECT = "", "blue", ["blue", "black", "brown"], {"R": 100, "G": 200, "B": 150}

# (style, explode): (empty, string, array, object), as the specification's table writes them.
TABLE: dict[tuple[Style, bool], tuple[str | None, str | None, str | None, str | None]] = {
    ("matrix", False): (";color", ";color=blue", ";color=blue,black,brown", ";color=R,100,G,200,B,150"),
    ("matrix", True): (";color", ";color=blue", ";color=blue;color=black;color=brown", ";R=100;G=200;B=150"),
    ("label", False): (".", ".blue", ".blue,black,brown", ".R,100,G,200,B,150"),
    ("label", True): (".", ".blue", ".blue.black.brown", ".R=100.G=200.B=150"),
    ("form", False): ("color=", "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"),
    ("form", True): ("color=", "color=blue", "color=blue&color=black&color=brown", "R=100&G=200&B=150"),
    ("simple", False): (None, "blue", "blue,black,brown", "R,100,G,200,B,150"),
    ("simple", True): (None, "blue", "blue,black,brown", "R=100,G=200,B=150"),
    ("spaceDelimited", False): (None, None, "color=blue%20black%20brown", "color=R%20100%20G%20200%20B%20150"),
    ("pipeDelimited", False): (None, None, "color=blue|black|brown", "color=R|100|G|200|B|150"),
    ("deepObject", True): (None, None, None, "color[R]=100&color[G]=200&color[B]=150"),
}
VALUES = (EMPTY, STRING, ARRAY, OBJECT)
LOCATIONS: dict[str, tuple[Style, ...]] = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}
CASES = [
    pytest.param(location, style, explode, column, expected, id=f"{location}-{style}-{explode}-{column}")
    for (style, explode), row in TABLE.items()
    for location, styles in LOCATIONS.items()
    if style in styles
    for column, expected in zip(("empty", "string", "array", "object"), row, strict=True)
    if expected is not None
]


def _send(location: str, style: ParamStyle, value: object) -> str | None:
    if location == "path":
        return encode_path(value, style, "color")
    if location == "query":
        return encode_query({"color": value}, {"color": style})
    if location == "header":
        return header_values({"color": value}, {"color": style}).get("color")
    return cookie_header({"color": value}, {"color": style})


@pytest.mark.parametrize(("location", "style", "explode", "column", "expected"), CASES)
def test_style_examples_table(location: str, style: Style, explode: bool, column: str, expected: str) -> None:
    value = VALUES[("empty", "string", "array", "object").index(column)]
    sent = _send(location, ParamStyle(style, explode=explode), value)
    if location == "cookie" and explode:
        expected = expected.replace("&", "; ")  # RFC 6265: one `name=value` pair per cookie, joined by "; "
    assert sent == expected


def test_every_style_and_location_is_covered() -> None:
    covered = {(c.values[0], c.values[1], c.values[2]) for c in CASES}
    for location, styles in LOCATIONS.items():
        for style in styles:
            explodes = {e for s, e in TABLE if s == style}
            assert {(location, style, e) for e in explodes} <= covered, (location, style)
    assert len(CASES) == 49  # path 22, query 13, header 6, cookie 8


def test_the_gadgets_example_of_issue_14() -> None:
    query = encode_query(
        {"ids": ["a", "b"], "sizes": [1, 2], "colors": ["x", "y"], "filter": {"kind": "round", "max": 3}},
        {
            "ids": ParamStyle("form", explode=False),
            "sizes": ParamStyle("pipeDelimited", explode=False),
            "filter": ParamStyle("deepObject"),
        },
    )
    assert query == "ids=a,b&sizes=1|2&colors=x&colors=y&filter[kind]=round&filter[max]=3"


def test_delimiters_inside_values_are_percent_encoded() -> None:
    """A `,` `|` `&` `=` `[` or space inside a value never reads as the style's delimiter."""
    styles = {"a": ParamStyle("form", explode=False), "p": ParamStyle("pipeDelimited", explode=False)}
    query = encode_query({"a": ["x,y", "1&b=2"], "p": ["a|b", "c d"], "f": {"k[1]": "v w"}}, styles)
    assert query == "a=x%2Cy,1%26b%3D2&p=a%7Cb|c%20d&k%5B1%5D=v%20w"
    assert encode_path(["a/b", "c,d"], ParamStyle("label", explode=True)) == ".a%2Fb.c%2Cd"
    assert encode_path("a b", ParamStyle("matrix", explode=False), "x y") == ";x%20y=a%20b"


def test_allow_reserved_keeps_reserved_characters_except_query_delimiters() -> None:
    value = "a/b?c:d@e!$'()*,;[x]&y=z#w+v%"
    kept = encode_query({"q": value}, {"q": ParamStyle(allow_reserved=True)})
    assert kept == "q=a/b?c:d@e!$'()*,;[x]%26y%3Dz%23w%2Bv%25"
    assert encode_query({"q": value}) == "q=a%2Fb%3Fc%3Ad%40e%21%24%27%28%29%2A%2C%3B%5Bx%5D%26y%3Dz%23w%2Bv%25"


class Color(enum.Enum):
    RED = "red"


def test_scalars_and_omitted_values() -> None:
    styles = {"d": ParamStyle("form", explode=False)}
    query = encode_query(
        {
            "none": None,
            "unset": UNSET,
            "empty_list": [],
            "empty_object": {},
            "flag": True,
            "color": Color.RED,
            "d": [datetime.date(2024, 1, 2), None, datetime.datetime(2024, 1, 2, 3, 4, 5)],
        },
        styles,
    )
    assert query == "flag=true&color=red&d=2024-01-02,2024-01-02T03%3A04%3A05%2B00%3A00"
    assert header_values({"X-A": None, "X-B": [], "X-C": [1, 2], "X-D": False}) == {"X-C": "1,2", "X-D": "false"}
    assert cookie_header({"a": None, "b": UNSET}) is None
    assert cookie_header({"s": "a;b c", "t": ["1", "2"]}, {"t": ParamStyle(explode=False)}) == "s=a%3Bb%20c; t=1,2"


def test_deep_object_nests_and_repeats() -> None:
    styles = {"filter": ParamStyle("deepObject")}
    query = encode_query({"filter": {"a": {"b": 1, "c": None}, "tags": ["x", "y"], "n": None}}, styles)
    assert query == "filter[a][b]=1&filter[tags]=x&filter[tags]=y"


def test_models_are_serialised_as_their_fields() -> None:
    class Rgb:
        def to_dict(self) -> dict[str, int]:
            return {"R": 1, "G": 2}

    assert encode_query({"c": Rgb()}) == "R=1&G=2"
    assert encode_query({"c": Rgb()}, {"c": ParamStyle("deepObject")}) == "c[R]=1&c[G]=2"
    assert header_values({"c": Rgb()}, {"c": ParamStyle("simple", explode=True)}) == {"c": "R=1,G=2"}
    assert encode_path(Rgb(), SIMPLE) == "R,1,G,2"
    assert encode_query({"c": [1]}, {"c": FORM}) == "c=1"
