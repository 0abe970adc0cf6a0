"""Binary responses: returned as `File`, or streamed chunk by chunk into a path or file object (`to_file=`)."""

from __future__ import annotations

import asyncio
import io
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from generator.cli import main as generator_main

ROOT = Path(__file__).resolve().parents[2]
PAYLOAD = bytes(range(256)) * 4096  # 1 MiB


@pytest.fixture(scope="module")
def media_types(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("downloads") / "media_types"
    spec = ROOT / "tests" / "corpus" / "unseen" / "media_types.yaml"
    assert generator_main(["generate", str(spec), "--out", str(out), "--name", "media_types"]) in (0, 1)
    sys.path.insert(0, str(out))
    import media_types

    yield media_types
    sys.path.remove(str(out))


def _client(module, httpserver: HTTPServer, cls: str = "MediaTypes"):  # type: ignore[no-untyped-def]
    return getattr(module, cls)(base_url=httpserver.url_for(""), max_retries=0)


def test_download_to_path_and_to_file_object(media_types, httpserver: HTTPServer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/images/i1").respond_with_data(PAYLOAD, content_type="image/png")
    client = _client(media_types, httpserver)
    assert client.images.download("i1").payload.read() == PAYLOAD
    target = tmp_path / "out.png"
    saved = client.images.download("i1", to_file=target)
    assert target.read_bytes() == PAYLOAD and saved.file_name == "out.png" and saved.payload.read() == PAYLOAD
    buffer = io.BytesIO()
    assert client.images.download("i1", to_file=buffer).payload.read() == PAYLOAD


def test_streamed_error_is_a_typed_error_with_its_body(media_types, httpserver: HTTPServer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/images/missing").respond_with_json({"message": "no such image"}, 404)
    client = _client(media_types, httpserver)
    with pytest.raises(media_types.NotFoundError) as info:
        client.images.download("missing", to_file=tmp_path / "never.png")
    assert info.value.status_code == 404 and "no such image" in str(info.value.body)
    assert not (tmp_path / "never.png").exists()


def test_async_download_to_path(media_types, httpserver: HTTPServer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/images/i2").respond_with_data(PAYLOAD, content_type="image/png")

    async def run() -> None:
        async with media_types.AsyncMediaTypes(base_url=httpserver.url_for("")) as client:
            await client.images.download("i2", to_file=tmp_path / "async.png")

    asyncio.run(run())
    assert (tmp_path / "async.png").read_bytes() == PAYLOAD
