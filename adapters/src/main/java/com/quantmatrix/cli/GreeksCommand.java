package com.quantmatrix.cli;

import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.options.Greeks;
import com.quantmatrix.engine.options.ImpliedVolatility;
import com.quantmatrix.engine.options.OptionStyle;
import com.quantmatrix.engine.options.SelectReason;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `quantmatrix greeks`: option prices, Greeks and implied volatilities from a CSV file or one set of
 * values. Input columns (header names case-insensitive, any order, extra columns kept): type
 * (call|put), spot, strike, rate, dividend, years, and vol or price, plus an optional style
 * (european|american, default european); rate and dividend continuously compounded decimals.
 * Output: the input columns, then price, delta, gamma, theta, vega, rho, iv, error, where theta is
 * per calendar day (per year / 365), vega per volatility point (/ 100), rho per rate point (/ 100),
 * iv the input vol or the one solved from price; a row that cannot be solved or read carries its
 * reason in error and empty numbers. Numbers print in the shortest form that reads back to the
 * same double. Models: Black-Scholes-Merton (european) and Barone-Adesi-Whaley with
 * finite-difference Greeks (american).
 */
@Command(name = "greeks", mixinStandardHelpOptions = true,
    description = "Option price, Greeks and implied volatility (Black-Scholes-Merton / Barone-Adesi-Whaley) from a CSV or one set of values.")
public final class GreeksCommand implements Callable<Integer>
{
    private static final String[] OUTPUT = {"price", "delta", "gamma", "theta", "vega", "rho", "iv", "error"};

    @Option(names = "--csv", paramLabel = "FILE", description = "Input CSV: type,spot,strike,rate,dividend,years and vol or price [,style].")
    Path csv;

    @Option(names = "--type", description = "call or put (single-value mode).")
    String type;

    @Option(names = "--spot", description = "Underlying price in dollars.")
    Double spot;

    @Option(names = "--strike", description = "Strike in dollars.")
    Double strike;

    @Option(names = "--rate", description = "Risk-free rate, continuously compounded decimal (default 0).")
    double rate;

    @Option(names = "--dividend", description = "Dividend yield, continuously compounded decimal (default 0).")
    double dividend;

    @Option(names = "--years", description = "Time to expiry in years.")
    Double years;

    @Option(names = "--vol", description = "Volatility, annualised decimal (or give --price).")
    Double vol;

    @Option(names = "--price", description = "Option price per share: solve the implied volatility.")
    Double price;

    @Option(names = "--style", description = "european (default) or american.")
    String style = "european";

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws IOException
    {
        final List<String> header = new ArrayList<>();
        final List<String[]> rows = new ArrayList<>();
        if (csv != null)
        {
            final List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            if (lines.isEmpty())
            {
                err.println("greeks: " + csv + " is empty");
                return 2;
            }
            for (final String h : lines.get(0).split(",", -1))
            {
                header.add(h.trim());
            }
            for (int i = 1; i < lines.size(); i++)
            {
                if (!lines.get(i).trim().isEmpty())
                {
                    rows.add(lines.get(i).split(",", -1));
                }
            }
        }
        else
        {
            if (type == null || spot == null || strike == null || years == null || (vol == null) == (price == null))
            {
                err.println("greeks: give --csv FILE, or --type --spot --strike --years and exactly one of --vol or --price");
                return 2;
            }
            header.addAll(List.of("type", "spot", "strike", "rate", "dividend", "years", vol != null ? "vol" : "price", "style"));
            rows.add(new String[] {type, ShortestDouble.format(spot), ShortestDouble.format(strike), ShortestDouble.format(rate),
                ShortestDouble.format(dividend), ShortestDouble.format(years),
                ShortestDouble.format(vol != null ? vol : price), style});
        }
        final StringBuilder sb = new StringBuilder(String.join(",", header));
        for (final String o : OUTPUT)
        {
            sb.append(',').append(o);
        }
        out.println(sb);
        final Greeks g = new Greeks();
        final ImpliedVolatility solver = new ImpliedVolatility();
        for (final String[] row : rows)
        {
            sb.setLength(0);
            for (int c = 0; c < header.size(); c++)
            {
                sb.append(c > 0 ? "," : "").append(c < row.length ? row[c] : "");
            }
            sb.append(',').append(compute(header, row, g, solver));
            out.println(sb);
        }
        return 0;
    }

    /** The output columns of one row (price..iv, error). */
    private static String compute(final List<String> header, final String[] row, final Greeks g, final ImpliedVolatility solver)
    {
        final String empty = ",,,,,,,";
        try
        {
            final String t = column(header, row, "type", true).toLowerCase(Locale.ROOT);
            final int right = "call".equals(t) || "c".equals(t) ? MarketEvent.CALL : "put".equals(t) || "p".equals(t) ? MarketEvent.PUT : 0;
            if (right == 0)
            {
                return empty + "bad type '" + t + "' (call or put)";
            }
            final String st = column(header, row, "style", false);
            final int style = st == null || st.isEmpty() ? OptionStyle.EUROPEAN : OptionStyle.parse(st.trim());
            if (style < 0)
            {
                return empty + "bad style '" + st + "' (european or american)";
            }
            final double s = number(header, row, "spot", true);
            final double k = number(header, row, "strike", true);
            final double r = number(header, row, "rate", false);
            final double q = number(header, row, "dividend", false);
            final double yrs = number(header, row, "years", true);
            final String volText = column(header, row, "vol", false);
            final String priceText = column(header, row, "price", false);
            double sigma;
            if (volText != null && !volText.isEmpty())
            {
                sigma = Double.parseDouble(volText.trim());
            }
            else if (priceText != null && !priceText.isEmpty())
            {
                final int reason = solver.solve(style, right, Double.parseDouble(priceText.trim()), s, k, r, q, yrs);
                if (reason != 0)
                {
                    return empty + SelectReason.name(reason);
                }
                sigma = solver.vol;
            }
            else
            {
                return empty + "missing vol or price";
            }
            OptionStyle.greeks(style, right, s, k, r, q, sigma, yrs, g);
            return ShortestDouble.format(g.price) + ',' + ShortestDouble.format(g.delta) + ',' + ShortestDouble.format(g.gamma) + ','
                + ShortestDouble.format(g.thetaPerDay()) + ',' + ShortestDouble.format(g.vegaPerPoint()) + ','
                + ShortestDouble.format(g.rhoPerPoint()) + ',' + ShortestDouble.format(sigma) + ',';
        }
        catch (final NumberFormatException ex)
        {
            return empty + "bad number: " + ex.getMessage();
        }
        catch (final IllegalArgumentException ex)
        {
            return empty + ex.getMessage().replace(',', ';');
        }
    }

    private static String column(final List<String> header, final String[] row, final String name, final boolean required)
    {
        for (int c = 0; c < header.size(); c++)
        {
            if (header.get(c).equalsIgnoreCase(name))
            {
                return c < row.length ? row[c].trim() : "";
            }
        }
        if (required)
        {
            throw new IllegalArgumentException("missing column " + name);
        }
        return null;
    }

    private static double number(final List<String> header, final String[] row, final String name, final boolean required)
    {
        final String v = column(header, row, name, required);
        if (v == null || v.isEmpty())
        {
            if (required)
            {
                throw new IllegalArgumentException("missing " + name);
            }
            return 0.0;
        }
        return Double.parseDouble(v);
    }
}
