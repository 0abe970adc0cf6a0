"""Stage 5, format: ruff check --fix and ruff format over a rendered tree.

ruff works file by file, so `Formatter` runs it over batches of modules as the render stage
finishes them, in a worker thread waiting on ruff's processes, while Python renders the rest: on
two cores ruff's CPU time (1.1 s of LaunchDarkly's, 4 s of GitHub's) then overlaps the render
stage's instead of following it. What is left (the copied runtime, the last batch) is formatted
when rendering is done. Each file goes through the same `check --fix-only`, then `format`, with the
same configuration and exclusions (`--force-exclude`) as one run over the whole tree would.

ruff decides everything about the final text. Before it runs, one hand-written pass
(`without_unused_imports`, applied by the render stage as it writes each module) removes the names
of a module's leading import lines that occur nowhere else in the module: ruff's F401 fix would
remove exactly those too, but its fix loop lints a file again after every round of overlapping
fixes (an unused name inside an unsorted import block is such a pair), and openapi-python-client's
model header imports names most models never use. The pass halves the CPU time of
`ruff check --fix` on a real spec (LaunchDarkly, 808 models: 1.27 s → 0.65 s) for 0.09 s of its
own, and changes no byte of the output. It only ever removes a subset of what F401 removes: a name
that occurs anywhere else in the file, even inside a longer word, a string or a comment, stays for
ruff to judge.
"""

from __future__ import annotations

import re
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from subprocess import CompletedProcess, run

from ruff import find_ruff_bin  # type: ignore[import-untyped]  # no type hints shipped

from generator.errors import GenerateError

LINE_LENGTH = 120  # the generated project's ruff line-length (templates/pyproject.toml.jinja)
# the first line that is neither an import (of any form) nor blank ends a module's import header
_HEADER_END = re.compile(r"^(?!from |import |$)", re.MULTILINE)
# a one-line import without comment, parentheses, star or dotted `import a.b`
_IMPORT_LINE = re.compile(
    r"^(?:from (?P<module>[\w.]+) import |import )(?P<names>\w+(?: as \w+)?(?:, *\w+(?: as \w+)?)*) *$", re.MULTILINE
)


def _bound(name: str) -> tuple[str, bool]:
    """The name an `x` or `x as y` import binds, and whether it is an explicit re-export (`x as x`)."""
    original, _, alias = name.partition(" as ")
    return (alias or original), alias == original


def without_unused_imports(code: str) -> str:
    """`code` without the imported names of its leading one-line import statements that occur nowhere
    else in it, not even as part of a longer word (see the module docstring).

    Left for ruff: lines with a comment, `from __future__`, star, dotted and parenthesised imports,
    anything after the first statement that is no import (a one-line module docstring may come
    first), and every import from a module whose statements together are longer than a line: isort
    joins them into one statement and wraps it with a trailing comma before F401 removes names, and
    that comma keeps it wrapped."""
    start = 0
    if code.startswith('"""'):  # a one-line module docstring
        start = code.find("\n") + 1
        if start < 7 or not code[: start - 1].endswith('"""'):
            return code
    elif not code.startswith(("from ", "import ")):
        return code
    end = _HEADER_END.search(code, start)
    body_start = end.start() if end is not None else len(code)
    head = code[:body_start]
    imports = [m for m in _IMPORT_LINE.finditer(head, start) if m.group("module") != "__future__"]
    length: dict[str | None, int] = {}
    for match in imports:
        length[match.group("module")] = length.get(match.group("module"), 0) + len(match.group(0))
    pieces: list[str] = []
    done = 0
    for match in imports:
        if length[match.group("module")] > LINE_LENGTH:
            continue
        line = match.group(0)
        names = [n.strip() for n in match.group("names").split(",")]
        kept = []
        for name in names:
            bound, reexport = _bound(name)
            if reexport or code.find(bound, body_start) >= 0 or head.count(bound) > line.count(bound):
                kept.append(name)
        if len(kept) == len(names):
            continue
        pieces += [
            code[done : match.start()],
            (code[match.start() : match.start("names")] + ", ".join(kept)) if kept else "",
        ]
        done = match.end()
    return "".join([*pieces, code[done:]]) if pieces else code


def _ruff(*args: str, cwd: Path) -> CompletedProcess[str]:
    # The binary itself rather than `python -m ruff` (which only execs it): one interpreter start-up less per call.
    return run([find_ruff_bin(), *args, "--no-cache"], cwd=cwd, capture_output=True, text=True, check=False)


def format_paths(project_dir: Path, paths: list[str], documents: list[str] | None = None) -> None:
    """Sort imports, drop unused ones, then format `paths` (relative to `project_dir`, whose
    pyproject.toml configures ruff), and the Python code blocks of Markdown `documents`."""
    if not paths and not documents:
        return  # (ruff given no path works on the current directory)
    if paths:
        fix = _ruff("check", "--fix-only", "--exit-zero", "--quiet", "--force-exclude", *paths, cwd=project_dir)
        if fix.returncode != 0:
            raise GenerateError(f"ruff check --fix failed on the generated code:\n{fix.stderr or fix.stdout}")
    # `check --fix-only` skips a file it cannot parse; `format` does not: a syntax error (our bug) fails here.
    # (Compiling every file in Python instead took 40 s of GitHub's 3,600 modules.)
    fmt = _ruff("format", "--force-exclude", *paths, *(documents or []), cwd=project_dir)
    if fmt.returncode != 0:
        raise GenerateError(
            "generated code does not compile or format (a generator bug):\n" + (fmt.stderr or fmt.stdout)[-2000:]
        )


def format_tree(project_dir: Path) -> None:
    """Format every module of a rendered tree at once."""
    format_paths(project_dir, ["."])


class Formatter:
    """ruff over a tree being rendered: `add` each finished module, `finish` when rendering is done."""

    BATCH = 200  # modules per pair of ruff processes (LaunchDarkly: 5 batches, GitHub: 18)

    def __init__(self, project_dir: Path) -> None:
        self.project_dir = project_dir
        self._pending: list[str] = []
        self._added: set[str] = set()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ruff")  # one batch at a time, in order
        self._batches: list[Future[None]] = []

    def add(self, path: Path) -> None:
        """A finished module: formatted with the next batch (pyproject.toml must be written already)."""
        name = path.relative_to(self.project_dir).as_posix()
        self._pending.append(name)
        self._added.add(name)
        if len(self._pending) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        """Format the modules added since the last batch now, however few."""
        if self._pending:
            self._batches.append(self._worker.submit(format_paths, self.project_dir, self._pending))
            self._pending = []

    def finish(self) -> None:
        """Format what was not added (the copied runtime; the Markdown files' code blocks) and the last
        batch; wait for every batch."""
        rest = [p.relative_to(self.project_dir).as_posix() for p in self.project_dir.rglob("*") if p.is_file()]
        self._pending.extend(sorted(name for name in rest if name.endswith(".py") and name not in self._added))
        documents = sorted(name for name in rest if name.endswith(".md"))
        self._batches.append(self._worker.submit(format_paths, self.project_dir, self._pending, documents))
        self._pending = []
        try:
            for batch in self._batches:
                batch.result()
        finally:
            self.cancel()

    def cancel(self) -> None:
        """Stop after the batch that is running (rendering failed); no ruff process outlives this call."""
        self._worker.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Formatter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()
