"""The seed SDKs' own Python examples, run unchanged against our SDKs and the local mock server (issue 17).

`tests/sdk/snippets.py` extracts and runs them (only the base URL changes; skipped when ../shared/seeds
or the extracted lists in ../shared/research are absent). Every example that does not run is listed
below with the reason; the test fails when an unlisted one fails (a regression) and when a listed one
runs (the list must stay true). `python -m tests.sdk.snippets -v` prints the counts and every failure.
"""

from __future__ import annotations

import pytest

from tests.sdk.snippets import APIS, Outcome, available, run

# Examples that cannot run as written: the seed is wrong, or the example needs what a local mock server
# cannot have (an account's real data, a run that finishes), or it uses a library that is not API surface.
SEED_DEFECTS: dict[str, dict[str, str]] = {
    "flatfile": {
        "flatfile-000-actions.create": "omits `label`, which the same reference documents as required",
        "flatfile-000-actions.bulk_create": "omits `label`, which the same reference documents as required",
        "flatfile-000-mapping.create_mapping_program": "builds `Property_String()` without the `key` every field needs",
        "flatfile-000-mapping.update_mapping_program": "builds `Property_String()` without the `key` every field needs",
        "flatfile-001-usage": "the older README reads `environment.id` where `environments.create` returns the "
        "response wrapper (`environment.data.id`), in its own SDK too",
        "flatfile-001-async": "the older README calls the async client without `await`, then reads `.id` of the "
        "coroutine",
    },
    "frameio": {
        "frameio-002-L478-workspaces.index": "passes `workspace_id` to the list of an account's workspaces",
        "frameio-002-L575-files.create_local_upload": "the reference's second `create_local_upload` entry "
        "is the upload-status call; as written it omits the upload's `data`",
    },
    "civis": {
        "civis-003-L153": "`civis.io` is a library on top of the client, not API surface",
        "civis-003-L344": "`civis.io.civis_to_csv`: a library function, not API surface (and not imported)",
        "civis-003-L851": "`civis.io.civis_to_file`: a library function, not API surface (and not imported)",
        "civis-003-L948": "`civis.io.file_to_civis`: a library function, not API surface (and not imported)",
        "civis-003-L1151": "`civis.io.query_civis`: a library function, not API surface (and not imported)",
        "civis-003-L1213": "`civis.ml` is a library on top of the client, not API surface",
        "civis-003-L2150": "uses `os` without importing it, and `civis.resources.get_api_spec`, the spec "
        "download a generated client does not need",
        "civis-003-L2432": "uses `CivisFuture` without importing it (`civis.futures` is not imported)",
    },
    "launchdarkly": {
        "launchdarkly-004-contexts.evaluate_flags_for_context_instance": "omits the request body (the "
        "context to evaluate) that the API requires",
        "launchdarkly-004-segments.evaluate_segment_memberships": "omits the request body (the context to "
        "evaluate) that the API requires",
        "launchdarkly-004-environments.update_environment_patch": "writes the JSON literal `true` in Python",
        "launchdarkly-004-integration_audit_log_subscriptions.update_subscription": "writes the JSON literal "
        "`false` in Python",
        "launchdarkly-004-webhooks.update_settings_patch": "writes the JSON literal `false` in Python",
        "launchdarkly-004-teams.add_multiple_members_to_team": "uploads the placeholder path '/path/to/file'",
    },
}

# Examples that fail because of a known difference of ours, not yet closed (each README says so).
KNOWN_GAPS: dict[str, dict[str, str]] = {
    "flatfile": {},
    "frameio": {},
    "civis": {},
    "launchdarkly": {},
}

# At least this share of the valid-Python examples runs (issue 17's target: 90%), seed defects excluded.
TARGET = 0.90


@pytest.fixture(scope="module")
def outcomes() -> dict[str, list[Outcome]]:
    if not available():
        pytest.skip("../shared/seeds or ../shared/research is not present")
    return {}


@pytest.mark.parametrize("api", APIS)
def test_seed_examples_run_unchanged(api: str, outcomes: dict[str, list[Outcome]]) -> None:
    results = outcomes.setdefault(api, run(api))
    listed = {**SEED_DEFECTS[api], **KNOWN_GAPS[api]}
    failing = {o.id: o.detail for o in results if o.status == "error"}
    assert {k: v for k, v in failing.items() if k not in listed} == {}, f"{api}: examples that no longer run"
    stale = [k for k in listed if k not in failing]
    assert stale == [], f"{api}: listed as failing but they run (or are gone): {stale}"
    valid = [o for o in results if o.status != "invalid" and o.id not in SEED_DEFECTS[api]]
    ok = [o for o in valid if o.status == "ok"]
    assert len(ok) >= TARGET * len(valid), f"{api}: {len(ok)}/{len(valid)} valid examples run"
