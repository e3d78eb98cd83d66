package com.quantmatrix.engine.exit;

import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.market.MarketView;
import com.quantmatrix.engine.portfolio.Money;
import com.quantmatrix.engine.portfolio.Portfolio;

/**
 * The stop: where it is and what a position loses when it is hit. The exit stage fires it and the
 * risk stage sizes entries and measures open risk ("heat") with it, so both use the same rule.
 *
 * <p>ATR mode: the stop is on the underlying, {@code entry - direction * multiple * ATR}; an option's
 * premium there is estimated by a second-order Taylor step from the current quote,
 * {@code P(S*) ~ P + delta (S* - S) + gamma (S* - S)^2 / 2} (floored at zero), and the exit sells at
 * that less half the current spread. Premium mode: the stop is at {@code entry x (1 - pct)} of the
 * premium. Units: dollars per share; direction +1 for positions that gain when the underlying rises.
 */
public final class StopRule
{
    private final ExitSettings settings;
    private final Instruments instruments;
    private final MarketView market;

    public StopRule(final ExitSettings settings, final Instruments instruments, final MarketView market)
    {
        this.settings = settings;
        this.instruments = instruments;
        this.market = market;
    }

    public ExitSettings settings()
    {
        return settings;
    }

    // ---------------------------------------------------------------- pure functions

    /** The underlying's stop level: entry - direction x multiple x ATR (NaN when an input is missing). */
    public static double stopLevel(final double entryUnderlying, final double atr, final int direction, final double multiple)
    {
        if (!(entryUnderlying > 0.0) || !(atr > 0.0) || !Double.isFinite(entryUnderlying) || !Double.isFinite(atr))
        {
            return Double.NaN;
        }
        return entryUnderlying - direction * multiple * atr;
    }

    /** Premium per share after the underlying moves from {@code s} to {@code sTarget} (delta-gamma step, floored at 0). */
    public static double premiumAt(final double premium, final double delta, final double gamma, final double s, final double sTarget)
    {
        final double ds = sTarget - s;
        final double g = Double.isFinite(gamma) ? gamma : 0.0;
        return Math.max(0.0, premium + delta * ds + 0.5 * g * ds * ds);
    }

    // ---------------------------------------------------------------- with the current market

    /** ATR-mode stop of a new position opened now on {@code contractId} (NaN without ATR). */
    public double entryStopLevel(final int contractId, final int direction)
    {
        final int u = instruments.underlying[contractId];
        return stopLevel(market.lastPrice(u), market.atr(u), direction, settings.stopAtrMultiple);
    }

    /** The stop level of an open position from its entry references (NaN when they are missing). */
    public double positionStopLevel(final Portfolio p, final int c)
    {
        double atr = p.entryAtr(c);
        if (!(atr > 0.0))
        {
            atr = market.atr(instruments.underlying[c]);
        }
        return stopLevel(p.entryUnderlyingPrice(c), atr, p.direction(c), settings.stopAtrMultiple);
    }

    /**
     * What one share of a long position is expected to sell for at its stop, in dollars.
     *
     * @param entryPrice premium (or stock price) paid per share
     * @param stopLevel  the underlying's stop (ATR mode), NaN to use the premium stop
     * @param delta      current delta per share (NaN: the premium stop is used)
     */
    public double exitPriceAtStop(final int c, final double entryPrice, final double stopLevel, final double delta, final double gamma)
    {
        final double bid = instruments.bid[c];
        final double ask = instruments.ask[c];
        final double halfSpread = bid > 0.0 && ask >= bid ? 0.5 * (ask - bid) : 0.0;
        if (!instruments.isOption(c))
        {
            return Double.isFinite(stopLevel) ? Math.max(0.0, stopLevel - halfSpread) : entryPrice * (1.0 - settings.premiumStopPct);
        }
        if (settings.stopMode == ExitSettings.STOP_PREMIUM || !Double.isFinite(stopLevel) || !Double.isFinite(delta))
        {
            return Math.max(0.0, entryPrice * (1.0 - settings.premiumStopPct) - halfSpread);
        }
        final double mid = bid > 0.0 && ask >= bid ? 0.5 * (bid + ask) : entryPrice;
        final double s = market.lastPrice(instruments.underlying[c]);
        if (!(s > 0.0))
        {
            return Math.max(0.0, entryPrice * (1.0 - settings.premiumStopPct) - halfSpread);
        }
        return Math.max(0.0, premiumAt(mid, delta, gamma, s, stopLevel) - halfSpread);
    }

    /** Loss per share of buying {@code contractId} now at {@code entryPrice} and being stopped out (>= 0). */
    public double entryLossPerShare(final int contractId, final double entryPrice, final int direction)
    {
        final double stop = entryStopLevel(contractId, direction);
        final double exit = exitPriceAtStop(contractId, entryPrice, stop, instruments.delta[contractId], instruments.gamma[contractId]);
        return Math.max(0.0, entryPrice - exit);
    }

    /**
     * Open risk of a position in micros: what it loses from its current mark if its stop is hit
     * (long positions); a short position is counted at its whole mark value (its loss is not bounded).
     */
    public long positionRiskMicros(final Portfolio p, final int c)
    {
        final long q = p.position(c);
        if (q == 0)
        {
            return 0;
        }
        final int mult = instruments.multiplier[c];
        final double mark = p.markPrice(c);
        if (q < 0)
        {
            return Money.ofDollars(-q * (double)mult * mark);
        }
        final double entry = p.averageCost(c);
        final double exit = exitPriceAtStop(c, entry, positionStopLevel(p, c), p.deltaPerShare(c), p.gammaPerShare(c));
        return Money.ofDollars(q * (double)mult * Math.max(0.0, mark - exit));
    }

    /** True when the position's stop is hit now: the underlying through its stop level, or the premium stop. */
    public boolean isHit(final Portfolio p, final int c)
    {
        final long q = p.position(c);
        if (q == 0)
        {
            return false;
        }
        final double stop = positionStopLevel(p, c);
        if (settings.stopMode == ExitSettings.STOP_ATR && Double.isFinite(stop))
        {
            final double s = market.lastPrice(instruments.underlying[c]);
            if (!(s > 0.0))
            {
                return false;
            }
            return p.direction(c) > 0 ? s <= stop : s >= stop;
        }
        final double mark = currentMid(c, p);
        final double entry = p.averageCost(c);
        return q > 0 ? mark <= entry * (1.0 - settings.premiumStopPct) : mark >= entry * (1.0 + settings.premiumStopPct);
    }

    /** The contract's mid now, else the position's last mark. */
    public double currentMid(final int c, final Portfolio p)
    {
        final double mid = instruments.mid(c);
        return mid > 0.0 ? mid : p.markPrice(c);
    }
}
