package com.quantmatrix.engine.market;

import com.quantmatrix.engine.data.DailyBarStore;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The bundled real daily bars (data/daily, see data/README.md), loaded once per test JVM. */
public final class RealBars
{
    private static DailyBarStore store;

    private RealBars()
    {
    }

    public static synchronized DailyBarStore store()
    {
        if (store == null)
        {
            store = DailyBarStore.bundled();
        }
        return store;
    }

    /** Every symbol, sorted (ids in tests are indexes into this list). */
    public static List<String> symbols()
    {
        return new ArrayList<>(new TreeSet<>(store().symbols()));
    }

    public static DailyBarStore.Series series(final String symbol)
    {
        return store().series(symbol);
    }
}
