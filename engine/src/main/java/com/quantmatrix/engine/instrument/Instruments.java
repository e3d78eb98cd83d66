package com.quantmatrix.engine.instrument;

import com.quantmatrix.engine.event.MarketEvent;
import org.agrona.collections.Long2LongHashMap;

/**
 * Every tradable contract, interned to a dense int id: the option contracts of each underlying and
 * the stock itself. Holds each contract's static terms and its latest market (struct of arrays, so
 * the selector, risk, exits and the paper broker read them with no allocation).
 *
 * <p>Threading: written only by the pipeline's market stage (single writer, in event order); other
 * stages read on the same thread (fused) or after it (staged, gated by the ring's sequence barrier).
 *
 * <p>Units: prices in dollars (double); strikes in dollars; expiry yyyyMMdd; multiplier = shares per
 * contract (100 for US equity options, 1 for stock). Greeks are per share: theta per calendar day,
 * vega per 1 volatility point, as the selector's rules state them.
 */
public final class Instruments
{
    public static final int NOT_FOUND = -1;
    public static final int STOCK = 0;
    private static final long MISSING = -1L;

    private final int capacity;
    private final Long2LongHashMap idByKey;
    private final int[] stockIdBySymbol;
    private int count;

    // static terms
    public final int[] underlying;
    public final int[] expiry;
    public final double[] strike;
    /** 0 stock, MarketEvent.CALL or MarketEvent.PUT. */
    public final int[] right;
    public final int[] multiplier;
    /** Next contract of the same underlying (a linked list per underlying), -1 at the end. */
    public final int[] nextOfUnderlying;
    private final int[] firstOfUnderlying;

    // latest market
    public final double[] bid;
    public final double[] ask;
    public final double[] last;
    public final int[] bidSize;
    public final int[] askSize;
    public final long[] volume;
    public final long[] openInterest;
    public final long[] quoteTimeNanos;
    /** True when the latest quote was produced by the engine's model rather than observed. */
    public final boolean[] modeled;
    /** Implied volatility (annualised decimal) and Greeks per share; NaN until computed. */
    public final double[] iv;
    public final double[] delta;
    public final double[] gamma;
    public final double[] theta;
    public final double[] vega;

    public Instruments(final int maxSymbols, final int capacity)
    {
        this.capacity = capacity;
        this.idByKey = new Long2LongHashMap(capacity * 2, 0.65f, MISSING);
        this.stockIdBySymbol = new int[maxSymbols];
        java.util.Arrays.fill(stockIdBySymbol, NOT_FOUND);
        this.firstOfUnderlying = new int[maxSymbols];
        java.util.Arrays.fill(firstOfUnderlying, NOT_FOUND);
        underlying = new int[capacity];
        expiry = new int[capacity];
        strike = new double[capacity];
        right = new int[capacity];
        multiplier = new int[capacity];
        nextOfUnderlying = new int[capacity];
        bid = new double[capacity];
        ask = new double[capacity];
        last = new double[capacity];
        bidSize = new int[capacity];
        askSize = new int[capacity];
        volume = new long[capacity];
        openInterest = new long[capacity];
        quoteTimeNanos = new long[capacity];
        modeled = new boolean[capacity];
        iv = new double[capacity];
        delta = new double[capacity];
        gamma = new double[capacity];
        theta = new double[capacity];
        vega = new double[capacity];
    }

    public int count()
    {
        return count;
    }

    public int capacity()
    {
        return capacity;
    }

    /** The contract id of the stock itself, interned on first use; -1 when full. */
    public int stock(final int symbolId)
    {
        if (symbolId < 0 || symbolId >= stockIdBySymbol.length)
        {
            return NOT_FOUND;
        }
        int id = stockIdBySymbol[symbolId];
        if (id == NOT_FOUND)
        {
            id = add(symbolId, 0, 0.0, STOCK, 1);
            stockIdBySymbol[symbolId] = id;
        }
        return id;
    }

    /** The id of an option contract, interned on first sight; -1 when full or the key is invalid. */
    public int option(final int underlyingId, final int expiryYmd, final double strikeDollars, final int optionRight)
    {
        if (underlyingId < 0 || underlyingId >= stockIdBySymbol.length || expiryYmd < 19_000_101 || expiryYmd > 29_991_231
            || !(strikeDollars > 0.0 && strikeDollars < 134_000.0) || (optionRight != MarketEvent.CALL && optionRight != MarketEvent.PUT))
        {
            return NOT_FOUND;
        }
        final long key = key(underlyingId, expiryYmd, strikeDollars, optionRight);
        final long found = idByKey.get(key);
        if (found != MISSING)
        {
            return (int)found;
        }
        final int id = add(underlyingId, expiryYmd, strikeDollars, optionRight, 100);
        if (id != NOT_FOUND)
        {
            idByKey.put(key, id);
        }
        return id;
    }

    /** Looks an option up without interning it. */
    public int findOption(final int underlyingId, final int expiryYmd, final double strikeDollars, final int optionRight)
    {
        if (underlyingId < 0 || !(strikeDollars > 0.0 && strikeDollars < 134_000.0))
        {
            return NOT_FOUND;
        }
        final long found = idByKey.get(key(underlyingId, expiryYmd, strikeDollars, optionRight));
        return found == MISSING ? NOT_FOUND : (int)found;
    }

    /** First contract of an underlying's chain (stock included), then follow {@link #nextOfUnderlying}. */
    public int firstOf(final int underlyingId)
    {
        return underlyingId >= 0 && underlyingId < firstOfUnderlying.length ? firstOfUnderlying[underlyingId] : NOT_FOUND;
    }

    public boolean isOption(final int id)
    {
        return right[id] != STOCK;
    }

    /** Mid price, or NaN without a two-sided quote. */
    public double mid(final int id)
    {
        final double b = bid[id];
        final double a = ask[id];
        return b > 0.0 && a >= b ? 0.5 * (a + b) : Double.NaN;
    }

    private int add(final int underlyingId, final int expiryYmd, final double strikeDollars, final int optionRight, final int mult)
    {
        if (count == capacity)
        {
            return NOT_FOUND;
        }
        final int id = count++;
        underlying[id] = underlyingId;
        expiry[id] = expiryYmd;
        strike[id] = strikeDollars;
        right[id] = optionRight;
        multiplier[id] = mult;
        nextOfUnderlying[id] = firstOfUnderlying[underlyingId];
        firstOfUnderlying[underlyingId] = id;
        iv[id] = Double.NaN;
        delta[id] = Double.NaN;
        gamma[id] = Double.NaN;
        theta[id] = Double.NaN;
        vega[id] = Double.NaN;
        return id;
    }

    /**
     * underlying (20 bits) | days since 1900-01-01 approximated as yyyy*372+mm*31+dd (17 bits) |
     * strike in tenths of a cent (26 bits, up to $67,108) | right (1 bit).
     */
    private static long key(final int underlyingId, final int expiryYmd, final double strikeDollars, final int optionRight)
    {
        final long day = (expiryYmd / 10_000 - 1900) * 372L + ((expiryYmd / 100) % 100) * 31L + (expiryYmd % 100);
        final long strikeMills = Math.round(strikeDollars * 1000.0);
        return ((long)underlyingId << 44) | ((day & 0x1FFFF) << 27) | ((strikeMills & 0x3FFFFFF) << 1) | (optionRight == MarketEvent.PUT ? 1 : 0);
    }
}
