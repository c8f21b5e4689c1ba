"""What kind of file a MIME type and a name describe (sans-I/O): CSV, image, document, spreadsheet...

Upload MIME detection itself is the core's `guess_content_type` (name, then magic bytes); this
module only classifies. A file is judged by its MIME type first and its extension second, since
storage often records `application/octet-stream` for perfectly ordinary files.
"""

from __future__ import annotations

import posixpath

__all__ = [
    "extension_of",
    "is_csv",
    "is_document",
    "is_image",
    "is_spreadsheet",
    "is_text",
    "normalize_mime",
]

_CSV_TYPES = frozenset(
    {"text/csv", "application/csv", "text/x-csv", "application/x-csv", "text/comma-separated-values"}
)
_DOCUMENT_TYPES = frozenset(
    {
        "application/pdf",
        "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text",
        "application/rtf",
        "text/rtf",
        "text/plain",
        "text/markdown",
        "text/html",
        "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    }
)
_SPREADSHEET_TYPES = frozenset(
    {
        "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.spreadsheet",
    }
)
_DOCUMENT_EXTENSIONS = frozenset({"pdf", "doc", "docx", "odt", "rtf", "txt", "md", "html", "htm", "ppt", "pptx"})
_IMAGE_EXTENSIONS = frozenset({"png", "jpg", "jpeg", "gif", "bmp", "webp", "tif", "tiff", "svg", "heic"})
_SPREADSHEET_EXTENSIONS = frozenset({"xls", "xlsx", "ods", "csv", "tsv"})
_TEXT_EXTENSIONS = frozenset({"txt", "md", "csv", "tsv", "json", "xml", "yaml", "yml", "html", "htm", "log"})


def normalize_mime(mime_type: str | None) -> str:
    """The bare, lowercase type ("Text/CSV; charset=utf-8" → "text/csv"; "" when unknown)."""
    return (mime_type or "").split(";", 1)[0].strip().lower()


def extension_of(name: str | None) -> str:
    """The lowercase extension without its dot ("" when none): "Report.PDF" → "pdf"."""
    base = posixpath.basename((name or "").replace("\\", "/"))
    stem, dot, extension = base.rpartition(".")
    return extension.lower() if dot and stem else ""


def is_csv(mime_type: str | None, name: str | None) -> bool:
    return normalize_mime(mime_type) in _CSV_TYPES or extension_of(name) == "csv"


def is_image(mime_type: str | None, name: str | None) -> bool:
    return normalize_mime(mime_type).startswith("image/") or extension_of(name) in _IMAGE_EXTENSIONS


def is_document(mime_type: str | None, name: str | None) -> bool:
    return normalize_mime(mime_type) in _DOCUMENT_TYPES or extension_of(name) in _DOCUMENT_EXTENSIONS


def is_spreadsheet(mime_type: str | None, name: str | None) -> bool:
    mime = normalize_mime(mime_type)
    return mime in _SPREADSHEET_TYPES or mime in _CSV_TYPES or extension_of(name) in _SPREADSHEET_EXTENSIONS


def is_text(mime_type: str | None, name: str | None) -> bool:
    mime = normalize_mime(mime_type)
    textual = mime.startswith("text/") or mime in ("application/json", "application/xml") or mime.endswith("+json")
    return textual or extension_of(name) in _TEXT_EXTENSIONS
