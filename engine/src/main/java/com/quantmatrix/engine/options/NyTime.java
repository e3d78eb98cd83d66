package com.quantmatrix.engine.options;

/**
 * New York market time as pure arithmetic (no java.time objects, so no allocation on the hot path):
 * civil dates to epoch days and back, and the America/New_York UTC offset by the US daylight-saving
 * rule in force since 2007 (EDT, UTC-4, from 02:00 local on the second Sunday of March to 02:00 local
 * on the first Sunday of November; EST, UTC-5, otherwise). Dates before 2007 use the same rule, which
 * is off by up to three weeks in spring and one week in autumn for 1987-2006: no bundled option data
 * falls in those weeks.
 */
public final class NyTime
{
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    public static final long SECONDS_PER_DAY = 86_400L;
    public static final long NANOS_PER_DAY = SECONDS_PER_DAY * NANOS_PER_SECOND;
    /** 16:00, the close of the regular session and the time an expiring contract stops trading. */
    public static final int CLOSE_SECOND_OF_DAY = 16 * 3_600;
    /** Calendar seconds in the 365-day year that option time is measured in. */
    public static final double SECONDS_PER_YEAR = 365.0 * SECONDS_PER_DAY;

    private NyTime()
    {
    }

    /** Days since 1970-01-01 of a yyyyMMdd date. */
    public static long epochDay(final int ymd)
    {
        final int y0 = ymd / 10_000;
        final int m = (ymd / 100) % 100;
        final int d = ymd % 100;
        final int y = m <= 2 ? y0 - 1 : y0;
        final int era = Math.floorDiv(y, 400);
        final int yoe = y - era * 400;
        final int mp = (m + 9) % 12;
        final int doy = (153 * mp + 2) / 5 + d - 1;
        final int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468L;
    }

    /** yyyyMMdd of an epoch day. */
    public static int ymd(final long epochDay)
    {
        final long z = epochDay + 719_468L;
        final long era = Math.floorDiv(z, 146_097L);
        final long doe = z - era * 146_097L;
        final long yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        final long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        final long mp = (5 * doy + 2) / 153;
        final long d = doy - (153 * mp + 2) / 5 + 1;
        final long m = mp < 10 ? mp + 3 : mp - 9;
        final long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return (int)(y * 10_000 + m * 100 + d);
    }

    /** 0 = Monday ... 6 = Sunday. */
    public static int dayOfWeek(final long epochDay)
    {
        return (int)Math.floorMod(epochDay + 3, 7L);
    }

    /** UTC offset in seconds (-4h or -5h) in force at a New York local date and second of day. */
    public static int utcOffsetSeconds(final int ymd, final int localSecondOfDay)
    {
        final int year = ymd / 10_000;
        final long day = epochDay(ymd);
        final long dstStart = nthSunday(year, 3, 2);
        final long dstEnd = nthSunday(year, 11, 1);
        final boolean afterStart = day > dstStart || (day == dstStart && localSecondOfDay >= 2 * 3_600);
        final boolean beforeEnd = day < dstEnd || (day == dstEnd && localSecondOfDay < 2 * 3_600);
        return afterStart && beforeEnd ? -4 * 3_600 : -5 * 3_600;
    }

    /** Epoch nanos of a New York local date and second of day. */
    public static long nanosAt(final int ymd, final int localSecondOfDay)
    {
        final long localSeconds = epochDay(ymd) * SECONDS_PER_DAY + localSecondOfDay;
        return (localSeconds - utcOffsetSeconds(ymd, localSecondOfDay)) * NANOS_PER_SECOND;
    }

    /** The New York local date (yyyyMMdd) of an instant. */
    public static int nyDate(final long epochNanos)
    {
        final long utcSeconds = Math.floorDiv(epochNanos, NANOS_PER_SECOND);
        // try EST first; switch to EDT when the rule says so for the resulting local time
        long local = utcSeconds - 5 * 3_600;
        int ymd = ymd(Math.floorDiv(local, SECONDS_PER_DAY));
        if (utcOffsetSeconds(ymd, (int)Math.floorMod(local, SECONDS_PER_DAY)) == -4 * 3_600)
        {
            local = utcSeconds - 4 * 3_600;
            ymd = ymd(Math.floorDiv(local, SECONDS_PER_DAY));
        }
        return ymd;
    }

    /** The New York epoch day of an instant. */
    public static long nyEpochDay(final long epochNanos)
    {
        return epochDay(nyDate(epochNanos));
    }

    /** When an option expiring on {@code expiryYmd} stops trading: 16:00 New York that day. */
    public static long expiryNanos(final int expiryYmd)
    {
        return nanosAt(expiryYmd, CLOSE_SECOND_OF_DAY);
    }

    /** Years (365-day, calendar time) from now to an option's expiry close; 0 once passed. */
    public static double yearsToExpiry(final long nowNanos, final long expiryNanos)
    {
        final long left = expiryNanos - nowNanos;
        return left <= 0 ? 0.0 : left / (SECONDS_PER_YEAR * NANOS_PER_SECOND);
    }

    /** Calendar days to expiry: expiry date minus today's New York date. */
    public static int daysToExpiry(final long nowNanos, final int expiryYmd)
    {
        return (int)(epochDay(expiryYmd) - nyEpochDay(nowNanos));
    }

    /** The third Friday of a month (the standard monthly expiry) as yyyyMMdd. */
    public static int thirdFriday(final int year, final int month)
    {
        final long first = epochDay(year * 10_000 + month * 100 + 1);
        final int dow = dayOfWeek(first);
        final long firstFriday = first + Math.floorMod(4 - dow, 7);
        return ymd(firstFriday + 14);
    }

    private static long nthSunday(final int year, final int month, final int n)
    {
        final long first = epochDay(year * 10_000 + month * 100 + 1);
        final int dow = dayOfWeek(first);
        return first + Math.floorMod(6 - dow, 7) + 7L * (n - 1);
    }
}
