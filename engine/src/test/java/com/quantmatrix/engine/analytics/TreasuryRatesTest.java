package com.quantmatrix.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Against rows of the bundled data/reference/treasury-curves.csv (zipline's treasury_curves.csv). */
class TreasuryRatesTest
{
    private static final TreasuryRates RATES = TreasuryRates.bundled();

    @Test
    void threeMonthYieldOnPublishedDays()
    {
        assertThat(RATES.firstDate()).isEqualTo(20120103);
        assertThat(RATES.lastDate()).isEqualTo(20170329);
        assertThat(RATES.annualYield(20120103)).isEqualTo(0.0002);
        assertThat(RATES.annualYield(20151217)).isEqualTo(0.0023);
        assertThat(RATES.annualYield(20151218)).isEqualTo(0.0019);
    }

    @Test
    void missingDaysCarryTheLastValueForward()
    {
        // Christmas 2015 has no row: the 24th's 0.0020 holds until the 28th's 0.0023
        assertThat(RATES.annualYield(20151225)).isEqualTo(0.002);
        assertThat(RATES.annualYield(20151227)).isEqualTo(0.002);
        assertThat(RATES.annualYield(20151228)).isEqualTo(0.0023);
        // MLK day 2012-01-16: from the 13th
        assertThat(RATES.annualYield(20120116)).isEqualTo(0.0003);
        // after the last row (2017-03-29, 0.0078) and before the first (2012-01-03, 0.0002)
        assertThat(RATES.annualYield(20171110)).isEqualTo(0.0078);
        assertThat(RATES.annualYield(20111230)).isEqualTo(0.0002);
    }

    @Test
    void dailyRateCompoundsTo252TradingDays()
    {
        // (1.0078)^(1/252) - 1
        assertThat(RATES.dailyRate(20171110)).isCloseTo(3.08327660516472e-05, within(1e-15));
        assertThat(Math.pow(1 + RATES.dailyRate(20151217), 252) - 1).isCloseTo(0.0023, within(1e-13));
    }
}
