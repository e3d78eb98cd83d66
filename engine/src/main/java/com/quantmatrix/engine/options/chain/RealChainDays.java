package com.quantmatrix.engine.options.chain;

import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.options.NyTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled REAL option chains, fed into a daily replay on their days, before that day's bars
 * (a real chain always wins over a modeled one: the modeled-chain stage skips an underlying with a
 * real quote that day):
 * <ul>
 * <li>GOOG 2015-12-23 and 2015-12-24: LEAN minute NBBO quotes (AlgoSeek OPRA), each contract's last
 * quote before the close (12:59 on the 24th, a half day), all stamped at that snapshot time;</li>
 * <li>VXX, 20 days of December 2016: end-of-day bid/ask with vendor IV (historicaloptiondata.com
 * sample), stamped at the 16:00 close. Its strikes are on the unadjusted scale while the bundled
 * daily bars are adjusted for the 1:4 reverse split of 2017, so the selector rejects them by strike
 * range: kept because they are real, and they still stop a modeled VXX chain on those days.</li>
 * </ul>
 * The AAPL June 2014 end-of-day files carry closes but no bid/ask, so they are not fed (a quote
 * cannot be made up from a close).
 */
public final class RealChainDays implements DailyReplaySource.DayHook
{
    private final Map<Integer, List<ChainQuotes>> byDate = new HashMap<>();
    private final Map<Integer, long[]> stampByDate = new HashMap<>();
    private final SymbolTable symbols;

    private RealChainDays(final SymbolTable symbols)
    {
        this.symbols = symbols;
    }

    /** The bundled chains (read once, off the hot path). */
    public static RealChainDays bundled(final SymbolTable symbols)
    {
        final RealChainDays days = new RealChainDays(symbols);
        final Path goog = ProjectPaths.data().resolve("options/goog");
        days.addMinuteSnapshot(goog.resolve("20151223_quote_american.zip"), 16 * 3_600 - 1);
        days.addMinuteSnapshot(goog.resolve("20151224_quote_american.zip"), 13 * 3_600 - 1);
        final Path vxx = ProjectPaths.data().resolve("options/vxx/VXX-2016-12.csv.gz");
        if (Files.isRegularFile(vxx))
        {
            for (final Map.Entry<Integer, ChainQuotes> e : OptopsyChainReader.read(vxx).entrySet())
            {
                days.add(e.getKey(), e.getValue(), NyTime.nanosAt(e.getKey(), 16 * 3_600));
            }
        }
        return days;
    }

    private void addMinuteSnapshot(final Path quoteZip, final int nySecond)
    {
        final ChainQuotes day = LeanOptionMinuteReader.read(quoteZip);
        add(day.date, LeanOptionMinuteReader.snapshot(day, nySecond), NyTime.nanosAt(day.date, nySecond));
    }

    private void add(final int date, final ChainQuotes chain, final long stamp)
    {
        byDate.computeIfAbsent(date, d -> new java.util.ArrayList<>()).add(chain);
        stampByDate.computeIfAbsent(date, d -> new long[1])[0] = stamp;
    }

    /** Dates with a real chain, and how many contracts. */
    public Map<Integer, Integer> contractsByDate()
    {
        final Map<Integer, Integer> out = new java.util.TreeMap<>();
        byDate.forEach((d, list) -> out.put(d, list.stream().mapToInt(ChainQuotes::size).sum()));
        return out;
    }

    @Override
    public long beforeBars(final int yyyymmdd, final long epochNanosClose, final DailyReplaySource.Emitter emitter, final long nextSeq)
    {
        final List<ChainQuotes> chains = byDate.get(yyyymmdd);
        if (chains == null)
        {
            return nextSeq;
        }
        long seq = nextSeq;
        for (final ChainQuotes chain : chains)
        {
            final int underlying = symbols.find(chain.underlying);
            if (underlying < 0)
            {
                continue; // not in this run's universe
            }
            final long stamp = Math.min(stampByDate.get(yyyymmdd)[0], epochNanosClose);
            for (int i = 0; i < chain.size(); i++)
            {
                final MarketEvent e = emitter.begin(++seq);
                if (e != null)
                {
                    final long s = e.seq;
                    chain.fill(i, underlying, s, e);
                    e.source = MarketEvent.SOURCE_MARKET_DATA;
                    e.eventTimeNanos = stamp;
                    emitter.end();
                }
            }
        }
        return seq;
    }
}
