"""The runtime is copied verbatim into each SDK as ``<pkg>/_core/``: it must work under any package name."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import generator.runtime

RUNTIME = Path(generator.runtime.__file__).parent


def test_runtime_uses_only_relative_imports():
    for path in RUNTIME.glob("*.py"):
        text = path.read_text()
        assert "from generator" not in text and "import generator" not in text, path.name


def test_runtime_works_as_a_copied_subpackage(tmp_path):
    package = tmp_path / "somesdk"
    package.mkdir()
    (package / "__init__.py").write_text("")
    shutil.copytree(RUNTIME, package / "_core", ignore=shutil.ignore_patterns("__pycache__"))
    code = (
        "import sys\n"
        "from somesdk._core.http_client import SyncHttpClient\n"
        "from somesdk._core.auth import BearerAuth\n"
        "c = SyncHttpClient(base_url='https://x.test', auth=BearerAuth('t0ken-value'), user_agent='s/1',"
        " logger_name='somesdk')\n"
        "assert 't0ken-value' not in repr(c)\n"
        "assert 'asyncio' not in sys.modules, 'sync-only use must not import asyncio'\n"
        "assert not any(m.startswith('generator') for m in sys.modules)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
