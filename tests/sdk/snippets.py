"""Runs the seed SDKs' Python examples, unchanged, against our SDKs and a local mock server.

The examples are the ones extracted from the seeds (../shared/seeds) into the seed surface lists under
../shared/research/parity (each names its seed file and line). Neither folder is part of this
repository, so nothing here runs without them. Each API's examples run in one child process: the
mock server of tests/contract (answers synthesised from our spec, requests validated against it)
listens on 127.0.0.1, and the SDK's HTTP client is pointed at it, which is the only change: the
snippet text, its credentials placeholders included, is executed as written (the client takes
whatever token the snippet passes; Civis's `CIVIS_API_KEY` is set in the environment). Two things
stand in for what the seeds' readers have: the account the examples were written for (`ACCOUNT`: the
databases and credentials they look up by name, answered by the mock server as items of its
synthesised pages), and the import a reference page's example assumes (`PREAMBLE`, only for an example
outside a guide that names the package without importing it; LaunchDarkly's reference likewise assumes
its "Getting Started" client, `SETUP`).

Not valid Python (counted apart, as the issue's table does): examples that do not compile, and the
LaunchDarkly reference's `launchdarkly.<namespace>_(beta).<method>(...)` calls (a call of
`<namespace>_` with an undefined name `beta`; our SDK's namespace is `<namespace>_beta`).

`python -m tests.sdk.snippets [api ...] [-v]` prints how many run per API (and, with -v, why each
failing one fails).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESEARCH = ROOT.parent / "shared" / "research" / "parity"
SEEDS = ROOT.parent / "shared" / "seeds"
APIS = ("flatfile", "frameio", "civis", "launchdarkly")
PACKAGES = {"flatfile": "flatfile", "frameio": "frameio", "civis": "civis", "launchdarkly": "launch_darkly_python_sdk"}
# The client construction the seed's "Getting Started" shows, run before each per-method usage example
# whose seed entry says it is meant to follow it (LaunchDarkly's reference shows only the call).
SETUP = {
    "launchdarkly": "from launch_darkly_python_sdk import LaunchDarkly\nlaunchdarkly = LaunchDarkly(api_key='YOUR_API_KEY')\n",
}
# What the examples' account holds: the named objects they look up (`get_database_id('cluster-name')`,
# the caller's AWS credential 'jsmith', ...) and a finished export run, as the account each example was
# written for has them. The mock server answers these operations with its synthesised body (valid for
# the spec), each item overlaid with these fields; every other answer is synthesised as it is.
ACCOUNT: dict[str, dict[str, list[dict[str, object]] | dict[str, object]]] = {
    "civis": {
        "GET /users/me": {"id": 1, "username": "jsmith"},
        "GET /databases/": [
            {"id": 11, "name": "cluster-name"},
            {"id": 12, "name": "redshift-general"},
            {"id": 13, "name": "my_database"},
        ],
        "GET /credentials/": [
            {"id": 21, "name": "jsmith", "owner": "jsmith", "username": "jsmith-aws", "default": True},
            {"id": 22, "name": "shared-cred", "owner": "research-group", "username": "research-aws", "default": False},
            {"id": 23, "name": "jsmith-db", "owner": "jsmith", "username": "jsmith", "default": False},
        ],
        "GET /scripts/sql/{id}/runs/{run_id}": {"state": "succeeded"},
    },
}
# Reference examples (not guide steps) written on the page of the package they document, which assume
# its import; the guide itself starts with it (`import civis`), as LaunchDarkly's reference assumes its
# "Getting Started" client.
PREAMBLE = {"civis": "import civis\n"}
TIMEOUT = 20  # seconds per snippet (a snippet that polls forever fails, it does not hang the run)


@dataclass(frozen=True)
class Outcome:
    id: str
    status: str  # ok | invalid (not valid Python) | error
    detail: str = ""


def available() -> bool:
    return SEEDS.is_dir() and RESEARCH.is_dir()


def snippets(api: str) -> list[dict[str, str]]:
    doc = json.loads((RESEARCH / f"{api}-seed-surface.json").read_text(encoding="utf-8"))
    return [
        {
            "id": s["id"],
            "code": s["code"],
            "session": s.get("session") or "",
            "setup": SETUP.get(api, "")
            if "prepended" in s.get("kind", "")
            else PREAMBLE.get(api, "")
            if not s.get("session") and _uses_unimported(api, s["code"])
            else "",
        }
        for s in doc["snippets"]
    ]


def _uses_unimported(api: str, code: str) -> bool:
    """Whether the example names the package without importing it (a reference-page example)."""
    package = PACKAGES[api]
    return f"{package}." in code and f"import {package}" not in code


_CHILD = r"""
import asyncio, contextlib, io, json, os, re, signal, sys, traceback
BETA_CALL = re.compile(r"\w_\(beta\)\.")
sys.path[:0] = json.loads(os.environ["SNIPPET_PATHS"])
api, package = sys.argv[1], sys.argv[2]
from tests.contract.mock_server import MockServer
import importlib
server = MockServer(api, full=True).start()  # every optional field answered too
account = json.loads(os.environ["SNIPPET_ACCOUNT"])
synthesised = server.mock.handle
def overlay(value, fields):
    if isinstance(value, dict) and isinstance(fields, dict):
        return {**value, **fields}
    if isinstance(fields, list):  # a list answer (or a page's item list): one synthesised item per entry
        items = value if isinstance(value, list) else None
        if items is None and isinstance(value, dict):
            key = next((k for k, v in value.items() if isinstance(v, list)), None)
            if key is not None:
                return {**value, key: overlay(value[key], fields)}
        template = items[0] if items else {}
        return [{**template, **f} for f in fields]
    return value
def answer(request):
    route = server.mock.find(request.method.lower(), request.url.path)
    fields = account.get(f"{route.method.upper()} {route.template}") if route else None
    response = synthesised(request)
    if fields is None or not response.headers.get("content-type", "").endswith("json"):
        return response
    import httpx
    value = overlay(json.loads(response.content), fields)
    server.mock.exchanges[-1].body = value
    return httpx.Response(response.status_code, json=value, headers={k: v for k, v in response.headers.items() if k.lower() != "content-length"})
server.mock.handle = answer
http = importlib.import_module(package + "._core.http_client")
for name in ("SyncHttpClient", "AsyncHttpClient"):
    cls = getattr(http, name)
    original = cls.__init__
    def patched(self, *args, __original=original, **kwargs):
        kwargs["base_url"] = server.base_url  # the one change: requests go to the local mock server
        kwargs["max_retries"] = 0
        __original(self, *args, **kwargs)
    cls.__init__ = patched
def alarm(signum, frame):
    raise TimeoutError("snippet took longer than %s s" % os.environ["SNIPPET_TIMEOUT"])
signal.signal(signal.SIGALRM, alarm)
results = []
sessions = {}
for snippet in json.load(sys.stdin):
    # examples of one session (a guide's consecutive blocks) share their globals, in order
    scope = sessions.setdefault(snippet["session"], {"__name__": "__main__"}) if snippet["session"] else {"__name__": "__main__"}
    try:
        code = compile(snippet["code"], snippet["id"], "exec")
    except SyntaxError as exc:
        results.append({"id": snippet["id"], "status": "invalid", "detail": f"SyntaxError: {exc.msg} (line {exc.lineno})"})
        continue
    if BETA_CALL.search(snippet["code"]):
        results.append({"id": snippet["id"], "status": "invalid", "detail": "calls `<namespace>_(beta)`, which Python reads as a call with the undefined name `beta`"})
        continue
    signal.alarm(int(os.environ["SNIPPET_TIMEOUT"]))
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            if snippet["setup"]:
                exec(snippet["setup"], scope)
            exec(code, scope)
        results.append({"id": snippet["id"], "status": "ok"})
    except BaseException as exc:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == snippet["id"]]
        where = f" (snippet line {frames[-1].lineno})" if frames else ""
        results.append({"id": snippet["id"], "status": "error", "detail": f"{type(exc).__name__}: {str(exc)[:300]}{where}"})
    finally:
        signal.alarm(0)
server.stop()
print(json.dumps(results))
"""


def run(api: str) -> list[Outcome]:
    """Run every seed example of `api` in one child process; one outcome per example."""
    env = dict(os.environ)
    env["SNIPPET_PATHS"] = json.dumps([str(ROOT), str(ROOT / "generated" / api)])
    env["SNIPPET_TIMEOUT"] = str(TIMEOUT)
    env["SNIPPET_ACCOUNT"] = json.dumps(ACCOUNT.get(api, {}))
    env["CIVIS_API_KEY"] = "snippet-key"
    env.pop(f"{PACKAGES[api].upper()}_LOG", None)
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, api, PACKAGES[api]],
        input=json.dumps(snippets(api)),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=TIMEOUT * 400,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"snippet runner for {api} failed:\n{proc.stderr[-3000:]}")
    return [Outcome(r["id"], r["status"], r.get("detail", "")) for r in json.loads(proc.stdout.splitlines()[-1])]


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    for api in [a for a in argv if not a.startswith("-")] or list(APIS):
        outcomes = run(api)
        valid = [o for o in outcomes if o.status != "invalid"]
        ok = [o for o in valid if o.status == "ok"]
        print(f"{api:<14} {len(ok)}/{len(valid)} valid-Python snippets run ({len(outcomes)} extracted)")
        if verbose:
            for outcome in outcomes:
                if outcome.status != "ok":
                    print(f"    {outcome.id}: {outcome.status}: {outcome.detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
