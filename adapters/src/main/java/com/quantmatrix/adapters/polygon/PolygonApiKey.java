package com.quantmatrix.adapters.polygon;

import com.quantmatrix.adapters.marketdata.MarketDataSettings;
import com.quantmatrix.adapters.net.Redactor;

/** The Polygon key, from the environment only; registered with the {@link Redactor} when read. */
public final class PolygonApiKey
{
    /** What to tell a user who asked for live data without a key. */
    public static final String MISSING_MESSAGE = MarketDataSettings.POLYGON_KEY_ENV
        + " is not set: live Polygon.io data needs an API key (free at https://polygon.io, also https://massive.com). "
        + "Export it, e.g. export " + MarketDataSettings.POLYGON_KEY_ENV + "=your_key, or run without --source polygon "
        + "to trade the bundled data.";

    private PolygonApiKey()
    {
    }

    /** The key, or null when the variable is unset or blank. */
    public static String fromEnvironment()
    {
        return Redactor.envSecret(MarketDataSettings.POLYGON_KEY_ENV);
    }

    /** The key, or an IllegalStateException carrying {@link #MISSING_MESSAGE}. */
    public static String require()
    {
        final String key = fromEnvironment();
        if (key == null)
        {
            throw new IllegalStateException(MISSING_MESSAGE);
        }
        return key;
    }
}
