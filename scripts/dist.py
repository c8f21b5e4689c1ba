"""`make dist`: wheels of agentplug and the four generated clients, in one directory.

    python scripts/dist.py [DIR]        # default: dist/

An app installs them without any package index for agentplug itself:

    pip install --find-links dist 'agentplug[sandbox]'

The wheels are built with the environment's setuptools (no isolated build environment to
download, so it takes seconds), each from a clean `build/` (setuptools would otherwise copy a
module deleted from the sources since the last build into the wheel). DIR is emptied of old
agentplug wheels first, so it never holds two versions of one distribution.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sources() -> list[Path]:
    """The distributions' folders: the overlay and every generated client."""
    generated = sorted(path.parent for path in (ROOT / "generated").glob("*/pyproject.toml"))
    return [ROOT / "overlay", *generated]


def build(target: Path) -> list[Path]:
    """Build every wheel into `target`; returns their paths."""
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("agentplug*.whl"):
        old.unlink()
    folders = sources()
    for folder in folders:
        shutil.rmtree(folder / "build", ignore_errors=True)
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check"]
    command += ["--no-deps", "--no-build-isolation", "--wheel-dir", str(target)]
    subprocess.run(command + [str(folder) for folder in folders], check=True)
    for folder in folders:
        shutil.rmtree(folder / "build", ignore_errors=True)
    wheels = sorted(target.glob("agentplug*.whl"))
    if len(wheels) != len(folders):
        raise SystemExit(f"expected {len(folders)} wheels in {target}, found {[w.name for w in wheels]}")
    return wheels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("target", nargs="?", default=str(ROOT / "dist"), help="where the wheels go (default dist/)")
    args = parser.parse_args(argv)
    for wheel in build(Path(args.target)):
        print(wheel.relative_to(Path.cwd()) if wheel.is_relative_to(Path.cwd()) else wheel)
    return 0


if __name__ == "__main__":
    sys.exit(main())
