package com.quantmatrix.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.ProjectPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The backtest's named universes over the bundled data (data/README.md: 494 S&P 500 stocks and 25 ETFs). */
class BacktestUniverseTest
{
    @Test
    void sp500AndEtfsSplitTheBundledSymbols()
    {
        final Config config = Config.load(ProjectPaths.config(), null, Map.of());
        final DailyBarStore store = DailyBarStore.bundled();
        final List<String> sp500 = Backtest.universe("sp500", store, config);
        final List<String> etfs = Backtest.universe("etfs", store, config);
        final List<String> all = Backtest.universe("all", store, config);
        assertThat(sp500).hasSize(494).contains("AAPL", "BRK-B", "XOM").doesNotContain("SPY");
        assertThat(etfs).hasSize(25).contains("SPY", "QQQ", "IWM", "GLD", "TLT", "VXX", "XLK").doesNotContain("AAPL");
        assertThat(all).hasSize(519).isSorted();
        final List<String> union = new ArrayList<>(sp500);
        union.addAll(etfs);
        assertThat(union).containsExactlyInAnyOrderElementsOf(all);
        assertThatThrownBy(() -> Backtest.universe("nasdaq", store, config)).hasMessageContaining("unknown universe 'nasdaq'");
    }
}
