"""Issue 14 §5, request bodies, over real HTTP on 127.0.0.1, each through the sync and the async client.

Spec: tests/corpus/unseen/request_bodies.yaml. What is pinned here, by mechanism:
- text bodies (normalize `text_request_bodies` → plan body kind "text" → `_core/_upload.raw_body`): a `str`
  sent in the media type's charset (UTF-8 unless it names one) with the declared Content-Type; XML given
  as text or bytes; a text body given as a path is streamed.
- dicts for models (plan `_coerce_kind`/`_accept_mappings` → `_core/_types.as_model` and the wire-name
  table; model `to_dict` writes fields through `jsonable`): Python or wire names at any depth, inside
  lists and unions, always sent as wire names.
- uploads (`as_file`, `as_files`, `multipart_files`, `raw_body` + `UploadStream`): a `File`, bytes, an
  open binary file or a path, in single and array multipart fields and raw bodies; files are read in
  chunks, sent with Content-Length, and sent whole again on a retry.
"""

from __future__ import annotations

import asyncio
import importlib
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.wire._sdk import generated_sdk

MODES = ["sync", "async"]


def _models(sdk: ModuleType) -> ModuleType:
    return importlib.import_module(sdk.__name__ + ".models")


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from generated_sdk("request_bodies", tmp_path_factory.mktemp("wire"))


def _record(httpserver: HTTPServer, path: str, method: str, answer: Response | None = None) -> list[Request]:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        request.get_data()  # read now: the body is gone once the handler returns
        seen.append(request)
        return answer or Response(status=204)

    httpserver.expect_request(path, method=method).respond_with_handler(handler)
    return seen


def _call(sdk: ModuleType, httpserver: HTTPServer, mode: str, invoke: Callable[[Any], Any], retries: int = 0) -> Any:
    """Run `invoke(client)` on the sync client, or await it on the async one."""
    options: dict[str, Any] = {"base_url": httpserver.url_for(""), "max_retries": retries}
    if mode == "sync":
        with sdk.RequestBodies(**options) as client:
            return invoke(client)

    async def run() -> Any:
        async with sdk.AsyncRequestBodies(**options) as client:
            return await invoke(client)

    return asyncio.run(run())


def _content_headers(request: Request) -> dict[str, str]:
    names = ("Content-Type", "Content-Length", "Transfer-Encoding")
    return {name: request.headers[name] for name in names if name in request.headers}


# text bodies ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_text_plain_body_is_a_str_sent_as_utf8(sdk: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    answer = Response("stored", content_type="text/plain")
    seen = _record(httpserver, "/notes/j1", "PUT", answer)
    result = _call(sdk, httpserver, mode, lambda c: c.notes.put("j1", request="héllo ✓"))
    (request,) = seen
    assert request.get_data() == b"h\xc3\xa9llo \xe2\x9c\x93"
    assert _content_headers(request) == {"Content-Type": "text/plain", "Content-Length": "10"}
    assert result == "stored"  # the text/plain answer of the same operation stays a str


@pytest.mark.parametrize("mode", MODES)
def test_text_body_in_the_charset_its_media_type_names(sdk: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    seen = _record(httpserver, "/imports/legacy", "POST")
    _call(sdk, httpserver, mode, lambda c: c.imports.legacy(request="café"))
    _call(sdk, httpserver, mode, lambda c: c.imports.legacy())  # optional, not given: no body
    given, omitted = seen
    assert given.get_data() == b"caf\xe9"
    assert given.headers["Content-Type"] == "text/plain; charset=iso-8859-1"
    assert omitted.get_data() == b"" and "Content-Type" not in omitted.headers


@pytest.mark.parametrize("mode", MODES)
def test_xml_body_given_as_text_or_as_bytes(sdk: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    seen = _record(httpserver, "/tickets", "POST")
    xml = "<ticket><subject>Jam in tray 2</subject></ticket>"
    _call(sdk, httpserver, mode, lambda c: c.tickets.create(request=xml))
    _call(sdk, httpserver, mode, lambda c: c.tickets.create(request=xml.encode()))
    for request in seen:
        assert request.get_data() == xml.encode()
        assert _content_headers(request) == {"Content-Type": "application/xml", "Content-Length": str(len(xml))}


@pytest.mark.parametrize("mode", MODES)
def test_text_body_from_a_path_is_streamed(sdk: ModuleType, httpserver: HTTPServer, mode: str, tmp_path: Path) -> None:
    csv = tmp_path / "rows.csv"
    csv.write_bytes(b"sku,qty\nA-1,3\n")
    seen = _record(httpserver, "/imports/csv", "POST")
    _call(sdk, httpserver, mode, lambda c: c.imports.csv(request=csv))
    (request,) = seen
    assert request.get_data() == b"sku,qty\nA-1,3\n"
    assert _content_headers(request) == {"Content-Type": "text/csv", "Content-Length": "14"}


# dicts for models -------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_dicts_at_any_depth_inside_lists_and_unions(sdk: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    seen = _record(httpserver, "/jobs/j1/split", "POST")

    def split(client: Any) -> Any:
        return client.jobs.split(
            "j1",
            parts=[
                {
                    "pages": {"first_page": 1, "last_page": 2},  # Python names, nested
                    "paper_stock": "matte",
                    "extra_ranges": [{"firstPage": 5, "lastPage": 6}],  # wire names, in a nested list
                }
            ],
            finishing={"binding_style": "perfect", "cover": {"first_page": 1, "last_page": 1}},  # a union
            routing=[{"staple_position": "left"}, _models(sdk).Binding(binding_style="wire")],  # a list of unions
            cover_sheet={"firstPage": 0, "lastPage": 0},
        )

    _call(sdk, httpserver, mode, split)
    (request,) = seen
    assert request.get_data() == (
        b'{"parts":[{"pages":{"firstPage":1,"lastPage":2},"paperStock":"matte",'
        b'"extraRanges":[{"firstPage":5,"lastPage":6}]}],'
        b'"finishing":{"bindingStyle":"perfect","cover":{"firstPage":1,"lastPage":1},"kind":"binding"},'
        b'"routing":[{"staplePosition":"left","kind":"staple"},{"kind":"binding","bindingStyle":"wire"}],'
        b'"coverSheet":{"firstPage":0,"lastPage":0}}'
    )


@pytest.mark.parametrize("mode", MODES)
def test_whole_body_dict_is_sent_with_wire_names(sdk: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    seen = _record(httpserver, "/jobs", "POST")
    body = {
        "title": "Flyers",
        "parts": [{"pages": {"first_page": 1, "last_page": 4}}],
        "finishing": {"staplePosition": "top"},
    }
    _call(sdk, httpserver, mode, lambda c: c.jobs.create(request=body))
    (request,) = seen
    assert request.get_data() == (
        b'{"title":"Flyers","parts":[{"pages":{"firstPage":1,"lastPage":4}}],'
        b'"finishing":{"staplePosition":"top","kind":"staple"}}'
    )


@pytest.mark.parametrize("mode", MODES)
def test_models_are_still_sent_as_models(sdk: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    seen = _record(httpserver, "/jobs", "POST")
    models = _models(sdk)
    job = models.Job(title="Cards", parts=[models.Part(pages=models.PageRange(first_page=1, last_page=1))])
    _call(sdk, httpserver, mode, lambda c: c.jobs.create(request=job))
    (request,) = seen
    assert request.get_data() == b'{"title":"Cards","parts":[{"pages":{"firstPage":1,"lastPage":1}}]}'


# uploads ----------------------------------------------------------------------------------------------


class _CountingFile(io.BufferedReader):
    """A binary file on disk that records how much each read asked for."""

    def __init__(self, path: Path) -> None:
        super().__init__(io.FileIO(path, "rb"))
        self.reads: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        self.reads.append(-1 if size is None else size)
        return super().read(size)


@pytest.mark.parametrize("mode", MODES)
def test_multipart_takes_bytes_paths_open_files_and_files(
    sdk: ModuleType, httpserver: HTTPServer, mode: str, tmp_path: Path
) -> None:
    proof = tmp_path / "proof-1.pdf"
    proof.write_bytes(b"%PDF-1")
    seen = _record(httpserver, "/jobs/j1/artwork", "POST")

    def upload(client: Any) -> Any:
        with proof.open("rb") as opened:
            named = sdk.File(payload=io.BytesIO(b"<svg/>"), file_name="mark.svg", mime_type="image/svg+xml")
            return client.jobs.upload_artwork("j1", front=b"FRONT", proofs=[proof, opened, named], caption="v2")

    if mode == "async":  # the file is opened inside the coroutine, around the awaited call

        async def upload_async(client: Any) -> Any:
            with proof.open("rb") as opened:
                named = sdk.File(payload=io.BytesIO(b"<svg/>"), file_name="mark.svg", mime_type="image/svg+xml")
                return await client.jobs.upload_artwork(
                    "j1", front=b"FRONT", proofs=[proof, opened, named], caption="v2"
                )

        _call(sdk, httpserver, mode, upload_async)
    else:
        _call(sdk, httpserver, mode, upload)
    (request,) = seen
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1].encode()

    def part(disposition: bytes, media_type: bytes | None, data: bytes) -> bytes:
        kind = b"Content-Type: " + media_type + b"\r\n" if media_type else b""
        return (
            b"--"
            + boundary
            + b"\r\nContent-Disposition: form-data; "
            + disposition
            + b"\r\n"
            + kind
            + b"\r\n"
            + data
            + b"\r\n"
        )

    assert request.get_data() == (
        part(b'name="front"; filename="upload"', b"application/octet-stream", b"FRONT")
        + part(b'name="proofs"; filename="proof-1.pdf"', b"application/pdf", b"%PDF-1")
        + part(b'name="proofs"; filename="proof-1.pdf"', b"application/pdf", b"%PDF-1")
        + part(b'name="proofs"; filename="mark.svg"', b"image/svg+xml", b"<svg/>")
        + part(b'name="caption"', b"text/plain", b"v2")
        + b"--"
        + boundary
        + b"--\r\n"
    )
    assert request.headers["Content-Length"] == str(len(request.get_data()))


@pytest.mark.parametrize("mode", MODES)
def test_raw_body_from_an_open_file_is_read_in_chunks(
    sdk: ModuleType, httpserver: HTTPServer, mode: str, tmp_path: Path
) -> None:
    data = bytes(range(256)) * 4096  # 1 MiB
    (tmp_path / "scan.tiff").write_bytes(data)
    seen = _record(httpserver, "/jobs/j1/source", "PUT")
    with _CountingFile(tmp_path / "scan.tiff") as opened:
        _call(sdk, httpserver, mode, lambda c: c.jobs.put_source("j1", request=opened))
    (request,) = seen
    assert request.get_data() == data
    assert _content_headers(request) == {"Content-Type": "application/octet-stream", "Content-Length": str(len(data))}
    assert -1 not in opened.reads and max(opened.reads) <= 64 * 1024 and len(opened.reads) >= 16


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("given", ["bytes", "path", "file", "File"])
def test_raw_body_takes_every_binary_form(
    sdk: ModuleType, httpserver: HTTPServer, mode: str, given: str, tmp_path: Path
) -> None:
    path = tmp_path / "preview.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    seen = _record(httpserver, "/jobs/j1/preview", "PUT")
    with path.open("rb") as opened:
        value = {
            "bytes": path.read_bytes(),
            "path": path,
            "file": opened,
            "File": sdk.File(payload=opened, file_name="preview.png"),
        }[given]
        _call(sdk, httpserver, mode, lambda c: c.jobs.put_preview("j1", request=value))
    (request,) = seen
    assert request.get_data() == b"\x89PNG\r\n\x1a\n"
    assert _content_headers(request) == {"Content-Type": "image/png", "Content-Length": "8"}


@pytest.mark.parametrize("mode", MODES)
def test_a_retried_upload_sends_the_whole_file_again(
    sdk: ModuleType, httpserver: HTTPServer, mode: str, tmp_path: Path
) -> None:
    path = tmp_path / "source.bin"
    path.write_bytes(b"0123456789" * 10_000)
    bodies: list[bytes] = []

    def handler(request: Request) -> Response:
        bodies.append(request.get_data())
        if len(bodies) == 1:
            return Response(status=503, headers={"Retry-After": "0"})
        return Response(status=204)

    httpserver.expect_request("/jobs/j1/source", method="PUT").respond_with_handler(handler)
    with path.open("rb") as opened:
        opened.seek(10)  # sent from where the file stood when the call began
        _call(sdk, httpserver, mode, lambda c: c.jobs.put_source("j1", request=opened), retries=1)
    assert bodies == [path.read_bytes()[10:]] * 2


class _Pipe:
    """A binary stream that cannot seek or tell its size (a pipe, a socket)."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, size: int = -1) -> bytes:
        return self._data.read(size)

    def seekable(self) -> bool:
        return False


@pytest.mark.parametrize("mode", MODES)
def test_a_stream_of_unknown_length_is_sent_chunked(sdk: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    seen = _record(httpserver, "/jobs/j1/source", "PUT")
    _call(sdk, httpserver, mode, lambda c: c.jobs.put_source("j1", request=_Pipe(b"x" * 100_000)))
    (request,) = seen
    assert request.get_data() == b"x" * 100_000
    assert _content_headers(request) == {"Content-Type": "application/octet-stream", "Transfer-Encoding": "chunked"}


def test_multipart_parts_from_a_model_or_a_plain_dict(sdk: ModuleType, tmp_path: Path) -> None:
    """A multipart body passed whole (sdk.yaml `body_style: whole`) may be the model or a dict of the same."""
    multipart_files = importlib.import_module(sdk.__name__ + "._core._encode").multipart_files
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    model = _models(sdk).JobsUploadArtworkBody(front=sdk.File(payload=io.BytesIO(b"F"), file_name="f.png"), caption="c")
    as_dict = {"front": tmp_path / "a.pdf", "proofs": [b"P1"], "caption": "c", "meta": {"dpi": 300}}
    assert [(name, part[0], part[2]) for name, part in multipart_files(model)] == [
        ("front", "f.png", None),
        ("caption", None, "text/plain"),
    ]
    parts = multipart_files(as_dict)
    assert [(name, part[0], part[2]) for name, part in parts] == [
        ("front", "a.pdf", None),
        ("proofs", "upload", None),
        ("caption", None, "text/plain"),
        ("meta", None, "application/json"),
    ]
    assert parts[1][1][1].read() == b"P1" and parts[3][1][1] == b'{"dpi":300}'
    parts[0][1][1].close()
