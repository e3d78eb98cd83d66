package com.quantmatrix.engine.portfolio;

import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.market.MarketView;
import com.quantmatrix.engine.pipeline.StateHash;

/**
 * The account: positions in options (multiplier 100) and stock, their cost, marks, Greeks and
 * realised P&L, fees, cash. Money is booked in micros with exact integer arithmetic: the cost and
 * opening fees of a position are allocated to partial closes by {@link Money#share}, whose remainder
 * stays with the position, so over a round trip every micro is accounted for and
 * {@code equity == initialCash + realized + unrealized - openingFeesNotYetRealized} holds exactly.
 *
 * <p>State is held in primitive arrays indexed by contract id (see {@link Instruments}); open
 * positions are also kept in a dense list for O(positions) scans. Single writer: the position stage.
 * Earlier stages (exits, risk, routing, the paper broker) read it; in the staged layout they may see
 * it a few events late, never torn.
 *
 * <p>Units: qty in contracts (options) or shares; prices per share in micros; Greeks per share
 * (theta per calendar day, vega per volatility point) as {@link Instruments} holds them.
 */
public final class Portfolio implements StateHash.Hashable
{
    /** Close reason of a position settled at expiry (outside the IntentPurpose range). */
    public static final int CLOSE_EXPIRED = 100;

    private final Instruments instruments;
    private final MarketView market;
    private final long initialCashMicros;
    private final int capacity;

    // ---------------------------------------------------------------- per contract (open position)
    private final long[] qty;
    /** Signed cost of the open quantity: sum of side * qty * price * multiplier of opening fills, less what closes took out. */
    private final long[] cost;
    /** Opening fees not yet realised by a close. */
    private final long[] openFees;
    private final long[] mark;
    /** Double views kept with the exact values, so risk math per event does no division. */
    private final double[] markDollars;
    private final double[] averageCostDollars;
    /** Per-contract change count (fills, marks, Greeks): what a reader derived from a position stays valid while it is unchanged. */
    private final long[] contractVersion;
    private final long[] openTime;
    private final long[] maxAbsQty;
    private final double[] entryUnderlying;
    private final double[] entryAtr;
    private final double[] entryIv;
    /** Delta per share when the position opened (NaN when the contract had no Greeks then): reports only. */
    private final double[] entryDelta;
    private final double[] delta;
    private final double[] gamma;
    private final double[] theta;
    private final double[] vega;
    // round trip so far (reported when flat)
    private final long[] rtOpenQty;
    private final long[] rtOpenValue;
    private final long[] rtCloseQty;
    private final long[] rtCloseValue;
    private final long[] rtFees;
    private final long[] rtPnl;

    private final int[] openIds;
    private final int[] openIndex;
    private int openCount;

    // ---------------------------------------------------------------- account
    private long cashMicros;
    private long realizedMicros;
    private long feesMicros;
    private long marketValueMicros;
    private long openCostMicros;
    private long openFeesMicros;
    private long fills;
    /** Bumped on every change of a position, its mark or its Greeks: lets readers reuse what they derived. */
    private long version;

    private final TradeStats stats = new TradeStats();
    private ClosedTradeListener[] tradeListeners = new ClosedTradeListener[0];
    private DailyMarkListener[] markListeners = new DailyMarkListener[0];

    public Portfolio(final PortfolioSettings settings, final Instruments instruments, final MarketView market)
    {
        this.instruments = instruments;
        this.market = market;
        this.capacity = instruments.capacity();
        this.initialCashMicros = Money.ofDollars(settings.initialCash);
        this.cashMicros = initialCashMicros;
        qty = new long[capacity];
        cost = new long[capacity];
        openFees = new long[capacity];
        mark = new long[capacity];
        markDollars = new double[capacity];
        averageCostDollars = new double[capacity];
        contractVersion = new long[capacity];
        openTime = new long[capacity];
        maxAbsQty = new long[capacity];
        entryUnderlying = new double[capacity];
        entryAtr = new double[capacity];
        entryIv = new double[capacity];
        entryDelta = new double[capacity];
        delta = new double[capacity];
        gamma = new double[capacity];
        theta = new double[capacity];
        vega = new double[capacity];
        rtOpenQty = new long[capacity];
        rtOpenValue = new long[capacity];
        rtCloseQty = new long[capacity];
        rtCloseValue = new long[capacity];
        rtFees = new long[capacity];
        rtPnl = new long[capacity];
        openIds = new int[capacity];
        openIndex = new int[capacity];
        java.util.Arrays.fill(openIndex, -1);
    }

    /** Adds a listener for finished round trips (set-up time, not the hot path). */
    public synchronized void addClosedTradeListener(final ClosedTradeListener l)
    {
        final ClosedTradeListener[] next = java.util.Arrays.copyOf(tradeListeners, tradeListeners.length + 1);
        next[next.length - 1] = l;
        tradeListeners = next;
    }

    /** Adds a listener for the daily mark-to-market (set-up time, not the hot path). */
    public synchronized void addDailyMarkListener(final DailyMarkListener l)
    {
        final DailyMarkListener[] next = java.util.Arrays.copyOf(markListeners, markListeners.length + 1);
        next[next.length - 1] = l;
        markListeners = next;
    }

    // ================================================================ fills

    /**
     * Books one fill. A fill against the position's sign closes (realising P&L with a pro-rata share of
     * the position's cost and opening fees); one beyond zero closes all and opens the rest.
     *
     * @param side +1 buy, -1 sell
     * @param fillQty contracts or shares, > 0
     * @param priceMicros price per share
     * @param feeMicros every fee of this fill (>= 0)
     * @param purpose IntentPurpose of the order (the close reason when it closes)
     */
    public void applyFill(
        final int contractId,
        final int side,
        final long fillQty,
        final long priceMicros,
        final long feeMicros,
        final int purpose,
        final long timeNanos)
    {
        if (contractId < 0 || contractId >= instruments.count() || (side != 1 && side != -1) || fillQty <= 0 || priceMicros < 0 || feeMicros < 0)
        {
            throw new IllegalArgumentException("invalid fill: contract " + contractId + " side " + side + " qty " + fillQty + " price " + priceMicros);
        }
        fills++;
        version++;
        contractVersion[contractId]++;
        final int mult = instruments.multiplier[contractId];
        final long pos = qty[contractId];
        cashMicros -= side * Money.notional(priceMicros, fillQty, mult) + feeMicros;
        feesMicros += feeMicros;
        if (pos == 0 || Long.signum(pos) == side)
        {
            open(contractId, side, fillQty, priceMicros, feeMicros, mult, timeNanos);
            return;
        }
        final long closeQty = Math.min(fillQty, Math.abs(pos));
        final long closeFee = Money.share(feeMicros, closeQty, fillQty);
        close(contractId, side, closeQty, priceMicros, closeFee, purpose, mult, timeNanos);
        if (closeQty < fillQty)
        {
            open(contractId, side, fillQty - closeQty, priceMicros, feeMicros - closeFee, mult, timeNanos);
        }
    }

    private void open(final int c, final int side, final long q, final long price, final long fee, final int mult, final long t)
    {
        if (qty[c] == 0)
        {
            startPosition(c, t);
        }
        final long value = Money.notional(price, q, mult);
        qty[c] += side * q;
        cost[c] += side * value;
        openCostMicros += side * value;
        openFees[c] += fee;
        openFeesMicros += fee;
        rtOpenQty[c] += q;
        rtOpenValue[c] += value;
        rtFees[c] += fee;
        maxAbsQty[c] = Math.max(maxAbsQty[c], Math.abs(qty[c]));
        averageCostDollars[c] = Money.toDollars(cost[c]) / (qty[c] * (double)mult);
        if (mark[c] == 0)
        {
            mark[c] = price;
            markDollars[c] = Money.toDollars(price);
        }
        marketValueMicros += Money.notional(mark[c], side * q, mult);
    }

    private void close(final int c, final int side, final long q, final long price, final long fee, final int purpose, final int mult, final long t)
    {
        final long pos = qty[c];
        final long absPos = Math.abs(pos);
        final long costOut = Money.share(cost[c], q, absPos);
        final long feeOut = Money.share(openFees[c], q, absPos);
        final long value = Money.notional(price, q, mult);
        // selling a long brings +value; buying back a short pays -value
        final long pnl = -side * value - costOut - feeOut - fee;
        cost[c] -= costOut;
        openCostMicros -= costOut;
        openFees[c] -= feeOut;
        openFeesMicros -= feeOut;
        marketValueMicros += Money.notional(mark[c], side * q, mult);
        qty[c] = pos + side * q;
        realizedMicros += pnl;
        rtCloseQty[c] += q;
        rtCloseValue[c] += value;
        rtFees[c] += fee;
        rtPnl[c] += pnl;
        if (qty[c] == 0)
        {
            finishPosition(c, purpose, t, Long.signum(pos));
        }
        else
        {
            averageCostDollars[c] = Money.toDollars(cost[c]) / (qty[c] * (double)mult);
        }
    }

    private void startPosition(final int c, final long t)
    {
        openTime[c] = t;
        maxAbsQty[c] = 0;
        rtOpenQty[c] = 0;
        rtOpenValue[c] = 0;
        rtCloseQty[c] = 0;
        rtCloseValue[c] = 0;
        rtFees[c] = 0;
        rtPnl[c] = 0;
        final int u = instruments.underlying[c];
        entryUnderlying[c] = market.lastPrice(u);
        entryAtr[c] = market.atr(u);
        final boolean option = instruments.isOption(c);
        entryIv[c] = option ? instruments.iv[c] : Double.NaN;
        entryDelta[c] = option ? instruments.delta[c] : 1.0;
        delta[c] = option ? finiteOr(instruments.delta[c], instruments.right[c]) : 1.0;
        gamma[c] = option ? finiteOr(instruments.gamma[c], 0.0) : 0.0;
        theta[c] = option ? finiteOr(instruments.theta[c], 0.0) : 0.0;
        vega[c] = option ? finiteOr(instruments.vega[c], 0.0) : 0.0;
        mark[c] = 0;
        openIndex[c] = openCount;
        openIds[openCount++] = c;
    }

    private void finishPosition(final int c, final int purpose, final long t, final int sign)
    {
        // with the whole quantity closed, Money.share handed out the whole cost and fees
        final int mult = instruments.multiplier[c];
        final long entryPrice = rtOpenQty[c] == 0 ? 0 : Math.round(rtOpenValue[c] / (double)(rtOpenQty[c] * mult));
        final long exitPrice = rtCloseQty[c] == 0 ? 0 : Math.round(rtCloseValue[c] / (double)(rtCloseQty[c] * mult));
        final long pnl = rtPnl[c];
        stats.record(pnl, t);
        final ClosedTradeListener[] ls = tradeListeners;
        for (final ClosedTradeListener l : ls)
        {
            l.onTradeClosed(c, openTime[c], t, sign * maxAbsQty[c], entryPrice, exitPrice, pnl, rtFees[c], purpose);
        }
        final int idx = openIndex[c];
        final int last = openIds[--openCount];
        openIds[idx] = last;
        openIndex[last] = idx;
        openIndex[c] = -1;
        mark[c] = 0;
        markDollars[c] = 0.0;
        averageCostDollars[c] = 0.0;
        maxAbsQty[c] = 0;
    }

    // ================================================================ marks and Greeks

    /** Marks a position at a price per share (micros); no-op when flat. */
    public void mark(final int contractId, final long priceMicros)
    {
        final long q = qty[contractId];
        if (q != 0 && priceMicros > 0)
        {
            marketValueMicros += Money.notional(priceMicros - mark[contractId], q, instruments.multiplier[contractId]);
            if (mark[contractId] != priceMicros)
            {
                version++;
                contractVersion[contractId]++;
            }
            mark[contractId] = priceMicros;
            markDollars[contractId] = Money.toDollars(priceMicros);
        }
    }

    /** Re-marks a position from the contract's latest quote (mid, else last) and refreshes its Greeks. */
    public void markFromMarket(final int contractId)
    {
        if (qty[contractId] == 0)
        {
            return;
        }
        double px = instruments.mid(contractId);
        if (!(px > 0.0))
        {
            px = instruments.last[contractId];
        }
        if (!instruments.isOption(contractId))
        {
            final double last = market.lastPrice(instruments.underlying[contractId]);
            if (!(px > 0.0) && last > 0.0)
            {
                px = last;
            }
        }
        if (px > 0.0 && Double.isFinite(px))
        {
            mark(contractId, Money.ofDollars(px));
        }
        refreshGreeks(contractId);
    }

    /** Keeps the last finite Greeks of the contract (a failed IV solve must not erase a position's risk). */
    public void refreshGreeks(final int c)
    {
        if (!instruments.isOption(c))
        {
            return;
        }
        version++;
        contractVersion[c]++;
        if (Double.isFinite(instruments.delta[c]))
        {
            delta[c] = instruments.delta[c];
        }
        if (Double.isFinite(instruments.gamma[c]))
        {
            gamma[c] = instruments.gamma[c];
        }
        if (Double.isFinite(instruments.theta[c]))
        {
            theta[c] = instruments.theta[c];
        }
        if (Double.isFinite(instruments.vega[c]))
        {
            vega[c] = instruments.vega[c];
        }
    }

    /** Re-marks every open position (the daily mark-to-market), O(positions). */
    public void markAll()
    {
        for (int i = 0; i < openCount; i++)
        {
            markFromMarket(openIds[i]);
        }
    }

    /** Marks everything and reports the day's closing account to the listeners. */
    public void endOfDay(final int yyyymmdd)
    {
        markAll();
        final DailyMarkListener[] ls = markListeners;
        for (final DailyMarkListener l : ls)
        {
            l.onDailyMark(yyyymmdd, equityMicros(), cashMicros, realizedMicros, unrealizedMicros(), feesMicros);
        }
    }

    /**
     * Settles options that expired before {@code todayYmd} at intrinsic value against the underlying's
     * last price (exercise or assignment cash-settled at intrinsic, no fee), O(positions).
     */
    public void settleExpired(final int todayYmd, final long timeNanos)
    {
        for (int i = openCount - 1; i >= 0; i--)
        {
            final int c = openIds[i];
            if (instruments.isOption(c) && instruments.expiry[c] < todayYmd)
            {
                final double s = market.lastPrice(instruments.underlying[c]);
                final double intrinsic = Double.isFinite(s) ? Math.max(0.0, instruments.right[c] * (s - instruments.strike[c])) : 0.0;
                final long px = Money.ofDollars(intrinsic);
                final long q = qty[c];
                final int side = q > 0 ? -1 : 1;
                fills++;
                version++;
                contractVersion[c]++;
                cashMicros -= side * Money.notional(px, Math.abs(q), instruments.multiplier[c]);
                close(c, side, Math.abs(q), px, 0, CLOSE_EXPIRED, instruments.multiplier[c], timeNanos);
            }
        }
    }

    // ================================================================ account views

    public long equityMicros()
    {
        return cashMicros + marketValueMicros;
    }

    public long cashMicros()
    {
        return cashMicros;
    }

    public long initialCashMicros()
    {
        return initialCashMicros;
    }

    /** A cash account holding long options and stock: buying power is the cash. */
    public long buyingPowerMicros()
    {
        return cashMicros;
    }

    public long realizedMicros()
    {
        return realizedMicros;
    }

    /** Market value less the cost of the open quantities (fees excluded). */
    public long unrealizedMicros()
    {
        return marketValueMicros - openCostMicros;
    }

    public long feesMicros()
    {
        return feesMicros;
    }

    /** Opening fees of open positions, realised when they close. */
    public long openFeesMicros()
    {
        return openFeesMicros;
    }

    public long marketValueMicros()
    {
        return marketValueMicros;
    }

    public long fillCount()
    {
        return fills;
    }

    /** Changes of one contract's position, mark or Greeks so far. */
    public long contractVersion(final int c)
    {
        return contractVersion[c];
    }

    /** Changes so far (fills, marks, Greeks); equal values mean nothing in the book moved. */
    public long version()
    {
        return version;
    }

    public TradeStats stats()
    {
        return stats;
    }

    // ================================================================ position views

    public int openCount()
    {
        return openCount;
    }

    /** The i-th open position's contract id (0 <= i < openCount), in no particular order. */
    public int openContract(final int i)
    {
        return openIds[i];
    }

    public long position(final int contractId)
    {
        return qty[contractId];
    }

    public long costMicros(final int contractId)
    {
        return cost[contractId];
    }

    /** Average cost per share of the open quantity in micros (rounded), 0 when flat. */
    public long averageCostMicros(final int c)
    {
        final long q = qty[c];
        return q == 0 ? 0 : Math.round(cost[c] / (double)(q * instruments.multiplier[c]));
    }

    public long markMicros(final int c)
    {
        return mark[c];
    }

    /** The mark per share in dollars (for risk estimates; the booked value is {@link #markMicros}). */
    public double markPrice(final int c)
    {
        return markDollars[c];
    }

    /** Average cost per share in dollars of the open quantity (for risk estimates), 0 when flat. */
    public double averageCost(final int c)
    {
        return averageCostDollars[c];
    }

    /** Market value of one position in micros. */
    public long positionValueMicros(final int c)
    {
        return Money.notional(mark[c], qty[c], instruments.multiplier[c]);
    }

    public long openTimeNanos(final int c)
    {
        return openTime[c];
    }

    /** Largest absolute quantity held since the position opened (the base of scale-out fractions). */
    public long maxQty(final int c)
    {
        return maxAbsQty[c];
    }

    public double entryUnderlyingPrice(final int c)
    {
        return entryUnderlying[c];
    }

    public double entryAtr(final int c)
    {
        return entryAtr[c];
    }

    public double entryIv(final int c)
    {
        return entryIv[c];
    }

    /** Delta per share at the opening fill (1 for stock; NaN when the option had no Greeks yet). */
    public double entryDelta(final int c)
    {
        return entryDelta[c];
    }

    /** Opening fees of the open quantity not yet realised by a close, micros. */
    public long openFeesMicros(final int c)
    {
        return openFees[c];
    }

    /** Every fee of the current round trip so far (opens and scale-outs), micros. */
    public long roundTripFeesMicros(final int c)
    {
        return rtFees[c];
    }

    /** Realised P&L of the current round trip so far (scale-outs), micros. */
    public long roundTripPnlMicros(final int c)
    {
        return rtPnl[c];
    }

    public double deltaPerShare(final int c)
    {
        return delta[c];
    }

    public double gammaPerShare(final int c)
    {
        return gamma[c];
    }

    public double thetaPerShare(final int c)
    {
        return theta[c];
    }

    public double vegaPerShare(final int c)
    {
        return vega[c];
    }

    /** Position delta in share equivalents. */
    public double positionDeltaShares(final int c)
    {
        return qty[c] * instruments.multiplier[c] * delta[c];
    }

    /** Dollars the position gains when its underlying rises 1%. */
    public double positionDeltaDollarsPerPct(final int c)
    {
        return positionDeltaShares(c) * underlyingPrice(c) * 0.01;
    }

    /** Dollars the position gains when implied volatility rises one point. */
    public double positionVegaDollars(final int c)
    {
        return qty[c] * instruments.multiplier[c] * vega[c];
    }

    /** Dollars the position earns per calendar day from time decay. */
    public double positionThetaDollars(final int c)
    {
        return qty[c] * instruments.multiplier[c] * theta[c];
    }

    /** Change of position delta (shares) per $1 move of the underlying. */
    public double positionGammaShares(final int c)
    {
        return qty[c] * instruments.multiplier[c] * gamma[c];
    }

    public double netDeltaDollarsPerPct()
    {
        double s = 0.0;
        for (int i = 0; i < openCount; i++)
        {
            s += positionDeltaDollarsPerPct(openIds[i]);
        }
        return s;
    }

    public double netVegaDollars()
    {
        double s = 0.0;
        for (int i = 0; i < openCount; i++)
        {
            s += positionVegaDollars(openIds[i]);
        }
        return s;
    }

    public double netThetaDollars()
    {
        double s = 0.0;
        for (int i = 0; i < openCount; i++)
        {
            s += positionThetaDollars(openIds[i]);
        }
        return s;
    }

    public double netGammaShares()
    {
        double s = 0.0;
        for (int i = 0; i < openCount; i++)
        {
            s += positionGammaShares(openIds[i]);
        }
        return s;
    }

    /** The underlying's last price, or for an option without one its strike (a stand-in for spot). */
    public double underlyingPrice(final int c)
    {
        final double s = market.lastPrice(instruments.underlying[c]);
        if (s > 0.0 && Double.isFinite(s))
        {
            return s;
        }
        return instruments.isOption(c) ? instruments.strike[c] : markDollars[c];
    }

    /** Direction of a position: +1 gains when the underlying rises (long call, long stock), -1 otherwise. */
    public int direction(final int c)
    {
        final int r = instruments.right[c];
        final int optionSign = r == MarketEvent.PUT ? -1 : 1;
        return Long.signum(qty[c]) * optionSign;
    }

    private static double finiteOr(final double v, final double fallback)
    {
        return Double.isFinite(v) ? v : fallback;
    }

    @Override
    public void hashInto(final StateHash h)
    {
        h.mix(cashMicros).mix(realizedMicros).mix(feesMicros).mix(marketValueMicros).mix(openCostMicros).mix(openFeesMicros).mix(fills);
        h.mix(openCount);
        final int n = instruments.count();
        for (int c = 0; c < n && c < capacity; c++)
        {
            if (qty[c] != 0)
            {
                h.mix(c).mix(qty[c]).mix(cost[c]).mix(openFees[c]).mix(mark[c]).mix(openTime[c]).mix(maxAbsQty[c]).mix(rtPnl[c]);
            }
        }
        stats.hashInto(h);
    }
}
