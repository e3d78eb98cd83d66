package com.quantmatrix.engine.options;

import static com.quantmatrix.engine.event.MarketEvent.CALL;
import static com.quantmatrix.engine.event.MarketEvent.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ImpliedVolatilityTest
{
    private final ImpliedVolatility solver = new ImpliedVolatility();

    /**
     * Price at a known vol, solve back, over a grid of spot, strike, vol and expiry, both styles.
     * Points whose time value is below 1e-6 of spot (or whose vega is below 1e-4 per 1.00 vol) are
     * skipped: there a price carries no volatility information in double precision.
     */
    @Test
    void roundTripsOverAGridTo1e8()
    {
        int solved = 0;
        int worstIterations = 0;
        for (final int style : new int[] {OptionStyle.EUROPEAN, OptionStyle.AMERICAN})
        {
            for (final int right : new int[] {CALL, PUT})
            {
                for (final double spot : new double[] {10, 50, 100, 400, 1_000})
                {
                    for (final double moneyness : new double[] {0.6, 0.8, 0.95, 1.0, 1.05, 1.25, 1.5})
                    {
                        for (final double vol : new double[] {0.05, 0.15, 0.3, 0.6, 1.2, 3.0})
                        {
                            for (final double years : new double[] {1.0 / 365, 7.0 / 365, 30.0 / 365, 0.25, 1.0, 3.0})
                            {
                                final double strike = spot * moneyness;
                                final double rate = 0.03;
                                final double dividend = 0.01;
                                final double price = OptionStyle.price(style, right, spot, strike, rate, dividend, vol, years);
                                final double exercise = style == OptionStyle.AMERICAN ? Math.max(right * (spot - strike), 0.0) : 0.0;
                                final double europeanFloor = Math.max(right * (spot * Math.exp(-dividend * years) - strike * Math.exp(-rate * years)), 0.0);
                                final double timeValue = price - Math.max(exercise, europeanFloor);
                                final double vega = BlackScholes.vega(right, spot, strike, rate, dividend, vol, years);
                                if (timeValue < 1e-6 * spot || vega < 1e-4 * spot / 100)
                                {
                                    continue;
                                }
                                final int reason = solver.solve(style, right, price, spot, strike, rate, dividend, years);
                                assertThat(reason).as("reason %s for style=%d right=%d S=%s K=%s vol=%s t=%s",
                                    SelectReason.name(reason), style, right, spot, strike, vol, years).isZero();
                                assertThat(solver.vol).as("S=%s K=%s vol=%s t=%s style=%d", spot, strike, vol, years, style)
                                    .isCloseTo(vol, within(1e-8));
                                worstIterations = Math.max(worstIterations, solver.iterations);
                                solved++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(solved).isGreaterThan(1_000);
        assertThat(worstIterations).isLessThanOrEqualTo(ImpliedVolatility.MAX_ITERATIONS);
    }

    @Test
    void noSolutionCasesReturnTheirReasons()
    {
        // below intrinsic: a European call under its discounted forward payoff
        assertThat(solver.solve(OptionStyle.EUROPEAN, CALL, 9.0, 110, 100, 0.0, 0.0, 0.5)).isEqualTo(SelectReason.IV_BELOW_INTRINSIC);
        assertThat(solver.vol).isNaN();
        // an American put below its exercise value
        assertThat(solver.solve(OptionStyle.AMERICAN, PUT, 19.5, 80, 100, 0.05, 0.0, 0.5)).isEqualTo(SelectReason.IV_BELOW_INTRINSIC);
        // exactly at the exercise value: no time value
        assertThat(solver.solve(OptionStyle.AMERICAN, PUT, 20.0, 80, 100, 0.05, 0.0, 0.5)).isEqualTo(SelectReason.IV_AT_INTRINSIC);
        // at or above the upper bound (a call is worth less than the stock)
        assertThat(solver.solve(OptionStyle.EUROPEAN, CALL, 100.0, 100, 100, 0.05, 0.0, 0.5)).isEqualTo(SelectReason.IV_ABOVE_UPPER_BOUND);
        assertThat(solver.solve(OptionStyle.AMERICAN, PUT, 101.0, 100, 100, 0.05, 0.0, 0.5)).isEqualTo(SelectReason.IV_ABOVE_UPPER_BOUND);
        // expired
        assertThat(solver.solve(OptionStyle.EUROPEAN, CALL, 1.0, 100, 100, 0.05, 0.0, 0.0)).isEqualTo(SelectReason.IV_EXPIRED);
        // bad input never loops or throws
        assertThat(solver.solve(OptionStyle.EUROPEAN, CALL, Double.NaN, 100, 100, 0.05, 0.0, 0.5)).isEqualTo(SelectReason.IV_BAD_INPUT);
        assertThat(solver.solve(OptionStyle.EUROPEAN, CALL, 1.0, -100, 100, 0.05, 0.0, 0.5)).isEqualTo(SelectReason.IV_BAD_INPUT);
        assertThat(solver.solve(OptionStyle.EUROPEAN, 3, 1.0, 100, 100, 0.05, 0.0, 0.5)).isEqualTo(SelectReason.IV_BAD_INPUT);
    }

    /** Hull's implied-volatility example: a European call worth 1.875 with S=21, K=20, r=0.1, T=0.25 has vol 0.235 (printed to 3 decimals). */
    @Test
    void hullImpliedVolatilityExample()
    {
        assertThat(solver.solve(OptionStyle.EUROPEAN, CALL, 1.875, 21, 20, 0.1, 0.0, 0.25)).isZero();
        assertThat(solver.vol).isCloseTo(0.235, within(0.0005));
    }
}
