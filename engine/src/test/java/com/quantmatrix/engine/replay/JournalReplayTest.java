package com.quantmatrix.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.data.DailySeries;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.Reasons;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams real daily bars (the bundled data) through the pipeline with the journal on, replays the
 * journal into a fresh engine, and checks the same state hash and the same sequence of decisions.
 */
class JournalReplayTest
{
    static EngineContext context(final Path journal, final String preset, final String layout)
    {
        return new EngineContext(Config.of(Map.of(
            "engine.preset", preset,
            "engine.layout", layout,
            "engine.pinThreads", "false",
            "engine.ringSize", "4096",
            "journal.dir", journal.toString())));
    }

    @Test
    void replayOfRealBarsGivesTheSameStateAndDecisions(@TempDir final Path dir)
    {
        final DailyBarStore store = DailyBarStore.bundled();
        final List<String> symbols = List.of("AAPL", "BXP", "HUM", "PXD", "SLG", "SPY", "XOM");
        final DailyReplaySource source = new DailyReplaySource(
            store, symbols, 20130101, 20141231, DailySeries.vix(), DailySeries.treasury3m());

        final String hash;
        final String decisions;
        final long decisionCount;
        try (Engine engine = new Engine(context(dir, "efficient", "fused")))
        {
            final EventPublisher pub = engine.start();
            final long events = source.run(pub, engine.symbols(), 0, 0, null, null);
            // bad input from the edge: a NaN price, a duplicate, an unknown symbol
            publishBar(pub, events + 1, 0, Double.NaN);
            publishBar(pub, events + 1, 0, 100.0);
            publishBar(pub, events + 1, 0, 100.0);
            publishBar(pub, events + 2, 9_999, 100.0);
            engine.awaitIdle();
            engine.stop();
            assertThat(engine.counters().get(Reasons.NAN_VALUE)).isEqualTo(1);
            assertThat(engine.counters().get(Reasons.UNKNOWN_SYMBOL)).isEqualTo(1);
            assertThat(engine.counters().get(Reasons.DUPLICATE)).isEqualTo(1);
            assertThat(engine.faults()).isZero();
            hash = engine.stateHash().hex();
            decisions = engine.decisions().hex();
            decisionCount = engine.decisions().decisions();
            // every bar, VIX and rate event of the two years, plus the one good late bar
            assertThat(engine.acceptedInputs()).isEqualTo(events + 1);
        }
        assertThat(decisionCount).isGreaterThanOrEqualTo(3);

        for (final String layout : new String[] {"fused", "staged"})
        {
            final JournalReplay.Result r = JournalReplay.replay(dir, context(dir.resolveSibling("unused"), "efficient", layout), null);
            assertThat(r.stateHash).as(layout).isEqualTo(hash);
            assertThat(r.recordedDecisions).isEqualTo(decisions);
            assertThat(r.replayedDecisions).isEqualTo(decisions);
            assertThat(r.recordedDecisionCount).isEqualTo(decisionCount);
            assertThat(r.decisionsMatch()).isTrue();
        }
    }

    private static void publishBar(final EventPublisher pub, final long seq, final int symbolId, final double close)
    {
        final long slot = pub.claim();
        final MarketEvent e = pub.event(slot);
        e.type = EventType.BAR;
        e.source = MarketEvent.SOURCE_MARKET_DATA;
        e.seq = seq;
        e.eventTimeNanos = DailyReplaySource.epochNanos(20141231, 16, 1);
        e.symbolId = symbolId;
        e.barSeconds = 86_400;
        e.open = 100.0;
        e.high = 101.0;
        e.low = 99.0;
        e.close = close;
        e.volume = 1_000;
        pub.publish(slot);
    }
}
