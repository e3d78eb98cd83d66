package com.quantmatrix.adapters.live;

import com.quantmatrix.adapters.polygon.Aggregate;
import com.quantmatrix.adapters.polygon.PolygonRestClient;
import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.calendar.ExchangeCalendar;
import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms the engine's daily indicators before the live feed starts: daily bars from Polygon's REST API
 * go through the ring as ordinary journaled BAR inputs (daily, stamped at the 16:00 New York close of
 * their date, source MARKET_DATA, numbered on after the journal's last market-data input), oldest day
 * first and, within a day, in universe order. So a replay or a recovery sees exactly what the live
 * engine saw. Only bars newer than a symbol's state are sent (a restart backfills the days it missed).
 *
 * <p>Two ways to fetch, whichever needs fewer calls (the free plan allows 5 a minute): one aggregates
 * call per symbol covering every day, or one grouped-daily call per day covering every symbol. A
 * symbol whose call fails is reported and left cold; the run goes on.
 */
public final class PolygonBackfill
{
    private static final Logger LOG = LoggerFactory.getLogger(PolygonBackfill.class);

    /** What the backfill did. */
    public record Result(long events, long lastSeq, int calls, List<String> failures, List<ScanJob.Bar> bars)
    {
    }

    /** Told after each REST call (progress on a slow plan); false stops fetching (what was fetched is kept). */
    @FunctionalInterface
    public interface Progress
    {
        boolean onCall(int done, int total);
    }

    private final PolygonRestClient rest;
    private final ExchangeCalendar calendar;

    public PolygonBackfill(final PolygonRestClient rest, final ExchangeCalendar calendar)
    {
        this.rest = rest;
        this.calendar = calendar;
    }

    /** The {@code tradingDays} trading days ending at {@code through} (inclusive), oldest first. */
    public List<LocalDate> tradingDays(final LocalDate through, final int tradingDays)
    {
        final List<LocalDate> days = new ArrayList<>();
        LocalDate d = calendar.isTradingDay(through) ? through : calendar.previousTradingDay(through);
        while (days.size() < tradingDays)
        {
            days.add(0, d);
            d = calendar.previousTradingDay(d);
        }
        return days;
    }

    /** The bars fetched, by date (yyyymmdd) then symbol, before they are published. */
    public static final class Fetched
    {
        final TreeMap<Integer, Map<String, Aggregate>> byDate = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        final int lastDay;
        int calls;
        LiveSettings.BackfillMode how;

        Fetched(final int lastDay)
        {
            this.lastDay = lastDay;
        }

        /** Bars to publish (at most; those a symbol's state already has are skipped). */
        public int bars()
        {
            int n = 0;
            for (final Map.Entry<Integer, Map<String, Aggregate>> d : byDate.entrySet())
            {
                n += d.getKey() <= lastDay ? d.getValue().size() : 0;
            }
            return n;
        }

        public List<String> failures()
        {
            return failures;
        }

        public int calls()
        {
            return calls;
        }
    }

    /**
     * Fetches the bars of {@code days} the engine lacks: {@code lastDate} gives each symbol id's newest
     * daily bar already in the engine (0 for none).
     */
    public Fetched fetch(final SymbolTable symbols, final List<String> universe, final List<LocalDate> days,
        final LiveSettings.BackfillMode mode, final IntUnaryOperator lastDate, final Progress progress)
    {
        final LiveSettings.BackfillMode how = mode == LiveSettings.BackfillMode.AUTO
            ? (universe.size() <= days.size() ? LiveSettings.BackfillMode.SYMBOL : LiveSettings.BackfillMode.GROUPED) : mode;
        final Fetched f = new Fetched(days.isEmpty() ? 0 : ymd(days.get(days.size() - 1)));
        f.how = how;
        final List<String> failures = f.failures;
        final TreeMap<Integer, Map<String, Aggregate>> byDate = f.byDate;
        int calls = 0;
        if (how == LiveSettings.BackfillMode.SYMBOL && !days.isEmpty())
        {
            final LocalDate from = days.get(0);
            final LocalDate to = days.get(days.size() - 1);
            for (final String symbol : universe)
            {
                final int id = symbols.find(symbol);
                final int newest = id < 0 ? 0 : lastDate.applyAsInt(id);
                if (newest >= ymd(to))
                {
                    continue;
                }
                final LocalDate start = newest == 0 ? from : max(from, LiveMessages.date(newest).plusDays(1));
                try
                {
                    for (final Aggregate a : rest.dailyBars(symbol, start, to))
                    {
                        byDate.computeIfAbsent(ymd(nyDate(a.startMillis())), k -> new HashMap<>()).put(symbol, a);
                    }
                }
                catch (final RuntimeException ex)
                {
                    failures.add(symbol + ": " + ex.getMessage());
                }
                calls++;
                if (progress != null && !progress.onCall(calls, universe.size()))
                {
                    break;
                }
            }
        }
        else if (how == LiveSettings.BackfillMode.GROUPED)
        {
            final java.util.Set<String> wanted = new java.util.HashSet<>(universe);
            for (final LocalDate day : days)
            {
                try
                {
                    for (final Aggregate a : rest.groupedDaily(day, true))
                    {
                        if (a.ticker() != null && wanted.contains(a.ticker()))
                        {
                            byDate.computeIfAbsent(ymd(day), k -> new HashMap<>()).put(a.ticker(), a);
                        }
                    }
                }
                catch (final RuntimeException ex)
                {
                    failures.add(day + ": " + ex.getMessage());
                }
                calls++;
                if (progress != null && !progress.onCall(calls, days.size()))
                {
                    break;
                }
            }
        }
        f.calls = calls;
        if (!failures.isEmpty())
        {
            LOG.warn("backfill: {} of {} calls failed (those symbols start cold): {}", failures.size(), calls,
                failures.size() > 5 ? failures.subList(0, 5) + " ..." : failures);
        }
        return f;
    }

    /**
     * Publishes what {@link #fetch} found into the ring, oldest day first, numbered after
     * {@code lastSeq} (the journal's last market-data sequence).
     */
    public Result publish(final EventPublisher publisher, final SymbolTable symbols, final List<String> universe, final Fetched f,
        final IntUnaryOperator lastDate, final long lastSeq)
    {
        long seq = Math.max(0, lastSeq);
        long events = 0;
        final List<ScanJob.Bar> bars = new ArrayList<>();
        final int lastDay = f.lastDay;
        for (final Map.Entry<Integer, Map<String, Aggregate>> day : f.byDate.entrySet())
        {
            final int date = day.getKey();
            if (date > lastDay)
            {
                continue; // a bar of today (the feed brings it) or a later one
            }
            final long close = DailyReplaySource.epochNanos(date, 16, 0);
            for (final String symbol : universe)
            {
                final Aggregate a = day.getValue().get(symbol);
                final int id = symbols.find(symbol);
                if (a == null || id < 0 || date <= lastDate.applyAsInt(id))
                {
                    continue;
                }
                final long volume = Math.round(a.volume());
                final long slot = publisher.claim();
                final MarketEvent e = publisher.event(slot);
                e.type = EventType.BAR;
                e.source = MarketEvent.SOURCE_MARKET_DATA;
                e.seq = ++seq;
                e.eventTimeNanos = close;
                e.symbolId = id;
                e.barSeconds = 86_400;
                e.open = a.open();
                e.high = a.high();
                e.low = a.low();
                e.close = a.close();
                e.volume = volume;
                publisher.publish(slot);
                events++;
                bars.add(new ScanJob.Bar(symbol, date, a.open(), a.high(), a.low(), a.close(), volume));
            }
        }
        LOG.info("backfill: {} daily bars of {} symbols in {} calls ({})", events, universe.size(), f.calls, f.how);
        return new Result(events, seq, f.calls, f.failures, bars);
    }

    static LocalDate nyDate(final long epochMillis)
    {
        return Instant.ofEpochMilli(epochMillis).atZone(DailyReplaySource.NEW_YORK).toLocalDate();
    }

    static int ymd(final LocalDate d)
    {
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    private static LocalDate max(final LocalDate a, final LocalDate b)
    {
        return a.isAfter(b) ? a : b;
    }
}
