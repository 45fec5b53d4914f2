"""Draw docs/benchmarks.png from the benchmark JSON: one panel per table, a bar per ratio, the target as a line.

    python chart.py RESULTS_JSON OUT_PNG

Runs in the bench tools environment (matplotlib is no dependency of the workspace or of any package).
"""

import importlib
import json
import sys
from typing import Any


def main(argv: list[str]) -> None:
    results, out = argv
    matplotlib = importlib.import_module("matplotlib")
    matplotlib.use("Agg")
    pyplot: Any = importlib.import_module("matplotlib.pyplot")
    with open(results, encoding="utf-8") as file:
        document = json.load(file)
    panels = [section for section in document["sections"] if any(row["ratio"] for row in section["rows"])]
    heights = [1.2 + 0.32 * sum(1 for row in section["rows"] if row["ratio"]) for section in panels]
    figure, axes = pyplot.subplots(
        len(panels),
        1,
        figsize=(12, 0.8 + sum(heights)),
        gridspec_kw={"height_ratios": heights},
        squeeze=False,
        layout="constrained",
    )
    figure.suptitle(
        "subject ÷ baseline, median of pairwise ratios (dashed: target; green met, red missed, grey no target)"
    )
    for [axis], section in zip(axes, panels, strict=True):
        rows = [row for row in section["rows"] if row["ratio"]]
        labels = [row["subject"].replace("`", "") for row in rows]
        ratios = [row["ratio"]["median"] for row in rows]
        colours = ["tab:green" if row["met"] else "tab:red" if row["met"] is False else "tab:gray" for row in rows]
        axis.barh(labels, ratios, color=colours)
        for index, ratio in enumerate(ratios):
            axis.annotate(f"{ratio:.2f}×", (ratio, index), xytext=(3, 0), textcoords="offset points", va="center")
        for limit in {row["target"]["limit"] for row in rows if row["target"] and not row["target"]["on_value"]}:
            axis.axvline(limit, color="black", linestyle="--", linewidth=1)
        axis.axvline(1.0, color="gray", linewidth=0.5)
        axis.invert_yaxis()
        baselines = sorted({row["baseline"].replace("`", "") for row in rows})
        axis.set_title(f"{section['title']} vs {' / '.join(baselines)}", fontsize=10)
        axis.tick_params(axis="y", labelsize=8)
        if max(ratios) / max(min(ratios), 1e-9) > 30:
            axis.set_xscale("log")
    figure.savefig(out, dpi=110)


if __name__ == "__main__":
    main(sys.argv[1:])
