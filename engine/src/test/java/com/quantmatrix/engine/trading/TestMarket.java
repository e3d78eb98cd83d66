package com.quantmatrix.engine.trading;

import com.quantmatrix.engine.market.MarketView;
import java.util.Arrays;

/**
 * A read-only market view for tests, set directly from real data (the market stage owns the real
 * one): last price, ATR, date of the last daily bar per symbol id, VIX, the clock.
 */
public final class TestMarket implements MarketView
{
    private final double[] last;
    private final double[] atr;
    private final int[] dailyDate;
    private double vix = Double.NaN;
    private long now;

    public TestMarket(final int maxSymbols)
    {
        last = new double[maxSymbols];
        atr = new double[maxSymbols];
        dailyDate = new int[maxSymbols];
        Arrays.fill(last, Double.NaN);
        Arrays.fill(atr, Double.NaN);
    }

    public TestMarket last(final int symbolId, final double price)
    {
        last[symbolId] = price;
        return this;
    }

    public TestMarket atr(final int symbolId, final double value)
    {
        atr[symbolId] = value;
        return this;
    }

    public TestMarket dailyDate(final int symbolId, final int yyyymmdd)
    {
        dailyDate[symbolId] = yyyymmdd;
        return this;
    }

    public TestMarket vix(final double value)
    {
        vix = value;
        return this;
    }

    public void now(final long nanos)
    {
        now = nanos;
    }

    @Override
    public double lastPrice(final int symbolId)
    {
        return symbolId >= 0 && symbolId < last.length ? last[symbolId] : Double.NaN;
    }

    @Override
    public double atr(final int symbolId)
    {
        return symbolId >= 0 && symbolId < atr.length ? atr[symbolId] : Double.NaN;
    }

    @Override
    public double historicalVolatility(final int symbolId)
    {
        return Double.NaN;
    }

    @Override
    public int lastDailyBarDate(final int symbolId)
    {
        return symbolId >= 0 && symbolId < dailyDate.length ? dailyDate[symbolId] : 0;
    }

    @Override
    public double vix()
    {
        return vix;
    }

    @Override
    public double riskFreeRate()
    {
        return 0.0;
    }

    @Override
    public long nowNanos()
    {
        return now;
    }
}
