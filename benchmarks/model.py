"""What every measure returns: sections of rows, each row a subject against its baseline in the same run."""

from dataclasses import dataclass, field

from .stats import Summary, paired_ratios, summarize


@dataclass(frozen=True)
class Target:
    """A limit on a row's ratio (or, with `on_value`, on its own median): `≤ limit`, or `≥ limit` if `at_least`."""

    limit: float
    text: str
    at_least: bool = False
    on_value: bool = False

    def met(self, figure: float) -> bool:
        return figure >= self.limit if self.at_least else figure <= self.limit


@dataclass(frozen=True)
class Row:
    subject: str
    value: Summary
    baseline: str | None = None
    baseline_value: Summary | None = None
    ratio: Summary | None = None
    target: Target | None = None
    note: str = ""

    @property
    def figure(self) -> float | None:
        """What the target judges: the median ratio, or the median value for an absolute target."""
        if self.target is None:
            return None
        if self.target.on_value:
            return self.value.median
        return self.ratio.median if self.ratio else None

    @property
    def met(self) -> bool | None:
        figure = self.figure
        return None if figure is None or self.target is None else self.target.met(figure)


def paired_row(
    subject: str,
    samples: list[float],
    baseline: str,
    baseline_samples: list[float],
    target: Target | None = None,
    note: str = "",
) -> Row:
    return Row(
        subject=subject,
        value=summarize(samples),
        baseline=baseline,
        baseline_value=summarize(baseline_samples),
        ratio=paired_ratios(samples, baseline_samples),
        target=target,
        note=note,
    )


@dataclass
class Section:
    key: str
    title: str
    unit: str  # how values are shown
    scale: float  # value in seconds (or bytes) × scale = shown figure
    method: str  # what exactly is measured, in words
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
