package com.quantmatrix.engine.market;

import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.event.SymbolTable;

/**
 * Seeds the daily state from history before the pipeline starts (so signals are ready at the open), through
 * the same bad-tick filter as live bars. Off the hot path.
 */
public final class MarketBackfill
{
    private MarketBackfill()
    {
    }

    /**
     * Applies a symbol's daily bars dated up to {@code throughYmd} inclusive (0 = all) that are newer than its
     * state. Returns how many the filter accepted (refusals are counted by the market state).
     */
    public static int seed(final MarketState market, final int sym, final DailyBarStore.Series series, final int throughYmd)
    {
        int applied = 0;
        final int last = market.lastDailyBarDate(sym);
        for (int i = series.indexOnOrAfter(last + 1); i < series.size(); i++)
        {
            if (throughYmd != 0 && series.date[i] > throughYmd)
            {
                break;
            }
            if (market.onDailyBar(sym, series.date[i], 0L, series.open[i], series.high[i], series.low[i], series.close[i],
                series.volume[i]) == 0)
            {
                applied++;
            }
        }
        return applied;
    }

    /** Seeds every symbol of a store (interned into the table, in sorted order); returns the bars applied. */
    public static long seedAll(final MarketState market, final SymbolTable symbols, final DailyBarStore store,
        final int throughYmd)
    {
        long applied = 0;
        for (final String symbol : new java.util.TreeSet<>(store.symbols()))
        {
            final int id = symbols.intern(symbol);
            if (id < 0 || id >= market.capacity())
            {
                throw new IllegalStateException("symbol table or market state full at " + symbol);
            }
            applied += seed(market, id, store.series(symbol), throughYmd);
        }
        return applied;
    }
}
