"""docs/benchmarks.md (tables) and the JSON the chart is drawn from, both from the same sections."""

import json
import os
import platform
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .model import Row, Section


@dataclass(frozen=True)
class Machine:
    cpu: str
    cores: int
    python: str
    system: str
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine(load_before: tuple[float, float, float]) -> Machine:
    return Machine(
        cpu=cpu_model(),
        cores=os.cpu_count() or 0,
        python=f"{platform.python_implementation()} {platform.python_version()}",
        system=f"{platform.system()} {platform.release()} ({platform.machine()})",
        load_before=load_before,
        load_after=os.getloadavg(),
    )


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}" if value < 1 else f"{value:.2f}"


def _verdict(row: Row) -> str:
    if row.target is None:
        return ""
    return f"{row.target.text}: **{'met' if row.met else 'MISSED'}**"


def _table(section: Section) -> list[str]:
    unit = section.unit
    lines = [
        f"| subject | median {unit} | spread | baseline | baseline {unit} | ratio | ratio spread | target |",
        "| --- | ---: | ---: | --- | ---: | ---: | ---: | --- |",
    ]
    for row in section.rows:
        baseline = _number(row.baseline_value.median * section.scale) if row.baseline_value else ""
        ratio = f"{row.ratio.median:.2f}×" if row.ratio else ""
        ratio_spread = f"{row.ratio.spread:.0%}" if row.ratio else ""
        verdict = _verdict(row) or row.note
        lines.append(
            f"| {row.subject} | {_number(row.value.median * section.scale)} | {row.value.spread:.0%} | "
            f"{row.baseline or ''} | {baseline} | {ratio} | {ratio_spread} | {verdict} |"
        )
    return lines


def markdown(sections: list[Section], host: Machine, *, smoke: bool, seconds: float, chart: str | None) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by "
        + (
            "`python -m benchmarks.run --smoke` (tiny sample sizes, no peers: not figures to quote)"
            if smoke
            else "`make bench` (`python -m benchmarks.run`)"
        )
        + f" in {seconds / 60:.1f} min. Do not edit by hand: run `make bench` again. "
        "Every figure is a median of repeated samples taken in one run; every ratio is subject ÷ baseline, "
        "taken pair by pair (a baseline sample, then the subject's, in turn), and its median reported.",
        "",
    ]
    if chart:
        lines += [f"![The ratios of every table below]({chart})", ""]
    lines += [
        "## Machine and noise",
        "",
        f"- CPU: {host.cpu}, {host.cores} cores (`nproc`); {host.system}; {host.python}.",
        f"- Load average (1, 5, 15 min) before: {', '.join(f'{x:.2f}' for x in host.load_before)}; "
        f"after: {', '.join(f'{x:.2f}' for x in host.load_after)} (the benchmark's own processes included: "
        "it keeps about one core busy). The machine is shared and other work may run alongside, which is why "
        "every comparison is paired and the spreads are shown.",
        "- *spread* is the interquartile range of the samples divided by their median "
        "(0% = perfectly steady); *ratio spread* is the same for the pairwise ratios.",
        "",
        "## Targets",
        "",
        "| measure | subject | target | figure | verdict |",
        "| --- | --- | --- | ---: | --- |",
    ]
    for section in sections:
        for row in section.rows:
            if row.target is not None and row.figure is not None:
                figure = (
                    f"{_number(row.figure * section.scale)} {section.unit}"
                    if row.target.on_value
                    else f"{row.figure:.2f}×"
                )
                lines.append(
                    f"| {section.title} | {row.subject} | {row.target.text} | {figure} | "
                    f"{'met' if row.met else '**missed**'} |"
                )
    for section in sections:
        lines += ["", f"## {section.title}", "", section.method, "", *_table(section)]
        lines += [f"\n{note}" for note in section.notes]
    return "\n".join(lines) + "\n"


def as_json(sections: list[Section], host: Machine, *, smoke: bool) -> str:
    def row(item: Row) -> dict[str, Any]:
        return {**asdict(item), "figure": item.figure, "met": item.met}

    document = {
        "smoke": smoke,
        "machine": asdict(host),
        "sections": [{**asdict(section), "rows": [row(item) for item in section.rows]} for section in sections],
    }
    return json.dumps(document, indent=1)
