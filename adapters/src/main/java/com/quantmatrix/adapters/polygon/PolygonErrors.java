package com.quantmatrix.adapters.polygon;

import com.quantmatrix.adapters.marketdata.MarketDataSettings;
import com.quantmatrix.adapters.net.FaultKind;
import com.quantmatrix.adapters.net.RestException;

/** Turns Polygon's error bodies into messages a user can act on. */
final class PolygonErrors
{
    private PolygonErrors()
    {
    }

    /** The same failure with Polygon's own words first, the call after, and a hint when there is one. */
    static RestException explain(final RestException ex)
    {
        if (ex.getMessage() != null && ex.getMessage().startsWith("Polygon "))
        {
            return ex;
        }
        final String[] envelope = PolygonJson.envelope(ex.body());
        if (envelope[0] == null && envelope[1] == null)
        {
            return ex;
        }
        final StringBuilder m = new StringBuilder("Polygon ");
        m.append(envelope[0] == null ? "error" : envelope[0]);
        if (ex.status() != 0)
        {
            m.append(" (HTTP ").append(ex.status()).append(')');
        }
        m.append(": ").append(envelope[1] == null ? "(no message)" : envelope[1]);
        if (ex.request() != null)
        {
            m.append(" [").append(ex.request()).append(']');
        }
        final String hint = hint(ex.kind(), envelope[1]);
        if (hint != null)
        {
            m.append(". ").append(hint);
        }
        return new RestException(ex.kind(), ex.status(), ex.request(), m.toString(), ex.body(), ex);
    }

    private static String hint(final FaultKind kind, final String message)
    {
        if (message != null && message.contains("API Key"))
        {
            return "Set " + MarketDataSettings.POLYGON_KEY_ENV + " to a valid Polygon.io key";
        }
        if (kind == FaultKind.AUTH)
        {
            return "Your Polygon plan does not cover this request: ask for less history or upgrade the plan";
        }
        return null;
    }
}
