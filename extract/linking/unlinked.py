"""Gold facts with their link fields blank, so linking alone can be scored (oracle eval, the model's CV)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass
class UnlinkedFact:
    start: int
    end: int
    kind: str
    role: str
    subject: str | None
    out_of: float | None = None
    value: float | None = None
    direction: str | None = None
    indicator: str | None = None
    location: str | None = None
    place: str | None = None
    province_now: str | None = None
    period: str | None = None

    @classmethod
    def from_gold(cls, gold: Mapping[str, Any]) -> UnlinkedFact:
        """The gold fact's span and typing; what linking fills stays empty."""
        return cls(gold["start"], gold["end"], gold["kind"], gold["role"], gold.get("subject"), gold.get("out_of"),
                   gold.get("value"), gold.get("direction"))
