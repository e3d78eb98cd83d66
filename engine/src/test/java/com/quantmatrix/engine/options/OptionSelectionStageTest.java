package com.quantmatrix.engine.options;

import static com.quantmatrix.engine.event.MarketEvent.CALL;
import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.Reasons;
import com.quantmatrix.engine.event.SignalType;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.options.chain.ChainQuotes;
import com.quantmatrix.engine.pipeline.StateHash;
import com.quantmatrix.engine.stats.ReasonCounters;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The option-selection stage fed the real GOOG minute quotes of 2015-12-24 as OPTION_QUOTE events,
 * then an ENTRY signal; and the modeled chain end to end (flagged, never replacing a real quote).
 * Market inputs from bundled real data: GOOG's open/close of the day (LEAN universe file), VIX
 * close of the day (data/reference/vix-daily.csv: 15.74), 20-day HVs of GOOG and SPY from the
 * bundled daily bars.
 */
class OptionSelectionStageTest
{
    private static final double GOOG_OPEN = 747.93;

    private final SymbolTable symbols = new SymbolTable(16);
    private final int goog = symbols.intern("GOOG");
    private final int aapl = symbols.intern("AAPL");
    private final Instruments instruments = new Instruments(16, 8_192);
    private final ReasonCounters counters = new ReasonCounters();
    private final IvHistory ivHistory = new IvHistory(16, 252, 20);
    private final MarketEvent e = new MarketEvent();
    private long seq;

    private OptionSelectionStage stage(final Config config)
    {
        return new OptionSelectionStage(SelectorSettings.from(config), instruments, ivHistory, counters, null, symbols, 16);
    }

    private void trade(final OptionSelectionStage stage, final int symbol, final double price, final long time)
    {
        e.clear();
        e.type = EventType.TRADE;
        e.seq = ++seq;
        e.symbolId = symbol;
        e.close = price;
        e.volume = 100;
        e.eventTimeNanos = time;
        stage.onEvent(e, seq, true);
    }

    private void entry(final OptionSelectionStage stage, final int symbol, final long time)
    {
        e.clear();
        e.type = EventType.CLOCK;
        e.seq = ++seq;
        e.symbolId = symbol;
        e.eventTimeNanos = time;
        e.signalType = SignalType.ENTRY;
        e.signalDirection = +1;
        stage.onEvent(e, seq, true);
    }

    private void streamRealDay(final OptionSelectionStage stage)
    {
        trade(stage, goog, GOOG_OPEN, NyTime.nanosAt(GoogChain.DATE, 9 * 3_600 + 30 * 60));
        final ChainQuotes day = GoogChain.day();
        for (int i = 0; i < day.size(); i++)
        {
            day.fill(i, goog, ++seq, e);
            stage.onEvent(e, seq, true);
            assertThat(e.inputReject).isZero();
        }
    }

    @Test
    void pricesTheRealMinuteQuotesAndSelectsOnEntry()
    {
        final OptionSelectionStage strict = stage(Config.empty());
        streamRealDay(strict);
        assertThat(instruments.count()).isEqualTo(2_192 + 1);
        assertThat(strict.quotesPriced()).isGreaterThan(200_000);
        final int c750 = instruments.findOption(goog, 20160115, 750.0, CALL);
        assertThat(instruments.bid[c750]).isEqualTo(12.20);
        assertThat(instruments.iv[c750]).isBetween(0.15, 0.22);
        assertThat(instruments.delta[c750]).isBetween(0.45, 0.55);
        assertThat(instruments.modeled[c750]).isFalse();
        // the day's ATM IV went into the 52-week history (one day: rank unknown until 20 days)
        assertThat(ivHistory.days(goog)).isEqualTo(1);
        assertThat(ivHistory.latest(goog)).isBetween(0.12, 0.30);
        assertThat(ivHistory.rank(goog)).isNaN();

        entry(strict, goog, GoogChain.NOW);
        assertThat(e.selectedContractId).isEqualTo(-1);
        assertThat(e.selectReason).isEqualTo(SelectReason.VOLUME_TOO_LOW);

        // the same chain with the half-day liquidity thresholds of GoogChainSelectionTest
        final OptionSelectionStage relaxed = stage(Config.empty().with("options.select.minVolume", "20")
            .with("options.select.minOpenInterest", "50").with("options.select.thetaUnit", "premium"));
        entry(relaxed, goog, GoogChain.NOW);
        assertThat(e.selectReason).isZero();
        final int chosen = e.selectedContractId;
        assertThat(chosen).isNotNegative();
        assertThat(instruments.right[chosen]).isEqualTo(CALL);
        assertThat(instruments.underlying[chosen]).isEqualTo(goog);
        assertThat(relaxed.selector().rankedId[0]).isEqualTo(chosen);

        final StateHash h1 = new StateHash();
        relaxed.hashInto(h1);
        final StateHash h2 = new StateHash();
        relaxed.hashInto(h2);
        assertThat(h1.value()).isEqualTo(h2.value());
    }

    /** Steady state allocates nothing: a second pass over the real day's quotes, and entries, measured per thread. */
    @Test
    void noAllocationPerEventAfterWarmUp()
    {
        final OptionSelectionStage stage = OptionSelectionStage.create(SelectorSettings.from(Config.empty()
            .with("options.select.minVolume", "20").with("options.select.minOpenInterest", "50")), instruments, counters, null, symbols, 16);
        streamRealDay(stage);
        for (int k = 0; k < 2_000; k++)
        {
            entry(stage, goog, GoogChain.NOW);
        }
        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)java.lang.management.ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        final ChainQuotes day = GoogChain.day();
        final long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < day.size(); i += 3)
        {
            day.fill(i, goog, ++seq, e);
            stage.onEvent(e, seq, true);
        }
        for (int k = 0; k < 1_000; k++)
        {
            entry(stage, goog, GoogChain.NOW);
        }
        final long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(allocated).as("bytes allocated over %d events", day.size() / 3 + 1_000).isLessThan(1_024);
    }

    @Test
    void badOptionKeysAreRejectedAndCounted()
    {
        final OptionSelectionStage stage = stage(Config.empty());
        final ChainQuotes close = GoogChain.atClose();
        for (final int variant : new int[] {0, 1, 2, 3})
        {
            close.fill(0, goog, ++seq, e);
            switch (variant)
            {
                case 0: e.expiry = 20161332; break;
                case 1: e.strike = Double.NaN; break;
                case 2: e.right = 0; break;
                default: e.symbolId = 99; break;
            }
            stage.onEvent(e, seq, true);
            assertThat(e.inputReject).isEqualTo(Reasons.BAD_OPTION_KEY);
        }
        assertThat(counters.get(Reasons.BAD_OPTION_KEY)).isEqualTo(4);
        assertThat(instruments.count()).isZero();
    }

    @Test
    void modeledChainIsFlaggedAndNeverReplacesARealChain() throws IOException
    {
        final OptionSelectionStage stage = stage(Config.empty().with("options.select.thetaUnit", "premium"));
        final SelectorSettings settings = SelectorSettings.from(Config.empty());
        final DailyBarStore bars = DailyBarStore.bundled();
        final double vix = vixClose("2015-12-24");
        assertThat(vix).isEqualTo(15.74);
        final double spyHv = hv(bars, "SPY", GoogChain.DATE);
        final ModeledChain model = new ModeledChain(settings, 4_096);

        // 1. the real GOOG quotes of the day, then a modeled GOOG chain the same day: the real ones win
        final ChainQuotes close = GoogChain.atClose();
        trade(stage, goog, GoogChain.spot(), GoogChain.NOW - 1);
        for (int i = 0; i < close.size(); i++)
        {
            close.fill(i, goog, ++seq, e);
            stage.onEvent(e, seq, true);
        }
        assertThat(ModeledChain.hasRealQuoteToday(instruments, goog, GoogChain.NOW)).isTrue();
        final int realCount = instruments.count();
        final int n = model.generate(GoogChain.spot(), hv(bars, "GOOG", GoogChain.DATE), vix, spyHv, GoogChain.rate(), 0.0,
            GoogChain.NOW + 60_000_000_000L, OptionStyle.AMERICAN);
        assertThat(n).isPositive();
        int overlapping = 0;
        for (int i = 0; i < n; i++)
        {
            final int existing = instruments.findOption(goog, model.expiry[i], model.strike[i], model.right[i]);
            final double bidBefore = existing >= 0 ? instruments.bid[existing] : Double.NaN;
            model.fill(i, goog, ++seq, e);
            assertThat(e.flags & MarketEvent.FLAG_MODELED).isNotZero();
            stage.onEvent(e, seq, true);
            if (existing >= 0)
            {
                overlapping++;
                assertThat(instruments.modeled[existing]).isFalse();
                assertThat(instruments.bid[existing]).isEqualTo(bidBefore);
            }
        }
        assertThat(overlapping).isPositive();
        assertThat(counters.get(SelectReason.MODELED_QUOTE_IGNORED)).isEqualTo(overlapping);
        for (int id = 0; id < realCount; id++)
        {
            assertThat(instruments.modeled[id]).isFalse();
        }

        // 2. AAPL has no real chain that day: the modeled one is flagged and can be selected (flagged)
        final double aaplSpot = bars.series("AAPL").close[bars.series("AAPL").indexOnOrAfter(GoogChain.DATE)];
        trade(stage, aapl, aaplSpot, GoogChain.NOW);
        assertThat(ModeledChain.hasRealQuoteToday(instruments, aapl, GoogChain.NOW)).isFalse();
        final int m = model.generate(aaplSpot, hv(bars, "AAPL", GoogChain.DATE), vix, spyHv, GoogChain.rate(), 0.0, GoogChain.NOW,
            OptionStyle.AMERICAN);
        for (int i = 0; i < m; i++)
        {
            model.fill(i, aapl, ++seq, e);
            stage.onEvent(e, seq, true);
        }
        int modeledCount = 0;
        for (int id = instruments.firstOf(aapl); id != Instruments.NOT_FOUND; id = instruments.nextOfUnderlying[id])
        {
            if (instruments.isOption(id))
            {
                assertThat(instruments.modeled[id]).isTrue();
                modeledCount++;
            }
        }
        assertThat(modeledCount).isEqualTo(m);
        entry(stage, aapl, GoogChain.NOW);
        assertThat(e.selectReason).isZero();
        assertThat(instruments.modeled[e.selectedContractId]).isTrue();

        // 3. a real quote for a modeled contract replaces it (and clears the flag)
        final int modeledId = e.selectedContractId;
        e.clear();
        e.type = EventType.OPTION_QUOTE;
        e.seq = ++seq;
        e.symbolId = aapl;
        e.eventTimeNanos = GoogChain.NOW + 1;
        e.expiry = instruments.expiry[modeledId];
        e.strike = instruments.strike[modeledId];
        e.right = instruments.right[modeledId];
        e.bid = 1.00;
        e.ask = 1.05;
        e.vendorIv = Double.NaN;
        stage.onEvent(e, seq, true);
        assertThat(instruments.modeled[modeledId]).isFalse();
        assertThat(instruments.bid[modeledId]).isEqualTo(1.00);
        // and a modeled quote can no longer overwrite it that day
        model.fill(0, aapl, ++seq, e);
        e.expiry = instruments.expiry[modeledId];
        e.strike = instruments.strike[modeledId];
        e.right = instruments.right[modeledId];
        e.eventTimeNanos = GoogChain.NOW + 2;
        stage.onEvent(e, seq, true);
        assertThat(instruments.bid[modeledId]).isEqualTo(1.00);
        assertThat(instruments.modeled[modeledId]).isFalse();
    }

    static double vixClose(final String isoDate) throws IOException
    {
        for (final String line : Files.readAllLines(ProjectPaths.data().resolve("reference").resolve("vix-daily.csv")))
        {
            if (line.startsWith(isoDate))
            {
                return Double.parseDouble(line.split(",")[4]);
            }
        }
        throw new IllegalStateException("no VIX on " + isoDate);
    }

    /** 20-day HV from the bundled closes before {@code date}. */
    static double hv(final DailyBarStore bars, final String symbol, final int date)
    {
        final DailyBarStore.Series s = bars.series(symbol);
        return HistoricalVolatility.closeToClose(s.close, s.indexOnOrAfter(date), 20);
    }
}
