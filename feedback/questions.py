"""What a question is, which answers it takes, and which answers are low."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    SCALE5 = "scale5"  # 1..5
    NPS = "nps"  # 0..10
    YESNO = "yesno"
    CHOICE = "choice"
    TEXT = "text"  # free text, typed by the client


# A department's low mark on the 1–5 scale: 5 would make every score low, 0 none.
THRESHOLDS = range(1, 5)
NPS_DETRACTOR_MAX = 6  # the standard NPS definition: 0..6 are detractors
MAX_QUESTIONS = 10  # the seed article: never more than 10 ...
ADVISED_QUESTIONS = 5  # ... better 5


@dataclass(frozen=True)
class Option:
    """One answer of a choice question; `low` raises an alert, `lead` makes a sales lead."""

    key: str
    ru: str
    en: str
    low: bool = False
    lead: bool = False

    def label(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.ru


YES_NO = (Option("yes", "Да", "Yes"), Option("no", "Нет", "No", low=True))


@dataclass(frozen=True)
class Question:
    """One question of a script version, addressed to one department."""

    department: str
    kind: Kind
    ru: str
    en: str = ""
    follow_up: bool = False  # ask "what went wrong?" after a low answer
    options: tuple[Option, ...] = field(default=())

    def text(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.ru

    def choices(self) -> tuple[Option, ...]:
        if self.kind is Kind.YESNO:
            return self.options or YES_NO
        return self.options

    def scale(self) -> range:
        return range(1, 6) if self.kind is Kind.SCALE5 else range(0, 11)

    def parse(self, raw: str) -> int | str | None:
        """The answer a button's raw value stands for, or None when it is not one of ours."""
        if self.kind in (Kind.SCALE5, Kind.NPS):
            if not raw.isdigit() or len(raw) > 2:
                return None
            value = int(raw)
            return value if value in self.scale() else None
        if self.kind in (Kind.YESNO, Kind.CHOICE):
            return raw if any(o.key == raw for o in self.choices()) else None
        return None

    def is_low(self, value: int | str, threshold: int) -> bool:
        """Whether `value` is bad news for the department (threshold: the 1..5 low mark)."""
        if self.kind is Kind.SCALE5:
            return isinstance(value, int) and value <= threshold
        if self.kind is Kind.NPS:
            return isinstance(value, int) and value <= NPS_DETRACTOR_MAX
        return any(o.key == value and o.low for o in self.choices())

    def is_lead(self, value: int | str) -> bool:
        """Whether `value` says the client will buy again soon."""
        return any(o.key == value and o.lead for o in self.choices())
