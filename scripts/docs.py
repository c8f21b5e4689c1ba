"""`make docs`: gather the pages of the documentation site into build/docs-src, then MkDocs builds site/.

    python scripts/docs.py [--serve]

The home page is README.md, the guides are overlay/docs/*.md (links between them rewritten for
the site), and the API reference has one page per public module, filled by mkdocstrings from the
docstrings (read from the sources, nothing imported). The build is strict: a broken link or a
reference that cannot be resolved fails it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "build" / "docs-src"

# Public modules, each a reference page: (page name, module, title).
REFERENCE = [
    ("acp", "agentplug.acp", "ACP"),
    ("nat", "agentplug.nat", "NAT"),
    ("prefactor", "agentplug.prefactor", "Prefactor"),
    ("prefactor-otel", "agentplug.prefactor.otel", "Prefactor: OpenTelemetry"),
    ("moderately", "agentplug.moderately", "Moderately AI"),
    ("errors", "agentplug.errors", "Errors"),
    ("transports", "agentplug.transports", "Transports"),
    ("testing", "agentplug.testing", "pytest fixtures"),
    ("cli", "agentplug.cli", "The agentplug command"),
]


def _site_links(text: str, *, from_readme: bool) -> str:
    """Links as the site lays the pages out: guides at the top level, sources on the repository."""
    if from_readme:
        text = text.replace("](overlay/docs/", "](")
    # Links to files of the repository that are no pages (sources, specs) become plain text.
    return re.sub(r"\[([^\]]+)\]\((?!https?://|#)([^)]+\.(?:py|yaml|json|txt))\)", r"\1", text)


def gather() -> None:
    shutil.rmtree(SOURCE, ignore_errors=True)
    (SOURCE / "reference").mkdir(parents=True)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (SOURCE / "index.md").write_text(_site_links(readme, from_readme=True), encoding="utf-8")
    for guide in sorted((ROOT / "overlay" / "docs").glob("*.md")):
        text = guide.read_text(encoding="utf-8")
        (SOURCE / guide.name).write_text(_site_links(text, from_readme=False), encoding="utf-8")
    index = ["# API reference", ""]
    for page, module, title in REFERENCE:
        (SOURCE / "reference" / f"{page}.md").write_text(f"# {title}\n\n::: {module}\n", encoding="utf-8")
        index.append(f"- [{title}]({page}.md): `{module}`")
    (SOURCE / "reference" / "index.md").write_text("\n".join(index) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--serve", action="store_true", help="serve the site with live reload instead of building")
    args = parser.parse_args(argv)
    gather()
    command = [sys.executable, "-m", "mkdocs", "serve" if args.serve else "build", "-f", str(ROOT / "mkdocs.yml")]
    return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
