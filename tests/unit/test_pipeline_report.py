"""What `sdkgen generate` tells its user about an arbitrary spec: names, every drop, a grouped summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import cli
from generator.normalize import repairs

SPEC = """\
openapi: 3.0.3
info: {title: "Swagger Petstore - OpenAPI 3.0", version: "1.0"}
paths:
  /notes/{n}:
    post:
      operationId: addNote%(n)s
      parameters: [{name: n, in: path, required: true, schema: {type: string}}]
      requestBody: {required: true, content: {application/json: {}}}
      responses: {"201": {description: Created.}}
  /pets:
    get:
      operationId: readText
      responses: {"200": {description: ok, content: {text/plain: {schema: {type: string}}}}}
    post:
      operationId: addPet
      requestBody:
        content:
          application/json: {schema: {$ref: "#/components/schemas/Pet"}}
          application/xml: {schema: {$ref: "#/components/schemas/Pet"}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}}
        "404": {description: odd, content: {application/json: {schema: {type: array}}}}
components:
  schemas:
    Pet: {type: object, properties: {name: {type: string}}}
  securitySchemes:
    api_key: {type: apiKey, name: api_key, in: header}
    petstore_auth:
      type: oauth2
      flows: {implicit: {authorizationUrl: "https://example.test/oauth", scopes: {"write:pets": write}}}
"""


def _spec(tmp_path: Path, operations: int = 5) -> Path:
    """SPEC with `operations` copies of the skipped /notes operation (a JSON body with no schema)."""
    head, notes, tail = SPEC.partition("  /notes/{n}:\n")[0], "", ""
    block = SPEC.split("  /notes/{n}:\n", 1)[1].split("  /pets:\n", 1)[0]
    for i in range(operations):
        notes += f"  /notes{i}/{{n}}:\n" + block % {"n": i}
    tail = "  /pets:\n" + SPEC.split("  /pets:\n", 1)[1]
    path = tmp_path / "petstore.yaml"
    path.write_text(head + notes + tail, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("title", "package"),
    [
        ("Swagger Petstore - OpenAPI 3.0", "petstore"),
        ("Spotify Web API with fixes and improvements from sanity", "spotify"),
        ("Bookshelf API", "bookshelf"),
        ("LaunchDarkly REST API", "launch_darkly"),
        ("Frame.io API v4", "frame_io"),
        ("Open Movie Database (OMDb)", "open_movie_database"),
        ("API", None),
    ],
)
def test_package_name_from_title(title: str, package: str | None, tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(json.dumps({"openapi": "3.0.3", "info": {"title": title, "version": "1"}, "paths": {}}))
    assert cli._title_name(spec) == package


def test_every_drop_is_reported_and_summarised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The array without `items` is repaired before the parser sees it; without that repair the parser drops
    # the response, which is the drop this test needs (every response the parser refused is now repaired).
    monkeypatch.setattr(repairs, "REPAIRS", [(n, f) for n, f in repairs.REPAIRS if n != "arrays_without_items"])
    out = tmp_path / "sdk"
    code = cli.main(["generate", str(_spec(tmp_path)), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1, err
    report = json.loads((out / "generation-report.json").read_text(encoding="utf-8"))
    assert report["package"] == "petstore" and (out / "petstore" / "_client.py").is_file()

    # Skipped operations: one console line per reason, not one per operation; the report lists all five.
    skipped = [line for line in err.splitlines() if "SKIPPED" in line]
    assert len(skipped) == 1, err
    assert skipped[0].startswith("[petstore] SKIPPED 5 operations: ")
    assert "POST /notes0/{n} (/paths/~1notes0~1{n}/post)" in skipped[0] and skipped[0].endswith(" and 2 more")
    assert len([s for s in report["skipped"] if s["kind"] == "operation"]) == 5

    # Everything else left out, each with a pointer and a reason: the unused OAuth2 implicit scheme, the XML
    # request body and the response the parser cannot read (an array without `items`).
    dropped = {(d["kind"], d["pointer"]): d for d in report["dropped"]}
    auth = dropped[("auth", "/components/securitySchemes/petstore_auth")]
    assert auth["what"] == "petstore_auth (oauth2 implicit)" and "'api_key'" in auth["reason"]
    assert ("media_type", "/paths/~1pets/post/requestBody/content/application~1xml") in dropped
    response = dropped[("response", "/paths/~1pets/post/responses/404")]
    assert "status code 404 (type array must have items" in response["reason"]
    assert not any("<value>" in w for w in report["warnings"])
    assert "[petstore] left out: 1 auth, 1 media type, 1 response (each with its reason under `dropped`" in err
    assert err.splitlines()[-1] == (
        f"exit 1: generated package petstore into {out}, but some operations were skipped "
        "(see above and generation-report.json)"
    )


def test_a_single_skip_keeps_its_own_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["generate", str(_spec(tmp_path, operations=1)), "--check"]) == 1
    err = capsys.readouterr().err
    assert "[petstore] SKIPPED POST /notes0/{n} (/paths/~1notes0~1{n}/post): " in err
    assert err.splitlines()[-1].startswith("exit 1: checked package petstore (nothing written), but some")


def test_corpus_refresh_says_why_a_spec_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.corpus import refresh

    monkeypatch.setattr(refresh, "GOLDEN", tmp_path / "golden")
    assert refresh.main(["media_types"]) == 0
    out = capsys.readouterr().out
    assert "[media_types] exit 1 -> " in out
    assert "    SKIPPED POST /drafts (/paths/~1drafts/post): " in out
