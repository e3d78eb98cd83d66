package com.quantmatrix.engine.oms;

import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.portfolio.Money;

/**
 * Limit prices from the current quote, in one place for every stage that prices an order (entries
 * in risk, exits, re-pricing in routing): a buy at mid + f * spread and a sell at mid - f * spread,
 * f from {@link RoutingSettings} by the order's purpose, rounded to the cent, kept inside [bid, ask]
 * and inside the risk collar around the mid (so a re-price never walks past what risk would allow).
 */
public final class LimitPricer
{
    private final Instruments instruments;
    private final RoutingSettings settings;
    private final double entryCollar;
    private final double exitCollar;

    /**
     * @param entryCollar largest distance of an opening order's limit from the mid, as a fraction of the mid
     * @param exitCollar  the same for orders that reduce a position
     */
    public LimitPricer(final Instruments instruments, final RoutingSettings settings, final double entryCollar, final double exitCollar)
    {
        this.instruments = instruments;
        this.settings = settings;
        this.entryCollar = entryCollar;
        this.exitCollar = exitCollar;
    }

    public RoutingSettings settings()
    {
        return settings;
    }

    /** The starting spread fraction of an order by purpose. */
    public double initialFraction(final int purpose)
    {
        if (purpose == IntentPurpose.OPEN)
        {
            return settings.entrySpreadFraction;
        }
        return purpose == IntentPurpose.PROFIT_TARGET ? settings.targetSpreadFraction : settings.urgentSpreadFraction;
    }

    /** The limit of the first order for an intent; 0 when the contract has no two-sided quote. */
    public long initialLimitMicros(final int contractId, final int side, final int purpose)
    {
        return limitMicros(contractId, side, initialFraction(purpose), purpose != IntentPurpose.OPEN);
    }

    /** The limit after {@code reprices} re-prices. */
    public long repricedLimitMicros(final int contractId, final int side, final int purpose, final int reprices)
    {
        final double f = Math.min(0.5, initialFraction(purpose) + reprices * settings.repriceStepFraction);
        return limitMicros(contractId, side, f, purpose != IntentPurpose.OPEN);
    }

    /** Collar fraction for an order that opens ({@code reducing == false}) or reduces a position. */
    public double collar(final boolean reducing)
    {
        return reducing ? exitCollar : entryCollar;
    }

    /**
     * mid +- fraction * spread in micros, clamped into [bid, ask] and the collar; a limit inside the
     * quote is rounded to the cent toward the mid (never more aggressive than asked), one at the far
     * side is the quote's own price. 0 without a two-sided quote.
     */
    public long limitMicros(final int c, final int side, final double fraction, final boolean reducing)
    {
        final double bid = instruments.bid[c];
        final double ask = instruments.ask[c];
        if (!(bid > 0.0 && ask >= bid) || !Double.isFinite(ask))
        {
            return 0L;
        }
        final double mid = 0.5 * (bid + ask);
        final double collar = collar(reducing);
        if (side > 0)
        {
            final double px = Math.max(bid, Math.min(mid + fraction * (ask - bid), mid * (1.0 + collar)));
            if (px >= ask)
            {
                return Money.ofDollars(ask);
            }
            final long micros = Money.ofDollars(px);
            return micros - micros % Money.MICROS_PER_CENT;
        }
        final double px = Math.min(ask, Math.max(mid - fraction * (ask - bid), mid * (1.0 - collar)));
        if (px <= bid)
        {
            return Money.ofDollars(bid);
        }
        final long micros = Money.ofDollars(px);
        final long down = micros - micros % Money.MICROS_PER_CENT;
        return down == micros ? micros : down + Money.MICROS_PER_CENT;
    }
}
