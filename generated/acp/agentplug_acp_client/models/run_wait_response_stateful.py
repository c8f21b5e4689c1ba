from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunWaitResponseStateful")


@_attrs_define
class RunWaitResponseStateful:
    """A thread run and its output, as returned by the wait operations.

    Attributes:
        output (RunError | RunInterrupt | RunResult | Unset): Output of a run: a final result, an interrupt, or an
            error, distinguished by `type`.
        run (RunStateful | Unset): A thread run together with the request that created it.
    """

    output: RunError | RunInterrupt | RunResult | Unset = UNSET
    run: RunStateful | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "output",
            "run",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("output", self.output),
                ("run", self.run),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        output: dict[str, Any] | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, RunResult):
            output = (
                self.output if isinstance(self.output, dict) else self.output.to_dict()
            )
        elif isinstance(self.output, RunInterrupt):
            output = (
                self.output if isinstance(self.output, dict) else self.output.to_dict()
            )
        else:
            output = (
                self.output if isinstance(self.output, dict) else self.output.to_dict()
            )

        run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run, Unset):
            run = self.run if isinstance(self.run, dict) else self.run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output is not UNSET:
            field_dict["output"] = output
        if run is not UNSET:
            field_dict["run"] = run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _output_in = src_dict.get("output", UNSET)
        if _output_in is None:
            _output_in = UNSET
        _output_raw = _output_in
        output: RunError | RunInterrupt | RunResult | Unset
        if isinstance(_output_raw, Unset):
            output = UNSET
        elif isinstance(_output_raw, (dict, Mapping)):
            _output_tag = _output_raw.get("type")
            if _output_tag == "result":
                output = RunResult.from_dict(_output_raw)
            elif _output_tag == "interrupt":
                output = RunInterrupt.from_dict(_output_raw)
            elif _output_tag == "error":
                output = RunError.from_dict(_output_raw)
            else:
                raise ValueError(f"unknown type {_output_tag!r} for output")
        else:
            raise TypeError(f"unexpected {type(_output_raw).__name__} for output")

        _run_in = src_dict.get("run", UNSET)
        if _run_in is None:
            _run_in = UNSET
        _run = _run_in
        run: RunStateful | Unset
        if isinstance(_run, Unset):
            run = UNSET
        else:
            run = RunStateful.from_dict(_run)

        _obj = cls(
            output,
            run,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("output", None)
            additional_properties.pop("run", None)
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


from ..models.run_error import RunError  # noqa: E402
from ..models.run_interrupt import RunInterrupt  # noqa: E402
from ..models.run_result import RunResult  # noqa: E402
from ..models.run_stateful import RunStateful  # noqa: E402
