package com.quantmatrix.engine.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * One market's entry of LEAN's market-hours database (data/reference/market-hours-database.json.gz):
 * the regular session per weekday, holidays, early closes and late opens, exactly as the data say.
 *
 * <p>Format facts: dates are {@code M/d/yyyy} (some with a leading zero, e.g. 12/05/2018); times
 * {@code HH:mm:ss}; each weekday holds segments with a state {@code premarket|market|postmarket};
 * the regular session is the {@code market} segment. Early closes are listed for some non-trading
 * days too (12/24/2017 is a Sunday): the calendar ignores those.
 */
public final class MarketHoursEntry
{
    public final ZoneId exchangeZone;
    /** Regular session open/close per ISO weekday (index 1 = Monday .. 7 = Sunday); null = closed. */
    private final LocalTime[] regularOpen = new LocalTime[8];
    private final LocalTime[] regularClose = new LocalTime[8];
    public final Set<LocalDate> holidays;
    public final Map<LocalDate, LocalTime> earlyCloses;
    public final Map<LocalDate, LocalTime> lateOpens;

    private MarketHoursEntry(final ZoneId zone, final Set<LocalDate> holidays,
        final Map<LocalDate, LocalTime> earlyCloses, final Map<LocalDate, LocalTime> lateOpens)
    {
        this.exchangeZone = zone;
        this.holidays = Collections.unmodifiableSet(holidays);
        this.earlyCloses = Collections.unmodifiableMap(earlyCloses);
        this.lateOpens = Collections.unmodifiableMap(lateOpens);
    }

    public LocalTime regularOpen(final DayOfWeek day)
    {
        return regularOpen[day.getValue()];
    }

    public LocalTime regularClose(final DayOfWeek day)
    {
        return regularClose[day.getValue()];
    }

    /** Reads one entry (e.g. "Equity-usa-[*]") from a gzipped or plain database file. */
    public static MarketHoursEntry load(final Path file, final String entryKey)
    {
        final String json;
        try (InputStream raw = Files.newInputStream(file);
            InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw)
        {
            final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);
            in.transferTo(out);
            json = out.toString(StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new IllegalArgumentException("cannot read market-hours database " + file + ": " + ex.getMessage(), ex);
        }
        return parse(json, entryKey);
    }

    @SuppressWarnings("unchecked")
    static MarketHoursEntry parse(final String json, final String entryKey)
    {
        final Object root = JsonTree.parse(json);
        final Object entries = root instanceof Map ? ((Map<String, Object>)root).get("entries") : null;
        final Object entry = entries instanceof Map ? ((Map<String, Object>)entries).get(entryKey) : null;
        if (!(entry instanceof Map))
        {
            throw new IllegalArgumentException("market-hours database has no entry " + entryKey);
        }
        final Map<String, Object> e = (Map<String, Object>)entry;
        final Object zoneName = e.get("exchangeTimeZone");
        if (!(zoneName instanceof String))
        {
            throw new IllegalArgumentException(entryKey + ": no exchangeTimeZone");
        }
        final Set<LocalDate> holidays = new TreeSet<>();
        for (final Object d : list(e.get("holidays")))
        {
            holidays.add(date(d));
        }
        final MarketHoursEntry out = new MarketHoursEntry(ZoneId.of((String)zoneName), holidays,
            dateTimes(e.get("earlyCloses")), dateTimes(e.get("lateOpens")));
        for (final DayOfWeek day : DayOfWeek.values())
        {
            for (final Object segment : list(e.get(day.name().toLowerCase(java.util.Locale.ROOT))))
            {
                final Map<String, Object> s = (Map<String, Object>)segment;
                if ("market".equals(s.get("state")))
                {
                    out.regularOpen[day.getValue()] = LocalTime.parse((String)s.get("start"));
                    out.regularClose[day.getValue()] = LocalTime.parse((String)s.get("end"));
                }
            }
        }
        return out;
    }

    private static List<?> list(final Object o)
    {
        return o instanceof List ? (List<?>)o : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<LocalDate, LocalTime> dateTimes(final Object o)
    {
        final Map<LocalDate, LocalTime> out = new TreeMap<>();
        if (o instanceof Map)
        {
            for (final Map.Entry<String, Object> en : ((Map<String, Object>)o).entrySet())
            {
                out.put(date(en.getKey()), LocalTime.parse((String)en.getValue()));
            }
        }
        return out;
    }

    /** M/d/yyyy with or without leading zeros. */
    static LocalDate date(final Object o)
    {
        final String s = String.valueOf(o);
        final String[] p = s.split("/");
        if (p.length != 3)
        {
            throw new IllegalArgumentException("bad market-hours date: " + s);
        }
        return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }
}
