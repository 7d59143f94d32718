"""Targets, the markdown table and the chart, all computed from one results dictionary."""

from __future__ import annotations

import statistics
from typing import Any

from benchmarks.contenders import ADAPTER, FLOOR

Results = dict[str, Any]
Run = dict[str, Any]

CPU_VS_RAW_LIMIT = 1.3
CPU_VS_SDK_LIMIT = 0.5
MARSHAL_SPEEDUP_LIMIT = 3.0
MARSHAL_OPS = ("marshal_request", "unmarshal_create_response", "unmarshal_payment_response")


def _runs_by_config(results: Results, contender: str) -> dict[tuple[int, int], Run]:
    return {
        (run["concurrency"], run["pool"]): run
        for run in results["runs"]
        if run["contender"] == contender and run["requests"] and not run["errors"]
    }


def cpu_ratios(results: Results, contender: str, reference: str) -> dict[str, float]:
    """CPU per request of ``contender`` over ``reference``, per shared ``cNpM`` config."""
    mine = _runs_by_config(results, contender)
    theirs = _runs_by_config(results, reference)
    return {
        f"c{c}p{p}": mine[c, p]["cpu_us_per_request"] / theirs[c, p]["cpu_us_per_request"]
        for (c, p) in sorted(mine)
        if (c, p) in theirs
    }


def _target(name: str, value: float | None, limit: float, at_most: bool, detail: Any) -> Run:
    passed = None if value is None else (value <= limit if at_most else value >= limit)
    return {
        "name": name,
        "value": value,
        "limit": limit,
        "comparison": "<=" if at_most else ">=",
        "passed": passed,
        "detail": detail,
    }


def targets(results: Results) -> list[Run]:
    """Each target as a ratio measured in this run, with PASS (True), MISS (False) or None
    when this run lacks what the ratio needs."""
    out: list[Run] = []
    for contender, floor in FLOOR.items():
        ratios = cpu_ratios(results, contender, floor)
        value = statistics.median(ratios.values()) if ratios else None
        out.append(
            _target(
                f"CPU/request {contender} / {floor} (median over configs)",
                value,
                CPU_VS_RAW_LIMIT,
                True,
                ratios,
            )
        )
    ratios = cpu_ratios(results, "opay/urllib3+timeout", "raw/urllib3")
    out.append(
        _target(
            "CPU/request opay/urllib3 with a per-call timeout / raw/urllib3 (median over configs)",
            statistics.median(ratios.values()) if ratios else None,
            CPU_VS_RAW_LIMIT,
            True,
            ratios,
        )
    )
    ratios = cpu_ratios(results, "opay/urllib3", "sdk/requests")
    out.append(
        _target(
            "CPU/request opay/urllib3 (default) / sdk/requests (median over configs)",
            statistics.median(ratios.values()) if ratios else None,
            CPU_VS_SDK_LIMIT,
            True,
            ratios,
        )
    )
    micro = results.get("micro") or {}
    opay_micro, sdk_micro = micro.get("opay"), micro.get("sdk")
    speedup = None
    if opay_micro and sdk_micro:
        speedup = sum(sdk_micro[op] for op in MARSHAL_OPS) / sum(
            opay_micro[op] for op in MARSHAL_OPS
        )
    out.append(
        _target(
            "marshal+unmarshal speed-up over the platform SDK",
            speedup,
            MARSHAL_SPEEDUP_LIMIT,
            False,
            {"operations": list(MARSHAL_OPS)},
        )
    )
    imports = results.get("imports") or {}
    ratio = None
    if imports.get("opay") and imports.get("sdk"):
        ratio = imports["opay"] / imports["sdk"]
    out.append(
        _target(
            "import opay (+ default transport) / SDK factory import",
            ratio,
            1.0,
            True,
            imports,
        )
    )
    return out


def _median_cpu(runs: dict[tuple[int, int], Run], keys: list[tuple[int, int]]) -> float:
    return float(statistics.median(runs[key]["cpu_us_per_request"] for key in keys))


def breakdown(results: Results) -> list[Run]:
    """For each opay contender: median CPU µs/request of the raw library, of opay's adapter
    alone and of the whole client over the configurations all three ran, and so how much of
    opay's extra cost is the adapter's and how much the core's (build, sign, marshal, parse)."""
    rows = []
    for contender, floor in FLOOR.items():
        mine = _runs_by_config(results, contender)
        raw = _runs_by_config(results, floor)
        adapter = _runs_by_config(results, ADAPTER[contender])
        shared = sorted(set(mine) & set(raw) & set(adapter))
        if not shared:
            continue

        raw_us = _median_cpu(raw, shared)
        adapter_us = _median_cpu(adapter, shared)
        opay_us = _median_cpu(mine, shared)
        row: Run = {
            "contender": contender,
            "raw": raw_us,
            "adapter": adapter_us,
            "opay": opay_us,
            "configs": len(shared),
            "adapter_extra": adapter_us - raw_us,
            "core_extra": opay_us - adapter_us,
        }
        rows.append(row)
    return rows


def verdict(target: Run) -> str:
    if target["passed"] is None:
        return "n/a"
    return "PASS" if target["passed"] else "MISS"


def target_lines(results: Results) -> list[str]:
    lines = []
    for target in results["targets"]:
        value = "-" if target["value"] is None else f"{target['value']:.2f}"
        lines.append(
            f"{verdict(target):4}  {target['name']}: {value} "
            f"(target {target['comparison']} {target['limit']:g})"
        )
    return lines


def _fmt(value: float, digits: int = 0) -> str:
    return f"{value:,.{digits}f}"


def markdown(results: Results) -> str:
    """The results as markdown: machine, server capacity, targets, runs, micro, imports."""
    meta = results["meta"]
    out = [
        f"Run of {meta['date']} ({'quick' if meta['quick'] else 'full'}), "
        f"`{meta['command']}`; {meta['nproc']} CPUs ({meta['cpu_model']}), "
        f"Python {meta['python']}, {meta['seconds']} s per run after "
        f"{meta['warmup']} s warm-up; each run repeated {meta.get('repeat', 1)}x, the one with "
        "the least CPU per request kept.",
        "",
    ]
    capacity = results.get("server", {}).get("capacity")
    if capacity:
        out += [
            f"Benchmark server capacity: {_fmt(capacity['requests_per_second'])} requests/s "
            f"({capacity['connections']} connections pipelining {capacity['pipeline_depth']} "
            f"requests; server CPU {capacity['server_cpu_us_per_request']:.1f} µs/request). "
            "The busiest contender run kept the server "
            f"{results['server']['max_busy'] * 100:.0f}% busy.",
            "",
        ]
    out += ["| target | measured | limit | verdict |", "|---|---:|---:|---|"]
    for target in results["targets"]:
        value = "-" if target["value"] is None else f"{target['value']:.2f}"
        out.append(
            f"| {target['name']} | {value} | {target['comparison']} {target['limit']:g} "
            f"| {verdict(target)} |"
        )
    out += [
        "",
        "| contender | library | mode | conc. | pool | req/s | CPU µs/req | p50 µs | p99 µs "
        "| peak RSS MiB | conns | errors |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for run in results["runs"]:
        out.append(
            f"| {run['contender']} | {run['library']} | {run['mode']} | {run['concurrency']} "
            f"| {run['pool']} | {_fmt(run['requests_per_second'])} "
            f"| {run['cpu_us_per_request']:.0f} | {run['latency_us']['p50']:.0f} "
            f"| {run['latency_us']['p99']:.0f} | {run['max_rss_kib'] / 1024:.1f} "
            f"| {run['connections_opened']} | {run['errors']} |"
        )
    rows = results.get("breakdown") or []
    if rows:
        out += [
            "",
            "Where opay's extra CPU goes (median µs per request over the configurations run):",
            "",
            "| opay contender | raw library | opay adapter alone | whole opay client "
            "| adapter's extra | core's extra |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for row in rows:
            out.append(
                f"| {row['contender']} | {row['raw']:.0f} | {row['adapter']:.0f} "
                f"| {row['opay']:.0f} | {row['adapter_extra']:+.0f} | {row['core_extra']:+.0f} |"
            )
    micro = results.get("micro") or {}
    if micro:
        sides = [side for side in ("opay", "sdk") if micro.get(side)]
        ops = list(micro[sides[0]])
        out += [
            "",
            "| operation | "
            + " | ".join(f"{side} µs" for side in sides)
            + (" | SDK / opay |" if len(sides) == 2 else " |"),
            "|---|" + "---:|" * len(sides) + ("---:|" if len(sides) == 2 else ""),
        ]
        for op in ops:
            cells = " | ".join(f"{micro[side][op] * 1e6:.2f}" for side in sides)
            ratio = f" | {micro['sdk'][op] / micro['opay'][op]:.2f}x" if len(sides) == 2 else ""
            out.append(f"| {op} | {cells}{ratio} |")
    imports = results.get("imports") or {}
    if imports:
        out += ["", "| import (fresh interpreter, best of N) | ms |", "|---|---:|"]
        for name, seconds in imports.items():
            if isinstance(seconds, float):
                out.append(f"| `{imports['statements'][name]}` | {seconds * 1000:.1f} |")
    return "\n".join(out) + "\n"


_COLOURS = {
    "urllib3": "tab:blue",
    "httpx": "tab:orange",
    "stdlib": "tab:green",
    "http.client": "tab:green",
    "httpx-async": "tab:orange",
    "aiohttp": "tab:purple",
    "requests": "tab:red",
}
_STYLES = {"opay": "-", "transport": "-.", "raw": ":", "sdk": "--"}


def _line_style(contender: str) -> tuple[str, str]:
    """Same colour for one HTTP stack; the line style tells opay, adapter, raw and SDK."""
    kind, _, stack = contender.partition("/")
    return _STYLES.get(kind, "-"), _COLOURS.get(stack, "tab:gray")


def chart(results: Results, path: str) -> None:
    """Requests/s and CPU µs/request against concurrency, one line per contender, sync and
    async side by side, at pool size min(concurrency, 4)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(2, 2, figsize=(14, 10), squeeze=False)
    for column, mode in enumerate(("sync", "async")):
        runs = [r for r in results["runs"] if r["mode"] == mode and r["requests"]]
        contenders = sorted({r["contender"] for r in runs})
        ticks = sorted({r["concurrency"] for r in runs})
        for contender in contenders:
            points = sorted(
                (r["concurrency"], r)
                for r in runs
                if r["contender"] == contender and r["pool"] == min(r["concurrency"], 4)
            )
            if not points:
                continue
            xs = [c for c, _ in points]
            style, colour = _line_style(contender)
            for row, key in ((0, "requests_per_second"), (1, "cpu_us_per_request")):
                axes[row][column].plot(
                    xs,
                    [r[key] for _, r in points],
                    style,
                    color=colour,
                    marker="o",
                    label=contender,
                )
        unit = "threads" if mode == "sync" else "tasks"
        axes[0][column].set_title(f"{mode}: requests/s (pool = min(concurrency, 4))")
        axes[1][column].set_title(f"{mode}: client CPU µs per request (lower is better)")
        for row in (0, 1):
            axis = axes[row][column]
            axis.set_xscale("log", base=2)
            if ticks:
                axis.set_xticks(ticks, [str(t) for t in ticks])
            axis.set_xlabel(f"concurrent {unit}")
            axis.grid(True, alpha=0.3)
            axis.set_ylim(bottom=0)
            if contenders:
                axis.legend(fontsize=7, ncol=2)
    meta = results["meta"]
    figure.suptitle(
        f"opay benchmarks, {meta['date']} ({meta['nproc']} CPUs, Python {meta['python']}); "
        "solid: opay client, dash-dot: opay adapter alone, dotted: raw library, dashed: SDK"
    )
    figure.tight_layout()
    figure.savefig(path, dpi=90)
    plt.close(figure)
