package com.quantmatrix.engine.time;

/**
 * New York calendar dates (yyyyMMdd ints) from event times (epoch nanoseconds UTC), with the US
 * daylight-saving rules, in pure arithmetic: no allocation, no time-zone database, no wall clock.
 *
 * <p>Rules: from 2007 daylight time runs from the second Sunday of March, 02:00 local, to the first
 * Sunday of November, 02:00 local; from 1987 to 2006 from the first Sunday of April to the last
 * Sunday of October. Offsets: EST = UTC-5, EDT = UTC-4. Dates before 1987 use the 1987 rule (the
 * engine's data starts in 2012). Day arithmetic uses the proleptic Gregorian calendar (days since
 * 1970-01-01, the algorithm of H. Hinnant's "chrono-compatible low-level date algorithms").
 */
public final class NyDate
{
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    public static final long NANOS_PER_DAY = 86_400L * NANOS_PER_SECOND;
    private static final long SECONDS_PER_HOUR = 3_600L;

    private NyDate()
    {
    }

    /** The New York date (yyyyMMdd) of an instant. */
    public static int ofEpochNanos(final long epochNanos)
    {
        final long utcSeconds = Math.floorDiv(epochNanos, NANOS_PER_SECOND);
        final long localSeconds = utcSeconds + offsetSeconds(utcSeconds);
        return ofEpochDay(Math.floorDiv(localSeconds, 86_400L));
    }

    /** UTC offset of New York at an instant, in seconds (-18000 or -14400). */
    public static long offsetSeconds(final long utcSeconds)
    {
        final int year = yearOfEpochDay(Math.floorDiv(utcSeconds - 5 * SECONDS_PER_HOUR, 86_400L));
        final long start = epochDay(dstStart(year)) * 86_400L + 7 * SECONDS_PER_HOUR;   // 02:00 EST
        final long end = epochDay(dstEnd(year)) * 86_400L + 6 * SECONDS_PER_HOUR;       // 02:00 EDT
        return utcSeconds >= start && utcSeconds < end ? -4 * SECONDS_PER_HOUR : -5 * SECONDS_PER_HOUR;
    }

    /** The instant (epoch nanos UTC) of New York midnight starting a date. */
    public static long startOfDayNanos(final int yyyymmdd)
    {
        final int year = yyyymmdd / 10_000;
        final boolean daylight = yyyymmdd > dstStart(year) && yyyymmdd <= dstEnd(year);
        final long offset = daylight ? -4 * SECONDS_PER_HOUR : -5 * SECONDS_PER_HOUR;
        return (epochDay(yyyymmdd) * 86_400L - offset) * NANOS_PER_SECOND;
    }

    /** The instant of a New York wall-clock time on a date (hh:mm in the local time of that date). */
    public static long atNanos(final int yyyymmdd, final int hour, final int minute)
    {
        final long localSeconds = epochDay(yyyymmdd) * 86_400L + hour * SECONDS_PER_HOUR + minute * 60L;
        final long ifStandard = localSeconds + 5 * SECONDS_PER_HOUR;
        final long utc = offsetSeconds(ifStandard) == -4 * SECONDS_PER_HOUR ? localSeconds + 4 * SECONDS_PER_HOUR : ifStandard;
        return utc * NANOS_PER_SECOND;
    }

    /** Calendar days from one date to another (positive when {@code to} is later). */
    public static int daysBetween(final int fromYmd, final int toYmd)
    {
        return (int)(epochDay(toYmd) - epochDay(fromYmd));
    }

    /** Days since 1970-01-01 of a yyyyMMdd date. */
    public static long epochDay(final int yyyymmdd)
    {
        int y = yyyymmdd / 10_000;
        final int m = (yyyymmdd / 100) % 100;
        final int d = yyyymmdd % 100;
        y -= m <= 2 ? 1 : 0;
        final long era = Math.floorDiv(y, 400);
        final long yoe = y - era * 400;
        final long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        final long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /** yyyyMMdd of days since 1970-01-01. */
    public static int ofEpochDay(final long epochDay)
    {
        final long z = epochDay + 719_468;
        final long era = Math.floorDiv(z, 146_097);
        final long doe = z - era * 146_097;
        final long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        final long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        final long mp = (5 * doy + 2) / 153;
        final long d = doy - (153 * mp + 2) / 5 + 1;
        final long m = mp < 10 ? mp + 3 : mp - 9;
        final long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return (int)(y * 10_000 + m * 100 + d);
    }

    /** ISO day of week of a date: 1 = Monday ... 7 = Sunday. */
    public static int dayOfWeek(final int yyyymmdd)
    {
        return (int)Math.floorMod(epochDay(yyyymmdd) + 3, 7L) + 1;
    }

    private static int yearOfEpochDay(final long epochDay)
    {
        return ofEpochDay(epochDay) / 10_000;
    }

    /** Date daylight time starts (local 02:00). */
    static int dstStart(final int year)
    {
        return year >= 2007 ? nthSunday(year, 3, 2) : nthSunday(year, 4, 1);
    }

    /** Date daylight time ends (local 02:00). */
    static int dstEnd(final int year)
    {
        return year >= 2007 ? nthSunday(year, 11, 1) : lastSunday(year, 10);
    }

    private static int nthSunday(final int year, final int month, final int n)
    {
        final int first = year * 10_000 + month * 100 + 1;
        final int dow = dayOfWeek(first);
        final int firstSunday = 1 + (7 - dow) % 7;
        return first - 1 + firstSunday + 7 * (n - 1);
    }

    private static int lastSunday(final int year, final int month)
    {
        final int last = year * 10_000 + month * 100 + 31;
        return last - dayOfWeek(last) % 7;
    }
}
