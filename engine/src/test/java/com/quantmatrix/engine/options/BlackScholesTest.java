package com.quantmatrix.engine.options;

import static com.quantmatrix.engine.event.MarketEvent.CALL;
import static com.quantmatrix.engine.event.MarketEvent.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-Scholes-Merton against published values: E. G. Haug, "The Complete Guide to Option Pricing
 * Formulas" (McGraw-Hill, 1998), pages 2-8, 11-16, 24 and 27, as reproduced in QuantLib's test suite
 * (test-suite/europeanoption.cpp), to 1e-4; and J. Hull, "Options, Futures, and Other Derivatives",
 * to the precision Hull prints.
 */
class BlackScholesTest
{
    @ParameterizedTest(name = "Haug {0} K={1} S={2} q={3} r={4} t={5} vol={6} -> {7}")
    @CsvSource({
        // type, strike, spot, q, r, t, vol, value      (Haug pages 2-8)
        "C,  65.00,  60.00, 0.00, 0.08, 0.25, 0.30,  2.1334",
        "P,  95.00, 100.00, 0.05, 0.10, 0.50, 0.20,  2.4648",
        "P,  19.00,  19.00, 0.10, 0.10, 0.75, 0.28,  1.7011",
        "C,  19.00,  19.00, 0.10, 0.10, 0.75, 0.28,  1.7011",
        "C,   1.60,   1.56, 0.08, 0.06, 0.50, 0.12,  0.0291",
        "P,  70.00,  75.00, 0.05, 0.10, 0.50, 0.35,  4.0870",
        // page 24
        "C, 100.00,  90.00, 0.10, 0.10, 0.10, 0.15,  0.0205",
        "C, 100.00, 100.00, 0.10, 0.10, 0.10, 0.15,  1.8734",
        "C, 100.00, 110.00, 0.10, 0.10, 0.10, 0.15,  9.9413",
        "C, 100.00,  90.00, 0.10, 0.10, 0.10, 0.25,  0.3150",
        "C, 100.00, 100.00, 0.10, 0.10, 0.10, 0.25,  3.1217",
        "C, 100.00, 110.00, 0.10, 0.10, 0.10, 0.25, 10.3556",
        "C, 100.00,  90.00, 0.10, 0.10, 0.10, 0.35,  0.9474",
        "C, 100.00, 100.00, 0.10, 0.10, 0.10, 0.35,  4.3693",
        "C, 100.00, 110.00, 0.10, 0.10, 0.10, 0.35, 11.1381",
        "C, 100.00,  90.00, 0.10, 0.10, 0.50, 0.15,  0.8069",
        "C, 100.00, 100.00, 0.10, 0.10, 0.50, 0.15,  4.0232",
        "C, 100.00, 110.00, 0.10, 0.10, 0.50, 0.15, 10.5769",
        "C, 100.00,  90.00, 0.10, 0.10, 0.50, 0.25,  2.7026",
        "C, 100.00, 100.00, 0.10, 0.10, 0.50, 0.25,  6.6997",
        "C, 100.00, 110.00, 0.10, 0.10, 0.50, 0.25, 12.7857",
        "C, 100.00,  90.00, 0.10, 0.10, 0.50, 0.35,  4.9329",
        "C, 100.00, 100.00, 0.10, 0.10, 0.50, 0.35,  9.3679",
        "C, 100.00, 110.00, 0.10, 0.10, 0.50, 0.35, 15.3086",
        "P, 100.00,  90.00, 0.10, 0.10, 0.10, 0.15,  9.9210",
        "P, 100.00, 100.00, 0.10, 0.10, 0.10, 0.15,  1.8734",
        "P, 100.00, 110.00, 0.10, 0.10, 0.10, 0.15,  0.0408",
        "P, 100.00,  90.00, 0.10, 0.10, 0.10, 0.25, 10.2155",
        "P, 100.00, 100.00, 0.10, 0.10, 0.10, 0.25,  3.1217",
        "P, 100.00, 110.00, 0.10, 0.10, 0.10, 0.25,  0.4551",
        "P, 100.00,  90.00, 0.10, 0.10, 0.10, 0.35, 10.8479",
        "P, 100.00, 100.00, 0.10, 0.10, 0.10, 0.35,  4.3693",
        "P, 100.00, 110.00, 0.10, 0.10, 0.10, 0.35,  1.2376",
        "P, 100.00,  90.00, 0.10, 0.10, 0.50, 0.15, 10.3192",
        "P, 100.00, 100.00, 0.10, 0.10, 0.50, 0.15,  4.0232",
        "P, 100.00, 110.00, 0.10, 0.10, 0.50, 0.15,  1.0646",
        "P, 100.00,  90.00, 0.10, 0.10, 0.50, 0.25, 12.2149",
        "P, 100.00, 100.00, 0.10, 0.10, 0.50, 0.25,  6.6997",
        "P, 100.00, 110.00, 0.10, 0.10, 0.50, 0.25,  3.2734",
        "P, 100.00,  90.00, 0.10, 0.10, 0.50, 0.35, 14.4452",
        "P, 100.00, 100.00, 0.10, 0.10, 0.50, 0.35,  9.3679",
        "P, 100.00, 110.00, 0.10, 0.10, 0.50, 0.35,  5.7963",
        // page 27
        "C,  40.00,  42.00, 0.08, 0.04, 0.75, 0.35,  5.0975",
    })
    void haugEuropeanValues(final String type, final double strike, final double spot, final double q, final double r,
        final double t, final double vol, final double expected)
    {
        final int right = "C".equals(type) ? CALL : PUT;
        assertThat(BlackScholes.price(right, spot, strike, r, q, vol, t)).isCloseTo(expected, within(1e-4));
        final Greeks g = new Greeks();
        BlackScholes.greeks(right, spot, strike, r, q, vol, t, g);
        assertThat(g.price).isCloseTo(expected, within(1e-4));
    }

    /** Haug pages 11-16 (QuantLib europeanoption.cpp testGreekValues), to 1e-4. */
    @Test
    void haugGreekValues()
    {
        assertThat(BlackScholes.delta(CALL, 105, 100, 0.10, 0.10, 0.36, 0.5)).isCloseTo(0.5946, within(1e-4));
        assertThat(BlackScholes.delta(PUT, 105, 100, 0.10, 0.10, 0.36, 0.5)).isCloseTo(-0.3566, within(1e-4));
        assertThat(BlackScholes.gamma(CALL, 55, 60, 0.10, 0.0, 0.30, 0.75)).isCloseTo(0.0278, within(1e-4));
        assertThat(BlackScholes.gamma(PUT, 55, 60, 0.10, 0.0, 0.30, 0.75)).isCloseTo(0.0278, within(1e-4));
        assertThat(BlackScholes.vega(CALL, 55, 60, 0.10, 0.0, 0.30, 0.75)).isCloseTo(18.9358, within(1e-4));
        assertThat(BlackScholes.vega(PUT, 55, 60, 0.10, 0.0, 0.30, 0.75)).isCloseTo(18.9358, within(1e-4));
        assertThat(BlackScholes.theta(PUT, 430, 405, 0.07, 0.05, 0.20, 1.0 / 12.0)).isCloseTo(-31.1924, within(1e-4));
        final Greeks g = new Greeks();
        BlackScholes.greeks(PUT, 430, 405, 0.07, 0.05, 0.20, 1.0 / 12.0, g);
        assertThat(g.thetaPerDay()).isCloseTo(-0.0855, within(1e-4));
        assertThat(BlackScholes.rho(CALL, 72, 75, 0.09, 0.0, 0.19, 1.0)).isCloseTo(38.7325, within(1e-4));
    }

    /** Hull, Example 15.6 (8th ed.): S=42, K=40, r=10%, vol=20%, T=0.5: c = 4.76, p = 0.81 (printed to the cent). */
    @Test
    void hullCallAndPutExample()
    {
        assertThat(BlackScholes.price(CALL, 42, 40, 0.10, 0.0, 0.20, 0.5)).isCloseTo(4.76, within(0.005));
        assertThat(BlackScholes.price(PUT, 42, 40, 0.10, 0.0, 0.20, 0.5)).isCloseTo(0.81, within(0.005));
    }

    /**
     * Hull's Greek letters example (8th ed., chapter 18): S=49, K=50, r=5%, vol=20%, T=20 weeks
     * (0.3846): call value 2.40, delta 0.522, gamma 0.066, theta -4.31 per year (-0.0118 per calendar
     * day), vega 12.1 per 1.00 of vol, rho 8.91 per 1.00 of rate; each to the precision Hull prints.
     */
    @Test
    void hullGreekLettersExample()
    {
        final Greeks g = new Greeks();
        BlackScholes.greeks(CALL, 49, 50, 0.05, 0.0, 0.20, 20.0 / 52.0, g);
        assertThat(g.price).isCloseTo(2.40, within(0.005));
        assertThat(g.delta).isCloseTo(0.522, within(0.0005));
        assertThat(g.gamma).isCloseTo(0.066, within(0.0005));
        assertThat(g.theta).isCloseTo(-4.31, within(0.005));
        assertThat(g.thetaPerDay()).isCloseTo(-0.0118, within(0.00005));
        assertThat(g.vega).isCloseTo(12.1, within(0.05));
        assertThat(g.rho).isCloseTo(8.91, within(0.005));
    }

    /** Put-call parity and analytic Greeks against central differences of the price, on a grid. */
    @Test
    void greeksAreTheDerivativesOfThePrice()
    {
        final Greeks g = new Greeks();
        for (final int right : new int[] {CALL, PUT})
        {
            for (final double k : new double[] {50, 99.5, 100, 100.5, 150})
            {
                for (final double vol : new double[] {0.11, 0.5, 1.2})
                {
                    final double s = 100;
                    final double r = 0.05;
                    final double q = 0.04;
                    final double t = 1.0;
                    BlackScholes.greeks(right, s, k, r, q, vol, t, g);
                    final double h = 1e-4 * s;
                    final double up = BlackScholes.price(right, s + h, k, r, q, vol, t);
                    final double dn = BlackScholes.price(right, s - h, k, r, q, vol, t);
                    assertThat(g.delta).isCloseTo((up - dn) / (2 * h), within(1e-6));
                    assertThat(g.gamma).isCloseTo((up - 2 * g.price + dn) / (h * h), within(1e-4));
                    assertThat(g.vega).isCloseTo((BlackScholes.price(right, s, k, r, q, vol + 1e-6, t)
                        - BlackScholes.price(right, s, k, r, q, vol - 1e-6, t)) / 2e-6, within(1e-4));
                    assertThat(g.rho).isCloseTo((BlackScholes.price(right, s, k, r + 1e-6, q, vol, t)
                        - BlackScholes.price(right, s, k, r - 1e-6, q, vol, t)) / 2e-6, within(1e-4));
                    assertThat(g.theta).isCloseTo((BlackScholes.price(right, s, k, r, q, vol, t - 1e-6)
                        - BlackScholes.price(right, s, k, r, q, vol, t + 1e-6)) / 2e-6, within(1e-4));
                }
                final double c = BlackScholes.price(CALL, 100, k, 0.05, 0.04, 0.3, 1.0);
                final double p = BlackScholes.price(PUT, 100, k, 0.05, 0.04, 0.3, 1.0);
                assertThat(c - p).isCloseTo(100 * Math.exp(-0.04) - k * Math.exp(-0.05), within(1e-12));
            }
        }
    }

    @Test
    void edgeCasesHaveDefinedValues()
    {
        final Greeks g = new Greeks();
        // expiry reached: the payoff and its slope
        BlackScholes.greeks(CALL, 105, 100, 0.05, 0.0, 0.3, 0.0, g);
        assertThat(g.price).isEqualTo(5.0);
        assertThat(g.delta).isEqualTo(1.0);
        assertThat(g.gamma).isZero();
        assertThat(g.vega).isZero();
        BlackScholes.greeks(PUT, 105, 100, 0.05, 0.0, 0.3, 0.0, g);
        assertThat(g.price).isZero();
        assertThat(g.delta).isZero();
        BlackScholes.greeks(PUT, 100, 100, 0.05, 0.0, 0.3, 0.0, g);
        assertThat(g.delta).isEqualTo(-0.5);
        // zero vol: the discounted forward payoff, exact derivatives
        BlackScholes.greeks(CALL, 100, 90, 0.05, 0.01, 0.0, 0.5, g);
        assertThat(g.price).isCloseTo(100 * Math.exp(-0.005) - 90 * Math.exp(-0.025), within(1e-12));
        assertThat(g.delta).isCloseTo(Math.exp(-0.005), within(1e-15));
        assertThat(g.gamma).isZero();
        assertThat(g.vega).isZero();
        BlackScholes.greeks(PUT, 100, 90, 0.05, 0.01, 0.0, 0.5, g);
        assertThat(g.price).isZero();
        assertThat(g.theta).isZero();
        // tiny expiry (one second) and deep in/out of the money: finite, bounded, no NaN
        final double oneSecond = 1.0 / (365.0 * 86400.0);
        for (final double k : new double[] {1, 50, 99.99, 100, 100.01, 200, 10_000})
        {
            for (final double vol : new double[] {0.0, 1e-9, 0.01, 0.3, 5.0})
            {
                for (final double t : new double[] {0.0, oneSecond, 0.01, 1.0, 30.0})
                {
                    for (final int right : new int[] {CALL, PUT})
                    {
                        BlackScholes.greeks(right, 100, k, 0.03, 0.01, vol, t, g);
                        for (final double v : new double[] {g.price, g.delta, g.gamma, g.theta, g.vega, g.rho})
                        {
                            assertThat(Double.isFinite(v)).as("finite for K=%s vol=%s t=%s", k, vol, t).isTrue();
                        }
                        assertThat(g.price).isGreaterThanOrEqualTo(0.0);
                        assertThat(Math.abs(g.delta)).isLessThanOrEqualTo(1.0);
                    }
                }
            }
        }
        // deep out of the money: tiny but not negative or NaN; deep in: the forward intrinsic
        assertThat(BlackScholes.price(CALL, 100, 10_000, 0.03, 0.0, 0.2, 0.1)).isZero();
        assertThat(BlackScholes.price(PUT, 100, 10_000, 0.0, 0.0, 0.2, 0.1)).isCloseTo(9_900.0, within(1e-9));
    }

    @Test
    void invalidInputsAreRejected()
    {
        assertThatThrownBy(() -> BlackScholes.price(CALL, Double.NaN, 100, 0.05, 0, 0.2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BlackScholes.price(CALL, 100, 0, 0.05, 0, 0.2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BlackScholes.price(CALL, 100, 100, 0.05, 0, -0.2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BlackScholes.price(CALL, 100, 100, 0.05, 0, 0.2, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BlackScholes.price(7, 100, 100, 0.05, 0, 0.2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalCdfMatchesKnownValues()
    {
        // published values of the standard normal CDF (e.g. NIST/DLMF tables)
        assertThat(Normal.cdf(0.0)).isEqualTo(0.5);
        assertThat(Normal.cdf(1.0)).isCloseTo(0.8413447460685429, within(1e-15));
        assertThat(Normal.cdf(-1.96)).isCloseTo(0.024997895148220435, within(1e-15));
        assertThat(Normal.cdf(-5.0)).isCloseTo(2.866515718791939e-7, within(1e-15));
        assertThat(Normal.cdf(-10.0)).isCloseTo(7.61985302416047e-24, within(1e-31));
    }
}
