package com.quantmatrix.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps and walk-forward runs of real strategies over the real bundled daily bars. */
class SweepTest
{
    private static final SampleOptionBacktest SAMPLE = new SampleOptionBacktest();

    @Test
    void gridCombinationsInAFixedOrder()
    {
        final ParameterGrid g = ParameterGrid.parse(List.of("a=1,2", "b=x,y,z"));
        assertThat(g.size()).isEqualTo(6);
        assertThat(g.combinations()).containsExactly(Map.of("a", "1", "b", "x"), Map.of("a", "1", "b", "y"),
            Map.of("a", "1", "b", "z"), Map.of("a", "2", "b", "x"), Map.of("a", "2", "b", "y"), Map.of("a", "2", "b", "z"));
        assertThat(ParameterGrid.parse(List.of("k= 3 , 4,,4")).axes().get(0).values()).containsExactly("3", "4");
        assertThatThrownBy(() -> ParameterGrid.parse(List.of("novalue"))).hasMessageContaining("key=v1,v2");
        assertThatThrownBy(() -> ParameterGrid.parse(List.of("a=1", "a=2"))).hasMessageContaining("twice");
        assertThatThrownBy(() -> ParameterGrid.parse(List.of())).hasMessageContaining("at least one");
    }

    @Test
    void parallelSweepEqualsSequentialRunsAndRanksBestFirst(@TempDir final Path dir) throws Exception
    {
        final ParameterGrid grid = ParameterGrid.parse(List.of("sample.sma=20,50", "sample.target=0.4,0.8"));
        final Sweep sweep = new Sweep(SAMPLE, 2);
        final List<Sweep.Row> rows = sweep.run(Config.empty(), grid, 20140102, 20151231);
        assertThat(rows).hasSize(4);
        for (final Sweep.Row r : rows)
        {
            assertThat(r.ok()).as(r.error()).isTrue();
            // the same run done alone, on this thread, gives the identical summary (determinism under parallelism)
            final BacktestResult alone = SAMPLE.apply(Sweep.configFor(Config.empty(), r.parameters(), 20140102, 20151231));
            assertThat(r.summary()).isEqualTo(alone);
            assertThat(r.summary().metrics().trades()).isGreaterThan(10);
            assertThat(r.summary().usedModeledPrices()).isTrue();
            assertThat(r.summary().fromDate()).isEqualTo(20140102);
            assertThat(r.summary().toDate()).isEqualTo(20151231);
        }
        // different parameters really produce different runs
        assertThat(rows.stream().map(r -> r.summary().stateHash()).distinct().count()).isEqualTo(4);

        final List<Sweep.Row> ranked = Sweep.rank(rows, RankMetric.SHARPE);
        for (int i = 1; i < ranked.size(); i++)
        {
            assertThat(ranked.get(i - 1).metric(RankMetric.SHARPE)).isGreaterThanOrEqualTo(ranked.get(i).metric(RankMetric.SHARPE));
        }

        final Path csv = dir.resolve("sweep.csv");
        SweepTable.writeRankedCsv(ranked, grid.keys(), csv);
        final String text = Files.readString(csv);
        final String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("rank,sample.sma,sample.target,from,to,trades,win_rate,");
        final String[] best = lines[1].split(",", -1);
        assertThat(best[1]).isEqualTo(ranked.get(0).parameters().get("sample.sma"));
        assertThat(Double.parseDouble(best[12])).isEqualTo(ranked.get(0).summary().metrics().sharpe());

        final String table = SweepTable.ranked(ranked, grid.keys(), RankMetric.SHARPE);
        assertThat(table).contains("Ranked by sharpe").contains("sample.sma").contains("MODELED");
        assertThat(table.lines().count()).isEqualTo(1 + 2 + 4);
    }

    @Test
    void buyAndHoldThroughTheSweepMatchesTheRealCloses()
    {
        // A second real strategy: hold the stock from the first close to the last; its total return must be the ratio of closes.
        final Function<Config, BacktestResult> hold = cfg -> {
            final DailyBarStore.Series s = SampleOptionBacktest.bars().series(cfg.getString("symbol", "SPY"));
            final int from = TradingDates.parse(cfg.getString(Sweep.FROM_KEY, null));
            final int to = TradingDates.parse(cfg.getString(Sweep.TO_KEY, null));
            final int i0 = s.indexOnOrAfter(from);
            final long shares = 1000;
            final EquityCurve.Builder b = EquityCurve.builder(Math.round(s.close[i0] * shares * 1e6));
            for (int i = i0 + 1; i < s.size() && s.date[i] <= to; i++)
            {
                b.add(s.date[i], Math.round(s.close[i] * shares * 1e6));
            }
            return PerformanceMetrics.compute(List.of(), b.build(), TreasuryRates.bundled(), Map.of(), false,
                AnalyticsSettings.defaults()).toBacktestResult(0);
        };
        final List<Sweep.Row> rows = new Sweep(hold, 0).run(Config.empty(), ParameterGrid.parse(List.of("symbol=SPY,AAPL")),
            20140102, 20141231);
        final DailyBarStore store = SampleOptionBacktest.bars();
        for (final Sweep.Row r : rows)
        {
            final DailyBarStore.Series s = store.series(r.parameters().get("symbol"));
            final double expected = s.close[s.indexOnOrAfter(20141231)] / s.close[s.indexOnOrAfter(20140102)] - 1;
            assertThat(r.summary().metrics().totalReturn()).isCloseTo(expected, within(1e-9));
            assertThat(r.summary().metrics().trades()).isZero();
        }
    }

    @Test
    void walkForwardPicksTheInSampleBestAndTestsItOnUnseenDates(@TempDir final Path dir) throws Exception
    {
        final ParameterGrid grid = ParameterGrid.parse(List.of("sample.sma=20,50", "sample.stop=0.3,0.5"));
        final Sweep sweep = new Sweep(SAMPLE, 2);
        final List<Sweep.FoldResult> folds = sweep.walkForward(Config.empty(), grid, 20140101, 20161231, 2, false, RankMetric.SHARPE);
        assertThat(folds).hasSize(2);
        // three equal calendar segments of 2014-2016 (1,096 days): fold 1 learns on the first, tests on the second
        assertThat(folds.get(0).fold()).isEqualTo(new WalkForward.Fold(1, 20140101, 20141231, 20150101, 20151231));
        assertThat(folds.get(1).fold()).isEqualTo(new WalkForward.Fold(2, 20150101, 20151231, 20160101, 20161231));
        for (final Sweep.FoldResult f : folds)
        {
            assertThat(f.inSampleRanked()).hasSize(4);
            final double best = f.inSampleRanked().stream().mapToDouble(r -> r.metric(RankMetric.SHARPE)).max().orElseThrow();
            assertThat(f.bestInSample().metric(RankMetric.SHARPE)).isEqualTo(best);
            assertThat(f.outOfSample().parameters()).isEqualTo(f.bestInSample().parameters());
            final BacktestResult direct = SAMPLE.apply(Sweep.configFor(Config.empty(), f.bestInSample().parameters(),
                f.fold().outOfSampleFrom(), f.fold().outOfSampleTo()));
            assertThat(f.outOfSample().summary()).isEqualTo(direct);
        }
        final String table = SweepTable.walkForward(folds, grid.keys(), RankMetric.SHARPE);
        assertThat(table).contains("2014-01-01..2014-12-31").contains("2015-01-01..2015-12-31").contains("OOS sharpe");
        final Path csv = dir.resolve("wf.csv");
        SweepTable.writeWalkForwardCsv(folds, grid.keys(), csv);
        assertThat(Files.readString(csv).split("\r\n")).hasSize(3);

        final List<WalkForward.Fold> anchored = WalkForward.split(20140101, 20161231, 2, true);
        assertThat(anchored.get(1)).isEqualTo(new WalkForward.Fold(2, 20140101, 20151231, 20160101, 20161231));
        assertThatThrownBy(() -> WalkForward.split(20140101, 20140201, 3, false)).hasMessageContaining("calendar days");
    }

    @Test
    void aFailingRunIsReportedAndRankedLastWithoutStoppingTheSweep()
    {
        final Function<Config, BacktestResult> picky = cfg -> {
            if (cfg.getInt("sample.sma", 50) < 5)
            {
                throw new IllegalArgumentException("sample.sma must be >= 5");
            }
            return SAMPLE.apply(cfg);
        };
        final List<Sweep.Row> rows = new Sweep(picky, 2).run(Config.empty(), ParameterGrid.parse(List.of("sample.sma=2,30")),
            20150101, 20150630);
        final List<Sweep.Row> ranked = Sweep.rank(rows, RankMetric.TOTAL_RETURN);
        assertThat(ranked.get(0).ok()).isTrue();
        assertThat(ranked.get(1).ok()).isFalse();
        assertThat(ranked.get(1).error()).isEqualTo("IllegalArgumentException: sample.sma must be >= 5");
        assertThat(SweepTable.ranked(ranked, List.of("sample.sma"), RankMetric.TOTAL_RETURN))
            .contains("FAILED").contains("#2 failed: IllegalArgumentException: sample.sma must be >= 5");
    }
}
