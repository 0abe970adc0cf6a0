"""The git side of the diff: the base ref, the APIs that changed, and the base spec in a worktree.

The base side is read from a temporary `git worktree` of the base commit (only `openapi/` checked
out), removed afterwards; the user's work tree, index and branches are not touched.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from generator.errors import GenerateError

OPENAPI = "openapi"


class DiffError(GenerateError):
    """The diff could not be run (not a git repository, a bad ref): exit code 2."""


def git(repo: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise DiffError(f"cannot run git: {exc.strerror or exc}") from None
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise DiffError(f"git {' '.join(args)}: {detail[-1] if detail else f'exit {done.returncode}'}")
    return done.stdout


def toplevel(cwd: Path) -> Path:
    try:
        return Path(git(cwd, "rev-parse", "--show-toplevel").strip())
    except DiffError:
        raise DiffError(f"{cwd} is not inside a git repository (the diff compares against a git ref)") from None


def resolve_commit(repo: Path, ref: str) -> str:
    if ref.startswith("-"):
        raise DiffError(f"{ref!r} is not a git ref")
    try:
        return git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").strip()
    except DiffError:
        raise DiffError(f"unknown git ref {ref!r} (try a branch, tag or commit, e.g. origin/main)") from None


def default_base(repo: Path) -> tuple[str, str]:
    """The merge base of HEAD with the default branch (origin's HEAD, else main or master): (branch, commit)."""
    candidates: list[str] = []
    with contextlib.suppress(DiffError):
        candidates.append(git(repo, "symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD").strip())
    candidates += ["origin/main", "origin/master", "main", "master"]
    for branch in candidates:
        with contextlib.suppress(DiffError):
            resolve_commit(repo, branch)
            return branch, git(repo, "merge-base", "HEAD", branch).strip()
    raise DiffError("no default branch found (origin/HEAD, main or master); name the base: diff BASE_REF")


def changed_apis(repo: Path, commit: str) -> list[str]:
    """APIs (folders under openapi/) with a file that differs between `commit` and the work tree."""
    changed = git(repo, "diff", "--name-only", "--no-renames", commit, "--", OPENAPI).splitlines()
    changed += git(repo, "ls-files", "--others", "--exclude-standard", "--", OPENAPI).splitlines()
    names = {Path(p).parts[1] for p in changed if len(Path(p).parts) > 2 and Path(p).parts[0] == OPENAPI}
    return sorted(names)


@contextlib.contextmanager
def base_checkout(repo: Path, commit: str) -> Iterator[Path]:
    """A temporary worktree of `commit` with only `openapi/` checked out; yields its root."""
    parent = Path(tempfile.mkdtemp(prefix="sdk-diff-base-"))
    root = parent / "base"
    git(repo, "worktree", "add", "--detach", "--no-checkout", "--quiet", str(root), commit)
    try:
        if git(repo, "ls-tree", "-d", "--name-only", commit, OPENAPI).strip():
            git(root, "checkout", commit, "--", OPENAPI)
        yield root
    finally:
        with contextlib.suppress(DiffError):
            git(repo, "worktree", "remove", "--force", str(root))
        shutil.rmtree(parent, ignore_errors=True)
