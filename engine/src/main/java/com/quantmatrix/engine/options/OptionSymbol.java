package com.quantmatrix.engine.options;

import com.quantmatrix.engine.event.MarketEvent;

/**
 * Option symbols in the three notations the engine meets, parsed into a reusable holder and
 * formatted back:
 * <ul>
 *   <li>OCC (the OSI 21-character symbol brokers take): root padded with spaces to 6, yyMMdd, C or P,
 *       strike times 1000 in 8 digits: {@code AAPL  230616C00150000};</li>
 *   <li>Polygon: {@code O:} + unpadded root + the same 15 characters: {@code O:AAPL230616C00150000};</li>
 *   <li>tastytrade's DXLink streamer symbol: {@code .} + root + yyMMdd + C or P + the strike as a plain
 *       decimal without trailing zeros: {@code .AAPL230616C150}, {@code .SPY241220P572.5}.</li>
 * </ul>
 * Roots are 1-6 characters of A-Z, 0-9 (and '.' for share classes in the unpadded notations).
 * Years are 2000-2099. Parsing never throws: it returns 0 or a {@link SelectReason} SYMBOL_* code,
 * and from bytes it allocates nothing (the root stays as offsets into the caller's buffer until
 * {@link #root()} is asked for).
 */
public final class OptionSymbol
{
    public static final int OCC = 1;
    public static final int POLYGON = 2;
    public static final int DXLINK = 3;

    /** Parsed contract key: expiry yyyyMMdd, strike in dollars, right CALL or PUT. */
    public int expiry;
    public double strike;
    public int right;
    private final byte[] rootBytes = new byte[6];
    private int rootLength;
    /** Strike in thousandths of a dollar (exact). */
    public long strikeMills;

    /** Parses any of the three notations, told apart by the first character and the length. */
    public int parse(final CharSequence s)
    {
        final int n = s.length();
        if (n == 0 || n > 40)
        {
            return SelectReason.SYMBOL_BAD_LENGTH;
        }
        final byte[] b = new byte[n];
        for (int i = 0; i < n; i++)
        {
            final char c = s.charAt(i);
            b[i] = c < 128 ? (byte)c : (byte)'?';
        }
        return parse(b, 0, n);
    }

    /** Parses ASCII bytes {@code buf[offset, offset+length)}; no allocation. */
    public int parse(final byte[] buf, final int offset, final int length)
    {
        if (length >= 2 && buf[offset] == 'O' && buf[offset + 1] == ':')
        {
            return parsePolygon(buf, offset, length);
        }
        if (length >= 1 && buf[offset] == '.')
        {
            return parseDxLink(buf, offset, length);
        }
        return parseOcc(buf, offset, length);
    }

    public int parseOcc(final byte[] buf, final int offset, final int length)
    {
        if (length != 21)
        {
            return SelectReason.SYMBOL_BAD_LENGTH;
        }
        int rootLen = 6;
        while (rootLen > 0 && buf[offset + rootLen - 1] == ' ')
        {
            rootLen--;
        }
        final int r = setRoot(buf, offset, rootLen, false);
        if (r != 0)
        {
            return r;
        }
        return parseTail(buf, offset + 6, 15);
    }

    public int parsePolygon(final byte[] buf, final int offset, final int length)
    {
        if (length < 2 || buf[offset] != 'O' || buf[offset + 1] != ':')
        {
            return SelectReason.SYMBOL_BAD_PREFIX;
        }
        final int rootLen = length - 2 - 15;
        if (rootLen < 1 || rootLen > 6)
        {
            return SelectReason.SYMBOL_BAD_LENGTH;
        }
        final int r = setRoot(buf, offset + 2, rootLen, true);
        if (r != 0)
        {
            return r;
        }
        return parseTail(buf, offset + 2 + rootLen, 15);
    }

    public int parseDxLink(final byte[] buf, final int offset, final int length)
    {
        if (length < 1 || buf[offset] != '.')
        {
            return SelectReason.SYMBOL_BAD_PREFIX;
        }
        // from the end: strike digits and at most one '.', then C/P, then 6 date digits, the rest is the root
        int i = offset + length - 1;
        final int strikeEnd = i + 1;
        while (i > offset && (isDigit(buf[i]) || buf[i] == '.'))
        {
            i--;
        }
        final int strikeStart = i + 1;
        if (strikeStart >= strikeEnd)
        {
            return SelectReason.SYMBOL_BAD_STRIKE;
        }
        final int rightAt = i;
        if (rightAt - 6 <= offset)
        {
            return SelectReason.SYMBOL_BAD_LENGTH;
        }
        final int rootLen = rightAt - 6 - (offset + 1);
        if (rootLen < 1 || rootLen > 6)
        {
            return SelectReason.SYMBOL_BAD_ROOT;
        }
        final int r = setRoot(buf, offset + 1, rootLen, true);
        if (r != 0)
        {
            return r;
        }
        final int d = parseDate(buf, rightAt - 6);
        if (d != 0)
        {
            return d;
        }
        final int rt = parseRight(buf[rightAt]);
        if (rt != 0)
        {
            return rt;
        }
        long mills = 0;
        int decimals = -1;
        for (int k = strikeStart; k < strikeEnd; k++)
        {
            final byte c = buf[k];
            if (c == '.')
            {
                if (decimals >= 0 || k == strikeStart || k == strikeEnd - 1)
                {
                    return SelectReason.SYMBOL_BAD_STRIKE;
                }
                decimals = 0;
                continue;
            }
            if (decimals >= 0 && ++decimals > 3)
            {
                return SelectReason.SYMBOL_BAD_STRIKE;
            }
            mills = mills * 10 + (c - '0');
            if (mills > 99_999_999L)
            {
                return SelectReason.SYMBOL_BAD_STRIKE;
            }
        }
        for (int k = Math.max(decimals, 0); k < 3; k++)
        {
            mills *= 10;
        }
        return setStrike(mills);
    }

    /** yyMMdd C|P 8-digit strike (15 bytes). */
    private int parseTail(final byte[] buf, final int at, final int len)
    {
        final int d = parseDate(buf, at);
        if (d != 0)
        {
            return d;
        }
        final int r = parseRight(buf[at + 6]);
        if (r != 0)
        {
            return r;
        }
        long mills = 0;
        for (int k = at + 7; k < at + len; k++)
        {
            if (!isDigit(buf[k]))
            {
                return SelectReason.SYMBOL_BAD_STRIKE;
            }
            mills = mills * 10 + (buf[k] - '0');
        }
        return setStrike(mills);
    }

    private int setStrike(final long mills)
    {
        if (mills <= 0)
        {
            return SelectReason.SYMBOL_BAD_STRIKE;
        }
        strikeMills = mills;
        strike = mills / 1000.0;
        return 0;
    }

    private int parseDate(final byte[] buf, final int at)
    {
        for (int k = at; k < at + 6; k++)
        {
            if (!isDigit(buf[k]))
            {
                return SelectReason.SYMBOL_BAD_DATE;
            }
        }
        final int yy = (buf[at] - '0') * 10 + (buf[at + 1] - '0');
        final int mm = (buf[at + 2] - '0') * 10 + (buf[at + 3] - '0');
        final int dd = (buf[at + 4] - '0') * 10 + (buf[at + 5] - '0');
        if (mm < 1 || mm > 12 || dd < 1 || dd > daysInMonth(2000 + yy, mm))
        {
            return SelectReason.SYMBOL_BAD_DATE;
        }
        expiry = (2000 + yy) * 10_000 + mm * 100 + dd;
        return 0;
    }

    private int parseRight(final byte c)
    {
        if (c == 'C')
        {
            right = MarketEvent.CALL;
            return 0;
        }
        if (c == 'P')
        {
            right = MarketEvent.PUT;
            return 0;
        }
        return SelectReason.SYMBOL_BAD_RIGHT;
    }

    private int setRoot(final byte[] buf, final int at, final int len, final boolean allowDot)
    {
        if (len < 1 || len > 6)
        {
            return SelectReason.SYMBOL_BAD_ROOT;
        }
        for (int k = 0; k < len; k++)
        {
            final byte c = buf[at + k];
            if (!((c >= 'A' && c <= 'Z') || isDigit(c) || (allowDot && c == '.' && k > 0)))
            {
                return SelectReason.SYMBOL_BAD_ROOT;
            }
            rootBytes[k] = c;
        }
        rootLength = len;
        return 0;
    }

    /** The parsed root (allocates; off the hot path). */
    public String root()
    {
        return new String(rootBytes, 0, rootLength, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** Root bytes (valid up to {@link #rootLength()}) for an allocation-free SymbolTable lookup. */
    public byte[] rootBytes()
    {
        return rootBytes;
    }

    public int rootLength()
    {
        return rootLength;
    }

    // ------------------------------------------------------------------ formatting (off the hot path)

    public static String occ(final String root, final int expiryYmd, final double strike, final int right)
    {
        final StringBuilder sb = new StringBuilder(21);
        sb.append(root);
        while (sb.length() < 6)
        {
            sb.append(' ');
        }
        return appendTail(sb, expiryYmd, strike, right).toString();
    }

    public static String polygon(final String root, final int expiryYmd, final double strike, final int right)
    {
        return appendTail(new StringBuilder(24).append("O:").append(root), expiryYmd, strike, right).toString();
    }

    public static String dxLink(final String root, final int expiryYmd, final double strike, final int right)
    {
        final StringBuilder sb = new StringBuilder(24).append('.').append(root);
        appendDate(sb, expiryYmd).append(right == MarketEvent.CALL ? 'C' : 'P');
        final long mills = Math.round(strike * 1000.0);
        sb.append(mills / 1000);
        long frac = mills % 1000;
        if (frac != 0)
        {
            int digits = 3;
            while (frac % 10 == 0)
            {
                frac /= 10;
                digits--;
            }
            sb.append('.');
            final String f = Long.toString(frac);
            for (int k = f.length(); k < digits; k++)
            {
                sb.append('0');
            }
            sb.append(f);
        }
        return sb.toString();
    }

    /** Formats the last parsed contract in a notation. */
    public String format(final int notation)
    {
        switch (notation)
        {
            case OCC: return occ(root(), expiry, strike, right);
            case POLYGON: return polygon(root(), expiry, strike, right);
            default: return dxLink(root(), expiry, strike, right);
        }
    }

    private static StringBuilder appendTail(final StringBuilder sb, final int expiryYmd, final double strike, final int right)
    {
        appendDate(sb, expiryYmd).append(right == MarketEvent.CALL ? 'C' : 'P');
        final String mills = Long.toString(Math.round(strike * 1000.0));
        for (int k = mills.length(); k < 8; k++)
        {
            sb.append('0');
        }
        return sb.append(mills);
    }

    private static StringBuilder appendDate(final StringBuilder sb, final int ymd)
    {
        final int yy = (ymd / 10_000) % 100;
        final int mm = (ymd / 100) % 100;
        final int dd = ymd % 100;
        return sb.append((char)('0' + yy / 10)).append((char)('0' + yy % 10))
            .append((char)('0' + mm / 10)).append((char)('0' + mm % 10))
            .append((char)('0' + dd / 10)).append((char)('0' + dd % 10));
    }

    private static boolean isDigit(final byte c)
    {
        return c >= '0' && c <= '9';
    }

    private static int daysInMonth(final int year, final int month)
    {
        switch (month)
        {
            case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4: case 6: case 9: case 11: return 30;
            default: return 31;
        }
    }
}
