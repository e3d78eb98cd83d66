package com.quantmatrix.engine.options.chain;

import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import java.util.Arrays;

/**
 * One underlying's option quotes (a chain snapshot or a stream of chain updates) in growable
 * primitive columns, as the chain readers produce them; {@link #fill} turns row i into an
 * OPTION_QUOTE event. Used off the hot path (readers, replay sources, the chain command, tests).
 * Prices in dollars; NaN where the source has no value (vendor IV and Greeks, a missing side is 0).
 */
public final class ChainQuotes
{
    public final String underlying;
    /** The underlying's price with the snapshot (NaN when the source has none). */
    public double spot = Double.NaN;
    /** The New York date (yyyyMMdd) of the quotes. */
    public int date;

    private int size;
    public int[] expiry = new int[64];
    public double[] strike = new double[64];
    public int[] right = new int[64];
    public double[] bid = new double[64];
    public double[] ask = new double[64];
    public double[] last = new double[64];
    public int[] bidSize = new int[64];
    public int[] askSize = new int[64];
    public long[] volume = new long[64];
    public long[] openInterest = new long[64];
    public long[] timeNanos = new long[64];
    public double[] vendorIv = new double[64];
    public double[] vendorDelta = new double[64];
    public double[] vendorGamma = new double[64];
    public double[] vendorTheta = new double[64];
    public double[] vendorVega = new double[64];

    public ChainQuotes(final String underlying)
    {
        this.underlying = underlying;
    }

    public int size()
    {
        return size;
    }

    /** Appends a row; returns its index. Vendor columns start as NaN. */
    public int add(final int expiryYmd, final double strikeDollars, final int optionRight, final double bidPrice, final double askPrice,
        final double lastPrice, final long dayVolume, final long oi, final long quoteTimeNanos)
    {
        if (size == expiry.length)
        {
            grow(size * 2);
        }
        final int i = size++;
        expiry[i] = expiryYmd;
        strike[i] = strikeDollars;
        right[i] = optionRight;
        bid[i] = bidPrice;
        ask[i] = askPrice;
        last[i] = lastPrice;
        volume[i] = dayVolume;
        openInterest[i] = oi;
        timeNanos[i] = quoteTimeNanos;
        bidSize[i] = 0;
        askSize[i] = 0;
        vendorIv[i] = Double.NaN;
        vendorDelta[i] = Double.NaN;
        vendorGamma[i] = Double.NaN;
        vendorTheta[i] = Double.NaN;
        vendorVega[i] = Double.NaN;
        return i;
    }

    /** Fills an OPTION_QUOTE event from row i (inputs only; decisions cleared). */
    public void fill(final int i, final int symbolId, final long seq, final MarketEvent e)
    {
        e.clear();
        e.type = EventType.OPTION_QUOTE;
        e.seq = seq;
        e.eventTimeNanos = timeNanos[i];
        e.symbolId = symbolId;
        e.expiry = expiry[i];
        e.strike = strike[i];
        e.right = right[i];
        e.bid = bid[i];
        e.ask = ask[i];
        e.bidSize = bidSize[i];
        e.askSize = askSize[i];
        e.close = last[i];
        e.volume = volume[i];
        e.openInterest = openInterest[i];
        e.vendorIv = vendorIv[i];
    }

    private void grow(final int n)
    {
        expiry = Arrays.copyOf(expiry, n);
        strike = Arrays.copyOf(strike, n);
        right = Arrays.copyOf(right, n);
        bid = Arrays.copyOf(bid, n);
        ask = Arrays.copyOf(ask, n);
        last = Arrays.copyOf(last, n);
        bidSize = Arrays.copyOf(bidSize, n);
        askSize = Arrays.copyOf(askSize, n);
        volume = Arrays.copyOf(volume, n);
        openInterest = Arrays.copyOf(openInterest, n);
        timeNanos = Arrays.copyOf(timeNanos, n);
        vendorIv = Arrays.copyOf(vendorIv, n);
        vendorDelta = Arrays.copyOf(vendorDelta, n);
        vendorGamma = Arrays.copyOf(vendorGamma, n);
        vendorTheta = Arrays.copyOf(vendorTheta, n);
        vendorVega = Arrays.copyOf(vendorVega, n);
    }
}
