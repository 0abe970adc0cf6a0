"""Issue 14 §7: names from the spec never shadow the SDK's own names.

Spec: tests/corpus/hostile/reserved_names.yaml, where every name a generated module imports (runtime,
typing, the client's and environment's class names) is a schema name, including a `File` schema the upload
operation returns. The clashing models are renamed `<Name>Model` with a warning (generator/normalize/
reserved_names.py); the SDK round-trips over real HTTP on 127.0.0.1, and no generated module binds one name
twice. mypy --strict on this SDK runs in tests/corpus/test_hostile.py.
"""

from __future__ import annotations

import ast
import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.wire._sdk import generated_sdk

HOSTILE = Path(__file__).resolve().parents[1] / "corpus" / "hostile"
SPEC = HOSTILE / "reserved_names.yaml"


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from generated_sdk("reserved_names", tmp_path_factory.mktemp("wire"), HOSTILE)


def _client(sdk: ModuleType, httpserver: HTTPServer) -> object:
    return sdk.ReservedNames(base_url=httpserver.url_for(""), token="t", max_retries=0)


def test_upload_returns_the_file_schema_as_its_model(sdk: ModuleType, httpserver: HTTPServer) -> None:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(json.dumps({"id": "f1", "name": "a.txt", "size": 5}), 201, content_type="application/json")

    httpserver.expect_request("/files", method="POST").respond_with_handler(handler)
    stored = _client(sdk, httpserver).files.upload(content=b"hello", note="n")  # type: ignore[attr-defined]
    assert type(stored) is sdk.models.FileModel
    assert (stored.id, stored.name, stored.size) == ("f1", "a.txt", 5)
    assert b"hello" in seen[0].get_data() and seen[0].headers["Authorization"] == "Bearer t"


def test_runtime_file_upload_and_download_keep_their_meaning(sdk: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/files", method="POST").respond_with_json({"id": "f2", "name": "b", "size": 1}, 201)
    httpserver.expect_request("/files/f2/raw", method="GET").respond_with_data(b"\x00\x01", 200)
    client = _client(sdk, httpserver)
    stored = client.files.upload(content=sdk.File(payload=b"x", file_name="b"))  # type: ignore[attr-defined]
    assert stored.id == "f2"
    downloaded = client.files.download("f2")  # type: ignore[attr-defined]
    assert type(downloaded).__module__ == "reserved_names._core._types" and downloaded.payload.read() == b"\x00\x01"


def test_error_body_parses_into_the_renamed_api_error_model(sdk: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/files", method="POST").respond_with_json({"label": "full"}, 404)
    with pytest.raises(sdk.ApiError) as raised:
        _client(sdk, httpserver).files.upload(content=b"x")  # type: ignore[attr-defined]
    assert type(raised.value.body) is sdk.models.ApiErrorModel and raised.value.body.label == "full"


def test_every_hostile_model_round_trips_sync_and_async(sdk: ModuleType, httpserver: HTTPServer) -> None:
    doc = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    fields = list(doc["components"]["schemas"]["Catalog"]["properties"])
    body: dict[str, dict[str, object]] = {name: {"label": name} for name in fields}
    body["f_file"].update(id="f", name="n", size=1)  # the File schema's required fields
    seen: list[object] = []

    def handler(request: Request) -> Response:
        seen.append(json.loads(request.get_data()))
        return Response(json.dumps(body), 200, content_type="application/json")

    httpserver.expect_request("/catalog", method="PUT").respond_with_handler(handler)
    catalog = sdk.models.Catalog.from_dict(body)
    assert _client(sdk, httpserver).catalog.replace(request=catalog).to_dict() == body  # type: ignore[attr-defined]

    async def call() -> dict[str, object]:
        async with sdk.AsyncReservedNames(base_url=httpserver.url_for(""), token="t", max_retries=0) as client:
            result = await client.catalog.replace(request=body)
            return dict(result.to_dict())

    assert asyncio.run(call()) == body
    assert seen == [body, body]


def test_pager_items_are_the_file_model(sdk: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/files", method="GET").respond_with_json(
        {"items": [{"id": "a", "name": "a", "size": 1}], "next_cursor": None}
    )
    (item,) = list(_client(sdk, httpserver).files.list())  # type: ignore[attr-defined]
    assert type(item) is sdk.models.FileModel


def test_no_generated_module_binds_a_name_twice(sdk: ModuleType) -> None:
    """The mechanism's invariant, checked on the generated code itself: in every module, the names bound by
    imports and top-level definitions are distinct, and every class-shaped name a module imports from outside
    its models is a schema name in the spec (so the hostile spec covers what the templates import)."""
    root = Path(sdk.__file__).parent
    schemas = set(yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"])
    imported: set[str] = set()
    for path in sorted(root.rglob("*.py")):
        if "_core" in path.parts:
            continue
        bound: dict[str, int] = {}
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = [*tree.body, *(n for s in tree.body if isinstance(s, ast.If) for n in s.body)]  # + TYPE_CHECKING
        for node in top:
            names: list[str] = []
            if isinstance(node, ast.ImportFrom):
                names = [a.asname or a.name for a in node.names if a.name != "*"]
                source = (node.module or "").split(".")[0]
                if node.level == 0 or source in ("_core", "types"):  # the runtime, typing, stdlib, httpx, attrs
                    imported.update(names)
            elif isinstance(node, ast.Import):
                names = [a.asname or a.name.split(".")[0] for a in node.names]
            elif isinstance(node, (ast.ClassDef, ast.FunctionDef)):
                names = [node.name]
            for name in names:
                assert bound.setdefault(name, node.lineno) == node.lineno, f"{name} bound twice in {path}"
    missing = {n for n in imported if n[:1].isupper() and n not in schemas}
    assert not missing, f"names the generated modules import that the hostile spec does not use: {sorted(missing)}"
