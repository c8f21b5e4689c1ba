"""Threads: create, get, patch, delete, copy, search, history; thread state across runs."""

from __future__ import annotations

import uuid
from typing import Any

from .conftest import run_body
from .spec import AcpCaller


def _thread(api: AcpCaller, **metadata: Any) -> dict[str, Any]:
    thread: dict[str, Any] = api.call("create_thread", json={"metadata": metadata})
    return thread


def test_create_get_patch_delete(api: AcpCaller) -> None:
    thread = _thread(api, owner="a")
    assert thread["status"] == "idle" and thread["metadata"] == {"owner": "a"}
    tid = thread["thread_id"]
    assert api.call("get_thread", path={"thread_id": tid})["thread_id"] == tid
    patched = api.call("patch_thread", path={"thread_id": tid}, json={"metadata": {"extra": 1}})
    assert patched["metadata"] == {"owner": "a", "extra": 1}
    api.call("delete_thread", path={"thread_id": tid}, expect=204)
    api.call("get_thread", path={"thread_id": tid}, expect=404)
    api.call("delete_thread", path={"thread_id": tid}, expect=404)


def test_create_with_id_conflicts_unless_do_nothing(api: AcpCaller) -> None:
    tid = str(uuid.uuid4())
    api.call("create_thread", json={"thread_id": tid})
    api.call("create_thread", json={"thread_id": tid}, expect=409)
    same = api.call("create_thread", json={"thread_id": tid, "if_exists": "do_nothing", "metadata": {"x": 1}})
    assert same["thread_id"] == tid and same["metadata"] == {}
    api.call("create_thread", json={"thread_id": "nope"}, expect=422)
    api.call("create_thread", json={"if_exists": "maybe"}, expect=422)


def test_search_filters(api: AcpCaller) -> None:
    tag = str(uuid.uuid4())
    first = _thread(api, tag=tag, n=1)
    _thread(api, tag=tag, n=2)
    found = api.call("search_threads", json={"metadata": {"tag": tag}})
    assert len(found) == 2
    assert [t["thread_id"] for t in api.call("search_threads", json={"metadata": {"tag": tag, "n": 1}})] == [
        first["thread_id"]
    ]
    assert len(api.call("search_threads", json={"metadata": {"tag": tag}, "limit": 1, "offset": 1})) == 1
    assert api.call("search_threads", json={"metadata": {"tag": tag}, "status": "busy"}) == []
    api.call("search_threads", json={"limit": 5000}, expect=422)


def test_runs_keep_thread_state_and_history(api: AcpCaller) -> None:
    tid = _thread(api)["thread_id"]
    first = api.call("create_and_wait_for_thread_run_output", path={"thread_id": tid}, json=run_body("one"))
    assert first["run"]["thread_id"] == tid and first["run"]["status"] == "success"
    second = api.call("create_and_wait_for_thread_run_output", path={"thread_id": tid}, json=run_body("two"))
    contents = [m["content"] for m in second["output"]["values"]["messages"]]
    assert contents == ["one", "one", "two", "two"]
    thread = api.call("get_thread", path={"thread_id": tid})
    assert thread["values"] == second["output"]["values"] and thread["status"] == "idle"
    assert [m["role"] for m in thread["messages"]] == ["human", "assistant", "human", "assistant"]
    history = api.call("get_thread_history", path={"thread_id": tid})
    assert len(history) == 2 and history[0]["values"] == thread["values"]
    older = api.call(
        "get_thread_history", path={"thread_id": tid}, params={"before": history[0]["checkpoint"]["checkpoint_id"]}
    )
    assert [s["checkpoint"] for s in older] == [history[1]["checkpoint"]]
    assert len(api.call("get_thread_history", path={"thread_id": tid}, params={"limit": 1})) == 1
    api.call("get_thread_history", path={"thread_id": tid}, params={"limit": "x"}, expect=422)
    api.call("get_thread_history", path={"thread_id": str(uuid.uuid4())}, expect=404)


def test_patch_values_and_branch_from_checkpoint(api: AcpCaller) -> None:
    tid = _thread(api)["thread_id"]
    api.call("create_and_wait_for_thread_run_output", path={"thread_id": tid}, json=run_body("one"))
    first_checkpoint = api.call("get_thread_history", path={"thread_id": tid})[0]["checkpoint"]
    patched = api.call("patch_thread", path={"thread_id": tid}, json={"values": {"messages": []}})
    assert patched["values"] == {"messages": []}
    branched = api.call("patch_thread", path={"thread_id": tid}, json={"checkpoint": first_checkpoint})
    assert [m["content"] for m in branched["values"]["messages"]] == ["one", "one"]
    api.call(
        "patch_thread",
        path={"thread_id": tid},
        json={"checkpoint": {"checkpoint_id": str(uuid.uuid4())}},
        expect=404,
    )
    api.call("patch_thread", path={"thread_id": tid}, json={"messages": [{"content": "no role"}]}, expect=422)
    api.call("patch_thread", path={"thread_id": str(uuid.uuid4())}, json={}, expect=404)


def test_copy_thread(api: AcpCaller) -> None:
    source = _thread(api, origin="yes")
    tid = source["thread_id"]
    api.call("create_and_wait_for_thread_run_output", path={"thread_id": tid}, json=run_body("copy me"))
    copied = api.call("copy_thread", path={"thread_id": tid})
    assert copied["thread_id"] != tid and copied["metadata"] == {"origin": "yes"}
    assert copied["values"] == api.call("get_thread", path={"thread_id": tid})["values"]
    assert len(api.call("get_thread_history", path={"thread_id": copied["thread_id"]})) == 1
    api.call("copy_thread", path={"thread_id": str(uuid.uuid4())}, expect=404)
