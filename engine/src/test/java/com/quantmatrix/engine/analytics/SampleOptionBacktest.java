package com.quantmatrix.engine.analytics;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.pipeline.StateHash;
import java.io.IOException;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A small, deterministic options strategy over the REAL bundled daily bars, used to exercise the
 * sweep and to produce a realistic sample report. It is not the engine's strategy and not its
 * pricing: calls are priced with Black-Scholes from each stock's 20-day realised volatility and the
 * bundled Treasury rate, so every trade is flagged as modeled.
 *
 * <p>Rules (keys under {@code sample.}): a close crossing above its SMA(n) is a signal, acted on at
 * the NEXT session's open (no look-ahead); buy the call whose strike is nearest the open, expiring on
 * the first Friday at least {@code dte} days out, sized to {@code risk} of equity; mark at each close;
 * exit at the next open after the mark crosses the profit target or the stop, after {@code hold}
 * sessions, or 5 days before expiry. Buys pay the mid plus 3%, sells get the mid minus 3%; fees
 * $0.70 a contract each way.
 */
public final class SampleOptionBacktest implements Function<Config, BacktestResult>
{
    public static final List<String> UNIVERSE = List.of("AAPL", "MSFT", "JPM", "XOM", "JNJ", "PG", "KO", "WMT", "HD", "CVX", "PFE",
        "MRK", "INTC", "CSCO", "BA", "CAT", "GE", "MMM", "NKE", "DIS", "V", "UNH", "AMZN", "NVDA");
    private static final double HALF_SPREAD = 0.03;
    private static final long FEE_PER_CONTRACT_MICROS = 700_000L;
    private static final long START_MICROS = 100_000_000_000L;

    private static final TreasuryRates RATES = TreasuryRates.bundled();
    private static volatile DailyBarStore bars;
    private static volatile Map<String, String> sectors;

    /** Everything one run produced. */
    public record Result(List<ClosedTrade> trades, EquityCurve curve, Map<String, Long> rejections, long stateHash)
    {
    }

    private static final class Position
    {
        String symbol;
        String occ;
        double strike;
        LocalDate expiry;
        int qty;
        long entryMicros;
        long entryFeesMicros;
        long openNanos;
        int dteAtEntry;
        double deltaAtEntry;
        int heldSessions;
        String exitReason;
        double mark;
    }

    @Override
    public BacktestResult apply(final Config config)
    {
        final Result r = run(config);
        return PerformanceMetrics.compute(r.trades(), r.curve(), RATES, r.rejections(), true,
            AnalyticsSettings.defaults()).toBacktestResult(r.stateHash());
    }

    public Result run(final Config c)
    {
        final int from = TradingDates.parse(c.getString(Sweep.FROM_KEY, "2014-01-02"));
        final int to = TradingDates.parse(c.getString(Sweep.TO_KEY, "2016-12-30"));
        final int smaN = c.getInt("sample.sma", 50);
        final double target = c.getDouble("sample.target", 0.6);
        final double stop = c.getDouble("sample.stop", 0.4);
        final int dte = c.getInt("sample.dte", 35);
        final int hold = c.getInt("sample.hold", 15);
        final int maxPositions = c.getInt("sample.max.positions", 8);
        final double risk = c.getDouble("sample.risk", 0.02);
        final DailyBarStore store = bars();
        final TreasuryRates rates = RATES;
        final DailyBarStore.Series spy = store.series("SPY");

        final Map<String, Long> rejections = new LinkedHashMap<>();
        final List<ClosedTrade> trades = new ArrayList<>();
        final Map<String, Position> open = new LinkedHashMap<>();
        final List<String> pendingEntries = new ArrayList<>();
        final EquityCurve.Builder curve = EquityCurve.builder(START_MICROS);
        long cash = START_MICROS;
        long lastEquity = START_MICROS;
        int lastDay = to;

        for (int di = spy.indexOnOrAfter(from); di < spy.size() && spy.date[di] <= to; di++)
        {
            final int day = spy.date[di];
            final LocalDate today = TradingDates.toLocalDate(day);
            final long openTime = nanos(today, 9, 30);
            final double rf = rates.annualYield(day);

            // 1. At the open: exits decided at yesterday's close, then entries signalled at yesterday's close.
            for (final java.util.Iterator<Position> it = open.values().iterator(); it.hasNext(); )
            {
                final Position p = it.next();
                if (p.exitReason == null)
                {
                    continue;
                }
                final DailyBarStore.Series s = store.series(p.symbol);
                final int i = s.indexOnOrAfter(day);
                if (i >= s.size() || s.date[i] != day)
                {
                    continue; // no bar today for this stock: try again tomorrow
                }
                final double mid = callPrice(s.open[i], p.strike, years(today, p.expiry), vol(s, i), rf);
                cash += close(p, mid, openTime, trades);
                it.remove();
            }
            for (final String sym : pendingEntries)
            {
                if (open.size() >= maxPositions)
                {
                    rejections.merge("RISK_MAX_POSITIONS", 1L, Long::sum);
                    continue;
                }
                final DailyBarStore.Series s = store.series(sym);
                final int i = s.indexOnOrAfter(day);
                if (i >= s.size() || s.date[i] != day || i < 21)
                {
                    rejections.merge("DATA_NO_BAR", 1L, Long::sum);
                    continue;
                }
                final Position p = new Position();
                p.symbol = sym;
                p.expiry = firstFridayOnOrAfter(today.plusDays(dte));
                p.strike = strikeNear(s.open[i]);
                final double t = years(today, p.expiry);
                final double sigma = vol(s, i);
                final double mid = callPrice(s.open[i], p.strike, t, sigma, rf);
                final long ask = cents(mid * (1 + HALF_SPREAD));
                if (ask <= 0)
                {
                    rejections.merge("SELECT_NO_PRICE", 1L, Long::sum);
                    continue;
                }
                final int qty = (int)(risk * lastEquity / (ask * 100.0));
                if (qty < 1)
                {
                    rejections.merge("RISK_SIZE_BELOW_ONE_CONTRACT", 1L, Long::sum);
                    continue;
                }
                final long cost = ask * 100L * qty + FEE_PER_CONTRACT_MICROS * qty;
                if (cost > cash)
                {
                    rejections.merge("RISK_INSUFFICIENT_CASH", 1L, Long::sum);
                    continue;
                }
                cash -= cost;
                p.qty = qty;
                p.entryMicros = ask;
                p.entryFeesMicros = FEE_PER_CONTRACT_MICROS * qty;
                p.openNanos = openTime;
                p.dteAtEntry = (int)java.time.temporal.ChronoUnit.DAYS.between(today, p.expiry);
                p.deltaAtEntry = callDelta(s.open[i], p.strike, t, sigma, rf);
                p.occ = occ(sym, p.expiry, p.strike);
                open.put(sym, p);
            }
            pendingEntries.clear();

            // 2. At the close: mark, decide exits for tomorrow's open, find tomorrow's entries.
            long marked = 0;
            for (final Position p : open.values())
            {
                final DailyBarStore.Series s = store.series(p.symbol);
                final int i = s.indexOnOrAfter(day);
                if (i < s.size() && s.date[i] == day)
                {
                    p.mark = callPrice(s.close[i], p.strike, years(today, p.expiry), vol(s, i), rf);
                    p.heldSessions++;
                    final double entry = p.entryMicros / 1e6;
                    if (p.mark >= entry * (1 + target))
                    {
                        p.exitReason = "PROFIT_TARGET";
                    }
                    else if (p.mark <= entry * (1 - stop))
                    {
                        p.exitReason = "STOP_LOSS";
                    }
                    else if (java.time.temporal.ChronoUnit.DAYS.between(today, p.expiry) <= 5)
                    {
                        p.exitReason = "EXPIRY_NEAR";
                    }
                    else if (p.heldSessions >= hold)
                    {
                        p.exitReason = "TIME_STOP";
                    }
                }
                marked += cents(p.mark * (1 - HALF_SPREAD)) * 100L * p.qty;
            }
            for (final String sym : UNIVERSE)
            {
                final DailyBarStore.Series s = store.series(sym);
                final int i = s.indexOnOrAfter(day);
                if (i >= s.size() || s.date[i] != day || i < smaN + 1 || open.containsKey(sym))
                {
                    continue;
                }
                if (s.close[i] > sma(s, i, smaN) && s.close[i - 1] <= sma(s, i - 1, smaN))
                {
                    pendingEntries.add(sym);
                }
            }
            lastEquity = cash + marked;
            curve.add(day, lastEquity);
            lastDay = day;
        }
        // End of data: close what is still open at its last mark.
        final long endTime = nanos(TradingDates.toLocalDate(lastDay), 16, 0);
        for (final Position p : open.values())
        {
            p.exitReason = "END_OF_RUN";
            cash += close(p, p.mark, endTime, trades);
        }
        if (!open.isEmpty())
        {
            curve.add(lastDay, cash);
        }
        final StateHash h = new StateHash().mix(cash);
        for (final ClosedTrade t : trades)
        {
            h.mix(t.contract()).mix(t.openNanos()).mix(t.closeNanos()).mix(t.pnlMicros());
        }
        return new Result(trades, curve.build(), rejections, h.value());
    }

    private static long close(final Position p, final double mid, final long time, final List<ClosedTrade> trades)
    {
        final long bid = Math.max(0, cents(mid * (1 - HALF_SPREAD)));
        final long fees = FEE_PER_CONTRACT_MICROS * p.qty;
        final long proceeds = bid * 100L * p.qty - fees;
        final long pnl = (bid - p.entryMicros) * 100L * p.qty - fees - p.entryFeesMicros;
        trades.add(new ClosedTrade(p.symbol, p.occ, p.openNanos, time, p.qty, p.entryMicros, bid, pnl, fees + p.entryFeesMicros,
            p.exitReason, p.dteAtEntry, p.deltaAtEntry, sectors().get(p.symbol), true));
        return proceeds;
    }

    public static DailyBarStore bars()
    {
        if (bars == null)
        {
            synchronized (SampleOptionBacktest.class)
            {
                if (bars == null)
                {
                    bars = DailyBarStore.bundled();
                }
            }
        }
        return bars;
    }

    /** GICS sector by symbol from the bundled S&P 500 constituents list. */
    static Map<String, String> sectors()
    {
        if (sectors == null)
        {
            final Map<String, String> m = new HashMap<>();
            try
            {
                for (final String line : Files.readAllLines(ProjectPaths.data().resolve("reference").resolve("sp500-sectors-2018-04-02.csv")))
                {
                    final int first = line.indexOf(',');
                    final int last = line.lastIndexOf(',');
                    if (first > 0 && last > first)
                    {
                        m.put(line.substring(0, first), line.substring(last + 1).trim());
                    }
                }
            }
            catch (final IOException ex)
            {
                throw new IllegalStateException(ex);
            }
            sectors = m;
        }
        return sectors;
    }

    private static double sma(final DailyBarStore.Series s, final int i, final int n)
    {
        double sum = 0;
        for (int k = i - n + 1; k <= i; k++)
        {
            sum += s.close[k];
        }
        return sum / n;
    }

    /** 20-day realised volatility of log returns, annualised, floored at 12%. */
    private static double vol(final DailyBarStore.Series s, final int i)
    {
        final int n = Math.min(20, i);
        if (n < 2)
        {
            return 0.25;
        }
        final double[] r = new double[n];
        for (int k = 0; k < n; k++)
        {
            r[k] = Math.log(s.close[i - k] / s.close[i - k - 1]);
        }
        return Math.max(0.12, ReturnStats.sampleStdev(r, null) * Math.sqrt(252));
    }

    static double callPrice(final double spot, final double strike, final double t, final double sigma, final double r)
    {
        if (t <= 0)
        {
            return Math.max(0, spot - strike);
        }
        final double sd = sigma * Math.sqrt(t);
        final double d1 = (Math.log(spot / strike) + (r + 0.5 * sigma * sigma) * t) / sd;
        return spot * normCdf(d1) - strike * Math.exp(-r * t) * normCdf(d1 - sd);
    }

    static double callDelta(final double spot, final double strike, final double t, final double sigma, final double r)
    {
        final double sd = sigma * Math.sqrt(t);
        return normCdf((Math.log(spot / strike) + (r + 0.5 * sigma * sigma) * t) / sd);
    }

    /** Standard normal CDF (Zelen and Severo 26.2.17, |error| < 7.5e-8: ample for a sample). */
    static double normCdf(final double x)
    {
        final double t = 1 / (1 + 0.2316419 * Math.abs(x));
        final double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        final double tail = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI) * poly;
        return x >= 0 ? 1 - tail : tail;
    }

    private static double years(final LocalDate from, final LocalDate expiry)
    {
        return java.time.temporal.ChronoUnit.DAYS.between(from, expiry) / 365.0;
    }

    private static double strikeNear(final double spot)
    {
        final double step = spot < 25 ? 0.5 : spot < 100 ? 1 : spot < 250 ? 2.5 : 5;
        return Math.round(spot / step) * step;
    }

    private static LocalDate firstFridayOnOrAfter(final LocalDate d)
    {
        LocalDate x = d;
        while (x.getDayOfWeek() != DayOfWeek.FRIDAY)
        {
            x = x.plusDays(1);
        }
        return x;
    }

    /** OCC symbol: root padded to 6, yyMMdd, C, strike x 1000 in 8 digits. */
    static String occ(final String root, final LocalDate expiry, final double strike)
    {
        return String.format("%-6s%02d%02d%02dC%08d", root, expiry.getYear() % 100, expiry.getMonthValue(), expiry.getDayOfMonth(),
            Math.round(strike * 1000));
    }

    private static long cents(final double dollars)
    {
        return Math.round(dollars * 100) * 10_000L;
    }

    private static long nanos(final LocalDate d, final int h, final int m)
    {
        return ZonedDateTime.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), h, m, 0, 0, ClosedTrade.MARKET_ZONE)
            .toEpochSecond() * 1_000_000_000L;
    }
}
