"""JSON responses that survive any input: non-ASCII is escaped, so lone surrogates echoed back
from a request (valid in JSON text, not encodable as UTF-8) cannot break the encoder."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import JSONResponse

__all__ = ["JsonResponse"]


class JsonResponse(JSONResponse):
    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")
