package com.quantmatrix.engine.calendar;

import com.quantmatrix.engine.data.ProjectPaths;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * The exchange's trading days and session hours, in event time: which dates trade, when the regular
 * session opens and closes (early closes and late opens included), all as epoch nanoseconds UTC.
 * Holidays, early closes and late opens are data (LEAN's market-hours database), not code; java.time
 * handles daylight saving.
 *
 * <p>Two kinds of callers. Set-up code asks with {@link LocalDate}s. The pipeline thread asks with
 * event times through {@link #epochDayOf(long)}, {@link #openNanosOfDay(int)},
 * {@link #closeNanosOfDay(int)} and {@link #isSessionOpen(long)}, which read precomputed arrays and
 * allocate nothing for dates inside {@link #coverageStart()}..{@link #coverageEnd()} (the years the
 * database lists holidays for). Outside that range only weekends are known, and answers are computed
 * on demand (allocating): check {@link #covers(LocalDate)} at start-up and warn.
 */
public final class ExchangeCalendar
{
    /** The session value of a date with no session (weekend, holiday). */
    public static final long NO_SESSION = Long.MIN_VALUE;
    /** US equities in the LEAN database: holidays and early closes of NYSE/NASDAQ. */
    public static final String US_EQUITY_ENTRY = "Equity-usa-[*]";

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int SECONDS_PER_DAY = 86_400;
    private static volatile ExchangeCalendar bundledUsEquities;

    private final MarketHoursEntry hours;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final int firstDay;
    private final int lastDay;
    /** Indexed by epochDay - firstDay. */
    private final long[] openNanos;
    private final long[] closeNanos;
    private final long[] midnightSeconds;
    /** UTC offset at noon (seconds): the offset of the whole day on any trading day (DST moves on Sundays). */
    private final int[] noonOffsetSeconds;
    /** Smallest UTC offset the zone takes in the coverage (seconds); bounds the local-day guess. */
    private final int minOffsetSeconds;

    public ExchangeCalendar(final MarketHoursEntry hours)
    {
        this.hours = hours;
        this.zone = hours.exchangeZone;
        this.rules = zone.getRules();
        int minYear = 9999;
        int maxYear = 0;
        for (final LocalDate d : hours.holidays)
        {
            minYear = Math.min(minYear, d.getYear());
            maxYear = Math.max(maxYear, d.getYear());
        }
        if (maxYear == 0)
        {
            throw new IllegalArgumentException("market-hours entry lists no holidays: cannot build a calendar");
        }
        firstDay = (int)LocalDate.of(minYear, 1, 1).toEpochDay();
        lastDay = (int)LocalDate.of(maxYear, 12, 31).toEpochDay();
        final int n = lastDay - firstDay + 1;
        openNanos = new long[n];
        closeNanos = new long[n];
        midnightSeconds = new long[n];
        noonOffsetSeconds = new int[n];
        int minOffset = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++)
        {
            final LocalDate d = LocalDate.ofEpochDay(firstDay + i);
            openNanos[i] = computeOpen(d);
            closeNanos[i] = computeClose(d);
            midnightSeconds[i] = d.atStartOfDay(zone).toEpochSecond();
            noonOffsetSeconds[i] = rules.getOffset(d.atTime(LocalTime.NOON)).getTotalSeconds();
            minOffset = Math.min(minOffset, rules.getOffset(d.atStartOfDay()).getTotalSeconds());
        }
        minOffsetSeconds = minOffset;
    }

    /** US equities from the bundled database (loaded once, then shared: it is immutable). */
    public static ExchangeCalendar usEquities()
    {
        ExchangeCalendar c = bundledUsEquities;
        if (c == null)
        {
            synchronized (ExchangeCalendar.class)
            {
                c = bundledUsEquities;
                if (c == null)
                {
                    c = load(ProjectPaths.data().resolve("reference").resolve("market-hours-database.json.gz"), US_EQUITY_ENTRY);
                    bundledUsEquities = c;
                }
            }
        }
        return c;
    }

    public static ExchangeCalendar load(final Path marketHoursDatabase, final String entryKey)
    {
        return new ExchangeCalendar(MarketHoursEntry.load(marketHoursDatabase, entryKey));
    }

    public ZoneId zone()
    {
        return zone;
    }

    public LocalDate coverageStart()
    {
        return LocalDate.ofEpochDay(firstDay);
    }

    public LocalDate coverageEnd()
    {
        return LocalDate.ofEpochDay(lastDay);
    }

    /** True when the database knows this date's holidays (otherwise only weekends are known). */
    public boolean covers(final LocalDate date)
    {
        final long d = date.toEpochDay();
        return d >= firstDay && d <= lastDay;
    }

    public boolean isTradingDay(final LocalDate date)
    {
        return sessionOpenNanos(date) != NO_SESSION;
    }

    /** The regular session's open on that date (a late open included), or {@link #NO_SESSION}. */
    public long sessionOpenNanos(final LocalDate date)
    {
        return openNanosOfDay(date.toEpochDay());
    }

    /** The session's close on that date (an early close included), or {@link #NO_SESSION}. */
    public long sessionCloseNanos(final LocalDate date)
    {
        return closeNanosOfDay(date.toEpochDay());
    }

    public boolean isEarlyClose(final LocalDate date)
    {
        return isTradingDay(date) && hours.earlyCloses.containsKey(date);
    }

    public boolean isLateOpen(final LocalDate date)
    {
        return isTradingDay(date) && hours.lateOpens.containsKey(date);
    }

    /** The regular (full-day) session hours of a weekday; null when that weekday does not trade. */
    public LocalTime regularOpen(final DayOfWeek day)
    {
        return hours.regularOpen(day);
    }

    public LocalTime regularClose(final DayOfWeek day)
    {
        return hours.regularClose(day);
    }

    /** The first trading day strictly after the date. */
    public LocalDate nextTradingDay(final LocalDate date)
    {
        return checkFound(nextTradingEpochDay(date.toEpochDay()), date);
    }

    /** The last trading day strictly before the date. */
    public LocalDate previousTradingDay(final LocalDate date)
    {
        return checkFound(previousTradingEpochDay(date.toEpochDay()), date);
    }

    private LocalDate checkFound(final long epochDay, final LocalDate from)
    {
        if (openNanosOfDay(epochDay) == NO_SESSION)
        {
            throw new IllegalStateException("no trading day within 30 days of " + from);
        }
        return LocalDate.ofEpochDay(epochDay);
    }

    /** Epoch nanos of a wall-clock time in the exchange's zone on a date (java.time resolves DST). */
    public long nanosAt(final LocalDate date, final LocalTime time)
    {
        return date.atTime(time).atZone(zone).toEpochSecond() * NANOS_PER_SECOND + time.getNano();
    }

    /** The exchange-local date of an event time, as an epoch day. Allocation-free inside the coverage. */
    public int epochDayOf(final long eventTimeNanos)
    {
        final long seconds = Math.floorDiv(eventTimeNanos, NANOS_PER_SECOND);
        // The local date is at least the one under the zone's smallest offset, and at most one day later.
        final long guess = Math.floorDiv(seconds + minOffsetSeconds, SECONDS_PER_DAY);
        if (guess >= firstDay && guess < lastDay)
        {
            return seconds >= midnightSeconds[(int)(guess + 1 - firstDay)] ? (int)guess + 1 : (int)guess;
        }
        final ZoneOffset offset = rules.getOffset(Instant.ofEpochSecond(seconds));
        return (int)Math.floorDiv(seconds + offset.getTotalSeconds(), SECONDS_PER_DAY);
    }

    /**
     * Epoch nanos of a local time of day (seconds after midnight) on an exchange-local epoch day,
     * allocation-free inside the coverage. Uses the day's offset at noon, which is exact on every
     * trading day and for any time outside a DST gap or overlap (2:00-3:00 on a transition Sunday).
     */
    public long localTimeNanos(final long epochDay, final int secondOfDay)
    {
        final int offset;
        if (epochDay >= firstDay && epochDay <= lastDay)
        {
            offset = noonOffsetSeconds[(int)(epochDay - firstDay)];
        }
        else
        {
            offset = rules.getOffset(LocalDate.ofEpochDay(epochDay).atTime(LocalTime.NOON)).getTotalSeconds();
        }
        return (epochDay * SECONDS_PER_DAY + secondOfDay - offset) * NANOS_PER_SECOND;
    }

    /** The first trading day strictly after an epoch day (allocation-free inside the coverage). */
    public long nextTradingEpochDay(final long epochDay)
    {
        long d = epochDay + 1;
        for (int guard = 0; guard < 30 && openNanosOfDay(d) == NO_SESSION; guard++)
        {
            d++;
        }
        return d;
    }

    /** The last trading day strictly before an epoch day (allocation-free inside the coverage). */
    public long previousTradingEpochDay(final long epochDay)
    {
        long d = epochDay - 1;
        for (int guard = 0; guard < 30 && openNanosOfDay(d) == NO_SESSION; guard++)
        {
            d--;
        }
        return d;
    }

    /** An epoch day as yyyyMMdd, without allocation (the civil-from-days conversion). */
    public static int yyyymmdd(final long epochDay)
    {
        final long z = epochDay + 719_468;
        final long era = Math.floorDiv(z, 146_097);
        final long doe = z - era * 146_097;
        final long yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        final long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        final long mp = (5 * doy + 2) / 153;
        final long day = doy - (153 * mp + 2) / 5 + 1;
        final long month = mp < 10 ? mp + 3 : mp - 9;
        final long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        return (int)(year * 10_000 + month * 100 + day);
    }

    /** Session open of an exchange-local epoch day, or {@link #NO_SESSION}. */
    public long openNanosOfDay(final long epochDay)
    {
        if (epochDay >= firstDay && epochDay <= lastDay)
        {
            return openNanos[(int)(epochDay - firstDay)];
        }
        return computeOpen(LocalDate.ofEpochDay(epochDay));
    }

    /** Session close of an exchange-local epoch day, or {@link #NO_SESSION}. */
    public long closeNanosOfDay(final long epochDay)
    {
        if (epochDay >= firstDay && epochDay <= lastDay)
        {
            return closeNanos[(int)(epochDay - firstDay)];
        }
        return computeClose(LocalDate.ofEpochDay(epochDay));
    }

    /** True while the regular session is open: open &lt;= t &lt; close. */
    public boolean isSessionOpen(final long eventTimeNanos)
    {
        final int day = epochDayOf(eventTimeNanos);
        final long open = openNanosOfDay(day);
        return open != NO_SESSION && eventTimeNanos >= open && eventTimeNanos < closeNanosOfDay(day);
    }

    private long computeOpen(final LocalDate d)
    {
        final LocalTime regular = hours.regularOpen(d.getDayOfWeek());
        if (regular == null || hours.holidays.contains(d))
        {
            return NO_SESSION;
        }
        return nanosAt(d, hours.lateOpens.getOrDefault(d, regular));
    }

    private long computeClose(final LocalDate d)
    {
        final LocalTime regular = hours.regularClose(d.getDayOfWeek());
        if (regular == null || hours.holidays.contains(d))
        {
            return NO_SESSION;
        }
        return nanosAt(d, hours.earlyCloses.getOrDefault(d, regular));
    }
}
