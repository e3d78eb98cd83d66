package com.quantmatrix.engine.cycle;

/**
 * The phases of a trading day, in the order they happen (US Eastern, default times). Every phase but
 * {@link #INTRADAY} is scheduled once per trading day; INTRADAY is the state between the open and
 * the close, delivered as {@link CycleListener#onIntraday(long)} on every event.
 */
public enum CyclePhase
{
    /** 06:00 market context to the morning-brew channel. */
    MORNING_BRIEF(true),
    /** 06:30 grouped daily bars for the whole market, then the ATR Matrix. */
    UNIVERSE_SCAN(true),
    /** 07:00 option analysis of the top candidates. */
    OPTION_ANALYSIS(true),
    /** 08:00 risk validation and sizing into a plan for the open. */
    RISK_PLAN(true),
    /** 09:00 last checks before the open. */
    PREPARATION(true),
    /** At the session open (09:30, or a late open): execute the plan when conditions allow. */
    MARKET_OPEN_EXECUTION(true),
    /** Not scheduled: open &lt;= t &lt; close, management of open positions on every event. */
    INTRADAY(false),
    /** A configurable number of minutes before the close (15:45, or 12:45 on a 13:00 early close). */
    END_OF_DAY_CHECKS(true),
    /** At the session close (16:00, or the early close): intraday management ends. */
    MARKET_CLOSE(true),
    /** 16:30 daily digest to the portfolio-digest channel; on an early close, the same time after the close. */
    DAILY_DIGEST(true),
    /** 17:00 rolling statistics; a warning when they degrade. */
    STRATEGY_REVIEW(true),
    /** 17:30 the next trading day's watchlist. */
    WATCHLIST(true);

    private static final CyclePhase[] SCHEDULED = {
        MORNING_BRIEF, UNIVERSE_SCAN, OPTION_ANALYSIS, RISK_PLAN, PREPARATION, MARKET_OPEN_EXECUTION,
        END_OF_DAY_CHECKS, MARKET_CLOSE, DAILY_DIGEST, STRATEGY_REVIEW, WATCHLIST};

    private final boolean scheduled;

    CyclePhase(final boolean scheduled)
    {
        this.scheduled = scheduled;
    }

    public boolean isScheduled()
    {
        return scheduled;
    }

    /** The scheduled phases in the order they fire each trading day (a copy). */
    public static CyclePhase[] scheduledPhases()
    {
        return SCHEDULED.clone();
    }
}
