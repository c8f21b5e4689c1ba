"""Block types the sandbox knows, with the settings each requires (for the validate endpoint's findings).

Request bodies themselves are checked against specs/moderately.yaml (see `params.json_body`).
"""

from __future__ import annotations

__all__ = ["KNOWN_BLOCK_CONFIGS"]

# Config keys each known block type requires; other types are accepted as they come.
KNOWN_BLOCK_CONFIGS: dict[str, tuple[str, ...]] = {
    "constant": (),
    "input": ("json_schema",),
    "output": (),
    "dataset": ("dataset_id",),
    "file": (),
    "artifact": (),
    "identity": (),
    "zip": (),
    "map": ("target_block_type",),
    "join": ("base_dataset", "joins", "output_columns"),
    "llm": ("provider",),
    "embeddings": (),
    "semantic_filter": (),
    "clause_extraction_agent": ("instructions",),
    "string_template": ("template",),
    "text_splitter": (),
    "transform": ("operations",),
    "pdf_reader": (),
    "json_template": ("template",),
}
