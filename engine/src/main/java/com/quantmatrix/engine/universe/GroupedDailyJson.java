package com.quantmatrix.engine.universe;

import java.nio.charset.StandardCharsets;

/**
 * Writes a response shaped like Polygon's grouped daily bars ({@code queryCount, resultsCount,
 * adjusted, results[{T,v,vw,o,c,h,l,t,n}], status, request_id, count}), so the offline run, the
 * tests and the benchmark can feed bars from the bundled data through the same parser as live data.
 */
public final class GroupedDailyJson
{
    private final StringBuilder sb;
    private int rows;

    public GroupedDailyJson(final int expectedRows)
    {
        sb = new StringBuilder(64 + expectedRows * 120);
        sb.append("{\"adjusted\":true,\"results\":[");
    }

    /** One row; vwap NaN or trades below 0 leave that field out, as Polygon does for some rows. */
    public GroupedDailyJson row(final String ticker, final double open, final double high, final double low,
        final double close, final double volume, final double vwap, final long startMillis, final long trades)
    {
        if (rows++ > 0)
        {
            sb.append(',');
        }
        sb.append("{\"T\":\"").append(ticker).append("\",\"v\":");
        number(volume);
        if (!Double.isNaN(vwap))
        {
            sb.append(",\"vw\":");
            number(vwap);
        }
        sb.append(",\"o\":");
        number(open);
        sb.append(",\"c\":");
        number(close);
        sb.append(",\"h\":");
        number(high);
        sb.append(",\"l\":");
        number(low);
        sb.append(",\"t\":").append(startMillis);
        if (trades >= 0)
        {
            sb.append(",\"n\":").append(trades);
        }
        sb.append('}');
        return this;
    }

    private void number(final double v)
    {
        if (v == Math.rint(v) && Math.abs(v) < 1e15)
        {
            sb.append((long)v);
        }
        else
        {
            sb.append(v);
        }
    }

    public int rows()
    {
        return rows;
    }

    /** Closes the document: the status fields Polygon sends after the results. */
    public byte[] toBytes()
    {
        final StringBuilder out = new StringBuilder(sb.length() + 128);
        out.append(sb).append("],\"status\":\"OK\",\"request_id\":\"generated\",\"count\":").append(rows)
            .append(",\"queryCount\":").append(rows).append(",\"resultsCount\":").append(rows).append('}');
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
