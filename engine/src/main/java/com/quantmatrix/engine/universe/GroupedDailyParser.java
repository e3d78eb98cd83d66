package com.quantmatrix.engine.universe;

import com.quantmatrix.engine.event.SymbolTable;

import java.nio.charset.StandardCharsets;

/**
 * Reads a grouped-daily response (Polygon's {@code /v2/aggs/grouped/locale/us/market/stocks/{date}}:
 * {@code {"results":[{"T":"AAPL","o":..,"h":..,"l":..,"c":..,"v":..,"vw":..,"t":..,"n":..},...]}})
 * straight from its bytes into a {@link GroupedDailySnapshot}, without building strings or objects:
 * tickers are looked up in the {@link SymbolTable} from the raw bytes. A ticker never seen before is
 * interned (allocating once for that symbol), so from the second day on a parse allocates nothing.
 *
 * <p>Bad rows (no ticker, a missing or non-positive price, high below low, negative volume) are
 * dropped and counted by {@link ScanReason}; unknown keys are skipped, so new fields in the API do
 * not break it. A response that is not well-formed JSON (e.g. truncated) sets
 * {@link ScanReason#MALFORMED_RESPONSE}; one without "results" sets {@link ScanReason#NO_RESULTS}.
 * Never throws on any input. Not thread-safe: one parser per thread.
 */
public final class GroupedDailyParser
{
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long EXACT_MANTISSA = 1L << 53;
    private static final int MAX_DEPTH = 64;
    /** What readObject/readArray do with what they find. */
    private static final int TOP = 0;
    private static final int RESULTS = 1;
    private static final int ROW = 2;
    private static final int SKIP = 3;

    /** Thrown inside the parser only; preallocated, no stack trace. */
    private static final class Malformed extends RuntimeException
    {
        private static final long serialVersionUID = 1L;

        Malformed()
        {
            super("malformed grouped-daily response", null, false, false);
        }
    }

    private static final Malformed MALFORMED = new Malformed();

    private final SymbolTable symbols;
    private byte[] buf;
    private int pos;
    private int end;
    private boolean sawResults;

    // The row being read.
    private int tickerStart;
    private int tickerLength;
    private double rowOpen;
    private double rowHigh;
    private double rowLow;
    private double rowClose;
    private double rowVolume;
    private double rowVwap;
    private long rowStart;
    private long rowTrades;

    public GroupedDailyParser(final SymbolTable symbols)
    {
        this.symbols = symbols;
    }

    /** Parses {@code bytes[offset, offset+length)} into {@code out} (cleared first); returns the rows kept. */
    public int parse(final byte[] bytes, final int offset, final int length, final GroupedDailySnapshot out)
    {
        out.reset();
        buf = bytes;
        pos = offset;
        end = offset + length;
        sawResults = false;
        try
        {
            skipWhitespace();
            readObject(TOP, 0, out);
            if (!sawResults)
            {
                out.status = ScanReason.NO_RESULTS;
            }
        }
        catch (final Malformed ex)
        {
            out.status = ScanReason.MALFORMED_RESPONSE;
        }
        finally
        {
            buf = null;
        }
        return out.size;
    }

    /** Reads an object, handing each field's value to the mode's handler. */
    private void readObject(final int mode, final int depth, final GroupedDailySnapshot out)
    {
        if (depth > MAX_DEPTH)
        {
            throw MALFORMED;
        }
        expect('{');
        skipWhitespace();
        if (peek() == '}')
        {
            pos++;
            return;
        }
        while (true)
        {
            final int keyStart = readStringBounds();
            final int keyLength = pos - 1 - keyStart;
            skipWhitespace();
            expect(':');
            skipWhitespace();
            if (mode == TOP && keyLength == 7 && matches(keyStart, "results") && peek() == '[')
            {
                sawResults = true;
                readArray(RESULTS, depth + 1, out);
            }
            else if (mode == ROW)
            {
                readField(keyStart, keyLength);
            }
            else
            {
                skipValue(depth + 1);
            }
            skipWhitespace();
            final byte c = next();
            if (c == '}')
            {
                return;
            }
            if (c != ',')
            {
                throw MALFORMED;
            }
            skipWhitespace();
        }
    }

    /** Reads an array: result rows in mode RESULTS, anything skipped otherwise. */
    private void readArray(final int mode, final int depth, final GroupedDailySnapshot out)
    {
        if (depth > MAX_DEPTH)
        {
            throw MALFORMED;
        }
        expect('[');
        skipWhitespace();
        if (peek() == ']')
        {
            pos++;
            return;
        }
        while (true)
        {
            skipWhitespace();
            if (mode == RESULTS)
            {
                readRow(out);
            }
            else
            {
                skipValue(depth + 1);
            }
            skipWhitespace();
            final byte c = next();
            if (c == ']')
            {
                return;
            }
            if (c != ',')
            {
                throw MALFORMED;
            }
        }
    }

    private void readRow(final GroupedDailySnapshot out)
    {
        tickerStart = -1;
        tickerLength = 0;
        rowOpen = Double.NaN;
        rowHigh = Double.NaN;
        rowLow = Double.NaN;
        rowClose = Double.NaN;
        rowVolume = Double.NaN;
        rowVwap = Double.NaN;
        rowStart = 0;
        rowTrades = -1;
        readObject(ROW, 2, out);
        keepRow(out);
    }

    private void readField(final int keyStart, final int keyLength)
    {
        final byte k = buf[keyStart];
        if (keyLength == 1 && k == 'T' && peek() == '"')
        {
            tickerStart = readStringBounds();
            tickerLength = pos - 1 - tickerStart;
            return;
        }
        final boolean number = isNumberStart(peek());
        if (keyLength == 1 && number)
        {
            switch (k)
            {
                case 'o': rowOpen = readNumber(); return;
                case 'h': rowHigh = readNumber(); return;
                case 'l': rowLow = readNumber(); return;
                case 'c': rowClose = readNumber(); return;
                case 'v': rowVolume = readNumber(); return;
                case 't': rowStart = (long)readNumber(); return;
                case 'n': rowTrades = (long)readNumber(); return;
                default: break;
            }
        }
        else if (keyLength == 2 && k == 'v' && buf[keyStart + 1] == 'w' && number)
        {
            rowVwap = readNumber();
            return;
        }
        skipValue(0);
    }

    private void keepRow(final GroupedDailySnapshot out)
    {
        if (tickerStart < 0 || tickerLength == 0)
        {
            out.reject(ScanReason.MISSING_TICKER);
            return;
        }
        if (!(rowOpen > 0 && rowHigh > 0 && rowLow > 0 && rowClose > 0 && rowHigh >= rowLow)
            || Double.isInfinite(rowHigh))
        {
            out.reject(ScanReason.BAD_PRICE);
            return;
        }
        if (!(rowVolume >= 0) || Double.isInfinite(rowVolume))
        {
            out.reject(ScanReason.BAD_VOLUME);
            return;
        }
        int id = symbols.find(buf, tickerStart, tickerLength);
        if (id == SymbolTable.NOT_FOUND)
        {
            id = symbols.intern(new String(buf, tickerStart, tickerLength, StandardCharsets.US_ASCII));
            if (id == SymbolTable.NOT_FOUND)
            {
                out.reject(ScanReason.SYMBOL_TABLE_FULL);
                return;
            }
        }
        out.ensureRoom();
        final int r = out.size++;
        out.symbolId[r] = id;
        out.open[r] = rowOpen;
        out.high[r] = rowHigh;
        out.low[r] = rowLow;
        out.close[r] = rowClose;
        out.volume[r] = rowVolume;
        out.vwap[r] = rowVwap > 0 ? rowVwap : Double.NaN;
        out.startMillis[r] = rowStart;
        out.trades[r] = rowTrades;
    }

    // ------------------------------------------------------------------ lexing

    /** Reads a string at pos ('"' expected); returns the index of its first byte; pos ends after the closing quote. */
    private int readStringBounds()
    {
        expect('"');
        final int start = pos;
        while (true)
        {
            final byte c = next();
            if (c == '"')
            {
                return start;
            }
            if (c == '\\')
            {
                // An escaped ticker is not a ticker: the bounds still skip it correctly.
                next();
            }
        }
    }

    private boolean matches(final int start, final String word)
    {
        for (int i = 0; i < word.length(); i++)
        {
            if (buf[start + i] != word.charAt(i))
            {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumberStart(final byte c)
    {
        return c == '-' || (c >= '0' && c <= '9');
    }

    /**
     * A JSON number as a double. Exact fast path: a mantissa below 2^53 scaled by a power of ten up
     * to 22 is one correctly rounded multiplication or division; anything else goes to the JDK.
     */
    private double readNumber()
    {
        final int start = pos;
        boolean negative = false;
        if (peek() == '-')
        {
            negative = true;
            pos++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        byte c;
        while (pos < end && (c = buf[pos]) >= '0' && c <= '9')
        {
            mantissa = mantissa * 10 + (c - '0');
            digits++;
            pos++;
        }
        if (pos < end && buf[pos] == '.')
        {
            pos++;
            while (pos < end && (c = buf[pos]) >= '0' && c <= '9')
            {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                scale++;
                pos++;
            }
        }
        if (digits == 0)
        {
            throw MALFORMED;
        }
        int exponent = 0;
        if (pos < end && (buf[pos] == 'e' || buf[pos] == 'E'))
        {
            pos++;
            boolean negativeExponent = false;
            if (peek() == '+' || peek() == '-')
            {
                negativeExponent = next() == '-';
            }
            int expDigits = 0;
            while (pos < end && (c = buf[pos]) >= '0' && c <= '9')
            {
                exponent = Math.min(exponent * 10 + (c - '0'), 100_000);
                expDigits++;
                pos++;
            }
            if (expDigits == 0)
            {
                throw MALFORMED;
            }
            if (negativeExponent)
            {
                exponent = -exponent;
            }
        }
        final int power = exponent - scale;
        if (digits <= 18 && mantissa < EXACT_MANTISSA && power >= -22 && power <= 22)
        {
            final double m = negative ? -mantissa : mantissa;
            return power >= 0 ? m * POW10[power] : m / POW10[-power];
        }
        try
        {
            return Double.parseDouble(new String(buf, start, pos - start, StandardCharsets.US_ASCII));
        }
        catch (final NumberFormatException ex)
        {
            throw MALFORMED;
        }
    }

    /** Skips any JSON value. */
    private void skipValue(final int depth)
    {
        final byte c = peek();
        switch (c)
        {
            case '"':
                readStringBounds();
                return;
            case '{':
                readObject(SKIP, depth, null);
                return;
            case '[':
                readArray(SKIP, depth, null);
                return;
            case 't':
                skipLiteral("true");
                return;
            case 'f':
                skipLiteral("false");
                return;
            case 'n':
                skipLiteral("null");
                return;
            default:
                if (!isNumberStart(c))
                {
                    throw MALFORMED;
                }
                readNumber();
        }
    }

    private void skipLiteral(final String word)
    {
        for (int i = 0; i < word.length(); i++)
        {
            if (next() != word.charAt(i))
            {
                throw MALFORMED;
            }
        }
    }

    private void skipWhitespace()
    {
        while (pos < end)
        {
            final byte c = buf[pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            {
                return;
            }
            pos++;
        }
    }

    private void expect(final char c)
    {
        if (next() != c)
        {
            throw MALFORMED;
        }
    }

    private byte peek()
    {
        if (pos >= end)
        {
            throw MALFORMED;
        }
        return buf[pos];
    }

    private byte next()
    {
        final byte c = peek();
        pos++;
        return c;
    }
}
