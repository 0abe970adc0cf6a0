"""What a user of each seed SDK types works against our generated SDK, checked on the wire."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


# --- Flatfile -------------------------------------------------------------------------------------


def test_flatfile_imports_like_the_seed_readme() -> None:
    from flatfile import AsyncFlatfile, Flatfile  # noqa: F401
    from flatfile.core import ApiError, BadRequestError, NotFoundError

    assert issubclass(BadRequestError, ApiError) and issubclass(NotFoundError, ApiError)


def test_flatfile_accounts_get_current(httpserver: HTTPServer) -> None:
    from flatfile import Flatfile

    httpserver.expect_request("/v1/accounts/current", method="GET").respond_with_json(
        {
            "data": {
                "id": "us_acc_1",
                "name": "Acme",
                "metadata": {},
                "createdAt": "2024-01-01T00:00:00Z",
                "updatedAt": "2024-01-01T00:00:00Z",
            }
        }
    )
    client = Flatfile(token="YOUR_TOKEN", base_url=httpserver.url_for("/v1"))
    account = client.accounts.get_current()
    assert account.data.id == "us_acc_1"
    assert httpserver.log[0][0].headers["Authorization"] == "Bearer YOUR_TOKEN"


def test_flatfile_records_get_for_keyword(httpserver: HTTPServer) -> None:
    from flatfile import Flatfile

    httpserver.expect_request("/v1/sheets/us_sh_1/records").respond_with_json({"data": {"records": []}})
    client = Flatfile(token="t", base_url=httpserver.url_for("/v1"))
    client.records.get("us_sh_1", for_="us_evt_1", page_size=10, page_number=2)
    args = httpserver.log[0][0].args
    assert args["for"] == "us_evt_1" and args["pageSize"] == "10" and args["pageNumber"] == "2"


def test_flatfile_not_found_raises_typed_error(httpserver: HTTPServer) -> None:
    from flatfile import Flatfile
    from flatfile.core import NotFoundError

    httpserver.expect_request("/v1/environments/missing").respond_with_json({"errors": [{"message": "nope"}]}, 404)
    client = Flatfile(token="t", base_url=httpserver.url_for("/v1"), max_retries=0)
    with pytest.raises(NotFoundError) as info:
        client.environments.get("missing")
    assert info.value.status_code == 404


_SUMMARY = re.compile(r"<summary><code>client\.(\w+)\.<a [^>]*>(\w+)</a>")
_PARAM = re.compile(r"^\*\*(\w+):\*\*", re.MULTILINE)


def _seed_methods() -> list[tuple[str, str, list[str]]]:
    seed = SEEDS / "000_a77438159b6b15de.txt"
    if not seed.is_file():
        pytest.skip("../shared/seeds is not present")
    text = seed.read_text(encoding="utf-8", errors="replace")
    out = []
    for block in text.split("<details>")[1:]:
        match = _SUMMARY.search(block)
        assert match, block[:200]
        out.append((match.group(1), match.group(2), _PARAM.findall(block)))
    return out


def test_flatfile_has_all_177_seed_methods_with_their_parameter_names() -> None:
    from flatfile import Flatfile

    client = Flatfile(token="t")
    methods = _seed_methods()
    assert len(methods) == 177
    missing: list[str] = []
    for resource, name, params in methods:
        method = getattr(getattr(client, resource, None), name, None)
        if method is None:
            missing.append(f"{resource}.{name}")
            continue
        accepted = set(inspect.signature(method).parameters)
        for param in params:
            if param not in accepted:
                missing.append(f"{resource}.{name}({param}=)")
    assert not missing, missing


# --- Frame.io -------------------------------------------------------------------------------------


def test_frameio_surface(httpserver: HTTPServer) -> None:
    from frameio import AsyncFrameio, Frameio  # noqa: F401

    account, workspace = "1a6358c4-9d21-46a6-92ef-ec527274c0b4", "df600cde-3907-45d4-a889-e97c252ca163"
    httpserver.expect_request(f"/v4/accounts/{account}/workspaces/{workspace}/projects").respond_with_json(
        {"data": [], "links": {"next": None}, "total_count": 0}
    )
    client = Frameio(token="tok", base_url=httpserver.url_for(""))
    result = client.projects.index(account, workspace)
    assert result is not None
    assert httpserver.log[0][0].headers["Authorization"] == "Bearer tok"
    doc = inspect.getdoc(Frameio(token="t").projects.index) or ""
    assert "Rate limit:" in doc


# --- LaunchDarkly ---------------------------------------------------------------------------------


def test_launchdarkly_surface(httpserver: HTTPServer) -> None:
    from launch_darkly_python_sdk import ApiException, LaunchDarkly

    httpserver.expect_request("/api/v2/tokens", method="POST").respond_with_json(
        {"code": "invalid_request", "message": "bad role"}, 400
    )
    client = LaunchDarkly(api_key="api-key-123", base_url=httpserver.url_for(""), max_retries=0)
    with pytest.raises(ApiException) as info:
        client.access_tokens.create_new_token(name="ci", role="reader", default_api_version=20220603)
    error = info.value
    assert error.status == 400 and error.reason == "BAD REQUEST" or error.status == 400
    request = httpserver.log[0][0]
    assert request.headers["Authorization"] == "api-key-123"  # raw key, no Bearer prefix
    assert json.loads(request.data) == {"name": "ci", "role": "reader", "defaultApiVersion": 20220603}
    assert "api-key-123" not in repr(client) and "api-key-123" not in str(error)


def test_launchdarkly_raw_namespace_and_async_prefix(httpserver: HTTPServer) -> None:
    import asyncio

    from launch_darkly_python_sdk import LaunchDarkly

    httpserver.expect_request("/api/v2/tokens/x", method="DELETE").respond_with_data(status=204)
    client = LaunchDarkly(api_key="k", base_url=httpserver.url_for(""))
    raw = client.access_tokens.raw.delete_by_id(id="x")
    assert raw.status == 204 and raw.data is None
    assert asyncio.run(client.access_tokens.adelete_by_id(id="x")) is None
    assert [r.method for r, _ in httpserver.log] == ["DELETE", "DELETE"]


def test_launchdarkly_beta_header_is_sent_automatically(httpserver: HTTPServer) -> None:
    from launch_darkly_python_sdk import LaunchDarkly

    client = LaunchDarkly(api_key="k", base_url=httpserver.url_for(""))
    resource = client.feature_flags_beta
    name = next(
        n for n in dir(resource) if not n.startswith(("_", "a", "with_raw", "raw")) and callable(getattr(resource, n))
    )
    assert "ld_api_version" not in inspect.signature(getattr(resource, name)).parameters


# --- Civis ----------------------------------------------------------------------------------------


def test_civis_surface(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import civis

    monkeypatch.setenv("CIVIS_API_KEY", "civis-key")
    httpserver.expect_request("/scripts/sql/7/runs/9", method="GET").respond_with_json(
        {
            "id": 9,
            "sqlId": 7,
            "state": "running",
            "isCancelRequested": False,
            "createdAt": "2024-01-01T00:00:00Z",
            "startedAt": "2024-01-01T00:00:01Z",
            "finishedAt": None,
            "error": None,
            "output": [],
            "outputCachedOn": None,
        }
    )
    client = civis.APIClient(base_url=httpserver.url_for(""))
    run = client.scripts.get_sql_runs(7, 9)
    assert run.state == "running" and run.sql_id == 7
    assert httpserver.log[0][0].headers["Authorization"] == "Bearer civis-key"
    assert callable(client.scripts.post_sql) and callable(client.users.list_me)


def test_launchdarkly_json_patch_and_semantic_patch(httpserver: HTTPServer) -> None:
    from launch_darkly_python_sdk import LaunchDarkly
    from launch_darkly_python_sdk.models import Instruction, PatchOperation

    flag = {"key": "f", "name": "F", "kind": "boolean", "_version": 1, "creationDate": 1, "variations": [],
            "tags": [], "temporary": False, "archived": False, "customProperties": {}}  # fmt: skip
    httpserver.expect_request("/api/v2/flags/p/f", method="PATCH").respond_with_json(flag)
    client = LaunchDarkly(api_key="k", base_url=httpserver.url_for(""))
    client.feature_flags.update_feature_flag(
        "p", "f", patch=[PatchOperation(op="replace", path="/description", value="new")], comment="why"
    )
    client.feature_flags.update_feature_flag_semantic(
        "p", "f", instructions=[Instruction.from_dict({"kind": "turnFlagOn"})], environment_key="production"
    )
    (first, _), (second, _) = httpserver.log
    assert first.headers["Content-Type"] == "application/json"
    assert json.loads(first.data) == {
        "comment": "why",
        "patch": [{"op": "replace", "path": "/description", "value": "new"}],
    }
    assert second.headers["Content-Type"] == "application/json; domain-model=launchdarkly.semanticpatch"
    assert json.loads(second.data) == {"environmentKey": "production", "instructions": [{"kind": "turnFlagOn"}]}


def test_flatfile_deprecated_field_warns_only_when_used(httpserver: HTTPServer) -> None:
    import warnings

    from flatfile import Flatfile

    httpserver.expect_request("/v1/actions", method="POST").respond_with_json({}, 500)
    client = Flatfile(token="t", base_url=httpserver.url_for("/v1"), max_retries=0)
    create = client.actions.create
    assert "Deprecated." in (inspect.getdoc(create) or "")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            create(space_id="us_sp_1", target_id="us_wb_1", label="Submit", slug="submit")
        except Exception:  # noqa: BLE001 - only the warning matters here
            pass
    assert any(issubclass(w.category, DeprecationWarning) and "`slug`" in str(w.message) for w in caught)


def test_model_arguments_also_take_plain_dicts(httpserver: HTTPServer) -> None:
    """Seed users pass dicts (`data={...}`, `instructions=[{...}]`, `request=[{...}]`); they are validated
    into the models and sent as JSON."""
    from flatfile import Flatfile
    from frameio import Frameio
    from launch_darkly_python_sdk import LaunchDarkly

    account, workspace = "1a6358c4-9d21-46a6-92ef-ec527274c0b4", "df600cde-3907-45d4-a889-e97c252ca163"
    httpserver.expect_request(
        f"/v4/accounts/{account}/workspaces/{workspace}/projects", method="POST"
    ).respond_with_json({}, 500)
    httpserver.expect_request("/api/v2/flags/p/f", method="PATCH").respond_with_json({}, 500)
    httpserver.expect_request("/v1/sheets/us_sh_1/records", method="POST").respond_with_json({}, 500)
    url = httpserver.url_for("")
    for call in (
        lambda: Frameio(token="t", base_url=url, max_retries=0).projects.create(
            account, workspace, data={"name": "Spring campaign", "restricted": False}
        ),
        lambda: LaunchDarkly(api_key="k", base_url=url, max_retries=0).feature_flags.update_feature_flag_semantic(
            "p", "f", instructions=[{"kind": "turnFlagOn"}]
        ),
        lambda: Flatfile(token="t", base_url=url + "/v1", max_retries=0).records.insert(
            "us_sh_1", request=[{"firstName": {"value": "John"}}]
        ),
    ):
        with pytest.raises(Exception, match="500"):
            call()
    bodies = [json.loads(r.data) for r, _ in httpserver.log]
    assert bodies == [
        {"data": {"name": "Spring campaign", "restricted": False}},
        {"instructions": [{"kind": "turnFlagOn"}]},
        [{"firstName": {"value": "John"}}],
    ]


def test_uploads_take_a_path_bytes_or_an_open_file(httpserver: HTTPServer, tmp_path: Path) -> None:
    from launch_darkly_python_sdk import LaunchDarkly

    csv = tmp_path / "members.csv"
    csv.write_bytes(b"email\na@example.com\n")
    httpserver.expect_request("/api/v2/teams/t/members", method="POST").respond_with_json({"items": []}, 201)
    teams = LaunchDarkly(api_key="k", base_url=httpserver.url_for("")).teams
    with csv.open("rb") as handle:
        for upload in (csv, csv.read_bytes(), handle):
            teams.add_multiple_members_to_team("t", file=upload)
    for request, _ in httpserver.log:
        assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
        assert request.files["file"].read() == b"email\na@example.com\n"
    assert [r.files["file"].filename for r, _ in httpserver.log] == ["members.csv", "upload", "members.csv"]


def test_civis_responses_carry_headers_and_rate_limit(httpserver: HTTPServer) -> None:
    import civis

    httpserver.expect_request("/users/me").respond_with_json(
        {"id": 1, "name": "Ada", "email": "ada@example.com", "username": "ada", "featureFlags": {"beta": True}},
        headers={"X-RateLimit-Limit": "1000", "X-RateLimit-Remaining": "998", "X-Request-Id": "r-1"},
    )
    client = civis.APIClient(api_key="k", base_url=httpserver.url_for(""))
    me = client.users.list_me()
    assert me.headers is not None and me.headers["x-request-id"] == "r-1"
    assert me.calls_remaining == 998
    assert me.rate_limit is not None and me.rate_limit.limit == 1000
    assert me.feature_flags.headers is None  # nested models carry no response
    assert type(me).from_dict(me.to_dict()).headers is None  # nor do models built by hand


# --- the seeds' ways of calling, kept (issue 17) ----------------------------------------------------


def test_model_constructors_take_the_plain_names_of_builtin_shadowing_fields() -> None:
    from flatfile.models import ViewConfig

    assert ViewConfig(filter="valid").to_dict() == ViewConfig(filter_="valid").to_dict() == {"filter": "valid"}
    with pytest.raises(TypeError, match="both 'filter' and 'filter_'"):
        ViewConfig(filter="valid", filter_="error")  # type: ignore[call-arg]
    # from_dict fills the fields in itself (generator/render.py without_init_call): the same model as the
    # constructor's, every field set, unknown keys kept, each model with a dict of its own
    wire = {"filter": "valid", "q": "ada", "extra": 1}
    parsed = ViewConfig.from_dict(wire)
    built = ViewConfig(filter="valid", q="ada")
    built["extra"] = 1
    assert parsed == built and repr(parsed) == repr(built) and parsed.to_dict() == wire
    empty, other = ViewConfig.from_dict({}), ViewConfig.from_dict({})
    assert empty == ViewConfig() and empty.additional_properties == {}
    empty["kept"] = True
    assert other.additional_properties == {} and wire == {"filter": "valid", "q": "ada", "extra": 1}
    from flatfile.jobs import EmptyObject, JobUpdateConfig

    assert EmptyObject is JobUpdateConfig and EmptyObject().to_dict() == {}


def test_civis_models_answer_item_access_by_python_or_wire_name(httpserver: HTTPServer) -> None:
    import civis

    httpserver.expect_request("/users/me").respond_with_json(
        {"id": 1, "name": "Ada", "username": "ada", "createdAt": "2024-01-01T00:00:00Z", "extra": 5}
    )
    me = civis.APIClient(api_key="k", base_url=httpserver.url_for("")).users.list_me()
    assert me["id"] == me.id == 1 and me["username"] == "ada"
    assert me["created_at"] == me["createdAt"] == me.created_at
    assert me["extra"] == 5  # a property the spec does not name
    assert "id" in me and "createdAt" in me and "initials" not in me  # an optional field not sent: not there
    with pytest.raises(KeyError):
        me["initials"]


def test_civis_client_takes_the_old_constructor_arguments(httpserver: HTTPServer) -> None:
    import civis

    httpserver.expect_request("/users/me").respond_with_data("", status=503)
    client = civis.APIClient(
        api_key="k", base_url=httpserver.url_for(""), retry_total=0, resources="all", return_type="snake"
    )
    with pytest.raises(civis.ApiError):
        client.users.list_me()
    assert len(httpserver.log) == 1  # retry_total=0 is max_retries=0
    with pytest.raises(ValueError, match="return_type='pandas' is not supported"):
        civis.APIClient(api_key="k", return_type="pandas")


def test_flatfile_enums_are_classes_where_the_old_sdk_had_them(httpserver: HTTPServer) -> None:
    import flatfile
    from flatfile.jobs import JobStatus

    shared = flatfile.GuestAuthenticationEnum.SHARED_LINK
    assert shared == "shared_link" and isinstance(shared, str)
    assert JobStatus.COMPLETE == "complete" and JobStatus is flatfile.JobStatus  # one class per enum
    assert flatfile.ViewConfig is flatfile.models.ViewConfig  # every type from the package, as before
    httpserver.expect_request("/v1/environments", method="POST").respond_with_json({"data": {}})
    client = flatfile.Flatfile(token="t", base_url=httpserver.url_for("/v1"))
    client.environments.create(name="dev", is_prod=False, guest_authentication=[shared])
    assert json.loads(httpserver.log[0][0].data)["guestAuthentication"] == ["shared_link"]
