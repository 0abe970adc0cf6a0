"""normalize.media_types: bodies in media types the parser refuses travel as bytes."""

from __future__ import annotations

from generator.normalize.media_types import raw_request_bodies, raw_response_overrides


def test_unparsed_media_types_travel_as_bytes() -> None:
    xml = {"schema": {"$ref": "#/components/schemas/Order"}}
    png = {"schema": {"type": "string", "format": "binary"}}
    text_in = {"schema": {"type": "string"}}
    doc = {
        "paths": {
            "/o": {"post": {"requestBody": {"content": {"application/xml": xml, "text/plain": text_in}},
                            "responses": {"200": {"content": {"application/xml": {"schema": {"type": "object"}},
                                                              "text/plain": {"schema": {"type": "string"}}}}}}},
            "/i": {"get": {"responses": {"200": {"content": {"image/png": png, "application/json": {}}}}}},
        }
    }  # fmt: skip
    changes = raw_request_bodies(doc)
    assert xml["schema"] == {"type": "string", "format": "binary"}
    assert text_in["schema"] == {"type": "string"}  # text/plain is also an answer type: left alone
    # The request body is XML only: bytes. The answer offers text/plain too: that stays first and is read.
    assert [c.pointer for c in changes] == ["/paths/~1o/post/requestBody/content/application~1xml/schema"]
    answer = doc["paths"]["/o"]["post"]["responses"]["200"]["content"]
    assert list(answer) == ["text/plain", "application/xml"] and answer["application/xml"]["schema"] == {
        "type": "object"
    }
    assert raw_response_overrides(doc) == {
        "application/xml": "application/octet-stream",
        "image/png": "application/octet-stream",
    }
