package com.quantmatrix.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-computed values on small series (the arithmetic is in the comments). */
class ReturnStatsTest
{
    private static final double TOL = 1e-12;

    /** Quarterly returns 2%, 1%, -1%, 4% (periodsPerYear 4). */
    private static final double[] Q = {0.02, 0.01, -0.01, 0.04};

    @Test
    void compoundingAndAnnualising()
    {
        // 1.02 * 1.01 * 0.99 * 1.04 = 1.06069392
        assertThat(ReturnStats.totalReturn(Q)).isCloseTo(0.06069392, within(TOL));
        // four quarters are one year: the annual return is the total return
        assertThat(ReturnStats.annualReturn(Q, 4)).isCloseTo(0.06069392, within(TOL));
        // as two years (2 periods a year): sqrt(1.06069392) - 1
        assertThat(ReturnStats.annualReturn(Q, 2)).isCloseTo(0.029899956306436604, within(TOL));
    }

    @Test
    void sharpeAndSortino()
    {
        // mean 0.015; deviations .005 -.005 -.025 .025; squares sum 0.0013; sd = sqrt(0.0013 / 3) = 0.0208166599946613
        // Sharpe = 0.015 / 0.0208166599946613 * sqrt(4) = 1.4411533842457842
        assertThat(ReturnStats.sharpe(Q, 0.0, 4)).isCloseTo(1.4411533842457842, within(TOL));
        // shortfalls 0, 0, -0.01, 0: downside = sqrt(0.0001 / 4) * sqrt(4) = 0.01; Sortino = 0.015 * 4 / 0.01 = 6
        assertThat(ReturnStats.downsideRisk(Q, null, 4)).isCloseTo(0.01, within(TOL));
        assertThat(ReturnStats.sortino(Q, 0.0, 4)).isCloseTo(6.0, within(TOL));
        // a risk-free return of 0.5% a period lowers the mean excess to 0.01 and leaves the deviation: 0.01 / sd * 2
        assertThat(ReturnStats.sharpe(Q, 0.005, 4)).isCloseTo(0.01 / 0.0208166599946613 * 2, within(1e-12));
    }

    @Test
    void drawdownDepthDurationAndTimeUnderWater()
    {
        // peak 110 (index 1), trough 99 (index 3): 99 / 110 - 1 = -0.1, back above 110 at index 5: 4 periods;
        // then 111 (index 5) is never regained: 5 periods under water to the end (index 10), shallower (100/111 - 1).
        final double[] v = {100, 110, 105, 99, 108, 111, 100, 101, 102, 103, 104};
        final ReturnStats.Drawdowns d = ReturnStats.drawdowns(v);
        assertThat(d.maxDrawdown()).isCloseTo(-0.1, within(TOL));
        assertThat(d.peakIndex()).isEqualTo(1);
        assertThat(d.troughIndex()).isEqualTo(3);
        assertThat(d.recoveryIndex()).isEqualTo(5);
        assertThat(d.maxDrawdownPeriods()).isEqualTo(4);
        assertThat(d.longestDrawdownPeriods()).isEqualTo(5);
        assertThat(ReturnStats.maxDrawdown(ReturnStats.returnsOf(v))).isCloseTo(-0.1, within(TOL));

        final double[] path = ReturnStats.drawdownPath(v);
        assertThat(path[0]).isZero();
        assertThat(path[6]).isCloseTo(100.0 / 111 - 1, within(TOL));
    }

    @Test
    void noDrawdownMeansNoCalmar()
    {
        final double[] up = {0.01, 0.02, 0.0, 0.01};
        assertThat(ReturnStats.maxDrawdown(up)).isZero();
        assertThat(ReturnStats.calmar(up, 252)).isNaN();
        assertThat(ReturnStats.drawdowns(ReturnStats.values(up)).maxDrawdownPeriods()).isZero();
    }

    @Test
    void checkedInputs()
    {
        assertThatThrownBy(() -> ReturnStats.sharpe(Q, new double[3], 252)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReturnStats.annualReturn(Q, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
