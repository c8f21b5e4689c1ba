"""The page reader of the docs tests: blocks, hidden code and typecheck marks, and mistakes in them."""

from __future__ import annotations

from pathlib import Path

import pytest

from .markdown_blocks import blocks


def _page(tmp_path: Path, text: str) -> Path:
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    return page


def test_blocks_hidden_code_and_marks_come_in_page_order(tmp_path: Path) -> None:
    page = _page(
        tmp_path,
        "# T\n\n```sh\necho no\n```\n<!-- docs-test: run\nx = 1\n-->\n```python\nprint(x)\n```\n\n"
        "<!-- docs-test: typecheck (needs an account) -->\n```python\nremote()\n```\n",
    )
    found = blocks(page)
    assert [(block.code, block.hidden, block.typecheck_only) for block in found] == [
        ("x = 1\n", True, False),
        ("print(x)\n", False, False),
        ("remote()\n", False, True),
    ]
    assert [block.line for block in found] == [7, 10, 15]
    assert found[2].reason == "(needs an account)" and found[1].where == "page.md:10"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("<!-- docs-test: skip -->\n```python\nx\n```\n", "unknown docs-test directive 'skip'"),
        ("<!-- docs-test: run\nx = 1\n", "never closed"),
        ("<!-- docs-test: typecheck -->\nprose\n```python\nx\n```\n", "right before its block"),
        ("<!-- docs-test: typecheck -->\n```sh\nx\n```\n", "before a sh block"),
    ],
)
def test_a_malformed_directive_names_its_line(tmp_path: Path, text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        blocks(_page(tmp_path, text))
