package com.quantmatrix.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.analytics.AnalyticsSettings;
import com.quantmatrix.engine.analytics.ClosedTrade;
import com.quantmatrix.engine.analytics.PerformanceReport;
import com.quantmatrix.engine.analytics.TreasuryRates;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.options.OptionSymbol;
import com.quantmatrix.engine.options.SelectorSettings;
import com.quantmatrix.engine.replay.JournalReplay;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backtest on real bundled bars, then the replay of its journal through a fresh engine: the same
 * trades, equity curve, metrics (record equality, every bucket) and state hash.
 */
class BacktestReplayTest
{
    @Test
    void replayOfABacktestJournalGivesTheSameMetricsAndStateHash(@TempDir final Path dir)
    {
        final Config config = BacktestFixture.config(dir);
        final Backtest.Outcome run = Backtest.run(new EngineContext(config), BacktestFixture.spec(20130101, 20140331, null));
        assertThat(run.summary().faults).isZero();
        assertThat(run.trades()).hasSizeGreaterThanOrEqualTo(15);

        final Config recorded = JournalReplay.recordedConfig(dir);
        assertThat(recorded).isNotNull();
        final Backtest.Outcome replay = Backtest.replay(dir, new EngineContext(recorded));

        final AnalyticsSettings settings = AnalyticsSettings.from(config);
        final TreasuryRates rates = TreasuryRates.bundled();
        final PerformanceReport a = run.report(settings, rates);
        final PerformanceReport b = replay.report(settings, rates);
        assertThat(b.run()).isEqualTo(a.run());
        assertThat(b.buckets()).isEqualTo(a.buckets());
        assertThat(b.monthly().months()).isEqualTo(a.monthly().months());
        assertThat(b.rejections()).isEqualTo(a.rejections());
        assertThat(replay.trades()).isEqualTo(run.trades());
        assertThat(replay.curve().dates()).containsExactly(run.curve().dates());
        for (int i = 0; i < run.curve().size(); i++)
        {
            assertThat(replay.curve().equityMicros(i)).isEqualTo(run.curve().equityMicros(i));
        }
        assertThat(replay.summary().stateHash).isEqualTo(run.summary().stateHash);
        assertThat(replay.replay().decisionsMatch()).isTrue();
        assertThat(replay.summary().days).isEqualTo(run.summary().days).isEqualTo(run.curve().size());
        assertThat(replay.summary().firstDay).isEqualTo(run.summary().firstDay).isEqualTo(20130102);
        assertThat(replay.summary().lastDay).isEqualTo(run.summary().lastDay).isEqualTo(20140331);
        assertThat(replay.summary().symbols).isEqualTo(BacktestFixture.SYMBOLS.size());
    }

    @Test
    void recordedTradesAddUpToTheEquityAndCarryTheirEntryTerms(@TempDir final Path dir)
    {
        final Config config = BacktestFixture.config(dir).with("journal.enabled", "false");
        // ends while positions are open: they are reported as END_OF_RUN trades at their mark
        final Backtest.Outcome run = Backtest.run(new EngineContext(config), BacktestFixture.spec(20130101, 20131105, null));
        assertThat(run.summary().openPositions).isPositive();
        assertThat(run.trades()).filteredOn(t -> t.closeReason().equals("END_OF_RUN")).hasSize(run.summary().openPositions);

        // every micro of the account is in the trades: their net P&L is the final equity less the starting cash
        final long net = run.trades().stream().mapToLong(ClosedTrade::pnlMicros).sum();
        assertThat(net).isEqualTo(run.curve().endMicros() - run.curve().startMicros());
        assertThat(run.curve().endMicros()).isEqualTo(run.summary().equityMicros);
        assertThat(run.trades().stream().mapToLong(ClosedTrade::feesMicros).sum()).isEqualTo(run.summary().feesMicros);

        final SelectorSettings selector = SelectorSettings.from(config);
        final OptionSymbol occ = new OptionSymbol();
        for (final ClosedTrade t : run.trades())
        {
            // the contract the selector chose: OCC symbol of the underlying, inside the DTE and delta windows
            assertThat(occ.parse(t.contract())).as(t.contract()).isZero();
            assertThat(occ.right).isEqualTo(com.quantmatrix.engine.event.MarketEvent.CALL);
            assertThat(occ.root()).isEqualTo(t.symbol());
            assertThat(t.daysToExpiryAtEntry()).as(t.toString()).isBetween(selector.minDaysToExpiry, selector.maxDaysToExpiry);
            assertThat(t.absDeltaAtEntry()).as(t.toString()).isBetween(selector.minAbsDelta, selector.maxAbsDelta);
            assertThat(t.modeledPrice()).isTrue(); // no real chain of these stocks is bundled for 2013
            assertThat(t.sector()).isNotNull();
        }
        assertThat(run.trades()).filteredOn(t -> t.symbol().equals("AKAM")).allMatch(t -> t.sector().equals("Information Technology"));
        assertThat(run.trades()).filteredOn(t -> t.symbol().equals("ALK")).allMatch(t -> t.sector().equals("Industrials"));
    }
}
