package com.quantmatrix.engine.risk;

import com.quantmatrix.engine.broker.FeeSchedule;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.exit.StopRule;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.market.MarketView;
import com.quantmatrix.engine.oms.LimitPricer;
import com.quantmatrix.engine.oms.OrderManager;
import com.quantmatrix.engine.pipeline.StateHash;
import com.quantmatrix.engine.portfolio.Money;
import com.quantmatrix.engine.portfolio.Portfolio;

/**
 * Every pre-trade check of the strategy, and the sizing of entries by the same numbers.
 *
 * <p>Exposure is measured once per event that has intents: each open position, working entry order
 * and entry already accepted in this event is a row with its underlying, sector, open risk (loss if
 * its stop is hit, {@link StopRule}), value, and dollar delta (per 1% move) and vega (per volatility
 * point). Working entries count at their limit price. A position's row is computed again only when
 * its book entry changed (the portfolio's per-contract version) or an event about its underlying
 * arrived since; the whole measure is reused when neither the portfolio nor the order book moved and
 * the event is not about a held underlying. So a check costs O(changed positions) plus a scan.
 *
 * <p>An entry (OPEN, a buy) passes when, in this order: not halted, not suspended (daily loss), not
 * reduce-only, not paused (losing streak), VIX at most its limit, equity positive, a two-sided quote
 * with spread, volume and open interest inside the selector's liquidity rules, the limit within the
 * collar, Greeks known, no position already in the underlying (unless allowed), correlation with each
 * held underlying at most the limit, the order rate not exceeded, and the quantity within every cap:
 * <pre>
 *   per trade      q * risk         <= 2% x equity x drawdown factor
 *   Kelly          q                <= floor(0.25 x f* x equity / risk)   (once enough closed trades)
 *   per underlying held risk + q * risk <= 5% x equity
 *   heat           total risk + q * risk <= 20% x equity
 *   cash reserve   cash - working entry cost - q * cost >= 20% x equity
 *   sector         sector value + q * cost <= 30% x equity
 *   net delta/vega |net + q * per contract| <= limit x equity, or not increasing |net|
 *   size           q <= max contracts per order
 * </pre>
 * with risk = loss per contract at the stop plus round-trip fees and cost = limit x multiplier plus
 * opening fees. An exit (any reducing purpose) passes when not halted (flatten intents pass a halt
 * with flatten), not suspended, it reduces a position by at most what is not already being sold, has
 * a quote and is within the exit collar, and the order rate allows it. Caps are inclusive at micro
 * resolution: {@link #caps} are exact floors, so "q within every cap" is "every limit holds".
 */
public final class PreTradeRisk implements StateHash.Hashable
{
    /** Cap indexes, in the order a binding reason is reported. */
    static final int CAP_PER_TRADE = 0;
    static final int CAP_KELLY = 1;
    static final int CAP_UNDERLYING = 2;
    static final int CAP_HEAT = 3;
    static final int CAP_CASH = 4;
    static final int CAP_SECTOR = 5;
    static final int CAP_DELTA = 6;
    static final int CAP_VEGA = 7;
    static final int CAP_SIZE = 8;
    static final int CAPS = 9;
    private static final int[] CAP_REASON = {
        RiskReason.PER_TRADE_RISK, RiskReason.KELLY_CAP, RiskReason.PER_UNDERLYING_RISK, RiskReason.PORTFOLIO_HEAT,
        RiskReason.CASH_RESERVE, RiskReason.SECTOR_EXPOSURE, RiskReason.NET_DELTA, RiskReason.NET_VEGA, RiskReason.MAX_CONTRACTS};

    private final RiskSettings settings;
    private final Portfolio portfolio;
    private final OrderManager orders;
    private final Instruments instruments;
    private final MarketView market;
    private final StopRule stop;
    private final FeeSchedule fees;
    private final LimitPricer pricer;
    private final TradingSwitch tradingSwitch;
    private final SectorMap sectors;
    private final ReturnCorrelations correlations;
    private final CircuitBreakers breakers;
    private final OrderRateLimiter rate;
    private final PositionSizer sizer;

    // exposure rows of this event
    private final int[] rowUnderlying;
    private final int[] rowSector;
    private final long[] rowRisk;
    private final long[] rowValue;
    private boolean measured;
    /** This event's totals, and those of the book as last measured (reused while nothing in it moved). */
    private final Totals cur = new Totals();
    private final Totals base = new Totals();

    // exits accepted in this event (so two exits cannot sell the same contracts)
    private final int[] exitContract = new int[MarketEvent.MAX_INTENTS];
    private final long[] exitQty = new long[MarketEvent.MAX_INTENTS];
    private int exits;

    private final int[] seenStamp;
    private int stamp;
    private long now;

    // the exposure of the book as last measured, reused while nothing in it moved
    private boolean snapshotValid;
    private boolean touched;
    private long snapshotPortfolioVersion;
    private long snapshotOrdersVersion;
    /** Underlyings in the last measured book (stamped), so an event about one of them forces a new measure. */
    private final int[] heldStamp;
    private int heldEpoch;
    /** Per position: what it contributed when last computed, and when (event count, contract version). */
    private final long[] positionRisk;
    private final long[] positionValue;
    private final double[] positionDelta;
    private final double[] positionVega;
    private final long[] positionComputedAt;
    private final long[] positionVersion;
    /** Last event about each underlying: its prices may have moved since a position was computed. */
    private final long[] lastTouched;
    private long events;

    // terms of the entry being checked
    private long riskPerContract;
    private long costPerContract;
    private double deltaPerContract;
    private double vegaPerContract;
    private final long[] caps = new long[CAPS];
    private int bindingReason;

    public PreTradeRisk(
        final RiskSettings settings,
        final Portfolio portfolio,
        final OrderManager orders,
        final Instruments instruments,
        final MarketView market,
        final SymbolTable symbols,
        final StopRule stop,
        final FeeSchedule fees,
        final LimitPricer pricer,
        final TradingSwitch tradingSwitch,
        final SectorMap sectors)
    {
        this.settings = settings;
        this.portfolio = portfolio;
        this.orders = orders;
        this.instruments = instruments;
        this.market = market;
        this.stop = stop;
        this.fees = fees;
        this.pricer = pricer;
        this.tradingSwitch = tradingSwitch;
        this.sectors = sectors;
        this.correlations = new ReturnCorrelations(symbols.capacity(), settings.correlationWindowDays, settings.correlationMinDays);
        this.breakers = new CircuitBreakers(settings);
        this.rate = new OrderRateLimiter(settings.maxOrdersPerWindow, settings.orderRateWindowNanos);
        this.sizer = new PositionSizer(settings);
        final int maxRows = instruments.capacity() + orders.capacity() + MarketEvent.MAX_INTENTS;
        rowUnderlying = new int[maxRows];
        rowSector = new int[maxRows];
        rowRisk = new long[maxRows];
        rowValue = new long[maxRows];
        seenStamp = new int[symbols.capacity()];
        heldStamp = new int[symbols.capacity()];
        lastTouched = new long[symbols.capacity()];
        final int n = instruments.capacity();
        positionRisk = new long[n];
        positionValue = new long[n];
        positionDelta = new double[n];
        positionVega = new double[n];
        positionComputedAt = new long[n];
        positionVersion = new long[n];
        java.util.Arrays.fill(positionVersion, -1L);
        RiskReason.register();
    }

    public RiskSettings settings()
    {
        return settings;
    }

    public CircuitBreakers breakers()
    {
        return breakers;
    }

    public ReturnCorrelations correlations()
    {
        return correlations;
    }

    public TradingSwitch tradingSwitch()
    {
        return tradingSwitch;
    }

    public LimitPricer pricer()
    {
        return pricer;
    }

    // ================================================================ per event

    /** Every event, first: the clock and the circuit breakers. */
    public void beginEvent(final long eventTimeNanos)
    {
        beginEvent(eventTimeNanos, -1);
    }

    /**
     * Every event, first: the clock, the circuit breakers, and whether the event is about an
     * underlying in the book (its prices, quotes or Greeks may have moved: exposure is re-measured).
     */
    public void beginEvent(final long eventTimeNanos, final int symbolId)
    {
        now = eventTimeNanos;
        breakers.update(eventTimeNanos, portfolio.equityMicros(), portfolio.stats());
        measured = false;
        exits = 0;
        events++;
        if (symbolId >= 0 && symbolId < heldStamp.length)
        {
            // sticky until the next measure: an event without intents still moved the book's prices
            touched |= heldStamp[symbolId] == heldEpoch;
            lastTouched[symbolId] = events;
        }
    }

    /** An admin resume also ends a losing-streak pause. */
    public void onResume()
    {
        breakers.resume(portfolio.stats());
    }

    public void onDailyBar(final int symbolId, final int yyyymmdd, final double close)
    {
        correlations.onDailyBar(symbolId, yyyymmdd, close);
    }

    // ================================================================ sizing

    /**
     * Contracts to buy of {@code contractId} at {@code limitMicros}: the entry checks that do not
     * depend on the size first, then the smallest cap. 0 with {@link #bindingReason()} set when nothing
     * may be bought.
     */
    public long sizeEntry(final int contractId, final long limitMicros)
    {
        measure();
        final int gate = entryGate(contractId, limitMicros);
        if (gate != 0)
        {
            bindingReason = gate;
            return 0;
        }
        computeCaps(contractId);
        long n = Long.MAX_VALUE;
        int reason = 0;
        for (int k = 0; k < CAPS; k++)
        {
            if (caps[k] < n)
            {
                n = caps[k];
                reason = k == CAP_KELLY && caps[k] < 0 ? RiskReason.KELLY_NO_EDGE : CAP_REASON[k];
            }
        }
        n = Math.max(0, n);
        bindingReason = n == 0 ? reason : 0;
        return n;
    }

    /** Why the last {@link #sizeEntry} returned 0. */
    public int bindingReason()
    {
        return bindingReason;
    }

    // ================================================================ checks

    /** The verdict of intent {@code i} of the event: {@link RiskReason#ACCEPTED} or a reason code. */
    public int check(final MarketEvent e, final int i)
    {
        final int c = e.intentContractId[i];
        final int side = e.intentSide[i];
        final long q = e.intentQty[i];
        final long lim = e.intentLimitMicros[i];
        final int purpose = e.intentPurpose[i];
        boolean flatten = false;
        if (tradingSwitch.isHalted())
        {
            if (!(purpose == IntentPurpose.FLATTEN && tradingSwitch.flattenRequested()))
            {
                return RiskReason.HALTED;
            }
            flatten = true;
        }
        if (!flatten && breakers.suspended())
        {
            return RiskReason.SUSPENDED_DAILY_LOSS;
        }
        if (c < 0 || c >= instruments.count() || (side != 1 && side != -1) || q <= 0 || lim <= 0
            || purpose == IntentPurpose.CANCEL || purpose == IntentPurpose.REPRICE || purpose <= 0)
        {
            return RiskReason.INVALID_INTENT;
        }
        if (IntentPurpose.reducesPosition(purpose))
        {
            return checkExit(c, side, q, lim);
        }
        if (side != 1)
        {
            return RiskReason.INVALID_INTENT; // the strategy only buys to open (calls, puts, stock)
        }
        measure();
        final int gate = entryGate(c, lim);
        if (gate != 0)
        {
            return gate;
        }
        computeCaps(c);
        for (int k = 0; k < CAPS; k++)
        {
            if (q > caps[k])
            {
                return k == CAP_KELLY && caps[k] < 0 ? RiskReason.KELLY_NO_EDGE : CAP_REASON[k];
            }
        }
        if (!rate.allows(now))
        {
            return RiskReason.ORDER_RATE;
        }
        rate.record(now);
        addRow(instruments.underlying[c], q * riskPerContract, q * costPerContract);
        cur.add(q * riskPerContract, q * costPerContract, q * deltaPerContract, q * vegaPerContract);
        return RiskReason.ACCEPTED;
    }

    private int checkExit(final int c, final int side, final long q, final long lim)
    {
        final long pos = portfolio.position(c);
        if (pos == 0 || Long.signum(pos) == side)
        {
            return RiskReason.EXCEEDS_POSITION;
        }
        final long working = pos > 0 ? orders.workingSellQty(c) : orders.workingBuyQty(c);
        if (q > Math.abs(pos) - working - acceptedExitQty(c))
        {
            return RiskReason.EXCEEDS_POSITION;
        }
        final double mid = instruments.mid(c);
        if (!(mid > 0.0))
        {
            return RiskReason.NO_QUOTE;
        }
        if (!withinCollar(side, lim, mid, settings.exitCollarPct))
        {
            return RiskReason.PRICE_COLLAR;
        }
        if (!rate.allows(now))
        {
            return RiskReason.ORDER_RATE;
        }
        rate.record(now);
        if (exits < exitContract.length)
        {
            exitContract[exits] = c;
            exitQty[exits] = q;
            exits++;
        }
        return RiskReason.ACCEPTED;
    }

    private long acceptedExitQty(final int c)
    {
        long q = 0;
        for (int k = 0; k < exits; k++)
        {
            if (exitContract[k] == c)
            {
                q += exitQty[k];
            }
        }
        return q;
    }

    /** Size-independent entry checks; 0 when they pass. Also computes the entry's per-contract terms. */
    private int entryGate(final int c, final long lim)
    {
        if (tradingSwitch.isHalted())
        {
            return RiskReason.HALTED;
        }
        if (breakers.suspended())
        {
            return RiskReason.SUSPENDED_DAILY_LOSS;
        }
        if (c < 0 || c >= instruments.count() || lim <= 0)
        {
            return lim <= 0 && c >= 0 && c < instruments.count() && !(instruments.mid(c) > 0.0) ? RiskReason.NO_QUOTE : RiskReason.INVALID_INTENT;
        }
        if (tradingSwitch.isReduceOnly())
        {
            return RiskReason.REDUCE_ONLY;
        }
        if (breakers.paused())
        {
            return RiskReason.PAUSED_LOSS_STREAK;
        }
        if (market.vix() > settings.maxVix)
        {
            return RiskReason.VIX_TOO_HIGH;
        }
        if (cur.equity <= 0)
        {
            return RiskReason.NO_EQUITY;
        }
        final double bid = instruments.bid[c];
        final double ask = instruments.ask[c];
        if (!(bid > 0.0 && ask >= bid) || !Double.isFinite(ask))
        {
            return RiskReason.NO_QUOTE;
        }
        final double mid = 0.5 * (bid + ask);
        final boolean option = instruments.isOption(c);
        if (!((ask - bid) / mid < settings.maxSpreadPct))
        {
            return RiskReason.SPREAD_TOO_WIDE;
        }
        final boolean checkActivity = option && !(instruments.modeled[c] && settings.passModeledLiquidity);
        if (checkActivity && instruments.volume[c] <= settings.minVolume)
        {
            return RiskReason.VOLUME_TOO_LOW;
        }
        if (checkActivity && instruments.openInterest[c] <= settings.minOpenInterest)
        {
            return RiskReason.OPEN_INTEREST_TOO_LOW;
        }
        if (!withinCollar(1, lim, mid, settings.entryCollarPct))
        {
            return RiskReason.PRICE_COLLAR;
        }
        if (option && (!Double.isFinite(instruments.delta[c]) || !Double.isFinite(instruments.vega[c])))
        {
            return RiskReason.NO_GREEKS;
        }
        final int u = instruments.underlying[c];
        if (!settings.allowAddToPosition && holds(u))
        {
            return RiskReason.ALREADY_IN_POSITION;
        }
        if (tooCorrelated(u))
        {
            return RiskReason.CORRELATION;
        }
        entryTerms(c, lim);
        return 0;
    }

    /** Buy limits at most mid x (1 + collar), sell limits at least mid x (1 - collar), at micro resolution. */
    static boolean withinCollar(final int side, final long limitMicros, final double mid, final double collar)
    {
        if (side > 0)
        {
            return limitMicros <= (long)Math.floor(mid * (1.0 + collar) * Money.MICROS_PER_DOLLAR + 1e-6);
        }
        return limitMicros >= (long)Math.ceil(mid * (1.0 - collar) * Money.MICROS_PER_DOLLAR - 1e-6);
    }

    private void entryTerms(final int c, final long lim)
    {
        final boolean option = instruments.isOption(c);
        final int mult = instruments.multiplier[c];
        final int direction = instruments.right[c] == MarketEvent.PUT ? -1 : 1;
        final double entry = Money.toDollars(lim);
        final double lossPerShare = stop.entryLossPerShare(c, entry, direction);
        riskPerContract = (long)Math.ceil(lossPerShare * mult * Money.MICROS_PER_DOLLAR - 1e-6) + fees.roundTripEstimate(option, 1);
        costPerContract = Money.notional(lim, 1, mult) + fees.openEstimate(option, 1);
        final double delta = option ? instruments.delta[c] : 1.0;
        final double vega = option ? instruments.vega[c] : 0.0;
        deltaPerContract = mult * delta * spot(c) * 0.01;
        vegaPerContract = mult * vega;
    }

    private void computeCaps(final int c)
    {
        final int u = instruments.underlying[c];
        final long perTrade = Math.round(settings.perTradePct * cur.equity * breakers.sizeFactor());
        caps[CAP_PER_TRADE] = sizer.base(perTrade, riskPerContract);
        final long kelly = sizer.kellyCap(portfolio.stats(), cur.equity, riskPerContract, now);
        caps[CAP_KELLY] = kelly == PositionSizer.NO_EDGE ? -1 : kelly;
        caps[CAP_UNDERLYING] = PositionSizer.fit(Math.round(settings.perUnderlyingPct * cur.equity) - riskIn(u), riskPerContract);
        caps[CAP_HEAT] = PositionSizer.fit(Math.round(settings.heatPct * cur.equity) - cur.risk, riskPerContract);
        caps[CAP_CASH] = PositionSizer.fit(cur.cash - cur.pendingCost - Math.round(settings.cashReservePct * cur.equity), costPerContract);
        final int sector = sectors.sectorOf(u);
        caps[CAP_SECTOR] = sector < 0 ? PositionSizer.UNCAPPED
            : PositionSizer.fit(Math.round(settings.sectorMaxPct * cur.equity) - valueIn(sector), costPerContract);
        final double equityDollars = Money.toDollars(cur.equity);
        caps[CAP_DELTA] = PositionSizer.greekRoom(cur.delta, deltaPerContract, settings.maxNetDeltaPct * equityDollars);
        caps[CAP_VEGA] = PositionSizer.greekRoom(cur.vega, vegaPerContract, settings.maxNetVegaPct * equityDollars);
        caps[CAP_SIZE] = settings.maxContractsPerOrder;
    }

    // ================================================================ exposure

    /**
     * Exposure of the book: reused from the last event when neither the portfolio nor the order book
     * changed (versions) and the event is not about an underlying in the book; else O(positions +
     * working orders).
     */
    private void measure()
    {
        if (measured)
        {
            return;
        }
        measured = true;
        if (snapshotValid && !touched && portfolio.version() == snapshotPortfolioVersion && orders.version() == snapshotOrdersVersion)
        {
            cur.copyFrom(base);
            return;
        }
        cur.reset(portfolio.equityMicros(), portfolio.cashMicros());
        for (int i = 0; i < portfolio.openCount(); i++)
        {
            final int c = portfolio.openContract(i);
            final int u = instruments.underlying[c];
            if (positionVersion[c] != portfolio.contractVersion(c) || lastTouched[u] >= positionComputedAt[c])
            {
                // only a position whose book entry or market moved is computed again
                positionRisk[c] = stop.positionRiskMicros(portfolio, c);
                positionValue[c] = Math.abs(portfolio.positionValueMicros(c));
                positionDelta[c] = portfolio.positionDeltaDollarsPerPct(c);
                positionVega[c] = portfolio.positionVegaDollars(c);
                positionVersion[c] = portfolio.contractVersion(c);
                positionComputedAt[c] = events;
            }
            addRow(u, positionRisk[c], positionValue[c]);
            cur.add(positionRisk[c], 0, positionDelta[c], positionVega[c]);
        }
        for (int i = 0; i < orders.workingCount(); i++)
        {
            final int o = orders.workingSlot(i);
            if (!orders.isOpeningWork(o) || orders.slotSide(o) != 1)
            {
                continue;
            }
            final int c = orders.slotContract(o);
            final long q = orders.slotRemaining(o);
            if (q <= 0)
            {
                continue;
            }
            entryTerms(c, orders.slotLimitMicros(o));
            addRow(instruments.underlying[c], q * riskPerContract, q * costPerContract);
            cur.add(q * riskPerContract, q * costPerContract, Double.isFinite(deltaPerContract) ? q * deltaPerContract : 0.0,
                Double.isFinite(vegaPerContract) ? q * vegaPerContract : 0.0);
        }
        if (++heldEpoch == Integer.MAX_VALUE)
        {
            java.util.Arrays.fill(heldStamp, 0);
            heldEpoch = 1;
        }
        for (int i = 0; i < cur.rows; i++)
        {
            final int u = rowUnderlying[i];
            if (u >= 0 && u < heldStamp.length)
            {
                heldStamp[u] = heldEpoch;
            }
        }
        snapshotValid = true;
        touched = false;
        snapshotPortfolioVersion = portfolio.version();
        snapshotOrdersVersion = orders.version();
        base.copyFrom(cur);
    }

    private void addRow(final int underlying, final long risk, final long value)
    {
        if (cur.rows == rowUnderlying.length)
        {
            return;
        }
        rowUnderlying[cur.rows] = underlying;
        rowSector[cur.rows] = sectors.sectorOf(underlying);
        rowRisk[cur.rows] = risk;
        rowValue[cur.rows] = value;
        cur.rows++;
    }

    private long riskIn(final int underlying)
    {
        long r = 0;
        for (int i = 0; i < cur.rows; i++)
        {
            if (rowUnderlying[i] == underlying)
            {
                r += rowRisk[i];
            }
        }
        return r;
    }

    private long valueIn(final int sector)
    {
        long v = 0;
        for (int i = 0; i < cur.rows; i++)
        {
            if (rowSector[i] == sector)
            {
                v += rowValue[i];
            }
        }
        return v;
    }

    private boolean holds(final int underlying)
    {
        for (int i = 0; i < cur.rows; i++)
        {
            if (rowUnderlying[i] == underlying)
            {
                return true;
            }
        }
        return false;
    }

    private boolean tooCorrelated(final int underlying)
    {
        if (++stamp == Integer.MAX_VALUE)
        {
            java.util.Arrays.fill(seenStamp, 0);
            stamp = 1;
        }
        for (int i = 0; i < cur.rows; i++)
        {
            final int v = rowUnderlying[i];
            if (v == underlying || v < 0 || v >= seenStamp.length || seenStamp[v] == stamp)
            {
                continue;
            }
            seenStamp[v] = stamp;
            if (correlations.correlation(underlying, v) > settings.maxCorrelation)
            {
                return true;
            }
        }
        return false;
    }

    private double spot(final int c)
    {
        final double s = market.lastPrice(instruments.underlying[c]);
        if (s > 0.0 && Double.isFinite(s))
        {
            return s;
        }
        return instruments.isOption(c) ? instruments.strike[c] : Math.max(0.0, instruments.mid(c));
    }

    // ================================================================ views for reports and tests

    public long equityMicros()
    {
        measure();
        return cur.equity;
    }

    /** Total open risk (positions + working entries + entries accepted this event), micros. */
    public long heatMicros()
    {
        measure();
        return cur.risk;
    }

    public long riskPerContractMicros()
    {
        return riskPerContract;
    }

    public long costPerContractMicros()
    {
        return costPerContract;
    }

    @Override
    public void hashInto(final StateHash h)
    {
        breakers.hashInto(h);
        rate.hashInto(h);
        correlations.hashInto(h);
    }

    /** The book's totals for the checks (micros; Greeks in dollars), and how many exposure rows are filled. */
    private static final class Totals
    {
        int rows;
        long equity;
        long cash;
        long risk;
        long pendingCost;
        double delta;
        double vega;

        void reset(final long equityMicros, final long cashMicros)
        {
            rows = 0;
            equity = equityMicros;
            cash = cashMicros;
            risk = 0;
            pendingCost = 0;
            delta = 0.0;
            vega = 0.0;
        }

        void add(final long riskMicros, final long costMicros, final double deltaDollars, final double vegaDollars)
        {
            risk += riskMicros;
            pendingCost += costMicros;
            delta += deltaDollars;
            vega += vegaDollars;
        }

        void copyFrom(final Totals o)
        {
            rows = o.rows;
            equity = o.equity;
            cash = o.cash;
            risk = o.risk;
            pendingCost = o.pendingCost;
            delta = o.delta;
            vega = o.vega;
        }
    }
}
