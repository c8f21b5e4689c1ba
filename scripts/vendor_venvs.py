"""Virtual environments for third-party software (vendor SDKs, real servers), kept apart from ours.

    vendor_python("agntcy-acp", ["agntcy-acp==1.5.2"])   -> .vendor-venvs/agntcy-acp/bin/python

Each environment is created once with its exact pins and reused while the pins are unchanged, so
benchmarks (`scripts/bench/`) and interop tests (`tests/interop/`) drive the vendor's code in its
own interpreter and its dependencies never enter the project's environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENVS = ROOT / ".vendor-venvs"
INSTALL_TIMEOUT = 1800.0  # seconds: a fresh machine downloads every wheel


def venv_python(path: Path) -> Path:
    return path / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def vendor_python(name: str, pins: Sequence[str], *, extra_args: Sequence[str] = ()) -> Path:
    """The interpreter of the venv `name`, created (once) with `pins` installed by pip.

    `extra_args` go to `pip install` as they are (e.g. `-e some/local/kit`); they count as pins.
    """
    path = VENVS / name
    stamp = path / ".agentplug-pins"
    wanted = "\n".join([*pins, *extra_args]) + "\n"
    if stamp.exists() and stamp.read_text() == wanted and venv_python(path).exists():
        return venv_python(path)
    print(f"creating {path.relative_to(ROOT)} with {' '.join(pins)} ...", file=sys.stderr, flush=True)
    if path.exists():
        shutil.rmtree(path)
    venv.EnvBuilder(with_pip=True, clear=True).create(path)
    subprocess.run(
        [str(venv_python(path)), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *pins, *extra_args],
        check=True,
        timeout=INSTALL_TIMEOUT,
    )
    stamp.write_text(wanted)
    return venv_python(path)
