"""Tiny server-side SVG charts: horizontal bars and stacked columns, no JavaScript, no fonts
fetched. Every label is escaped here (they are app, campaign and rule names: caller data); the
output is marked safe for the templates. Colours are presentation attributes, not ``style``,
so the console's CSP (no inline styles) holds."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from markupsafe import Markup

PALETTE = ("#2f6f9f", "#c0504d", "#e0a030", "#6a9f3a", "#7d5ba6", "#3aa0a0", "#999999")
# the same status always gets the same colour across charts
STATUS_COLOURS = {"ok": "#6a9f3a", "blocked": "#c0504d", "upstream_error": "#e0a030",
                  "aborted": "#999999", "rejected": "#7d5ba6", "held": "#2f6f9f"}


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


@dataclass(frozen=True)
class Bar:
    label: str
    value: float


def bar_chart(title: str, bars: list[Bar], unit: str = "", width: int = 560) -> Markup:
    """Horizontal bars, largest first as given; one row per bar."""
    if not bars:
        return Markup(f'<p class="empty">{_e(title)}: nothing in this period.</p>')
    row, label_w, pad = 22, 180, 6
    top = max(b.value for b in bars) or 1
    height = row * len(bars) + 2 * pad
    bar_w = width - label_w - 80
    out = [(f'<svg class="chart" role="img" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'),
           f"<title>{_e(title)}</title>"]
    for i, b in enumerate(bars):
        y = pad + i * row
        w = max(1.0, bar_w * b.value / top)
        label = b.label if len(b.label) <= 26 else b.label[:25] + "\u2026"
        out.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12" '
                   f'fill="#222">{_e(label)}</text>')
        out.append(f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" '
                   f'fill="{PALETTE[0]}"><title>{_e(b.label)}: {_e(_fmt(b.value))}{_e(unit)}'
                   f"</title></rect>")
        out.append(f'<text x="{label_w + w + 4:.1f}" y="{y + 15}" font-size="12" fill="#222">'
                   f"{_e(_fmt(b.value))}{_e(unit)}</text>")
    out.append("</svg>")
    return Markup("".join(out))


def stacked_columns(title: str, columns: list[str], series: dict[str, dict[str, float]],
                    colours: dict[str, str] | None = None, width: int = 720,
                    height: int = 220) -> Markup:
    """One column per x label (e.g. a day), stacked by series (e.g. a status), with a legend."""
    if not columns:
        return Markup(f'<p class="empty">{_e(title)}: nothing in this period.</p>')
    colours = colours or {}
    names = list(series)
    totals = [sum(series[s].get(c, 0) for s in names) for c in columns]
    top = max(totals) or 1
    left, bottom, legend = 48, 28, 18
    plot_h = height - bottom - legend - 8
    step = (width - left - 8) / len(columns)
    col_w = min(36.0, max(2.0, step * 0.75))
    out = [(f'<svg class="chart" role="img" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'),
           f"<title>{_e(title)}</title>",
           (f'<line x1="{left}" y1="{legend + plot_h + 8}" x2="{width - 4}" '
           f'y2="{legend + plot_h + 8}" stroke="#888"/>'),
           (f'<text x="{left - 4}" y="{legend + 14}" text-anchor="end" font-size="11" '
           f'fill="#444">{_e(_fmt(top))}</text>'),
           (f'<text x="{left - 4}" y="{legend + plot_h + 8}" text-anchor="end" font-size="11" '
           f'fill="#444">0</text>')]
    x_legend = left
    for i, name in enumerate(names):
        colour = colours.get(name, PALETTE[i % len(PALETTE)])
        out.append(f'<rect x="{x_legend}" y="2" width="10" height="10" fill="{colour}"/>'
                   f'<text x="{x_legend + 14}" y="11" font-size="11" fill="#222">{_e(name)}'
                   "</text>")
        x_legend += 24 + 7 * len(name)
    label_every = max(1, len(columns) // 10)
    for i, col in enumerate(columns):
        x = left + i * step + (step - col_w) / 2
        y = legend + plot_h + 8
        for j, name in enumerate(names):
            value = series[name].get(col, 0)
            if not value:
                continue
            h = plot_h * value / top
            y -= h
            colour = colours.get(name, PALETTE[j % len(PALETTE)])
            out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{col_w:.1f}" height="{h:.1f}" '
                       f'fill="{colour}"><title>{_e(col)} {_e(name)}: {_e(_fmt(value))}</title>'
                       "</rect>")
        if i % label_every == 0:
            out.append(f'<text x="{x + col_w / 2:.1f}" y="{height - 6}" text-anchor="middle" '
                       f'font-size="10" fill="#444">{_e(col[5:] if len(col) == 10 else col)}'
                       "</text>")
    out.append("</svg>")
    return Markup("".join(out))
