package com.quantmatrix.engine.analytics;

import java.util.List;

/**
 * RFC 4180 CSV: records end with CRLF; a field holding a comma, a double quote, CR or LF is enclosed
 * in double quotes, with each double quote inside doubled. Numbers are written in full precision
 * (NaN as an empty field, infinities as inf / -inf) so tools re-read exactly what was computed.
 */
public final class CsvFormat
{
    public static final String EOL = "\r\n";

    private CsvFormat()
    {
    }

    public static String field(final String value)
    {
        if (value == null)
        {
            return "";
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++)
        {
            final char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** One record, CRLF included. */
    public static String record(final List<String> fields)
    {
        final StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++)
        {
            if (i > 0)
            {
                sb.append(',');
            }
            sb.append(field(fields.get(i)));
        }
        return sb.append(EOL).toString();
    }

    public static String number(final double v)
    {
        if (Double.isNaN(v))
        {
            return "";
        }
        if (Double.isInfinite(v))
        {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v);
    }

    /** Micros as an exact decimal dollar amount, e.g. -1234500 -> "-1.2345". */
    public static String dollars(final long micros)
    {
        return java.math.BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
    }
}
