"""Medians, spreads and pairwise ratios of repeated samples."""

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Summary:
    """The median of some samples, with their quartiles; `spread` is IQR / median."""

    median: float
    q1: float
    q3: float
    samples: list[float] = field(default_factory=list)

    @property
    def spread(self) -> float:
        return (self.q3 - self.q1) / self.median if self.median else 0.0


def summarize(samples: Sequence[float]) -> Summary:
    if not samples:
        raise ValueError("no samples")
    values = sorted(samples)
    if len(values) == 1:
        return Summary(values[0], values[0], values[0], values)
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return Summary(median, q1, q3, values)


def paired_ratios(subject: Sequence[float], baseline: Sequence[float]) -> Summary:
    """Ratios subject / baseline taken pair by pair (sample i with sample i), summarized."""
    if len(subject) != len(baseline):
        raise ValueError("paired samples must have the same length")
    return summarize([s / b for s, b in zip(subject, baseline, strict=True)])
