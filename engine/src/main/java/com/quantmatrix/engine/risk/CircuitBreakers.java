package com.quantmatrix.engine.risk;

import com.quantmatrix.engine.pipeline.StateHash;
import com.quantmatrix.engine.portfolio.TradeStats;
import com.quantmatrix.engine.time.DayTracker;

/**
 * The account-level circuit breakers, updated on every event in O(1):
 * <ul>
 * <li>daily loss: once equity is more than {@code risk.daily.loss.pct} below the day's opening
 * equity (the first event of the New York date), trading is suspended until the next date;</li>
 * <li>losing streak: after {@code risk.loss.streak.max} consecutive losing round trips, entries pause
 * until the next date (or an admin resume); the streak then counts afresh;</li>
 * <li>drawdown: while equity is more than {@code risk.drawdown.pct} below its peak, sizes are
 * multiplied by {@code risk.drawdown.size.factor}.</li>
 * </ul>
 */
public final class CircuitBreakers implements StateHash.Hashable
{
    private final RiskSettings settings;
    private final DayTracker day = new DayTracker();
    private long dayStartEquity;
    private long peakEquity;
    private long lastEquity;
    private int suspendedDate;
    private int pausedDate;
    /** Losing streak already served by a pause (the trade stats' streak is never reset from here). */
    private int streakServed;

    public CircuitBreakers(final RiskSettings settings)
    {
        this.settings = settings;
    }

    /** Every event: the event time and the account's equity now (micros). */
    public void update(final long eventTimeNanos, final long equityMicros, final TradeStats stats)
    {
        final int before = day.date();
        if (eventTimeNanos > 0 && day.advance(eventTimeNanos) && day.date() > before)
        {
            dayStartEquity = equityMicros;
            if (pausedDate != 0 && pausedDate < day.date())
            {
                pausedDate = 0;
                streakServed = stats.lossStreak();
            }
        }
        lastEquity = equityMicros;
        if (equityMicros > peakEquity)
        {
            peakEquity = equityMicros;
        }
        final int today = day.date();
        if (dayStartEquity > 0 && suspendedDate != today && dayStartEquity - equityMicros > Math.round(dayStartEquity * settings.dailyLossPct))
        {
            suspendedDate = today;
        }
        final int streak = stats.lossStreak();
        if (streak < streakServed)
        {
            streakServed = 0; // a win ended the old streak
        }
        if (streak - streakServed >= settings.maxLossStreak && pausedDate != today)
        {
            pausedDate = today;
        }
    }

    /** Admin resume: ends a losing-streak pause now (a daily-loss suspension still lasts the day). */
    public void resume(final TradeStats stats)
    {
        pausedDate = 0;
        streakServed = stats.lossStreak();
    }

    public boolean suspended()
    {
        return suspendedDate != 0 && suspendedDate == day.date();
    }

    public boolean paused()
    {
        return pausedDate != 0 && pausedDate == day.date();
    }

    /** Fraction below the equity peak (0 at a new high). */
    public double drawdown()
    {
        return peakEquity <= 0 ? 0.0 : 1.0 - lastEquity / (double)peakEquity;
    }

    /** What sizes and per-trade limits are multiplied by now. */
    public double sizeFactor()
    {
        return peakEquity > 0 && peakEquity - lastEquity > Math.round(peakEquity * settings.drawdownPct) ? settings.drawdownSizeFactor : 1.0;
    }

    public long dayStartEquityMicros()
    {
        return dayStartEquity;
    }

    public long peakEquityMicros()
    {
        return peakEquity;
    }

    public int date()
    {
        return day.date();
    }

    @Override
    public void hashInto(final StateHash h)
    {
        h.mix(dayStartEquity).mix(peakEquity).mix(suspendedDate).mix(pausedDate).mix(streakServed);
    }
}
