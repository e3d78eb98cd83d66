package com.quantmatrix.engine.cycle;

import com.quantmatrix.engine.calendar.ExchangeCalendar;
import com.quantmatrix.engine.config.ConfigException;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * The autonomous trading day as a state machine in EVENT time: each input event's timestamp is
 * passed to {@link #onTime(long)}, and the phases whose scheduled instant has been reached are
 * handed to the {@link CycleListener} in order, once per trading day. Nothing fires on weekends or
 * holidays. It never reads the wall clock, so a journal replay fires the same phases at the same
 * events.
 *
 * <p>The day's schedule (see {@link CycleSettings} for the rules) is computed when the day is
 * loaded; a trading day's phases belong to it from its first phase until the next trading day's
 * first phase, so Friday's digest still belongs to Friday when the next event is on Saturday.
 *
 * <p>Catch-up rule when event time jumps (a gap in the feed, a restart, the first event of a run):
 * every phase whose instant was passed fires exactly once, in order, at the first event after it,
 * if it is at most {@code cycle.catch.up.minutes} late; a phase later than that is skipped and
 * reported through {@link CycleListener#onPhaseSkipped}. Only the day the engine was on and the day
 * the jump lands in are looked at: trading days jumped over entirely are not reported phase by phase.
 *
 * <p>Hot path: {@link #onTime(long)} is one comparison per event unless a phase is due, and
 * allocates nothing (the calendar's per-day arrays give all instants). Single-threaded: call it
 * from the pipeline thread only. Events older than the last one seen are ignored and counted.
 */
public final class DailyCycle
{
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
    private static final CyclePhase[] PHASES = CyclePhase.scheduledPhases();
    private static final long NO_DAY = Long.MIN_VALUE;

    private final ExchangeCalendar calendar;
    private final CycleSettings settings;
    private final CycleListener listener;
    private final long catchUpNanos;
    private final long endOfDayNanos;
    /** Digest distance after the regular close, per ISO weekday (index 1..7). */
    private final long[] digestAfterRegularClose = new long[8];

    private final long[] scheduled = new long[PHASES.length];
    private long day = NO_DAY;
    private int tradingDate;
    private int next = PHASES.length;
    private long openNanos = Long.MAX_VALUE;
    private long closeNanos = Long.MIN_VALUE;
    private long nextDayStart = Long.MIN_VALUE;
    private long nextDue = Long.MIN_VALUE;
    private long lastEventTime = Long.MIN_VALUE;

    private long phasesFired;
    private long phasesLate;
    private long phasesSkipped;
    private long outOfOrderEvents;

    public DailyCycle(final ExchangeCalendar calendar, final CycleSettings settings, final CycleListener listener)
    {
        this.calendar = calendar;
        this.settings = settings;
        this.listener = listener;
        this.catchUpNanos = settings.catchUpMinutes * NANOS_PER_MINUTE;
        this.endOfDayNanos = settings.endOfDayMinutesBeforeClose * NANOS_PER_MINUTE;
        for (final DayOfWeek dow : DayOfWeek.values())
        {
            final LocalTime open = calendar.regularOpen(dow);
            final LocalTime close = calendar.regularClose(dow);
            if (open == null)
            {
                continue;
            }
            check(settings.preparationSecond <= open.toSecondOfDay(), "cycle.preparation must not be after the regular open " + open);
            check(settings.dailyDigestSecond >= close.toSecondOfDay(), "cycle.daily.digest must not be before the regular close " + close);
            check(settings.endOfDayMinutesBeforeClose * 60 < close.toSecondOfDay() - open.toSecondOfDay(),
                "cycle.end.of.day.minutes.before.close must be shorter than the session");
            digestAfterRegularClose[dow.getValue()] = (settings.dailyDigestSecond - close.toSecondOfDay()) * NANOS_PER_SECOND;
        }
    }

    private static void check(final boolean ok, final String message)
    {
        if (!ok)
        {
            throw new ConfigException(message);
        }
    }

    /** Advances event time: fires the phases due by t, then {@code onIntraday} when the session is open. */
    public void onTime(final long eventTimeNanos)
    {
        if (eventTimeNanos < lastEventTime)
        {
            outOfOrderEvents++;
            return;
        }
        lastEventTime = eventTimeNanos;
        if (eventTimeNanos >= nextDue)
        {
            advance(eventTimeNanos);
        }
        if (eventTimeNanos >= openNanos && eventTimeNanos < closeNanos)
        {
            listener.onIntraday(eventTimeNanos);
        }
    }

    private void advance(final long t)
    {
        if (t >= nextDayStart)
        {
            fireDue(t);
            load(latestStartedTradingDay(t));
        }
        fireDue(t);
        nextDue = Math.min(next < PHASES.length ? scheduled[next] : Long.MAX_VALUE, nextDayStart);
    }

    private void fireDue(final long t)
    {
        while (next < PHASES.length && scheduled[next] <= t)
        {
            final long at = scheduled[next];
            final CyclePhase phase = PHASES[next++];
            if (t - at <= catchUpNanos)
            {
                phasesFired++;
                if (t > at)
                {
                    phasesLate++;
                }
                listener.onPhase(phase, tradingDate, at, t);
            }
            else
            {
                phasesSkipped++;
                listener.onPhaseSkipped(phase, tradingDate, at, t);
            }
        }
    }

    /** The last trading day whose first phase is at or before t. */
    private long latestStartedTradingDay(final long t)
    {
        final long today = calendar.epochDayOf(t);
        if (calendar.openNanosOfDay(today) != ExchangeCalendar.NO_SESSION)
        {
            computeSchedule(today);
            if (t >= scheduled[0])
            {
                return today;
            }
        }
        return calendar.previousTradingEpochDay(today);
    }

    private void load(final long epochDay)
    {
        computeSchedule(calendar.nextTradingEpochDay(epochDay));
        nextDayStart = scheduled[0];
        computeSchedule(epochDay);
        day = epochDay;
        tradingDate = ExchangeCalendar.yyyymmdd(epochDay);
        openNanos = calendar.openNanosOfDay(epochDay);
        closeNanos = calendar.closeNanosOfDay(epochDay);
        next = 0;
    }

    /** Fills {@link #scheduled} for a trading day, in phase order, never decreasing. */
    private void computeSchedule(final long epochDay)
    {
        final long open = calendar.openNanosOfDay(epochDay);
        final long close = calendar.closeNanosOfDay(epochDay);
        final int isoWeekday = (int)Math.floorMod(epochDay + 3, 7) + 1;
        int i = 0;
        scheduled[i++] = calendar.localTimeNanos(epochDay, settings.morningBriefSecond);
        scheduled[i++] = calendar.localTimeNanos(epochDay, settings.universeScanSecond);
        scheduled[i++] = calendar.localTimeNanos(epochDay, settings.optionAnalysisSecond);
        scheduled[i++] = calendar.localTimeNanos(epochDay, settings.riskPlanSecond);
        scheduled[i++] = calendar.localTimeNanos(epochDay, settings.preparationSecond);
        scheduled[i++] = open;
        scheduled[i++] = close - endOfDayNanos;
        scheduled[i++] = close;
        scheduled[i++] = close + digestAfterRegularClose[isoWeekday];
        scheduled[i++] = calendar.localTimeNanos(epochDay, settings.strategyReviewSecond);
        scheduled[i++] = calendar.localTimeNanos(epochDay, settings.watchlistSecond);
        for (int k = 1; k < PHASES.length; k++)
        {
            scheduled[k] = Math.max(scheduled[k], scheduled[k - 1]);
        }
    }

    /** The trading day the cycle is on, yyyyMMdd (0 before the first event). */
    public int tradingDate()
    {
        return day == NO_DAY ? 0 : tradingDate;
    }

    /** The scheduled instant of a phase on the current trading day (Long.MIN_VALUE before the first event). */
    public long scheduledNanos(final CyclePhase phase)
    {
        for (int k = 0; k < PHASES.length; k++)
        {
            if (PHASES[k] == phase)
            {
                return day == NO_DAY ? Long.MIN_VALUE : scheduled[k];
            }
        }
        throw new IllegalArgumentException(phase + " is not scheduled");
    }

    /** The next instant at which something will fire: a source of CLOCK events can aim for it. */
    public long nextDueNanos()
    {
        return nextDue;
    }

    public boolean isSessionOpen()
    {
        return lastEventTime >= openNanos && lastEventTime < closeNanos;
    }

    public long sessionOpenNanos()
    {
        return openNanos;
    }

    public long sessionCloseNanos()
    {
        return closeNanos;
    }

    public long phasesFired()
    {
        return phasesFired;
    }

    public long phasesLate()
    {
        return phasesLate;
    }

    public long phasesSkipped()
    {
        return phasesSkipped;
    }

    public long outOfOrderEvents()
    {
        return outOfOrderEvents;
    }
}
