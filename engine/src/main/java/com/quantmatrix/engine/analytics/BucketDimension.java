package com.quantmatrix.engine.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ways a run's trades are split into buckets, and how a trade's bucket label is found. */
public enum BucketDimension
{
    DAYS_TO_EXPIRY("Days to expiry at entry"),
    DELTA_BAND("|Delta| at entry"),
    SECTOR("GICS sector"),
    PRICE_SOURCE("Option prices"),
    CLOSE_REASON("Close reason");

    public static final String UNKNOWN = "Unknown";
    public static final String REAL = "Real quotes";
    public static final String MODELED = "Modeled";

    private final String title;

    BucketDimension(final String title)
    {
        this.title = title;
    }

    public String title()
    {
        return title;
    }

    /**
     * Whether return-based metrics (Sharpe, drawdown, ...) mean anything for this grouping. Not for
     * close reasons: those group trades by their outcome (every stop-loss lost), so a curve of one
     * reason's P&L only restates the selection.
     */
    public boolean hasCurveMetrics()
    {
        return this != CLOSE_REASON;
    }

    /** The bucket a trade falls in for this dimension. */
    public String label(final ClosedTrade t, final AnalyticsSettings s)
    {
        return switch (this)
        {
            case DAYS_TO_EXPIRY -> dteLabel(t.daysToExpiryAtEntry(), s.daysToExpiryEdges());
            case DELTA_BAND -> deltaLabel(t.absDeltaAtEntry(), s.deltaEdges());
            case SECTOR -> t.sector() == null ? UNKNOWN : t.sector();
            case PRICE_SOURCE -> t.modeledPrice() ? MODELED : REAL;
            case CLOSE_REASON -> t.closeReason();
        };
    }

    /** Every label of the fixed dimensions in display order (sectors and close reasons: empty, found from the trades). */
    public List<String> fixedLabels(final AnalyticsSettings s)
    {
        final List<String> out = new ArrayList<>();
        switch (this)
        {
            case DAYS_TO_EXPIRY ->
            {
                final int[] e = s.daysToExpiryEdges();
                for (int i = 0; i < e.length; i++)
                {
                    out.add(dteRange(i == 0 ? 0 : e[i - 1] + 1, e[i]));
                }
                out.add(">" + e[e.length - 1]);
            }
            case DELTA_BAND ->
            {
                final double[] e = s.deltaEdges();
                out.add("<" + fmt(e[0]));
                for (int i = 1; i < e.length; i++)
                {
                    out.add(fmt(e[i - 1]) + "-" + fmt(e[i]));
                }
                out.add(">=" + fmt(e[e.length - 1]));
            }
            case PRICE_SOURCE ->
            {
                out.add(REAL);
                out.add(MODELED);
            }
            default ->
            {
            }
        }
        return out;
    }

    static String dteLabel(final int dte, final int[] edges)
    {
        if (dte < 0)
        {
            return UNKNOWN;
        }
        for (int i = 0; i < edges.length; i++)
        {
            if (dte <= edges[i])
            {
                return dteRange(i == 0 ? 0 : edges[i - 1] + 1, edges[i]);
            }
        }
        return ">" + edges[edges.length - 1];
    }

    static String deltaLabel(final double absDelta, final double[] edges)
    {
        if (Double.isNaN(absDelta) || absDelta < 0)
        {
            return UNKNOWN;
        }
        if (absDelta < edges[0])
        {
            return "<" + fmt(edges[0]);
        }
        for (int i = 1; i < edges.length; i++)
        {
            if (absDelta < edges[i])
            {
                return fmt(edges[i - 1]) + "-" + fmt(edges[i]);
            }
        }
        return ">=" + fmt(edges[edges.length - 1]);
    }

    private static String dteRange(final int lo, final int hi)
    {
        return lo == hi ? Integer.toString(lo) : lo + "-" + hi;
    }

    private static String fmt(final double v)
    {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
