package com.quantmatrix.engine.cycle;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Every time of the daily cycle, in exchange-local wall-clock time (America/New_York for US
 * equities), with the defaults of the user's plan; config/cycle.properties lists the keys.
 *
 * <p>Rules that are not plain clock times:
 * <ul>
 *   <li>MARKET_OPEN_EXECUTION and MARKET_CLOSE are the calendar's session open and close (late opens
 *       and early closes included).</li>
 *   <li>END_OF_DAY_CHECKS is {@code cycle.end.of.day.minutes.before.close} before the actual close.</li>
 *   <li>DAILY_DIGEST keeps its distance from the close: on a full day it is at
 *       {@code cycle.daily.digest}; on an early close it moves earlier by as much as the close did
 *       (with the default 16:30, half an hour after the close: 13:30 after a 13:00 close). STRATEGY_REVIEW and WATCHLIST keep their clock
 *       times: they do not depend on the session.</li>
 *   <li>A phase never fires before the one that precedes it in {@link CyclePhase} order.</li>
 * </ul>
 */
public final class CycleSettings
{
    public final int morningBriefSecond;
    public final int universeScanSecond;
    public final int optionAnalysisSecond;
    public final int riskPlanSecond;
    public final int preparationSecond;
    public final int endOfDayMinutesBeforeClose;
    /** The digest's clock time on a full-length day. */
    public final int dailyDigestSecond;
    public final int strategyReviewSecond;
    public final int watchlistSecond;
    /** Phases missed by a jump in event time run late if at most this late, else are skipped. */
    public final int catchUpMinutes;

    private CycleSettings(final Config c)
    {
        morningBriefSecond = time(c, "cycle.morning.brief", "06:00");
        universeScanSecond = time(c, "cycle.universe.scan", "06:30");
        optionAnalysisSecond = time(c, "cycle.option.analysis", "07:00");
        riskPlanSecond = time(c, "cycle.risk.plan", "08:00");
        preparationSecond = time(c, "cycle.preparation", "09:00");
        endOfDayMinutesBeforeClose = ConfigException.inRange("cycle.end.of.day.minutes.before.close",
            c.getInt("cycle.end.of.day.minutes.before.close", 15), 1, 180);
        dailyDigestSecond = time(c, "cycle.daily.digest", "16:30");
        strategyReviewSecond = time(c, "cycle.strategy.review", "17:00");
        watchlistSecond = time(c, "cycle.watchlist", "17:30");
        catchUpMinutes = ConfigException.inRange("cycle.catch.up.minutes", c.getInt("cycle.catch.up.minutes", 60), 0, 24 * 60);
        inOrder("cycle.universe.scan", universeScanSecond, "cycle.morning.brief", morningBriefSecond);
        inOrder("cycle.option.analysis", optionAnalysisSecond, "cycle.universe.scan", universeScanSecond);
        inOrder("cycle.risk.plan", riskPlanSecond, "cycle.option.analysis", optionAnalysisSecond);
        inOrder("cycle.preparation", preparationSecond, "cycle.risk.plan", riskPlanSecond);
        inOrder("cycle.strategy.review", strategyReviewSecond, "cycle.daily.digest", dailyDigestSecond);
        inOrder("cycle.watchlist", watchlistSecond, "cycle.strategy.review", strategyReviewSecond);
    }

    public static CycleSettings from(final Config config)
    {
        return new CycleSettings(config);
    }

    public static CycleSettings defaults()
    {
        return new CycleSettings(Config.empty());
    }

    /** HH:mm or HH:mm:ss as seconds after local midnight. */
    private static int time(final Config c, final String key, final String defaultValue)
    {
        final String v = c.getString(key, defaultValue);
        try
        {
            return LocalTime.parse(v).toSecondOfDay();
        }
        catch (final DateTimeParseException ex)
        {
            throw new ConfigException(key + " must be a time HH:mm, got '" + v + "'");
        }
    }

    private static void inOrder(final String laterKey, final int later, final String earlierKey, final int earlier)
    {
        if (later < earlier)
        {
            throw new ConfigException(laterKey + " (" + LocalTime.ofSecondOfDay(later) + ") must not be before "
                + earlierKey + " (" + LocalTime.ofSecondOfDay(earlier) + ")");
        }
    }
}
