"""A spec change reaches overlay users through `make generate` alone, with no overlay edit.

On a scratch copy of the repository's specs, scripts, overlay (and tool settings), the Moderately spec gains
(a) a response field on Team, (b) an optional query parameter on list_teams and (c) a new
operation; the copy is regenerated (generate.py, then the unasync step, as `make generate` does)
and a subprocess importing only from the copy checks, against a loopback server, that (a) is
readable on the overlay's result, (b) is a keyword of the existing `teams.list` and goes on the
wire under its spec name, and (c) is callable through `client.call` with the client's
credentials, retries and errors.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
IGNORE = shutil.ignore_patterns("__pycache__", "*.egg-info", ".mypy_cache", ".ruff_cache")

CHECK = textwrap.dedent(
    """
    import json, sys, threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import parse_qs, urlsplit

    import agentplug, agentplug_moderately_client
    from agentplug.errors import NotFoundError
    from agentplug.moderately import ModeratelyAI

    scratch = sys.argv[1]
    assert agentplug.__file__.startswith(scratch), agentplug.__file__
    assert agentplug_moderately_client.__file__.startswith(scratch), agentplug_moderately_client.__file__

    TEAM = {"teamId": "t1", "name": "Red", "homeRegion": "eu-west",
            "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z"}
    seen = []
    failures = {"stats": 1}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            url = urlsplit(self.path)
            seen.append((url.path, parse_qs(url.query), self.headers.get("Authorization")))
            if url.path == "/teams/t1/stats" and failures["stats"]:
                failures["stats"] -= 1
                return self.answer(503, {"error": {"code": "BUSY", "message": "try again"}}, {"Retry-After": "0"})
            if url.path == "/teams/t1/stats":
                return self.answer(200, {"members": 3})
            if url.path == "/teams/t1":
                return self.answer(200, TEAM)
            if url.path == "/teams":
                return self.answer(200, {"items": [TEAM], "page": 1, "pageSize": 10, "totalItems": 1, "totalPages": 1})
            return self.answer(404, {"error": {"code": "NOT_FOUND", "message": "no such team"}})

        def answer(self, status, body, headers={}):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with ModeratelyAI(api_key="k-123", team_id="team_1", base_url=base, max_retries=2) as client:
            # (a) a new response field, read on the overlay's result
            assert client.teams.retrieve("t1").home_region == "eu-west"
            # (b) a new optional query parameter, a keyword of the existing method, on the wire
            teams = list(client.teams.list(home_region="eu-west"))
            assert teams[0].home_region == "eu-west"
            assert seen[-1][1] == {"homeRegion": ["eu-west"]}, seen[-1]  # only what was set
            # (c) a new operation, with the client's credentials, retries and errors
            stats = client.call("get_team_stats", team_id="t1")
            assert stats.members == 3, stats
            assert [entry[0] for entry in seen[-2:]] == ["/teams/t1/stats"] * 2  # the 503 was retried
            try:
                client.call("getTeamStats", team_id="t9")
            except NotFoundError as error:
                assert error.code == "NOT_FOUND"
            else:
                raise AssertionError("a 404 must raise NotFoundError")
        assert all(entry[2] == "Bearer k-123" for entry in seen), seen
    finally:
        server.shutdown()
    print("spec change reached the overlay")
    """
)


def _change_spec(path: Path) -> None:
    spec = yaml.safe_load(path.read_text())
    team = spec["components"]["schemas"]["Team"]
    team["properties"]["homeRegion"] = {"type": "string", "description": "Where the team's data lives."}
    spec["paths"]["/teams"]["get"]["parameters"].append(
        {"name": "homeRegion", "in": "query", "required": False, "schema": {"type": "string"}}
    )
    get_team = spec["paths"]["/teams/{teamId}"]["get"]
    spec["paths"]["/teams/{teamId}/stats"] = {
        "get": {
            "tags": ["Teams"],
            "summary": "Team statistics",
            "operationId": "get_team_stats",
            "parameters": get_team["parameters"],
            "responses": {
                "200": {
                    "description": "The team's statistics.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["members"],
                                "properties": {"members": {"type": "integer"}},
                            }
                        }
                    },
                },
                "404": get_team["responses"]["404"],
            },
        }
    }
    path.write_text(yaml.safe_dump(spec, sort_keys=False))


def test_a_spec_change_reaches_the_overlay_through_make_generate_alone(tmp_path: Path) -> None:
    for part in ("specs", "scripts", "overlay"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=IGNORE)
    shutil.copyfile(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")  # the formatters' settings
    _change_spec(tmp_path / "specs" / "moderately.yaml")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for step in (["scripts/generate.py", "moderately"], ["scripts/unasync_overlay.py"]):
        done = subprocess.run([sys.executable, *step], cwd=tmp_path, capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stdout + done.stderr
    # The overlay itself is untouched: only generated code changed.
    assert not subprocess.run(
        [
            "diff",
            "-r",
            "-x",
            "__pycache__",
            str(ROOT / "overlay" / "src" / "agentplug"),
            str(tmp_path / "overlay" / "src" / "agentplug"),
        ],
        capture_output=True,
    ).returncode
    pythonpath = os.pathsep.join([str(tmp_path / "generated" / "moderately"), str(tmp_path / "overlay" / "src")])
    run = subprocess.run(
        [sys.executable, "-c", CHECK, str(tmp_path)],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": pythonpath},
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "spec change reached the overlay" in run.stdout
