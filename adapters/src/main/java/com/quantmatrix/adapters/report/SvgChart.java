package com.quantmatrix.adapters.report;

import com.quantmatrix.engine.analytics.TradingDates;
import java.util.Locale;

/**
 * Inline SVG time-series charts for the report (no script, no external resource): a line with a
 * gradient area under it, y grid with round tick values, x labels at month or year boundaries.
 */
final class SvgChart
{
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 26;

    /** How a series is drawn. */
    enum Kind
    {
        /** Money values, area filled down to the bottom of the plot, a dashed line at the baseline. */
        EQUITY,
        /** Fractions <= 0, area filled between zero and the line. */
        DRAWDOWN
    }

    private SvgChart()
    {
    }

    /**
     * @param id       unique id in the page (for the gradient)
     * @param dates    x values, yyyyMMdd
     * @param values   y values, one per date
     * @param baseline EQUITY: the starting equity drawn as a dashed line (NaN: none)
     */
    static String timeSeries(final String id, final int[] dates, final double[] values, final int width, final int height,
        final Kind kind, final double baseline)
    {
        final StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
            .append("\" role=\"img\" preserveAspectRatio=\"xMidYMid meet\">");
        if (values.length == 0)
        {
            sb.append("<text x=\"").append(width / 2).append("\" y=\"").append(height / 2)
                .append("\" text-anchor=\"middle\">No trading days in this run</text></svg>");
            return sb.toString();
        }
        final String color = kind == Kind.EQUITY ? "#2563eb" : "#dc2626";
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (final double v : values)
        {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (kind == Kind.EQUITY && !Double.isNaN(baseline))
        {
            min = Math.min(min, baseline);
            max = Math.max(max, baseline);
        }
        if (kind == Kind.DRAWDOWN)
        {
            max = 0;
            min = Math.min(min, -0.01);
        }
        if (max - min < 1e-12)
        {
            max += Math.max(1, Math.abs(max) * 0.01);
            min -= Math.max(1, Math.abs(min) * 0.01);
        }
        final double step = niceStep((max - min) / 5);
        final double lo = Math.floor(min / step) * step;
        final double hi = kind == Kind.DRAWDOWN ? 0 : Math.ceil(max / step) * step;
        final double plotW = width - LEFT - RIGHT;
        final double plotH = height - TOP - BOTTOM;
        final int n = values.length;

        sb.append("<defs><linearGradient id=\"g-").append(id).append("\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">");
        if (kind == Kind.EQUITY)
        {
            sb.append("<stop offset=\"0\" stop-color=\"").append(color).append("\" stop-opacity=\"0.28\"/>")
                .append("<stop offset=\"1\" stop-color=\"").append(color).append("\" stop-opacity=\"0.02\"/>");
        }
        else
        {
            sb.append("<stop offset=\"0\" stop-color=\"").append(color).append("\" stop-opacity=\"0.05\"/>")
                .append("<stop offset=\"1\" stop-color=\"").append(color).append("\" stop-opacity=\"0.45\"/>");
        }
        sb.append("</linearGradient></defs>");

        // y grid and labels
        for (double t = lo; t <= hi + step * 1e-9; t += step)
        {
            final double y = TOP + (hi - t) / (hi - lo) * plotH;
            sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width - RIGHT).append("\" y1=\"").append(f(y))
                .append("\" y2=\"").append(f(y)).append("\" stroke=\"#e2e8f0\" stroke-width=\"1\"/>");
            sb.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\">")
                .append(kind == Kind.EQUITY ? moneyTick(t, step) : pctTick(t, step)).append("</text>");
        }
        // x labels at month boundaries, thinned to at most about 12
        final int months = monthsSpanned(dates);
        final int every = months <= 12 ? 1 : months <= 24 ? 2 : months <= 36 ? 3 : months <= 72 ? 6 : 12;
        for (int i = 1; i < n; i++)
        {
            final int m = TradingDates.month(dates[i]);
            if (m == TradingDates.month(dates[i - 1]))
            {
                continue;
            }
            final int monthOfYear = m % 100;
            if ((monthOfYear - 1) % every != 0)
            {
                continue;
            }
            final double x = LEFT + i * plotW / Math.max(1, n - 1);
            final String label = every == 12 ? Integer.toString(m / 100)
                : monthOfYear == 1 ? MONTHS[0] + " " + m / 100 : MONTHS[monthOfYear - 1];
            sb.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(f(TOP + plotH)).append("\" stroke=\"#f1f5f9\" stroke-width=\"1\"/>");
            sb.append("<text x=\"").append(f(x)).append("\" y=\"").append(height - 8).append("\" text-anchor=\"middle\">")
                .append(label).append("</text>");
        }
        // the line and its area
        final StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            line.append(i == 0 ? 'M' : 'L').append(f(x(i, n, plotW))).append(',').append(f(y(values[i], lo, hi, plotH)));
        }
        final double areaBase = kind == Kind.EQUITY ? TOP + plotH : y(0, lo, hi, plotH);
        sb.append("<path d=\"").append(line).append('L').append(f(x(n - 1, n, plotW))).append(',').append(f(areaBase))
            .append('L').append(f(x(0, n, plotW))).append(',').append(f(areaBase)).append("Z\" fill=\"url(#g-").append(id)
            .append(")\" stroke=\"none\"/>");
        if (kind == Kind.EQUITY && !Double.isNaN(baseline))
        {
            final double by = y(baseline, lo, hi, plotH);
            sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width - RIGHT).append("\" y1=\"").append(f(by))
                .append("\" y2=\"").append(f(by)).append("\" stroke=\"#94a3b8\" stroke-width=\"1\" stroke-dasharray=\"4 4\"/>");
        }
        sb.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"").append(color)
            .append("\" stroke-width=\"1.8\" stroke-linejoin=\"round\"/>");
        // emphasise the last point (equity) or the deepest point (drawdown)
        int mark = n - 1;
        if (kind == Kind.DRAWDOWN)
        {
            for (int i = 0; i < n; i++)
            {
                mark = values[i] < values[mark] ? i : mark;
            }
        }
        final double mx = x(mark, n, plotW);
        final double my = y(values[mark], lo, hi, plotH);
        sb.append("<circle cx=\"").append(f(mx)).append("\" cy=\"").append(f(my)).append("\" r=\"3.5\" fill=\"").append(color)
            .append("\" stroke=\"#fff\" stroke-width=\"1.5\"/>");
        if (kind == Kind.DRAWDOWN && values[mark] < 0)
        {
            final boolean leftSide = mx > LEFT + plotW * 0.75;
            sb.append("<text x=\"").append(f(mx + (leftSide ? -8 : 8))).append("\" y=\"").append(f(Math.min(my + 4, TOP + plotH - 4)))
                .append("\" text-anchor=\"").append(leftSide ? "end" : "start")
                .append("\" style=\"fill:#b91c1c;font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:3px\">")
                .append(String.format(Locale.ROOT, "%.1f%%", values[mark] * 100)).append(" on ")
                .append(TradingDates.format(dates[mark])).append("</text>");
        }
        sb.append("</svg>");
        return sb.toString();
    }

    /**
     * Histogram of trade P&L in dollars: bins of a round width with 0 on a bin edge, losses red and
     * gains green, counts on the y axis.
     */
    static String histogram(final double[] pnl, final int width, final int height)
    {
        final StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
            .append("\" role=\"img\" preserveAspectRatio=\"xMidYMid meet\">");
        if (pnl.length == 0)
        {
            return sb.append("<text x=\"").append(width / 2).append("\" y=\"").append(height / 2)
                .append("\" text-anchor=\"middle\">No trades</text></svg>").toString();
        }
        double min = 0;
        double max = 0;
        for (final double v : pnl)
        {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        final double step = niceStep(Math.max(max - min, 1) / 18);
        final double lo = Math.floor(min / step) * step;
        final int bins = Math.max(1, (int)Math.ceil((max - lo) / step + 1e-9));
        final int[] counts = new int[bins];
        for (final double v : pnl)
        {
            counts[Math.min(bins - 1, (int)Math.floor((v - lo) / step))]++;
        }
        int top = 1;
        for (final int c : counts)
        {
            top = Math.max(top, c);
        }
        final int left = 36;
        final double plotW = width - left - RIGHT;
        final double plotH = height - TOP - BOTTOM;
        final double bw = plotW / bins;
        final double ystep = niceStep(top / 4.0);
        final double ytop = Math.max(ystep, Math.ceil(top / ystep) * ystep);
        for (double t = 0; t <= ytop + 1e-9; t += ystep)
        {
            final double y = TOP + (1 - t / ytop) * plotH;
            sb.append("<line x1=\"").append(left).append("\" x2=\"").append(width - RIGHT).append("\" y1=\"").append(f(y))
                .append("\" y2=\"").append(f(y)).append("\" stroke=\"#e2e8f0\"/>");
            sb.append("<text x=\"").append(left - 6).append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\">")
                .append(trim(t, Math.max(1, ystep))).append("</text>");
        }
        for (int b = 0; b < bins; b++)
        {
            final double h = counts[b] / ytop * plotH;
            final boolean loss = lo + (b + 1) * step <= 1e-9;
            sb.append("<rect x=\"").append(f(left + b * bw + 1)).append("\" y=\"").append(f(TOP + plotH - h)).append("\" width=\"")
                .append(f(Math.max(1, bw - 2))).append("\" height=\"").append(f(h)).append("\" rx=\"2\" fill=\"")
                .append(loss ? "#ef4444" : "#10b981").append("\"><title>").append(moneyTick(lo + b * step, step)).append(" to ")
                .append(moneyTick(lo + (b + 1) * step, step)).append(": ").append(counts[b]).append(" trades</title></rect>");
        }
        final int every = Math.max(1, (int)Math.ceil(bins / 6.0));
        for (int b = 0; b <= bins; b += every)
        {
            sb.append("<text x=\"").append(f(left + b * bw)).append("\" y=\"").append(height - 8).append("\" text-anchor=\"middle\">")
                .append(moneyTick(lo + b * step, step)).append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    private static double x(final int i, final int n, final double plotW)
    {
        return LEFT + (n == 1 ? plotW / 2 : i * plotW / (n - 1));
    }

    private static double y(final double v, final double lo, final double hi, final double plotH)
    {
        return TOP + (hi - v) / (hi - lo) * plotH;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least the raw step. */
    static double niceStep(final double raw)
    {
        if (!(raw > 0))
        {
            return 1;
        }
        final double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (final double m : new double[] {1, 2, 2.5, 5, 10})
        {
            if (m * p >= raw)
            {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static int monthsSpanned(final int[] dates)
    {
        final int a = TradingDates.month(dates[0]);
        final int b = TradingDates.month(dates[dates.length - 1]);
        return (b / 100 - a / 100) * 12 + (b % 100 - a % 100) + 1;
    }

    private static String moneyTick(final double v, final double step)
    {
        final double a = Math.abs(v);
        final String sign = v < 0 ? "-" : "";
        if (a >= 1e6)
        {
            return sign + "$" + trim(a / 1e6, step / 1e6) + "M";
        }
        if (a >= 1e3)
        {
            return sign + "$" + trim(a / 1e3, step / 1e3) + "k";
        }
        return sign + "$" + trim(a, step);
    }

    private static String pctTick(final double v, final double step)
    {
        return trim(v * 100, step * 100) + "%";
    }

    /** As few decimals as the step needs. */
    private static String trim(final double v, final double step)
    {
        int decimals = 0;
        while (decimals < 4 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6)
        {
            decimals++;
        }
        final String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.equals("-0") ? "0" : s;
    }

    private static String f(final double v)
    {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
