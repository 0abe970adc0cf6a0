"""Regenerate tests/corpus/golden/ from the specs in tests/corpus/unseen/.

`python -m tests.corpus.refresh [NAME ...]` writes golden/<name>/ for each spec (all by default): the
generated project without `<package>/core/` (the runtime, copied verbatim and covered elsewhere).
Review the diff and commit it with the generator change that caused it.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from tests.corpus._support import GOLDEN, UNSEEN, generate, golden_view, specs


def main(argv: list[str] | None = None) -> int:
    wanted = set(argv if argv is not None else sys.argv[1:])
    chosen = [p for p in specs(UNSEEN) if not wanted or p.stem in wanted]
    unknown = wanted - {p.stem for p in chosen}
    if unknown:
        print(f"no spec named {sorted(unknown)[0]!r} in {UNSEEN}", file=sys.stderr)
        return 2
    worst = 0
    with tempfile.TemporaryDirectory() as tmp:
        for spec in chosen:
            run = generate(spec, Path(tmp), spec.stem)
            if run.code not in (0, 1):
                print(f"[{spec.stem}] exit {run.code}; golden left as it was\n{run.stderr}", file=sys.stderr)
                worst = 2
                continue
            target = GOLDEN / spec.stem
            shutil.rmtree(target, ignore_errors=True)
            golden_view(run.project, spec.stem, target)
            shown = target.relative_to(Path.cwd()) if target.is_relative_to(Path.cwd()) else target
            # exit 1 means operations were skipped (expected for some corpus specs): say which and why
            why = [line.split("] ", 1)[-1] for line in run.stderr.splitlines() if "SKIPPED" in line]
            print(f"[{spec.stem}] exit {run.code} -> {shown}" + "".join(f"\n    {line}" for line in why))
    if not wanted:  # drop golden folders whose spec is gone
        for folder in sorted(GOLDEN.iterdir()) if GOLDEN.is_dir() else []:
            if folder.is_dir() and folder.name not in {p.stem for p in chosen}:
                shutil.rmtree(folder)
                print(f"[{folder.name}] removed (no spec)")
    return worst


if __name__ == "__main__":
    raise SystemExit(main())
