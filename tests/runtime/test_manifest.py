"""Each SDK ships only the runtime it uses: optional modules, compat alias regions, compat import modules."""

from __future__ import annotations

import ast
import subprocess
import sys

from generator.runtime_manifest import (
    RUNTIME,
    RuntimeFeatures,
    compat_modules,
    copy_runtime,
    public_exports,
    runtime_modules,
    strip_compat,
)

OPTIONAL = {
    "pagination.py",
    "_paging.py",
    "_async_pagination.py",
    "_sync_pagination.py",
    "polling.py",
    "response_metadata.py",
    "_streaming.py",
    "_events.py",
    "_async_streaming.py",
    "_sync_streaming.py",
}


def test_optional_modules_ship_only_when_used():
    bare = set(runtime_modules(RuntimeFeatures()))
    assert not bare & OPTIONAL
    assert {
        "http_client.py",
        "_sync_client.py",
        "_body.py",
        "errors.py",
        "_request.py",
        "_encode.py",
        "py.typed",
    } <= bare
    assert "file.py" not in bare
    full = set(runtime_modules(RuntimeFeatures(pagination=True, polling=True, response_metadata=True, streaming=True)))
    assert full - bare == OPTIONAL


def test_exports_follow_the_shipped_modules():
    bare = public_exports(RuntimeFeatures())
    assert bare["ApiError"] == "._core.errors" and bare["MissingCredentialsError"] == "._core.errors"
    assert bare["RawResponse"] == "._core.raw_response" and bare["File"] == "._core._types"
    assert "SyncPager" not in bare and "PollingFuture" not in bare and "Stream" not in bare
    full = public_exports(RuntimeFeatures(pagination=True, polling=True, streaming=True))
    assert full["AsyncPager"] == "._core.pagination" and full["RunFailedError"] == "._core.polling"
    assert full["ServerSentEvent"] == "._core._streaming" and full["AsyncStream"] == "._core._streaming"
    assert "SyncHttpClient" not in full and "Redactor" not in full  # internals stay private


def test_compat_regions_are_kept_only_when_listed():
    source = (RUNTIME / "errors.py").read_text()
    assert "# region compat: konfig" in source
    without = strip_compat(source, ())
    with_konfig = strip_compat(source, ("konfig",))
    assert "def status(" not in without and "def round_trip_time(" not in without
    assert "def status(" in with_konfig and "def round_trip_time(" in with_konfig
    assert "region compat" not in without and "region compat" not in with_konfig
    ast.parse(without)
    ast.parse(with_konfig)


def test_copied_runtime_without_compat_has_no_aliases(tmp_path):
    package = tmp_path / "sdk"
    package.mkdir()
    (package / "__init__.py").write_text("")
    copy_runtime(RuntimeFeatures(), package / "_core")
    code = (
        "from sdk._core.errors import ApiError\n"
        "from sdk._core.raw_response import RawResponse\n"
        "assert not hasattr(ApiError, 'status') and not hasattr(RawResponse, 'body')\n"
        "assert hasattr(ApiError, 'reason')\n"
        "import sdk._core.http_client\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert not (package / "_core" / "pagination.py").exists()


def test_compat_modules_include_their_parents():
    modules = {m.dotted: (m.path, m.parents) for m in compat_modules(["core.api_error"])}
    assert modules == {"core": ("core/__init__.py", 2), "core.api_error": ("core/api_error.py", 2)}
    assert [(m.path, m.parents) for m in compat_modules(["core"])] == [("core.py", 1)]
