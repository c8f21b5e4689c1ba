"""The public names each vendor reference page (the seeds) documents, read from the pages themselves.

The pages sit beside the repository (`../shared/seeds/`); each reader answers `{name: parameters}`
where `name` is `Class`, `Class.member` or a module-level function, and `parameters` the keyword
names its signature documents (None when it is not callable or documents none).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"

Names = dict[str, "tuple[str, ...] | None"]

PAGES = {
    "nat": ["000_9aa546ad1764c0a3.txt"],
    "prefactor": ["001_bbde5fa39477d72e.txt", "002_7c1020a645318802.txt"],
    "acp": ["003_4cf6eb02f9aa0b5c.txt"],
    "moderately": ["004_08e54bda7c2f6afe.txt"],
}


def available() -> bool:
    return all((SEEDS / page).exists() for pages in PAGES.values() for page in pages)


def _text(seed: str) -> list[str]:
    lines: list[str] = []
    for page in PAGES[seed]:
        lines.extend((SEEDS / page).read_text(encoding="utf-8").splitlines())
    return lines


def _top_level_split(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [part.strip() for part in parts if part.strip()]


def parameters(signature: str) -> tuple[str, ...]:
    """The named parameters of `a, b: int = 1, *, c=None, **kw` (no self, no * / ** entries)."""
    names = []
    for part in _top_level_split(signature):
        name = re.split(r"[:=]", part, maxsplit=1)[0].strip()
        if name and name.isidentifier() and name != "self":
            names.append(name)
    return tuple(names)


def nat() -> Names:
    names: Names = {}
    current: str | None = None
    contents = False
    for line in _text("nat"):
        if line.startswith("Module Contents"):
            contents = True
            continue
        if not contents:
            continue
        if match := re.match(r"^class (\w+)", line):
            current = match.group(1)
            names[current] = None
        elif match := re.match(r"^(\w+)#$", line):  # a module-level alias (ExecutionStatusResponse)
            current = None
            names[match.group(1)] = None
        elif (current and (match := re.match(r"^(\w+): .*#$", line))) or (
            current and (match := re.match(r"^([A-Z_]+) = '.*'#$", line))
        ):
            names[f"{current}.{match.group(1)}"] = None
        elif current and (match := re.match(r"^(\w+)\((.*)\) .*#$", line)):
            names[f"{current}.{match.group(1)}"] = parameters(match.group(2))
    return names


UNTITLED_PREFACTOR = {
    "Data risk specification for a span type.": "DataRisk",
    "Request to register a new agent instance.": "RegisterAgentInstanceRequest",
}


def prefactor() -> Names:
    names: Names = {}
    for line in _text("prefactor"):
        if match := re.match(r"^class prefactor_http\.models(?:\.\w+)*\.(\w+)\((?:\*, |, ?)(.*)\)$", line):
            cls, fields = match.groups()
            names[cls] = None
            for field in parameters(fields):
                names[f"{cls}.{field}"] = None
        elif match := re.match(r"^classmethod (\w+)\((.*)\)", line):
            names[f"BulkOutput.{match.group(1)}"] = None
        elif line in UNTITLED_PREFACTOR:  # classes the page documents without their heading line
            names[UNTITLED_PREFACTOR[line]] = None
    return names


def acp() -> Names:
    names: Names = {}
    lines = _text("acp")
    current: str | None = None
    for line in lines:
        pattern = r"^(?:class |pydantic model )?agntcy_acp\.(?:langgraph\.)?(\w+)(?:\((.*)\))?(?: \S.*)?$"
        if match := re.match(pattern, line):
            name = match.group(1)
            if name[0].isupper():
                current = name
                names[name] = parameters(match.group(2)) if match.group(2) else None
            else:  # a module-level function
                current = None
                names[name] = parameters(match.group(2) or "")
        elif current and (match := re.match(r"^(?:async )?([a-z_][a-z0-9_]*)\((.*?)\)(?: \S.*)?$", line)):
            names[f"{current}.{match.group(1)}"] = parameters(match.group(2))
        elif current == "ApiClientConfiguration" and re.match(r"^[a-z_]+$", line):
            names[f"{current}.{line}"] = None
        elif current and (match := re.match(r"^classmethod (\w+)\((.*?)\)", line)):
            names[f"{current}.{match.group(1)}"] = parameters(match.group(2))
        elif current and (match := re.match(r"^field (\w+): ", line)):
            names[f"{current}.{match.group(1)}"] = None
    for generic in ("add_note", "with_traceback", "name", "obj", "object", "str", "bool"):
        for key in [key for key in names if key.endswith("." + generic)]:
            del names[key]  # Python's own Exception methods and stray words, not the SDK's
    return names


def moderately() -> Names:
    names: Names = {}
    current: str | None = None
    for line in _text("moderately"):
        if match := re.match(r"^- class moderatelyai_sdk\.resources(?:_async)?\.\w+\.(\w+)\(", line):
            current = match.group(1)
            names[current] = None
        elif current and (match := re.match(r"^- (?:async )?(\w+)\((.*)\)\[source\]", line)):
            names[f"{current}.{match.group(1)}"] = parameters(match.group(2))
    return names


READERS = {"nat": nat, "prefactor": prefactor, "acp": acp, "moderately": moderately}
