from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ExecutionStep")


@_attrs_define
class ExecutionStep:
    """One step of an agent's work; which text field is set depends on the step type.

    Attributes:
        code (str | Unset):
        ended_at (datetime.datetime | None | Unset):
        facts (str | Unset):
        final_answer (FinalAnswer | Unset): The answer an agent settled on.
        observation (str | Unset):
        plan (str | Unset):
        started_at (datetime.datetime | None | Unset):
        step_type (str | Unset): task, thought, code, observation, plan, fact, system or final_answer. Servers may also
            spell the step fields in snake_case (step_type, started_at, final_answer...).
        summary (str | Unset):
        system (str | Unset):
        task (str | Unset):
        thought (str | Unset):
    """

    code: str | Unset = UNSET
    ended_at: datetime.datetime | None | Unset = UNSET
    facts: str | Unset = UNSET
    final_answer: FinalAnswer | Unset = UNSET
    observation: str | Unset = UNSET
    plan: str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    step_type: str | Unset = UNSET
    summary: str | Unset = UNSET
    system: str | Unset = UNSET
    task: str | Unset = UNSET
    thought: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "endedAt",
            "facts",
            "finalAnswer",
            "observation",
            "plan",
            "startedAt",
            "stepType",
            "summary",
            "system",
            "task",
            "thought",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("code", self.code),
                ("ended_at", self.ended_at),
                ("facts", self.facts),
                ("final_answer", self.final_answer),
                ("observation", self.observation),
                ("plan", self.plan),
                ("started_at", self.started_at),
                ("step_type", self.step_type),
                ("summary", self.summary),
                ("system", self.system),
                ("task", self.task),
                ("thought", self.thought),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = (
                self.ended_at
                if isinstance(self.ended_at, str)
                else self.ended_at.isoformat()
            )
        else:
            ended_at = self.ended_at

        facts = self.facts

        final_answer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.final_answer, Unset):
            final_answer = (
                self.final_answer
                if isinstance(self.final_answer, dict)
                else self.final_answer.to_dict()
            )

        observation = self.observation

        plan = self.plan

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = (
                self.started_at
                if isinstance(self.started_at, str)
                else self.started_at.isoformat()
            )
        else:
            started_at = self.started_at

        step_type = self.step_type

        summary = self.summary

        system = self.system

        task = self.task

        thought = self.thought

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if ended_at is not UNSET:
            field_dict["endedAt"] = ended_at
        if facts is not UNSET:
            field_dict["facts"] = facts
        if final_answer is not UNSET:
            field_dict["finalAnswer"] = final_answer
        if observation is not UNSET:
            field_dict["observation"] = observation
        if plan is not UNSET:
            field_dict["plan"] = plan
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if step_type is not UNSET:
            field_dict["stepType"] = step_type
        if summary is not UNSET:
            field_dict["summary"] = summary
        if system is not UNSET:
            field_dict["system"] = system
        if task is not UNSET:
            field_dict["task"] = task
        if thought is not UNSET:
            field_dict["thought"] = thought

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _code_in = src_dict.get("code", UNSET)
        if _code_in is None:
            _code_in = UNSET
        code = _code_in

        _ended_at_raw = src_dict.get("endedAt", UNSET)
        ended_at: datetime.datetime | None | Unset
        if isinstance(_ended_at_raw, Unset):
            ended_at = UNSET
        elif isinstance(_ended_at_raw, str):
            ended_at_type_0 = parse_datetime(_ended_at_raw)

            ended_at = ended_at_type_0
        else:
            ended_at = cast(datetime.datetime | None | Unset, _ended_at_raw)

        _facts_in = src_dict.get("facts", UNSET)
        if _facts_in is None:
            _facts_in = UNSET
        facts = _facts_in

        _final_answer_in = src_dict.get("finalAnswer", UNSET)
        if _final_answer_in is None:
            _final_answer_in = UNSET
        _final_answer = _final_answer_in
        final_answer: FinalAnswer | Unset
        if isinstance(_final_answer, Unset):
            final_answer = UNSET
        else:
            final_answer = FinalAnswer.from_dict(_final_answer)

        _observation_in = src_dict.get("observation", UNSET)
        if _observation_in is None:
            _observation_in = UNSET
        observation = _observation_in

        _plan_in = src_dict.get("plan", UNSET)
        if _plan_in is None:
            _plan_in = UNSET
        plan = _plan_in

        _started_at_raw = src_dict.get("startedAt", UNSET)
        started_at: datetime.datetime | None | Unset
        if isinstance(_started_at_raw, Unset):
            started_at = UNSET
        elif isinstance(_started_at_raw, str):
            started_at_type_0 = parse_datetime(_started_at_raw)

            started_at = started_at_type_0
        else:
            started_at = cast(datetime.datetime | None | Unset, _started_at_raw)

        _step_type_in = src_dict.get("stepType", UNSET)
        if _step_type_in is None:
            _step_type_in = UNSET
        step_type = _step_type_in

        _summary_in = src_dict.get("summary", UNSET)
        if _summary_in is None:
            _summary_in = UNSET
        summary = _summary_in

        _system_in = src_dict.get("system", UNSET)
        if _system_in is None:
            _system_in = UNSET
        system = _system_in

        _task_in = src_dict.get("task", UNSET)
        if _task_in is None:
            _task_in = UNSET
        task = _task_in

        _thought_in = src_dict.get("thought", UNSET)
        if _thought_in is None:
            _thought_in = UNSET
        thought = _thought_in

        _obj = cls(
            code,
            ended_at,
            facts,
            final_answer,
            observation,
            plan,
            started_at,
            step_type,
            summary,
            system,
            task,
            thought,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("code", None)
            additional_properties.pop("endedAt", None)
            additional_properties.pop("facts", None)
            additional_properties.pop("finalAnswer", None)
            additional_properties.pop("observation", None)
            additional_properties.pop("plan", None)
            additional_properties.pop("startedAt", None)
            additional_properties.pop("stepType", None)
            additional_properties.pop("summary", None)
            additional_properties.pop("system", None)
            additional_properties.pop("task", None)
            additional_properties.pop("thought", None)
            _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.final_answer import FinalAnswer  # noqa: E402
