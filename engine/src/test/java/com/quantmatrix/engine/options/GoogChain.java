package com.quantmatrix.engine.options;

import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.options.chain.ChainQuotes;
import com.quantmatrix.engine.options.chain.LeanOptionMinuteReader;
import com.quantmatrix.engine.options.chain.LeanUniverseReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real GOOG chain of 2015-12-24 (LEAN minute quotes, bundled in data/options/goog), loaded once
 * per test JVM, with the market inputs of that day from bundled real data: spot = GOOG's close in
 * LEAN's universe file of the day (748.40); rate = the 3-month Treasury yield of the day
 * (data/reference/treasury-curves.csv, 0.0020); ATR = Wilder's ATR(14) of GOOG's bundled daily bars
 * up to 2015-12-23. The session closed early at 13:00, so "the chain" is its state at 13:00.
 */
final class GoogChain
{
    static final int DATE = 20151224;
    static final int CLOSE_SECOND = 13 * 3_600;
    static final long NOW = NyTime.nanosAt(DATE, CLOSE_SECOND);

    private static ChainQuotes day;
    private static ChainQuotes close;
    private static double spot;
    private static double rate;
    private static double atr;

    private GoogChain()
    {
    }

    static Path dir()
    {
        return ProjectPaths.data().resolve("options").resolve("goog");
    }

    static synchronized ChainQuotes day()
    {
        if (day == null)
        {
            day = LeanOptionMinuteReader.read(dir().resolve("20151224_quote_american.zip"));
        }
        return day;
    }

    static synchronized ChainQuotes atClose()
    {
        if (close == null)
        {
            close = LeanOptionMinuteReader.snapshot(day(), CLOSE_SECOND);
        }
        return close;
    }

    static synchronized double spot()
    {
        if (spot == 0.0)
        {
            spot = LeanUniverseReader.read(dir().resolve("universes.tar.gz"), "GOOG").get(DATE).spot;
        }
        return spot;
    }

    static synchronized double rate()
    {
        if (rate == 0.0)
        {
            try
            {
                for (final String line : Files.readAllLines(ProjectPaths.data().resolve("reference").resolve("treasury-curves.csv")))
                {
                    if (line.startsWith("2015-12-24"))
                    {
                        rate = Double.parseDouble(line.split(",")[2]);
                    }
                }
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException(ex);
            }
        }
        return rate;
    }

    static synchronized double atr()
    {
        if (atr == 0.0)
        {
            final DailyBarStore.Series s = DailyBarStore.bundled().series("GOOG");
            final int end = s.indexOnOrAfter(DATE); // first bar on/after the 24th: use the bars before it
            double a = 0.0;
            for (int i = 1; i <= 14; i++)
            {
                a += trueRange(s, i);
            }
            a /= 14.0;
            for (int i = 15; i < end; i++)
            {
                a = (a * 13.0 + trueRange(s, i)) / 14.0;
            }
            atr = a;
        }
        return atr;
    }

    private static double trueRange(final DailyBarStore.Series s, final int i)
    {
        return Math.max(s.high[i], s.close[i - 1]) - Math.min(s.low[i], s.close[i - 1]);
    }

    /** Fills a contract table with the chain at the close (symbol id 0 = GOOG) and prices every contract. */
    static Instruments instruments(final SelectorSettings settings)
    {
        final ChainQuotes c = atClose();
        final Instruments ins = new Instruments(4, 8_192);
        ins.last[ins.stock(0)] = spot();
        final ContractPricer pricer = new ContractPricer();
        for (int i = 0; i < c.size(); i++)
        {
            final int id = ins.option(0, c.expiry[i], c.strike[i], c.right[i]);
            copyQuote(c, i, ins, id);
            pricer.price(ins, id, OptionStyle.AMERICAN, spot(), rate(), settings.dividendYield, NOW, Double.NaN);
        }
        return ins;
    }

    static void copyQuote(final ChainQuotes c, final int i, final Instruments ins, final int id)
    {
        ins.bid[id] = c.bid[i];
        ins.ask[id] = c.ask[i];
        ins.last[id] = c.last[i];
        ins.volume[id] = c.volume[i];
        ins.openInterest[id] = c.openInterest[i];
        ins.quoteTimeNanos[id] = c.timeNanos[i];
    }

    static int find(final ChainQuotes c, final int expiry, final double strike, final int right)
    {
        for (int i = 0; i < c.size(); i++)
        {
            if (c.expiry[i] == expiry && c.strike[i] == strike && c.right[i] == right)
            {
                return i;
            }
        }
        throw new IllegalStateException("no contract " + expiry + " " + strike + " " + right);
    }
}
