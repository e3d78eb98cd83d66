package com.quantmatrix.engine.options;

import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.instrument.Instruments;

/**
 * A modeled option chain for a symbol and day with no real chain: the contracts a US exchange would
 * list, priced with the engine's own model, with a realistic spread; every quote it emits carries
 * {@link MarketEvent#FLAG_MODELED} (and the selection stage sets {@code Instruments.modeled}), and a
 * real chain always wins (the stage never lets a modeled quote overwrite a contract with a real quote
 * that day). Rules, stated once:
 * <ul>
 *   <li>Expiry cycle: the next {@code options.modeled.monthlies} monthly expiries (the third Friday of
 *       each month, strictly after today) and, when {@code options.modeled.weeklies} > 0, that many
 *       further Fridays that are not monthly expiries. A Friday on a fixed-date holiday (Jan 1, Jul 4,
 *       Dec 25) expires the Thursday before; other holidays (Good Friday) are not modeled.</li>
 *   <li>Strike grid (CBOE's traditional intervals with the $1 and $2.50 strike programs), by spot:
 *       below $25 every $1; $25-50 every $2.50; $50-200 every $5; $200 and up every $10; strikes
 *       within +-{@code options.modeled.strikeRange} (30%) of spot; a call and a put at each.</li>
 *   <li>Volatility: sigma = max(minVol, HV x clamp((VIX / 100) / HV_market, minIvToHv, maxIvToHv)),
 *       i.e. the stock's realized volatility scaled by the market's implied-to-realized ratio (VIX
 *       against the realized volatility of options.modeled.marketSymbol, SPY); fallbackIvToHv when
 *       VIX or the market's HV is unknown; VIX / 100 itself when the stock's HV is unknown. Flat
 *       across strikes (no smile).</li>
 *   <li>Price: the style's model ({@link OptionStyle}: Barone-Adesi-Whaley for American) at that vol.</li>
 *   <li>Spread: max(minSpread $0.05, spreadFraction 4% x model price), centred on the model price;
 *       bid rounded down and ask up to the tick ($0.01 below $3, $0.05 from $3); a bid that rounds
 *       to 0 is left at 0 (no bid, as for far out-of-the-money real contracts).</li>
 *   <li>No volume, open interest or last trade: the selector's liquidity rules treat modeled
 *       contracts by options.select.modeledLiquidity.</li>
 * </ul>
 * Preallocated (no allocation per generation); off the pipeline thread it only computes, it never
 * reads the contract table.
 */
public final class ModeledChain
{
    private static final int MAX_EXPIRIES = 40;

    private final SelectorSettings s;
    private final int[] expiries = new int[MAX_EXPIRIES];

    public final int capacity;
    public int count;
    /** The model volatility of the last generation. */
    public double vol;
    public long timeNanos;
    public final int[] expiry;
    public final double[] strike;
    public final int[] right;
    public final double[] price;
    public final double[] bid;
    public final double[] ask;

    public ModeledChain(final SelectorSettings settings, final int capacity)
    {
        this.s = settings;
        this.capacity = capacity;
        expiry = new int[capacity];
        strike = new double[capacity];
        right = new int[capacity];
        price = new double[capacity];
        bid = new double[capacity];
        ask = new double[capacity];
    }

    /** The strike interval at a spot price (see the class comment). */
    public static double strikeIncrement(final double spot)
    {
        return spot < 25.0 ? 1.0 : spot < 50.0 ? 2.5 : spot < 200.0 ? 5.0 : 10.0;
    }

    /** The model volatility (see the class comment); NaN when nothing is known. */
    public static double modelVol(final SelectorSettings s, final double hv, final double vix, final double marketHv)
    {
        final boolean hvOk = hv > 0.0 && hv < OptionInputs.MAX_VOL;
        final boolean vixOk = vix > 0.0 && vix < 1_000.0;
        if (!hvOk)
        {
            return vixOk ? Math.max(s.modeledMinVol, vix / 100.0) : Double.NaN;
        }
        double ratio = vixOk && marketHv > 0.0 ? (vix / 100.0) / marketHv : s.modeledFallbackIvToHv;
        ratio = Math.min(Math.max(ratio, s.modeledMinIvToHv), s.modeledMaxIvToHv);
        return Math.max(s.modeledMinVol, hv * ratio);
    }

    /** The listed expiries after a date (yyyyMMdd), ascending, into {@code out}; returns how many. */
    public static int listedExpiries(final int todayYmd, final int monthlies, final int weeklies, final int[] out)
    {
        int n = 0;
        int year = todayYmd / 10_000;
        int month = (todayYmd / 100) % 100;
        while (n < monthlies && n < out.length)
        {
            final int tf = NyTime.thirdFriday(year, month);
            if (tf > todayYmd)
            {
                out[n++] = tf;
            }
            if (++month > 12)
            {
                month = 1;
                year++;
            }
        }
        final int monthlyCount = n;
        long day = NyTime.epochDay(todayYmd) + 1;
        int added = 0;
        while (added < weeklies && n < out.length)
        {
            if (NyTime.dayOfWeek(day) == 4)
            {
                final int ymd = holidayAdjusted(NyTime.ymd(day));
                boolean isMonthly = false;
                for (int i = 0; i < monthlyCount; i++)
                {
                    isMonthly |= out[i] == ymd;
                }
                if (ymd > todayYmd && !isMonthly && ymd != NyTime.thirdFriday(ymd / 10_000, (ymd / 100) % 100))
                {
                    out[n++] = ymd;
                    added++;
                }
            }
            day++;
        }
        java.util.Arrays.sort(out, 0, n);
        return n;
    }

    /** A Friday that is a fixed-date exchange holiday (Jan 1, Jul 4, Dec 25) expires the Thursday before. */
    static int holidayAdjusted(final int fridayYmd)
    {
        final int md = fridayYmd % 10_000;
        return md == 101 || md == 704 || md == 1225 ? NyTime.ymd(NyTime.epochDay(fridayYmd) - 1) : fridayYmd;
    }

    /**
     * Generates the chain at {@code nowNanos} for a stock at {@code spot}; returns the number of
     * contracts (0 when the volatility cannot be modeled or the spot is invalid).
     */
    public int generate(final double spot, final double hv, final double vix, final double marketHv, final double rate,
        final double dividend, final long nowNanos, final int style)
    {
        count = 0;
        timeNanos = nowNanos;
        vol = modelVol(s, hv, vix, marketHv);
        if (!(spot > 0.0 && spot < 134_000.0) || !(vol > 0.0) || !(rate > -1.0 && rate < 1.0))
        {
            return 0;
        }
        final int today = NyTime.nyDate(nowNanos);
        final int nExp = listedExpiries(today, s.modeledMonthlies, s.modeledWeeklies, expiries);
        final double inc = strikeIncrement(spot);
        final double lo = Math.ceil(spot * (1.0 - s.modeledStrikeRange) / inc) * inc;
        final double hi = Math.floor(spot * (1.0 + s.modeledStrikeRange) / inc) * inc;
        for (int e = 0; e < nExp; e++)
        {
            final double years = NyTime.yearsToExpiry(nowNanos, NyTime.expiryNanos(expiries[e]));
            for (double k = Math.max(lo, inc); k <= hi + 1e-9; k += inc)
            {
                final double strikeK = Math.round(k * 1000.0) / 1000.0;
                for (int r = 0; r < 2 && count < capacity; r++)
                {
                    final int optionRight = r == 0 ? MarketEvent.CALL : MarketEvent.PUT;
                    final double p = OptionStyle.price(style, optionRight, spot, strikeK, rate, dividend, vol, years);
                    final double spread = Math.max(s.modeledMinSpread, s.modeledSpreadFraction * p);
                    final int i = count++;
                    expiry[i] = expiries[e];
                    strike[i] = strikeK;
                    right[i] = optionRight;
                    price[i] = p;
                    bid[i] = roundDown(p - 0.5 * spread);
                    ask[i] = roundUp(p + 0.5 * spread);
                }
            }
        }
        return count;
    }

    /** Fills an OPTION_QUOTE event (flagged modeled) from contract i of the last generation. */
    public void fill(final int i, final int symbolId, final long seq, final MarketEvent e)
    {
        e.clear();
        e.type = EventType.OPTION_QUOTE;
        e.seq = seq;
        e.eventTimeNanos = timeNanos;
        e.symbolId = symbolId;
        e.flags = MarketEvent.FLAG_MODELED;
        e.expiry = expiry[i];
        e.strike = strike[i];
        e.right = right[i];
        e.bid = bid[i];
        e.ask = ask[i];
        e.vendorIv = Double.NaN;
    }

    /**
     * Whether an underlying already has a real (not modeled) option quote on the New York day of
     * {@code nowNanos}: a source calls this on the pipeline thread to skip modeling that day.
     */
    public static boolean hasRealQuoteToday(final Instruments ins, final int underlyingId, final long nowNanos)
    {
        final int today = NyTime.nyDate(nowNanos);
        for (int id = ins.firstOf(underlyingId); id != Instruments.NOT_FOUND; id = ins.nextOfUnderlying[id])
        {
            if (ins.isOption(id) && !ins.modeled[id] && ins.quoteTimeNanos[id] != 0 && NyTime.nyDate(ins.quoteTimeNanos[id]) == today)
            {
                return true;
            }
        }
        return false;
    }

    private static double tick(final double p)
    {
        return p < 3.0 ? 0.01 : 0.05;
    }

    private static double roundDown(final double p)
    {
        if (p <= 0.0)
        {
            return 0.0;
        }
        final double t = tick(p);
        return Math.round(Math.floor(p / t + 1e-9) * t * 100.0) / 100.0;
    }

    private static double roundUp(final double p)
    {
        final double t = tick(p);
        return Math.round(Math.max(Math.ceil(p / t - 1e-9) * t, t) * 100.0) / 100.0;
    }
}
