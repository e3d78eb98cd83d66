package com.quantmatrix.engine.options.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.options.Greeks;
import com.quantmatrix.engine.options.ImpliedVolatility;
import com.quantmatrix.engine.options.NyTime;
import com.quantmatrix.engine.options.OptionStyle;
import com.quantmatrix.engine.options.SelectReason;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's implied volatility and delta against the vendor's (historicaloptiondata.com, via the
 * optopsy sample bundled as data/options/vxx/VXX-2016-12.csv.gz) on every quote of the real VXX
 * chains of December 2016: American model (VXX pays no dividend), rate = that day's 3-month Treasury
 * yield (data/reference/treasury-curves.csv), price = mid of the closing bid/ask, spot = the
 * file's underlying_last, time to the 16:00 close of the expiry day in the OCC symbol.
 *
 * <p>Stated tolerance, on the contracts a trader would price (near the money: |ln(K/S)| <= 0.10,
 * spread below 10% of mid, at least 7 days left): median |IV difference| <= 0.0125 (1.25 vol points)
 * with 90% within 0.03, and median |delta difference| <= 0.003 with 95% within 0.015.
 *
 * <p>The disagreements, explained:
 * <ul>
 *   <li>Systematic: the vendor's IV is higher, by 1.0 vol point at the median on that subset (and
 *       higher on 99% of it): its inputs differ (the stock is marked at 16:00 while options close at
 *       16:15, and the vendor's rate and time conventions are not published); delta moves little
 *       with it.</li>
 *   <li>Placeholders: the vendor writes IV 0.01 and zero Greeks where it computed none (deep in the
 *       money); those rows are not comparable and are counted, not compared.</li>
 *   <li>No solution: where the closing mid is below the no-arbitrage bound at the 16:00 spot (deep in
 *       the money, wide markets), the engine returns IV_BELOW_INTRINSIC instead of a number.</li>
 *   <li>Far from the money, a one-tick quote (0.01 x 0.02) carries almost no volatility information,
 *       so any two IVs fitting it differ widely; those are outside the stated subset.</li>
 * </ul>
 */
class VxxVendorComparisonTest
{
    private static Map<Integer, ChainQuotes> days;

    @BeforeAll
    static void load()
    {
        days = OptopsyChainReader.read(ProjectPaths.data().resolve("options").resolve("vxx").resolve("VXX-2016-12.csv.gz"));
    }

    @Test
    void readsTheTwentyQuoteDays()
    {
        assertThat(days).hasSize(20);
        assertThat(days).doesNotContainKey(20161208); // data/README.md: 2016-12-08 missing
        int rows = 0;
        for (final ChainQuotes c : days.values())
        {
            rows += c.size();
        }
        assertThat(rows).isEqualTo(27_940); // every data row of the file (27,941 lines with the header)
        final ChainQuotes d15 = days.get(20161215);
        assertThat(d15.spot).isEqualTo(25.9503);
        assertThat(d15.underlying).isEqualTo("VXX");
    }

    @Test
    void engineIvAndDeltaAgreeWithTheVendorWithinTheStatedTolerance() throws IOException
    {
        final ImpliedVolatility solver = new ImpliedVolatility();
        final Greeks g = new Greeks();
        double[] ivDiff = new double[30_000];
        double[] deltaDiff = new double[30_000];
        int compared = 0;
        int placeholders = 0;
        int noSolution = 0;
        int vendorHigher = 0;
        for (final ChainQuotes c : days.values())
        {
            final double rate = rate(c.date);
            for (int i = 0; i < c.size(); i++)
            {
                if (!(c.bid[i] > 0.0 && c.ask[i] >= c.bid[i]))
                {
                    continue;
                }
                if (c.vendorIv[i] <= 0.0101)
                {
                    placeholders++;
                    continue;
                }
                final double mid = 0.5 * (c.bid[i] + c.ask[i]);
                final boolean nearTheMoney = Math.abs(Math.log(c.strike[i] / c.spot)) <= 0.10
                    && (c.ask[i] - c.bid[i]) / mid < 0.10 && NyTime.daysToExpiry(c.timeNanos[i], c.expiry[i]) >= 7;
                if (!nearTheMoney)
                {
                    continue;
                }
                final double years = NyTime.yearsToExpiry(c.timeNanos[i], NyTime.expiryNanos(c.expiry[i]));
                final int reason = solver.solve(OptionStyle.AMERICAN, c.right[i], mid, c.spot, c.strike[i], rate, 0.0, years);
                if (reason != 0)
                {
                    assertThat(reason).isEqualTo(SelectReason.IV_BELOW_INTRINSIC);
                    noSolution++;
                    continue;
                }
                OptionStyle.greeks(OptionStyle.AMERICAN, c.right[i], c.spot, c.strike[i], rate, 0.0, solver.vol, years, g);
                vendorHigher += c.vendorIv[i] > solver.vol ? 1 : 0;
                ivDiff[compared] = Math.abs(solver.vol - c.vendorIv[i]);
                deltaDiff[compared] = Math.abs(g.delta - c.vendorDelta[i]);
                compared++;
            }
        }
        ivDiff = Arrays.copyOf(ivDiff, compared);
        deltaDiff = Arrays.copyOf(deltaDiff, compared);
        Arrays.sort(ivDiff);
        Arrays.sort(deltaDiff);
        assertThat(compared).isGreaterThan(3_000);
        assertThat(noSolution).isLessThan(compared / 100);
        assertThat(placeholders).isPositive();
        assertThat(quantile(ivDiff, 0.5)).isLessThanOrEqualTo(0.0125);
        assertThat(quantile(ivDiff, 0.9)).isLessThanOrEqualTo(0.03);
        assertThat(quantile(deltaDiff, 0.5)).isLessThanOrEqualTo(0.003);
        assertThat(quantile(deltaDiff, 0.95)).isLessThanOrEqualTo(0.015);
        assertThat(vendorHigher).isGreaterThan(compared * 9 / 10); // the systematic offset explained above
    }

    private static double quantile(final double[] sorted, final double q)
    {
        return sorted[(int)(q * (sorted.length - 1))];
    }

    private static double rate(final int ymd) throws IOException
    {
        final String iso = String.format("%04d-%02d-%02d", ymd / 10_000, (ymd / 100) % 100, ymd % 100);
        for (final String line : Files.readAllLines(ProjectPaths.data().resolve("reference").resolve("treasury-curves.csv")))
        {
            if (line.startsWith(iso))
            {
                return Double.parseDouble(line.split(",")[2]);
            }
        }
        throw new IllegalStateException("no Treasury rate on " + iso);
    }
}
