"""Every method and parameter the seed SDKs document, asserted on our SDKs (issue 17).

The facts are `tests/sdk/surfaces/<api>.json`; `tests/sdk/surface.py` does the checking (method at the
same resource path and name, every documented parameter in the documented positional/keyword style,
nothing required that the seed omits). Each SDK is checked as checked in (generated/) and, when
../shared/specs is present, as generated from the real spec with our sdk.yaml (into build/parity/).

Methods the seeds document but that cannot be honoured as written are listed in `SEED_DEFECTS`, each
with its reason; the test fails if one of them starts to pass (the list must stay true) and if any
other method is incompatible. `python -m tests.sdk.surface -v` prints the table and every gap.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tests.sdk.surface import APIS, Measurement, measure_checked_in, measure_real, real_spec_path

# Documented methods that cannot work as the seed writes them; the reason says why.
SEED_DEFECTS: dict[str, dict[str, str]] = {
    "flatfile": {},
    "frameio": {
        "files.create_local_upload#2": "the reference lists `create_local_upload` twice; this second entry "
        "describes the upload-status call, which is `files.show_file_upload_status(account_id, file_id)`",
        "workspaces.index": "documents a `workspace_id` for the list of an account's workspaces, which "
        "neither the API nor the old SDK's request has a place for",
    },
    "civis": {},
    "launchdarkly": {
        "contexts.evaluate_flags_for_context_instance": "the usage omits the request body (the context to "
        "evaluate) that the API requires; ours takes it as `body=`",
        "segments.evaluate_segment_memberships": "the usage omits the request body (the context to "
        "evaluate) that the API requires; ours takes it as `body=`",
    },
}

# Documented methods the published spec (../shared/specs) describes differently from the seed: the API,
# not the generator, makes them differ; each SDK's README lists them.
REAL_SPEC_DIFFERENCES: dict[str, dict[str, str]] = {
    "frameio": {},
    "civis": {
        "notebooks.post": "the published spec has no git_url/git_branch/git_file body fields",
        "notebooks.put": "the published spec has no git_url/git_branch/git_file body fields",
        "notebooks.patch": "the published spec has no git_url/git_branch/git_file body fields",
        "notebooks.post_deployments": "the published spec has no `published` body field",
        "scripts.post_containers": "the published spec requires only required_resources (not docker_command, "
        "docker_image_name), so they are keywords",
        "scripts.put_containers": "the published spec requires only required_resources (not docker_command, "
        "docker_image_name), so they are keywords",
        "users.post_api_keys": "the published spec lists expires_in before name",
    },
    "launchdarkly": {"metrics.create_new_metric": "the published spec has no isActive field"},
}

# Compatible methods at least (a ratchet: raise it when a change makes more methods compatible).
FLOOR = {
    ("flatfile", "checked-in"): 179,
    ("frameio", "checked-in"): 57,
    ("civis", "checked-in"): 478,
    ("launchdarkly", "checked-in"): 255,
    ("frameio", "real-spec"): 57,
    ("civis", "real-spec"): 393,
    ("launchdarkly", "real-spec"): 249,
}


def _assert_matches_the_seed(measurement: Measurement) -> None:
    api = measurement.api
    defects = dict(SEED_DEFECTS[api])
    if measurement.column == "real-spec":
        defects.update(REAL_SPEC_DIFFERENCES[api])
    unexplained = {key: reasons for key, reasons in measurement.incompatible().items() if key not in defects}
    assert unexplained == {}, f"{api} ({measurement.column}): methods the seed documents that do not work as documented"
    stale = [key for key in defects if key in measurement.problems and not measurement.problems[key]]
    assert stale == [], f"{api}: listed as seed defects but compatible now: {stale}"
    floor = FLOOR.get((api, measurement.column), 0)
    assert measurement.compatible >= floor, f"{api} ({measurement.column}): {measurement.summary()} < {floor}"


@pytest.mark.parametrize("api", APIS)
def test_checked_in_sdk_offers_the_seed_surface(api: str) -> None:
    _assert_matches_the_seed(measure_checked_in(api))


@pytest.mark.parametrize("api", [a for a in APIS if a != "flatfile"])  # Flatfile publishes no spec
def test_real_spec_sdk_offers_the_seed_surface(api: str) -> None:
    if real_spec_path(api) is None:
        pytest.skip("../shared/specs is not present")
    measurement = measure_real(api)
    assert measurement is not None
    _assert_matches_the_seed(measurement)


def test_the_checker_reports_each_kind_of_incompatibility() -> None:
    """The checker itself: a missing method, a missing parameter, a wrong style or position, a required
    parameter the seed omits are each reported; a compatible signature is not."""
    from tests.sdk.surface import SeedMethod, SeedParam, check_method

    class Resource:
        def good(self, a: int, b: int, *, c: int = 0, request_options: object = None) -> None: ...
        def swapped(self, b: int, a: int) -> None: ...
        def strict(self, a: int, *, b: int, d: int) -> None: ...

    class Client:
        things = Resource()

    def seed(name: str, *params: SeedParam) -> SeedMethod:
        return SeedMethod(f"things.{name}", "things", name, params, None)

    a, b = SeedParam("a", "positional", 0, True), SeedParam("b", "positional", 1, True)
    c = SeedParam("c", "keyword", None, False)
    client = Client()
    assert check_method(client, seed("good", a, b, c)) == []
    assert check_method(client, seed("absent", a)) == ["missing method"]
    assert check_method(client, seed("swapped", a, b)) == [
        "a is positional #1, documented #0",
        "b is positional #0, documented #1",
    ]
    assert check_method(client, seed("strict", a, b, c)) == [
        "b is keyword-only, documented positional #1",
        "no parameter c",
        "requires d, which the seed does not document",
    ]
    optional_b = SeedParam("b", "keyword", None, False)
    assert check_method(client, seed("strict", a, optional_b, SeedParam("d", "keyword", None, None))) == [
        "requires b, which the seed documents as optional"
    ]


def test_a_pager_also_reads_as_its_first_page(httpserver: HTTPServer) -> None:
    """Seed code reads `client.spaces.list().data` (the page object); our pager answers that from the
    first page's parsed model, and still iterates every item across pages."""
    from flatfile import Flatfile

    space = {"id": "us_sp_1", "environmentId": "us_env_1", "createdAt": "2024-01-01T00:00:00Z",
             "updatedAt": "2024-01-01T00:00:00Z", "createdByUserId": "us_usr_1", "guestAuthentication": []}  # fmt: skip
    second = dict(space, id="us_sp_2")
    pagination = {"currentPage": 1, "pageCount": 2, "totalCount": 2}
    httpserver.expect_request("/v1/spaces", query_string="pageSize=1&pageNumber=2").respond_with_json(
        {"data": [second], "pagination": dict(pagination, currentPage=2)}
    )
    httpserver.expect_request("/v1/spaces").respond_with_json({"data": [space], "pagination": pagination})
    pager = Flatfile(token="t", base_url=httpserver.url_for("/v1")).spaces.list(page_size=1)
    assert [s.id for s in pager.data] == ["us_sp_1"]  # the first page, as the seed's page object
    assert pager.pagination.total_count == 2
    assert [s.id for s in pager] == ["us_sp_1", "us_sp_2"]  # and every item, as a pager
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        pager.nope  # noqa: B018 - the lookup is what is tested


def test_flatfile_type_import_paths_are_lazy_and_offer_fern_names() -> None:
    """`from flatfile.jobs import ...`, `from flatfile.property import Property_String`,
    `from flatfile.client import FlatFile`: the paths the seed imports from, loading nothing up front."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import flatfile.jobs, flatfile.property\n"
        "assert not [m for m in sys.modules if m.startswith('flatfile.models.')], 'a model loaded on import'\n"
        "from flatfile.jobs import JobOutcome, JobOutcomeNext_Id\n"
        "from flatfile.property import Property_String\n"
        "from flatfile.client import FlatFile\n"
        "from flatfile.models import JobOutcomeNextId, StringProperty\n"
        "from flatfile import Flatfile\n"
        "assert issubclass(JobOutcomeNext_Id, JobOutcomeNextId) and issubclass(Property_String, StringProperty)\n"
        "assert FlatFile is Flatfile\n"
        "assert Property_String(key='name').to_dict() == {'type': 'string', 'key': 'name'}  # Fern's variant: no type_\n"
        "assert JobOutcomeNext_Id(id='x').to_dict() == {'type': 'id', 'id': 'x'}\n"
        "try:\n"
        "    from flatfile.jobs import NoSuchType\n"
        "except ImportError as exc:\n"
        "    print('missing:', exc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2] / "generated" / "flatfile")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "missing: cannot import name 'NoSuchType'" in proc.stdout


def test_civis_helpers_are_mounted_on_the_client(httpserver: HTTPServer) -> None:
    """The hand-written extension (openapi/civis/extensions/helpers.py) on a real client, over HTTP."""
    import civis

    httpserver.expect_request("/databases/").respond_with_json(
        [
            {
                "id": 3,
                "name": "warehouse",
                "adapter": "redshift",
                "clusterIdentifier": None,
                "host": "h",
                "port": 1,
                "databaseName": "d",
                "managed": True,
            }
        ]  # fmt: skip
    )
    httpserver.expect_request("/users/me").respond_with_json(
        {"id": 1, "name": "A", "email": "a@x", "username": "ada", "featureFlags": {}}
    )
    client = civis.APIClient(api_key="k", base_url=httpserver.url_for(""))
    assert client.get_database_id("warehouse") == 3
    assert client.get_database_id(42) == 42  # an id passes through, no request
    assert client.username == "ada"
    with pytest.raises(ValueError, match="database 'nope' not found"):
        client.get_database_id("nope")
    assert [r.path for r, _ in httpserver.log] == ["/databases/", "/users/me", "/databases/"]
    assert hasattr(civis.AsyncAPIClient, "get_database_id") and hasattr(civis.AsyncAPIClient, "get_username")


def test_launchdarkly_accepts_the_seed_spelling_of_keyword_arguments(httpserver: HTTPServer) -> None:
    """`_from=` (the old SDK's spelling) and `from_=` send the same query; `_0` names still exist."""
    from launch_darkly_python_sdk import LaunchDarkly

    httpserver.expect_request("/api/v2/usage/evaluations/p/e/f").respond_with_json({"series": [], "metadata": []})
    usage = LaunchDarkly(api_key="k", base_url=httpserver.url_for("")).account_usage_beta
    usage.get_evaluations_usage("p", "e", "f", _from="1700000000")
    usage.get_evaluations_usage("p", "e", "f", from_="1700000000")
    assert [r.args.get("from") for r, _ in httpserver.log] == ["1700000000", "1700000000"]
    approvals = LaunchDarkly(api_key="k").approvals
    assert approvals.create_request_flag_0 == approvals.create_request_for_flag


def test_dict_arguments_take_python_or_wire_names_and_send_wire_names(httpserver: HTTPServer) -> None:
    """Fern-style users write `{"on_variation": 0}`, Konfig-style users `{"onVariation": 0}`: both are
    accepted, nested ones too, and the API always receives its own names."""
    from launch_darkly_python_sdk import LaunchDarkly

    httpserver.expect_request("/api/v2/flags/p", method="POST").respond_with_json({}, 500)
    flags = LaunchDarkly(api_key="k", base_url=httpserver.url_for(""), max_retries=0).feature_flags
    for defaults, migration in (
        ({"on_variation": 0, "off_variation": 1}, {"context_kind": "user", "stage_count": 2}),
        ({"onVariation": 0, "offVariation": 1}, {"contextKind": "user", "stageCount": 2}),
    ):
        with pytest.raises(Exception, match="500"):
            flags.create_feature_flag("p", name="F", key="f", defaults=defaults, migration_settings=migration)
    first, second = (json.loads(r.data) for r, _ in httpserver.log)
    assert first == second
    assert first["defaults"] == {"onVariation": 0, "offVariation": 1}
    assert first["migrationSettings"] == {"contextKind": "user", "stageCount": 2}


def test_launchdarkly_raw_body_is_the_decoded_json(httpserver: HTTPServer) -> None:
    """The seed reads `launchdarkly.access_tokens.raw.create_new_token(...).body["owner_id"]`."""
    from launch_darkly_python_sdk import LaunchDarkly

    token = {"_id": "t1", "ownerId": "o1", "memberId": "m1", "creationDate": 1, "lastModified": 2,
             "_links": {}, "name": "ci", "role": "reader"}  # fmt: skip
    httpserver.expect_request("/api/v2/tokens", method="POST").respond_with_json(token, 201)
    raw = LaunchDarkly(api_key="k", base_url=httpserver.url_for("")).access_tokens.raw.create_new_token(name="ci")
    assert raw.body == token
    assert raw.body["owner_id"] == "o1" and raw.body["links"] == {} and raw.body["ownerId"] == "o1"
    with pytest.raises(KeyError):
        raw.body["nope"]
