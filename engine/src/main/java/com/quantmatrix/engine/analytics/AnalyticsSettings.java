package com.quantmatrix.engine.analytics;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;

/**
 * Every setting of the post-trade analysis (config/analytics.properties), with its default.
 *
 * @param daysToExpiryEdges upper bounds (inclusive, calendar days) of the days-to-expiry buckets; a last
 *                          bucket holds everything above the last edge
 * @param deltaEdges        lower bounds of the |delta| buckets above the first: [0, e1), [e1, e2), ..., [en, 1]
 */
public record AnalyticsSettings(int[] daysToExpiryEdges, double[] deltaEdges)
{
    public static final String DTE_EDGES = "analytics.buckets.dte.edges";
    public static final String DELTA_EDGES = "analytics.buckets.delta.edges";

    public static final int[] DEFAULT_DTE_EDGES = {7, 14, 21, 30, 45};
    public static final double[] DEFAULT_DELTA_EDGES = {0.30, 0.40, 0.50, 0.60, 0.70};

    public AnalyticsSettings
    {
        if (daysToExpiryEdges.length == 0 || deltaEdges.length == 0)
        {
            throw new ConfigException("bucket edges must not be empty");
        }
        for (int i = 0; i < daysToExpiryEdges.length; i++)
        {
            if (daysToExpiryEdges[i] < 0 || (i > 0 && daysToExpiryEdges[i] <= daysToExpiryEdges[i - 1]))
            {
                throw new ConfigException(DTE_EDGES + " must be increasing days >= 0, got " + java.util.Arrays.toString(daysToExpiryEdges));
            }
        }
        for (int i = 0; i < deltaEdges.length; i++)
        {
            if (!(deltaEdges[i] > 0 && deltaEdges[i] <= 1) || (i > 0 && deltaEdges[i] <= deltaEdges[i - 1]))
            {
                throw new ConfigException(DELTA_EDGES + " must be increasing values in (0, 1], got " + java.util.Arrays.toString(deltaEdges));
            }
        }
        daysToExpiryEdges = daysToExpiryEdges.clone();
        deltaEdges = deltaEdges.clone();
    }

    public static AnalyticsSettings defaults()
    {
        return new AnalyticsSettings(DEFAULT_DTE_EDGES, DEFAULT_DELTA_EDGES);
    }

    public static AnalyticsSettings from(final Config config)
    {
        return new AnalyticsSettings(config.getIntList(DTE_EDGES, DEFAULT_DTE_EDGES),
            config.getDoubleList(DELTA_EDGES, DEFAULT_DELTA_EDGES));
    }
}
