package com.quantmatrix.engine.risk;

import com.quantmatrix.engine.portfolio.TradeStats;

/**
 * Position sizing: contracts = floor(risk budget / loss per contract at the stop), capped by a
 * fraction of the Kelly bet computed from the strategy's own closed round trips once there are
 * enough of them, and by the room every other limit leaves. Pure arithmetic on micros; the caller
 * ({@link PreTradeRisk}) measures the budgets and rooms.
 */
public final class PositionSizer
{
    /** No Kelly cap yet (too few closed trades). */
    public static final long UNCAPPED = Long.MAX_VALUE;
    /** The Kelly fraction is zero or negative: the strategy has shown no edge. */
    public static final long NO_EDGE = -1;

    private final RiskSettings settings;

    public PositionSizer(final RiskSettings settings)
    {
        this.settings = settings;
    }

    /** Most contracts with {@code qty * perContract <= room}; 0 when the room is negative. */
    public static long fit(final long roomMicros, final long perContractMicros)
    {
        if (perContractMicros <= 0)
        {
            return UNCAPPED;
        }
        return roomMicros < 0 ? 0 : roomMicros / perContractMicros;
    }

    /**
     * Most contracts that keep |net + q * perContract| within the limit, or at least do not increase
     * |net| (a trade that reduces a Greek exposure is always allowed).
     */
    public static long greekRoom(final double net, final double perContract, final double limit)
    {
        final double step = Math.abs(perContract);
        if (step == 0.0 || !Double.isFinite(perContract))
        {
            return UNCAPPED;
        }
        final double absNet = Math.abs(net);
        final boolean increasing = net == 0.0 || Math.signum(net) == Math.signum(perContract);
        final double q = increasing ? (limit - absNet) / step : Math.max((absNet + limit) / step, 2.0 * absNet / step);
        return q <= 0.0 ? 0 : (long)Math.floor(q + 1e-9);
    }

    /** floor(budget / loss per contract). */
    public long base(final long budgetMicros, final long lossPerContractMicros)
    {
        return fit(budgetMicros, lossPerContractMicros);
    }

    /**
     * Kelly cap: floor(multiplier x f* x equity / loss per contract), where f* is the full Kelly
     * fraction of the closed trades; {@link #UNCAPPED} with fewer than the minimum trades,
     * {@link #NO_EDGE} when f* <= 0.
     */
    public long kellyCap(final TradeStats stats, final long equityMicros, final long lossPerContractMicros)
    {
        return kellyCap(stats, equityMicros, lossPerContractMicros, Long.MIN_VALUE);
    }

    /** As above, over the trades of the configured recent window ending at {@code nowNanos}. */
    public long kellyCap(final TradeStats stats, final long equityMicros, final long lossPerContractMicros, final long nowNanos)
    {
        final boolean windowed = settings.kellyWindowDays > 0 && nowNanos != Long.MIN_VALUE;
        final long since = windowed ? nowNanos - settings.kellyWindowDays * 86_400_000_000_000L : Long.MIN_VALUE;
        if ((windowed ? stats.recentTrades(since) : stats.trades()) < settings.kellyMinTrades)
        {
            return UNCAPPED;
        }
        final double f = windowed ? stats.recentKelly(since) : stats.kelly();
        if (!(f > 0.0))
        {
            return NO_EDGE;
        }
        if (lossPerContractMicros <= 0)
        {
            return UNCAPPED;
        }
        return (long)Math.floor(settings.kellyMultiplier * f * equityMicros / lossPerContractMicros + 1e-9);
    }
}
