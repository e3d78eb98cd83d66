package com.quantmatrix.adapters.report;

/** Escaping for text and attribute values placed in the report's HTML and SVG. */
final class Html
{
    private Html()
    {
    }

    static String esc(final String s)
    {
        if (s == null)
        {
            return "";
        }
        final StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++)
        {
            final char c = s.charAt(i);
            switch (c)
            {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** "up" for positive values, "down" for negative ones, "" otherwise (CSS classes). */
    static String sign(final double v)
    {
        return v > 0 ? "up" : v < 0 ? "down" : "";
    }
}
