"""Copy the specs the sandboxes validate with into the package (package data), and check the copies.

    python scripts/ship_specs.py           copy specs/<api>.yaml to overlay/src/agentplug/sandbox/_specs/
    python scripts/ship_specs.py --check   fail, naming the file, when a copy differs from its spec

The sandboxes read the copies through importlib.resources, so an installed wheel validates with the
same document as a checkout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "overlay" / "src" / "agentplug" / "sandbox" / "_specs"
# The sandboxes that validate request bodies with their spec.
SHIPPED = ("moderately",)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report stale copies")
    args = parser.parse_args()
    stale = []
    for api in SHIPPED:
        source = (ROOT / "specs" / f"{api}.yaml").read_bytes()
        copy = TARGET / f"{api}.yaml"
        if copy.exists() and copy.read_bytes() == source:
            continue
        stale.append(copy.relative_to(ROOT))
        if not args.check:
            TARGET.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(source)
    if args.check and stale:
        names = ", ".join(str(path) for path in stale)
        print(f"stale spec copies: {names}; run `make generate`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
