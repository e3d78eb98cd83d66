package com.quantmatrix.engine.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.pipeline.StateHash;
import com.quantmatrix.engine.signal.SignalSettings;
import com.quantmatrix.engine.signal.SignalStage;
import com.quantmatrix.engine.stats.ReasonCounters;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The market stage on real events: daily bars, trades, quotes and reference values. */
class MarketStateStageTest
{
    private final SymbolTable symbols = new SymbolTable(64);
    private final ReasonCounters counters = new ReasonCounters();
    private final Instruments instruments = new Instruments(64, 256);
    private final MarketState market = new MarketState(64, MarketSettings.defaults(), SessionHours.REGULAR, counters);
    private final MarketStateStage stage = new MarketStateStage(market, instruments);
    private final MarketEvent e = new MarketEvent();
    private long seq;

    private void dailyBar(final int sym, final DailyBarStore.Series s, final int i)
    {
        fillDailyBar(e, ++seq, sym, s, i);
        stage.onEvent(e, seq, true);
    }

    /** The event holds bar i of the series as symbol {@code sym}'s daily bar (16:00), numbered {@code seq}. */
    private static void fillDailyBar(final MarketEvent e, final long seq, final int sym, final DailyBarStore.Series s, final int i)
    {
        e.clear();
        e.type = EventType.BAR;
        e.seq = seq;
        e.symbolId = sym;
        e.barSeconds = 86_400;
        e.eventTimeNanos = SessionClock.nanosOf(s.date[i], 16 * 60);
        e.open = s.open[i];
        e.high = s.high[i];
        e.low = s.low[i];
        e.close = s.close[i];
        e.volume = s.volume[i];
    }

    @Test
    void dailyBarsFeedTheIndicatorsAndTheStockAndBadTicksAreRefusedAndCounted()
    {
        final int bxp = symbols.intern("BXP");
        final DailyBarStore.Series s = RealBars.series("BXP");
        final IndicatorState expected = new IndicatorState(1, MarketSettings.defaults());
        for (int i = 0; i < s.size(); i++)
        {
            dailyBar(bxp, s, i);
            if (s.date[i] == 20130702)
            {
                assertThat(e.inputReject).isEqualTo(BadTickReason.OPEN_OUTSIDE_RANGE);
                assertThat(instruments.last[instruments.stock(bxp)]).isEqualTo(s.close[i - 1]);
            }
            else
            {
                assertThat(e.inputReject).isZero();
                expected.update(0, s.date[i], s.open[i], s.high[i], s.low[i], s.close[i], s.volume[i]);
                assertThat(instruments.last[instruments.stock(bxp)]).isEqualTo(s.close[i]);
                assertThat(instruments.volume[instruments.stock(bxp)]).isEqualTo(s.volume[i]);
            }
        }
        assertThat(counters.get(BadTickReason.OPEN_OUTSIDE_RANGE)).isEqualTo(1);
        final int last = s.size() - 1;
        assertThat(market.lastDailyBarDate(bxp)).isEqualTo(s.date[last]);
        assertThat(market.lastPrice(bxp)).isEqualTo(s.close[last]);
        assertThat(market.atr(bxp)).isEqualTo(expected.atr(0));
        assertThat(market.historicalVolatility(bxp)).isEqualTo(expected.historicalVolatility(0));
        assertThat(market.nowNanos()).isEqualTo(SessionClock.nanosOf(s.date[last], 960));
        // an unknown (out of range) symbol id is refused, not a crash
        e.symbolId = 64;
        e.inputReject = 0;
        stage.onEvent(e, ++seq, true);
        assertThat(e.inputReject).isEqualTo(BadTickReason.SYMBOL_OUT_OF_RANGE);
    }

    @Test
    void quotesUpdateTheStockEntryAndCrossedOnesAreRefused() throws Exception
    {
        final int spy = symbols.intern("SPY");
        final LocalDate day = LocalDate.of(2013, 10, 4);
        final long midnight = day.atStartOfDay(LeanMinuteBars.NEW_YORK).toEpochSecond();
        final Path zip = ProjectPaths.data().resolve("minute/equity/spy/20131004_quote.zip");
        int refused = 0;
        int expectedRefused = 0;
        String[] lastGood = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip)))
        {
            in.getNextEntry();
            final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            while ((line = r.readLine()) != null)
            {
                // ms, bid o/h/l/c, last bid size, ask o/h/l/c, last ask size (prices x 10,000)
                final String[] f = line.split(",");
                e.clear();
                e.type = EventType.QUOTE;
                e.symbolId = spy;
                e.eventTimeNanos = (midnight + Long.parseLong(f[0]) / 1000 + 60) * 1_000_000_000L;
                e.bid = Long.parseLong(f[4]) / 10_000.0;
                e.bidSize = Integer.parseInt(f[5]);
                e.ask = Long.parseLong(f[9]) / 10_000.0;
                e.askSize = Integer.parseInt(f[10]);
                stage.onEvent(e, ++seq, true);
                final boolean bad = !(e.bid > 0 && e.ask > 0 && e.bid <= e.ask);
                expectedRefused += bad ? 1 : 0;
                if (e.inputReject != 0)
                {
                    refused++;
                    assertThat(e.inputReject).isEqualTo(BadTickReason.BAD_QUOTE);
                }
                else
                {
                    lastGood = f;
                }
            }
        }
        assertThat(refused).isEqualTo(expectedRefused);
        final int id = instruments.stock(spy);
        assertThat(instruments.bid[id]).isEqualTo(Long.parseLong(lastGood[4]) / 10_000.0);
        assertThat(instruments.ask[id]).isEqualTo(Long.parseLong(lastGood[9]) / 10_000.0);
        assertThat(instruments.askSize[id]).isEqualTo(Integer.parseInt(lastGood[10]));
        assertThat(instruments.quoteTimeNanos[id]).isEqualTo((midnight + Long.parseLong(lastGood[0]) / 1000 + 60) * 1_000_000_000L);

        // the same real quote with its sides swapped is crossed
        e.inputReject = 0;
        final double bid = e.bid;
        e.bid = e.ask + 0.01;
        e.ask = bid;
        stage.onEvent(e, ++seq, true);
        assertThat(e.inputReject).isEqualTo(BadTickReason.BAD_QUOTE);
        assertThat(counters.get(BadTickReason.BAD_QUOTE)).isEqualTo(expectedRefused + 1);
    }

    @Test
    void referenceEventsSetVixAndTheRiskFreeRate() throws Exception
    {
        // data/reference: VIX close 2015-08-24 and the 3-month Treasury yield of that day
        final String vixRow = Files.readAllLines(ProjectPaths.data().resolve("reference/vix-daily.csv")).stream()
            .filter(l -> l.startsWith("2015-08-24")).findFirst().orElseThrow();
        final String rateRow = Files.readAllLines(ProjectPaths.data().resolve("reference/treasury-curves.csv")).stream()
            .filter(l -> l.startsWith("2015-08-24")).findFirst().orElseThrow();
        final double vix = Double.parseDouble(vixRow.split(",")[4]);
        final double rate = Double.parseDouble(rateRow.split(",")[2]);
        assertThat(market.vix()).isNaN();
        reference(MarketEvent.REF_VIX, vix);
        assertThat(e.inputReject).isZero();
        reference(MarketEvent.REF_RISK_FREE_RATE, rate);
        assertThat(e.inputReject).isZero();
        assertThat(market.vix()).isEqualTo(40.74);
        assertThat(market.riskFreeRate()).isEqualTo(0.0006);

        reference(MarketEvent.REF_VIX, Double.NaN);
        assertThat(e.inputReject).isEqualTo(BadTickReason.BAD_REFERENCE);
        reference(MarketEvent.REF_VIX, -1.0);
        assertThat(e.inputReject).isEqualTo(BadTickReason.BAD_REFERENCE);
        reference(99, 1.0);
        assertThat(e.inputReject).isEqualTo(BadTickReason.UNKNOWN_REFERENCE);
        assertThat(market.vix()).isEqualTo(40.74);
    }

    private void reference(final int kind, final double value)
    {
        e.clear();
        e.type = EventType.REFERENCE;
        e.refKind = kind;
        e.close = value;
        e.eventTimeNanos = SessionClock.nanosOf(20150824, 960);
        stage.onEvent(e, ++seq, true);
    }

    @Test
    void tradesBuildIntradayBarsAndADecimalShiftedPrintIsDroppedWhenThePriceReturns()
    {
        final int spy = symbols.intern("SPY");
        final LocalDate day = LocalDate.of(2013, 10, 4);
        final List<LeanMinuteBars.Row> rows = LeanMinuteBars.read(
            ProjectPaths.data().resolve("minute/equity/spy/20131004_trade.zip"), day);
        int shiftedAt = -1;
        for (int i = 0; i < rows.size(); i++)
        {
            final LeanMinuteBars.Row r = rows.get(i);
            e.clear();
            e.type = EventType.TRADE;
            e.symbolId = spy;
            e.eventTimeNanos = r.endNanos - 1;
            e.close = r.close;
            e.volume = r.volume;
            if (r.startMinute == 12 * 60)
            {
                e.close = r.close / 10; // the decimal-shift defect on one real print at noon
                shiftedAt = i;
            }
            stage.onEvent(e, ++seq, true);
            if (i == shiftedAt)
            {
                assertThat(e.inputReject).isEqualTo(BadTickReason.JUMP_UNCONFIRMED);
            }
            else
            {
                assertThat(e.inputReject).as("row %d", i).isZero();
                assertThat(instruments.last[instruments.stock(spy)]).isEqualTo(r.close);
            }
        }
        assertThat(counters.get(BadTickReason.SPIKE_REVERSED)).isEqualTo(1);
        // the clock completes the day's bars; the 15-minute trigger timeframe saw the regular session only
        e.clear();
        e.type = EventType.CLOCK;
        e.eventTimeNanos = day.atTime(20, 5).atZone(LeanMinuteBars.NEW_YORK).toEpochSecond() * 1_000_000_000L;
        stage.onEvent(e, ++seq, true);
        final int m15 = market.timeframeIndex(900);
        assertThat(market.intradayBarEnd(m15, spy))
            .isEqualTo(day.atTime(16, 0).atZone(LeanMinuteBars.NEW_YORK).toEpochSecond() * 1_000_000_000L);
        double last = 0;
        for (final LeanMinuteBars.Row r : rows)
        {
            if (r.startMinute < 960)
            {
                last = r.close;
            }
        }
        assertThat(market.intradayClose(m15, spy)).isEqualTo(last);
        assertThat(market.intradayEma(m15, spy)).isBetween(160.0, 175.0);
    }

    @Test
    void withoutADailySourceTheDayBuiltFromMinuteBarsFeedsTheDailyIndicators() throws Exception
    {
        final MarketState fromMinutes = new MarketState(4, MarketSettings.from(com.quantmatrix.engine.config.Config.empty()
            .with(MarketSettings.DAILY_FROM_INTRADAY, "true")), SessionHours.REGULAR, counters);
        final MarketStateStage minuteStage = new MarketStateStage(fromMinutes, instruments);
        final String[] days = {"20131004", "20131007", "20131008", "20131009", "20131010", "20131011"};
        for (final String d : days)
        {
            final LocalDate day = LocalDate.parse(d, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            for (final LeanMinuteBars.Row r : LeanMinuteBars.read(ProjectPaths.data().resolve("minute/equity/spy/" + d + "_trade.zip"), day))
            {
                e.clear();
                e.type = EventType.BAR;
                e.symbolId = 2;
                e.barSeconds = 60;
                e.eventTimeNanos = r.endNanos;
                e.open = r.open;
                e.high = r.high;
                e.low = r.low;
                e.close = r.close;
                e.volume = r.volume;
                minuteStage.onEvent(e, ++seq, true);
                assertThat(e.inputReject).isZero();
            }
        }
        // LEAN's own daily bar of 2013-10-11 (test resources) is what the minutes of the regular session add up to
        final String[] lean = Files.readAllLines(Path.of(MarketStateStageTest.class.getResource("/market/lean-spy-daily-2012-2013.csv").toURI()))
            .stream().filter(l -> l.startsWith("20131011")).findFirst().orElseThrow().split(",");
        assertThat(fromMinutes.daily().barCount(2)).isEqualTo(days.length);
        assertThat(fromMinutes.lastDailyBarDate(2)).isEqualTo(20131011);
        assertThat(fromMinutes.daily().close(2)).isEqualTo(Long.parseLong(lean[4]) / 10_000.0);
        assertThat(fromMinutes.daily().high(2)).isEqualTo(Long.parseLong(lean[2]) / 10_000.0);
        assertThat(fromMinutes.daily().volume(2)).isEqualTo(Long.parseLong(lean[5]));
        assertThat(fromMinutes.filter().last(BadTickFilter.DAILY, 2)).isEqualTo(fromMinutes.daily().close(2));
    }

    @Test
    void anEventAnEarlierStageRefusedIsLeftAlone()
    {
        final int ibm = symbols.intern("IBM");
        final DailyBarStore.Series s = RealBars.series("IBM");
        e.clear();
        e.type = EventType.BAR;
        e.barSeconds = 86_400;
        e.symbolId = ibm;
        e.eventTimeNanos = SessionClock.nanosOf(s.date[0], 960);
        e.open = s.open[0];
        e.high = s.high[0];
        e.low = s.low[0];
        e.close = s.close[0];
        e.volume = s.volume[0];
        e.inputReject = 4; // OUT_OF_ORDER, from the journal stage
        stage.onEvent(e, 1, true);
        assertThat(e.inputReject).isEqualTo(4);
        assertThat(market.lastDailyBarDate(ibm)).isZero();
    }

    /** Replays the first 60 bundled symbols date by date, symbol by symbol, as a replay source would. */
    private static int replay(final List<DailyBarStore.Series> series, final MarketStateStage market, final SignalStage signal,
        final MarketEvent e, final int[] next)
    {
        java.util.Arrays.fill(next, 0);
        int events = 0;
        long seq = 0;
        while (true)
        {
            int date = Integer.MAX_VALUE;
            for (int k = 0; k < series.size(); k++)
            {
                if (next[k] < series.get(k).size())
                {
                    date = Math.min(date, series.get(k).date[next[k]]);
                }
            }
            if (date == Integer.MAX_VALUE)
            {
                return events;
            }
            for (int k = 0; k < series.size(); k++)
            {
                final DailyBarStore.Series s = series.get(k);
                if (next[k] < s.size() && s.date[next[k]] == date)
                {
                    fillDailyBar(e, ++seq, k, s, next[k]++);
                    market.onEvent(e, seq, true);
                    signal.onEvent(e, seq, true);
                    events++;
                }
            }
        }
    }

    @Test
    void marketAndSignalStagesAllocateNothingPerEventAndHashDeterministically()
    {
        final List<DailyBarStore.Series> series = new ArrayList<>();
        for (final String n : RealBars.symbols().subList(0, 60))
        {
            series.add(RealBars.series(n));
        }
        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        final int runs = 6;
        final long[] hashes = new long[runs];
        final long[] allocated = new long[runs];
        final int[] next = new int[series.size()];
        int events = 0;
        for (int run = 0; run < runs; run++)
        {
            // every run on fresh state; the first warms the code up
            final MarketState m = new MarketState(64, MarketSettings.defaults(), SessionHours.REGULAR, new ReasonCounters());
            final MarketStateStage ms = new MarketStateStage(m, new Instruments(64, 256));
            final SignalStage signal = new SignalStage(m, SignalSettings.defaults());
            final MarketEvent event = new MarketEvent();
            final long before = threads.getThreadAllocatedBytes(thread);
            events = replay(series, ms, signal, event, next);
            allocated[run] = threads.getThreadAllocatedBytes(thread) - before;
            final StateHash hash = new StateHash();
            ms.hashInto(hash);
            signal.hashInto(hash);
            hashes[run] = hash.value();
            assertThat(signal.entries()).isGreaterThan(0);
        }
        assertThat(events).isGreaterThan(70_000);
        System.out.println("allocated per run: " + java.util.Arrays.toString(allocated));
        // Nothing is allocated per event: one byte per event would be 72 KB a run. What remains is the JIT's: while
        // it compiles, the VM leaves a few hundred bytes of strings on this thread now and then, so a run may show
        // some; once the code has settled, runs show none at all.
        long least = Long.MAX_VALUE;
        for (int run = 1; run < runs; run++)
        {
            assertThat(allocated[run]).as("bytes allocated while replaying %d events, run %d", events, run).isLessThan(1_024);
            least = Math.min(least, allocated[run]);
        }
        assertThat(least).as("bytes allocated by the quietest run").isZero();
        // runs over the same events reach the same state
        for (int run = 1; run < runs; run++)
        {
            assertThat(hashes[run]).isEqualTo(hashes[0]);
        }
        assertThat(hashes[0]).isNotEqualTo(new StateHash().value());
    }
}
