package com.quantmatrix.engine.market;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * New York wall-clock arithmetic on epoch nanos with no allocation: the date of an instant, and that
 * date's regular session open and close as epoch nanos (from {@link SessionHours}). The daylight-saving
 * transitions of America/New_York are read once from the JDK's time-zone rules into arrays (1970-2100).
 *
 * <p>Not thread-safe: one instance per thread (it caches the current day, recomputed only when an instant
 * falls outside it).
 */
public final class SessionClock
{
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long SECONDS_PER_DAY = 86_400L;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final long[] TRANSITION_SECONDS;
    private static final int[] OFFSET_AFTER;
    private static final int FIRST_OFFSET;

    static
    {
        final ZoneRules rules = NEW_YORK.getRules();
        final long end = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
        final java.util.List<ZoneOffsetTransition> list = new java.util.ArrayList<>();
        ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(0));
        while (t != null && t.toEpochSecond() < end)
        {
            list.add(t);
            t = rules.nextTransition(t.getInstant());
        }
        TRANSITION_SECONDS = new long[list.size()];
        OFFSET_AFTER = new int[list.size()];
        for (int i = 0; i < list.size(); i++)
        {
            TRANSITION_SECONDS[i] = list.get(i).toEpochSecond();
            OFFSET_AFTER[i] = list.get(i).getOffsetAfter().getTotalSeconds();
        }
        FIRST_OFFSET = rules.getOffset(Instant.ofEpochSecond(0)).getTotalSeconds();
    }

    private final SessionHours hours;
    private long dayStart = Long.MAX_VALUE;
    private long dayEnd = Long.MIN_VALUE;
    private int ymd;
    private long open;
    private long close;
    private boolean tradingDay;

    public SessionClock(final SessionHours hours)
    {
        this.hours = hours;
    }

    /** Moves the cached day to the one holding an instant (no work when it already does). */
    public void moveTo(final long epochNanos)
    {
        if (epochNanos >= dayStart && epochNanos < dayEnd)
        {
            return;
        }
        final long second = Math.floorDiv(epochNanos, NANOS_PER_SECOND);
        final long epochDay = Math.floorDiv(second + offsetSeconds(second), SECONDS_PER_DAY);
        ymd = ymdOfEpochDay(epochDay);
        final long midnight = epochDay * SECONDS_PER_DAY;
        dayStart = utcSecondOf(midnight) * NANOS_PER_SECOND;
        dayEnd = utcSecondOf(midnight + SECONDS_PER_DAY) * NANOS_PER_SECOND;
        final int openMinute = hours.openMinute(ymd);
        final int closeMinute = hours.closeMinute(ymd);
        tradingDay = openMinute >= 0 && closeMinute > openMinute;
        // a closed day keeps the nominal 09:30 as its alignment point; everything on it is extended hours
        final int o = tradingDay ? openMinute : 9 * 60 + 30;
        final int c = tradingDay ? closeMinute : o;
        open = utcSecondOf(midnight + o * 60L) * NANOS_PER_SECOND;
        close = utcSecondOf(midnight + c * 60L) * NANOS_PER_SECOND;
    }

    /** New York date (yyyyMMdd) of an instant. */
    public int dateOf(final long epochNanos)
    {
        moveTo(epochNanos);
        return ymd;
    }

    public int date()
    {
        return ymd;
    }

    /** Regular open of the cached day, epoch nanos. */
    public long openNanos()
    {
        return open;
    }

    /** Regular close of the cached day (early closes included), epoch nanos. */
    public long closeNanos()
    {
        return close;
    }

    public boolean isTradingDay()
    {
        return tradingDay;
    }

    /** Whether an instant lies in the regular session of its day. */
    public boolean isRegular(final long epochNanos)
    {
        moveTo(epochNanos);
        return tradingDay && epochNanos >= open && epochNanos < close;
    }

    // ------------------------------------------------------------------ pure helpers

    /** UTC offset of New York at an instant, seconds (e.g. -14400 in summer). */
    public static int offsetSeconds(final long epochSecond)
    {
        int lo = 0;
        int hi = TRANSITION_SECONDS.length - 1;
        int found = -1;
        while (lo <= hi)
        {
            final int mid = (lo + hi) >>> 1;
            if (TRANSITION_SECONDS[mid] <= epochSecond)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found < 0 ? FIRST_OFFSET : OFFSET_AFTER[found];
    }

    /**
     * The UTC second of a New York local time given as seconds since 1970-01-01T00:00 local. Exact for
     * every time that exists once (the market's times: midnight, the open, the close).
     */
    public static long utcSecondOf(final long localSecond)
    {
        final long guess = localSecond - offsetSeconds(localSecond - FIRST_OFFSET);
        return localSecond - offsetSeconds(guess);
    }

    /** Epoch nanos of a New York date and minute of day. */
    public static long nanosOf(final int yyyymmdd, final int minuteOfDay)
    {
        return utcSecondOf(epochDayOf(yyyymmdd) * SECONDS_PER_DAY + minuteOfDay * 60L) * NANOS_PER_SECOND;
    }

    /** Civil date of a day count since 1970-01-01 (proleptic Gregorian), as yyyyMMdd. */
    public static int ymdOfEpochDay(final long epochDay)
    {
        // shift to a calendar that starts on March 1 of year 0, in 400-year eras of 146,097 days
        final long z = epochDay + 719_468L;
        final long era = Math.floorDiv(z, 146_097L);
        final long dayOfEra = z - era * 146_097L;
        final long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        final long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        final long monthFromMarch = (5 * dayOfYear + 2) / 153;
        final long day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
        final long month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
        final long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return (int)(year * 10_000 + month * 100 + day);
    }

    /** Days since 1970-01-01 of a yyyyMMdd date. */
    public static long epochDayOf(final int yyyymmdd)
    {
        final long month = (yyyymmdd / 100) % 100;
        final long day = yyyymmdd % 100;
        final long year = yyyymmdd / 10_000 - (month <= 2 ? 1 : 0);
        final long era = Math.floorDiv(year, 400L);
        final long yearOfEra = year - era * 400;
        final long dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        final long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }

    /** Saturday or Sunday. */
    public static boolean isWeekend(final int yyyymmdd)
    {
        final long dayOfWeek = Math.floorMod(epochDayOf(yyyymmdd) + 3, 7L); // 0 = Monday (1970-01-01 was a Thursday)
        return dayOfWeek >= 5;
    }
}
