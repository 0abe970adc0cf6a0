"""The SDKs and the generator ours is compared with, each installed from PyPI into its own virtualenv.

`build/bench/venvs/<name>/` holds one venv per peer, created with `python -m venv` and filled with the
pinned package by pip; a venv is rebuilt when its pin changes (the pin is kept in the venv). Stock
openapi-python-client's output is generated afresh on every run (from the committed
`openapi/launchdarkly` spec), so a changed spec or pin never meets stale output.
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "bench"
VENVS = BUILD / "venvs"
SHARED_SPECS = ROOT.parent / "shared" / "specs"
GITHUB_SPEC = ROOT / "tools" / "corpus" / "node_modules" / "@octokit" / "openapi" / "generated" / "api.github.com.json"


@dataclass(frozen=True)
class Peer:
    name: str  # the venv's folder
    requirement: str  # pinned, as pip takes it

    @property
    def venv(self) -> Path:
        return VENVS / self.name

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"


FERN_FRAMEIO = Peer("frameio", "frameio==4.0.0")
FERN_FLATFILE = Peer("flatfile", "flatfile==1.0.0")
CIVIS = Peer("civis", "civis==2.10.1")
LAUNCHDARKLY_API = Peer("launchdarkly-api", "launchdarkly-api==25.0.1")
STOCK = Peer("openapi-python-client", "openapi-python-client==0.29.1")
PEERS = (FERN_FRAMEIO, FERN_FLATFILE, CIVIS, LAUNCHDARKLY_API, STOCK)


def ensure(peer: Peer, log: list[str]) -> bool:
    """Create or update the peer's venv; False (with the reason in `log`) when pip cannot install it."""
    stamp = peer.venv / "bench-requirement.txt"
    if peer.python.exists() and stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == peer.requirement:
        return True
    if not peer.python.exists():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(peer.venv)], check=True)
    pip = [str(peer.python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", peer.requirement]
    done = subprocess.run(pip, capture_output=True, text=True, check=False)
    if done.returncode:
        log.append(f"{peer.requirement}: pip failed: {(done.stderr.strip().splitlines() or ['?'])[-1]}")
        return False
    stamp.write_text(peer.requirement + "\n", encoding="utf-8")
    return True


def site_packages(python: Path) -> Path:
    code = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    return Path(subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True).stdout.strip())


def compile_bytecode(python: Path, *folders: Path) -> None:
    """Write the .pyc files of `folders` with `python` (its own version's cache tags).

    py_compile writes them even under PYTHONDONTWRITEBYTECODE=1, which only stops the import system
    from writing; reading them is unaffected. Each probe also counts imported modules whose .pyc is
    missing (`uncompiled`), so an import figure that includes compile time shows up in the JSON."""
    existing = [str(f) for f in folders if f.exists()]
    if not existing:
        return
    if Path(python) == Path(sys.executable):
        for folder in existing:
            compileall.compile_dir(folder, quiet=1, workers=0)
        return
    subprocess.run([str(python), "-m", "compileall", "-q", "-j", "0", *existing], check=False, capture_output=True)


def own_site_packages() -> Path:
    return Path(sysconfig.get_paths()["purelib"])


def stock_generate(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """Stock openapi-python-client's CLI with its defaults (its ruff post-hooks included)."""
    return subprocess.run(stock_command(spec, out), capture_output=True, text=True, check=False, env=stock_env())


def stock_command(spec: Path, out: Path) -> list[str]:
    cli = STOCK.venv / "bin" / "openapi-python-client"
    return [str(cli), "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"]


def stock_env() -> dict[str, str]:
    """Its post-hooks call `ruff` from PATH: the one pip installed beside it."""
    return {**os.environ, "PATH": f"{STOCK.venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
