package com.quantmatrix.bench.market;

import com.quantmatrix.engine.data.DailyBarStore;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The bundled real daily bars of every symbol, merged date by date (then symbol by symbol) into flat arrays,
 * the order a replay feeds them. Built once per benchmark trial, off the measured path.
 */
final class ReplayBars
{
    final List<String> symbols = new ArrayList<>();
    final int size;
    final int[] symbol;
    final int[] date;
    final double[] open;
    final double[] high;
    final double[] low;
    final double[] close;
    final double[] volume;

    ReplayBars(final DailyBarStore store)
    {
        symbols.addAll(new TreeSet<>(store.symbols()));
        final List<DailyBarStore.Series> series = new ArrayList<>();
        for (final String s : symbols)
        {
            series.add(store.series(s));
        }
        size = store.totalBars();
        symbol = new int[size];
        date = new int[size];
        open = new double[size];
        high = new double[size];
        low = new double[size];
        close = new double[size];
        volume = new double[size];
        final int[] next = new int[series.size()];
        int n = 0;
        while (n < size)
        {
            int day = Integer.MAX_VALUE;
            for (int k = 0; k < series.size(); k++)
            {
                if (next[k] < series.get(k).size())
                {
                    day = Math.min(day, series.get(k).date[next[k]]);
                }
            }
            for (int k = 0; k < series.size(); k++)
            {
                final DailyBarStore.Series s = series.get(k);
                if (next[k] < s.size() && s.date[next[k]] == day)
                {
                    final int i = next[k]++;
                    symbol[n] = k;
                    date[n] = day;
                    open[n] = s.open[i];
                    high[n] = s.high[i];
                    low[n] = s.low[i];
                    close[n] = s.close[i];
                    volume[n] = s.volume[i];
                    n++;
                }
            }
        }
    }
}
