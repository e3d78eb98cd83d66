package com.quantmatrix.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.options.BlackScholes;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `greeks` against published values (Haug 1998 pages 11-16 and 24 via QuantLib's test suite; Hull's
 * examples), in the command's output units: theta per calendar day, vega per vol point, rho per rate point.
 */
class GreeksCommandTest
{
    @TempDir
    Path dir;

    @Test
    void csvInCsvOutWithPublishedValues() throws IOException
    {
        final Path csv = dir.resolve("in.csv");
        Files.writeString(csv, String.join("\n",
            "Type,Spot,Strike,Rate,Dividend,Years,Vol,Style",
            "call,105,100,0.10,0.10,0.5,0.36,european",     // Haug: delta 0.5946
            "put,430,405,0.07,0.05,0.0833333333333333,0.20,", // Haug: theta -31.1924/yr = -0.0855/day
            "call,55,60,0.10,0,0.75,0.30,european",          // Haug: gamma 0.0278, vega 18.9358 per 1.00
            "call,72,75,0.09,0,1,0.19,european",             // Haug: rho 38.7325 per 1.00
            "put,90,100,0.10,0.10,0.5,0.25,american",        // Haug BAW table: 12.4419 (see BaroneAdesiWhaleyTest for the 3e-3 note)
            "") + "\n");
        final CliCapture r = CliCapture.run("greeks", "--csv", csv.toString());
        assertThat(r.exitCode).isZero();
        final List<String> lines = Arrays.asList(r.out.split("\n"));
        assertThat(lines.get(0)).isEqualTo("Type,Spot,Strike,Rate,Dividend,Years,Vol,Style,price,delta,gamma,theta,vega,rho,iv,error");
        assertThat(lines).hasSize(6);
        final String[] r1 = lines.get(1).split(",", -1);
        assertThat(r1).hasSize(16);
        assertThat(Double.parseDouble(r1[9])).isCloseTo(0.5946, within(1e-4));
        assertThat(r1[14]).isEqualTo("0.36");
        assertThat(r1[15]).isEmpty();
        assertThat(Double.parseDouble(lines.get(2).split(",", -1)[11])).isCloseTo(-0.0855, within(1e-4));
        final String[] r3 = lines.get(3).split(",", -1);
        assertThat(Double.parseDouble(r3[10])).isCloseTo(0.0278, within(1e-4));
        assertThat(Double.parseDouble(r3[12])).isCloseTo(0.189358, within(1e-6));
        assertThat(Double.parseDouble(lines.get(4).split(",", -1)[13])).isCloseTo(0.387325, within(1e-6));
        assertThat(Double.parseDouble(lines.get(5).split(",", -1)[8])).isCloseTo(12.4419, within(3e-3));
        // full precision: the printed price reads back to the engine's double, and is the shortest such form
        final double exact = BlackScholes.price(MarketEvent.CALL, 105, 100, 0.10, 0.10, 0.36, 0.5);
        assertThat(Double.parseDouble(r1[8])).isEqualTo(exact);
        final int digits = new BigDecimal(r1[8]).precision();
        assertThat(new BigDecimal(exact).round(new MathContext(digits - 1)).doubleValue()).isNotEqualTo(exact);
    }

    @Test
    void solvesImpliedVolatilityFromPriceAndReportsUnsolvableRows() throws IOException
    {
        final Path csv = dir.resolve("iv.csv");
        Files.writeString(csv, "type,spot,strike,rate,dividend,years,price\n"
            + "call,21,20,0.1,0,0.25,1.875\n"   // Hull: implied vol about 0.235
            + "call,110,100,0,0,0.5,9\n"        // below intrinsic
            + "put,100,100,0.05,0,0,1\n"        // expired
            + "call,100,100,0.05,0,0.5,100\n"   // above the upper bound
            + "straddle,100,100,0.05,0,0.5,5\n"
            + "call,abc,100,0.05,0,0.5,5\n");
        final CliCapture r = CliCapture.run("greeks", "--csv", csv.toString());
        assertThat(r.exitCode).isZero();
        final String[] lines = r.out.split("\n");
        assertThat(lines[0]).isEqualTo("type,spot,strike,rate,dividend,years,price,price,delta,gamma,theta,vega,rho,iv,error");
        final String[] hull = lines[1].split(",", -1);
        assertThat(Double.parseDouble(hull[13])).isCloseTo(0.235, within(0.0005));
        assertThat(hull[14]).isEmpty();
        assertThat(Double.parseDouble(hull[7])).isCloseTo(1.875, within(1e-9));
        assertThat(lines[2]).endsWith(",,,,,,,IV_BELOW_INTRINSIC");
        assertThat(lines[3]).endsWith(",,,,,,,IV_EXPIRED");
        assertThat(lines[4]).endsWith(",,,,,,,IV_ABOVE_UPPER_BOUND");
        assertThat(lines[5]).contains("bad type");
        assertThat(lines[6]).contains("bad number");
    }

    /** The single-value example is Hull's Example 15.6: c = 4.76. */
    @Test
    void singleValueMode()
    {
        final CliCapture r = CliCapture.run("greeks", "--type", "call", "--spot", "42", "--strike", "40", "--rate", "0.1", "--vol", "0.2", "--years", "0.5");
        assertThat(r.exitCode).isZero();
        final String[] lines = r.out.split("\n");
        assertThat(lines[0]).isEqualTo("type,spot,strike,rate,dividend,years,vol,style,price,delta,gamma,theta,vega,rho,iv,error");
        assertThat(lines[1]).startsWith("call,42,40,0.1,0,0.5,0.2,european,");
        assertThat(Double.parseDouble(lines[1].split(",")[8])).isCloseTo(4.76, within(0.005));
        assertThat(CliCapture.run("greeks", "--type", "call", "--spot", "42").exitCode).isEqualTo(2);
    }
}
