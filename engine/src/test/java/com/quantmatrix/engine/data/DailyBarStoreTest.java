package com.quantmatrix.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DailyBarStoreTest
{
    /** Values are the Kaggle source rows (../shared/data/huge-stock-market-dataset), read back exactly. */
    @Test
    void bundledCompactFileRoundTripsTheSourceRows()
    {
        final DailyBarStore store = DailyBarStore.bundled();
        assertThat(store.symbols()).hasSize(494 + 25);
        assertThat(store.totalBars()).isEqualTo(632_197);

        final DailyBarStore.Series aapl = store.series("AAPL");
        assertThat(aapl.date[0]).isEqualTo(20130102);
        assertThat(aapl.open[0]).isEqualTo(71.553);
        assertThat(aapl.high[0]).isEqualTo(71.705);
        assertThat(aapl.low[0]).isEqualTo(69.978);
        assertThat(aapl.close[0]).isEqualTo(70.935);
        assertThat(aapl.volume[0]).isEqualTo(154_865_509L);
        assertThat(aapl.date[1]).isEqualTo(20130103);
        assertThat(aapl.close[1]).isEqualTo(70.039);
        assertThat(aapl.date[aapl.size() - 1]).isEqualTo(20171110);

        // A known decimal-shift row is kept as it is (the bad-tick filter's job, not the loader's).
        final DailyBarStore.Series bxp = store.series("BXP");
        assertThat(bxp.open[bxp.indexOnOrAfter(20130702)]).isEqualTo(0.8874);
        assertThat(store.series("SPY").date[0]).isEqualTo(20120103);
    }
}
