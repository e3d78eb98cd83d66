package com.quantmatrix.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.event.BrokerReport;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.journal.DecisionDigest;
import com.quantmatrix.engine.journal.JournalReader;
import com.quantmatrix.engine.oms.ClientOrderIds;
import com.quantmatrix.engine.risk.RiskReason;
import com.quantmatrix.engine.time.NyDate;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No look-ahead in a backtest on real bundled bars, shown two ways from its journal:
 * <ol>
 * <li>every fill happens on an event strictly after the event whose decision created the order (a
 * re-priced replacement: strictly after the event that cancelled its parent), never earlier in event
 * time;</li>
 * <li>changing the bars after day D in a copy of the data leaves every decision up to the end of day D
 * exactly as it was (decision digest of the journal's prefix), while the decisions after D change.</li>
 * </ol>
 */
class NoLookAheadTest
{
    /** A day inside the strategy's busiest stretch on these stocks (positions open across it). */
    private static final int DAY_D = 20131024;

    @Test
    void everyFillComesOnALaterEventThanTheDecisionThatCreatedItsOrder(@TempDir final Path dir)
    {
        final Backtest.Outcome run = Backtest.run(new EngineContext(BacktestFixture.config(dir)),
            BacktestFixture.spec(20130101, 20131231, null));
        assertThat(run.summary().faults).isZero();

        final Map<Long, Long> ordinalOfInput = new HashMap<>();
        final Map<Long, Long> timeOfInput = new HashMap<>();
        final Map<Long, Long> decidedAt = new HashMap<>();   // coid of an accepted intent -> input ordinal
        final Map<Long, Long> cancelledAt = new HashMap<>(); // coid -> ordinal of the event that cancelled it
        final long[] fills = {0};
        final long[] laterDay = {0};
        BacktestFixture.read(dir, new JournalReader.Visitor()
        {
            private long ordinal;

            @Override
            public void onInput(final MarketEvent e)
            {
                final long k = BacktestFixture.key(e.source, e.seq);
                ordinalOfInput.put(k, ordinal++);
                timeOfInput.put(k, e.eventTimeNanos);
            }

            @Override
            public void onDecision(final MarketEvent d)
            {
                final long ord = ordinalOfInput.get(BacktestFixture.key(d.source, d.seq));
                for (int i = 0; i < d.intentCount; i++)
                {
                    if (d.riskVerdict[i] == RiskReason.ACCEPTED)
                    {
                        assertThat(decidedAt.put(d.intentClientOrderId[i], ord)).as("one decision per order id").isNull();
                    }
                }
            }

            @Override
            public void onReports(final MarketEvent r)
            {
                final long k = BacktestFixture.key(r.source, r.seq);
                final long ord = ordinalOfInput.get(k);
                final long time = timeOfInput.get(k);
                for (int i = 0; i < r.outCount; i++)
                {
                    final long coid = r.outClientOrderId[i];
                    if (r.outKind[i] == BrokerReport.CANCELLED)
                    {
                        cancelledAt.putIfAbsent(coid, ord);
                    }
                    if (r.outKind[i] != BrokerReport.FILL && r.outKind[i] != BrokerReport.PARTIAL_FILL)
                    {
                        continue;
                    }
                    fills[0]++;
                    final long original = coid - ClientOrderIds.generation(coid);
                    final Long decided = decidedAt.get(original);
                    assertThat(decided).as("fill of %s has a decision on record before it", ClientOrderIds.format(coid)).isNotNull();
                    assertThat(ord).as("fill of %s on a later event than its decision", ClientOrderIds.format(coid)).isGreaterThan(decided);
                    final long decisionTime = timeOfInput.get(BacktestFixture.key(MarketEvent.SOURCE_MARKET_DATA,
                        ClientOrderIds.seq(original)));
                    assertThat(time).as("fill time of %s", ClientOrderIds.format(coid)).isGreaterThanOrEqualTo(decisionTime);
                    if (NyDate.ofEpochNanos(time) > NyDate.ofEpochNanos(decisionTime))
                    {
                        laterDay[0]++;
                    }
                    if (ClientOrderIds.generation(coid) > 0)
                    {
                        final Long parentCancelled = cancelledAt.get(coid - 1);
                        assertThat(parentCancelled).as("replacement %s follows its parent's cancel", ClientOrderIds.format(coid)).isNotNull();
                        assertThat(ord).isGreaterThan(parentCancelled);
                    }
                }
            }
        });
        assertThat(fills[0]).as("fills checked").isGreaterThanOrEqualTo(20);
        assertThat(laterDay[0]).as("fills of re-priced or waiting orders on later days").isPositive();
        assertThat(decidedAt).isNotEmpty();
    }

    @Test
    void changingBarsAfterDayDLeavesEveryDecisionUpToDayDUnchanged(@TempDir final Path dir) throws IOException
    {
        final DailyBarStore bundled = DailyBarStore.bundled();
        final Path original = dir.resolve("original/bars.csv");
        final Path changed = dir.resolve("changed/bars.csv");
        writeCopy(bundled, original, Integer.MAX_VALUE);
        writeCopy(bundled, changed, DAY_D);

        final Path journalA = dir.resolve("journal-original");
        final Path journalB = dir.resolve("journal-changed");
        final Backtest.Outcome a = Backtest.run(new EngineContext(BacktestFixture.config(journalA)),
            BacktestFixture.spec(20130101, 20131129, DailyBarStore.load(original)));
        final Backtest.Outcome b = Backtest.run(new EngineContext(BacktestFixture.config(journalB)),
            BacktestFixture.spec(20130101, 20131129, DailyBarStore.load(changed)));
        assertThat(a.summary().events).isEqualTo(b.summary().events);

        final long endOfD = NyDate.startOfDayNanos(DAY_D) + NyDate.NANOS_PER_DAY - 1;
        final DecisionDigest prefixA = digestUpTo(journalA, endOfD);
        final DecisionDigest prefixB = digestUpTo(journalB, endOfD);
        assertThat(prefixA.intents()).as("orders decided up to day D").isGreaterThanOrEqualTo(5);
        assertThat(prefixA.reports()).as("venue reports up to day D").isGreaterThanOrEqualTo(5);
        assertThat(prefixB.hex()).isEqualTo(prefixA.hex());
        assertThat(prefixB.decisions()).isEqualTo(prefixA.decisions());
        // ... and the change is not invisible: what came after day D differs
        assertThat(b.summary().decisionDigest).isNotEqualTo(a.summary().decisionDigest);
        assertThat(a.trades()).filteredOn(t -> t.closeDate() <= DAY_D).isEqualTo(
            b.trades().stream().filter(t -> t.closeDate() <= DAY_D).toList());
    }

    /** Digest of the decisions and venue reports the journal recorded for inputs at or before {@code lastNanos}. */
    private static DecisionDigest digestUpTo(final Path journal, final long lastNanos)
    {
        final DecisionDigest digest = new DecisionDigest();
        final Map<Long, Long> timeOfInput = new HashMap<>();
        BacktestFixture.read(journal, new JournalReader.Visitor()
        {
            @Override
            public void onInput(final MarketEvent e)
            {
                timeOfInput.put(BacktestFixture.key(e.source, e.seq), e.eventTimeNanos);
            }

            @Override
            public void onDecision(final MarketEvent d)
            {
                if (timeOfInput.get(BacktestFixture.key(d.source, d.seq)) <= lastNanos)
                {
                    digest.onDecision(d);
                }
            }

            @Override
            public void onReports(final MarketEvent r)
            {
                if (timeOfInput.get(BacktestFixture.key(r.source, r.seq)) <= lastNanos)
                {
                    digest.onReports(r);
                }
            }
        });
        return digest;
    }

    /**
     * The fixture's symbols as one CSV file (exact: Double.toString round-trips); bars after
     * {@code lastUnchanged} fall 15% (prices) on twice the volume.
     */
    private static void writeCopy(final DailyBarStore store, final Path file, final int lastUnchanged) throws IOException
    {
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII))
        {
            w.write("symbol,date,open,high,low,close,volume\n");
            for (final String sym : BacktestFixture.SYMBOLS)
            {
                final DailyBarStore.Series s = store.series(sym);
                for (int i = 0; i < s.size(); i++)
                {
                    final double f = s.date[i] > lastUnchanged ? 0.85 : 1.0;
                    final long v = s.date[i] > lastUnchanged ? 2 * s.volume[i] : s.volume[i];
                    w.write(sym + "," + s.date[i] + "," + s.open[i] * f + "," + s.high[i] * f + "," + s.low[i] * f + "," + s.close[i] * f
                        + "," + v + "\n");
                }
            }
        }
    }
}
