"""The golden check: generated/ equals a fresh generation, and a hand edit shows up as a readable diff."""

from __future__ import annotations

from pathlib import Path

from generator.cli import api_names
from tests.tools import golden


def test_generated_matches_a_fresh_generation() -> None:
    diffs = golden.check(api_names())
    assert not diffs, "generated/ is stale; run `nox -s generate`:\n" + "".join(diffs)[:20000]


def test_hand_edit_is_reported_as_a_diff(tmp_path: Path) -> None:
    import io

    from generator.cli import OPENAPI_DIR
    from generator.config import load_config
    from generator.pipeline import generate

    # A fresh generation, not generated/: a stale generated/ is the test above's failure, not this one's.
    copy = tmp_path / "generated"
    config = load_config(OPENAPI_DIR / "bookshelf" / "sdk.yaml")
    generate(OPENAPI_DIR / "bookshelf" / config.spec, config, copy / "bookshelf", stream=io.StringIO())
    target = copy / "bookshelf" / "bookshelf" / "environment.py"
    target.write_text(target.read_text() + "# edited by hand\n")
    diffs = golden.check(["bookshelf"], generated_dir=copy)
    assert len(diffs) == 1, "expected one diff (environment.py), got:\n" + "\n".join(diffs)[:5000]
    assert "--- generated/bookshelf/bookshelf/environment.py" in diffs[0]
    assert "-# edited by hand" in diffs[0]


def test_generation_is_deterministic(tmp_path: Path) -> None:
    import io

    from generator.cli import OPENAPI_DIR
    from generator.config import load_config
    from generator.pipeline import generate

    config = load_config(OPENAPI_DIR / "bookshelf" / "sdk.yaml")
    for out in ("a", "b"):
        generate(OPENAPI_DIR / "bookshelf" / config.spec, config, tmp_path / out, stream=io.StringIO())
    assert not golden.compare_trees(tmp_path / "a", tmp_path / "b", "bookshelf")
