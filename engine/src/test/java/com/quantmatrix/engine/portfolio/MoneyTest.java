package com.quantmatrix.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MoneyTest
{
    @Test
    void dollarsToMicrosRoundsHalfAwayFromZero()
    {
        assertThat(Money.ofDollars(2.35)).isEqualTo(2_350_000L);
        assertThat(Money.ofDollars(0.0000005)).isEqualTo(1L);
        assertThat(Money.ofDollars(-1234.56)).isEqualTo(-1_234_560_000L);
        assertThat(Money.ofDollarsOrZero(Double.NaN)).isZero();
        assertThatThrownBy(() -> Money.ofDollars(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.roundToCent(1_234_565_000L)).isEqualTo(1_234_570_000L);
        assertThat(Money.roundToCent(-5_000L)).isEqualTo(-10_000L);
        assertThat(Money.format(101_192_600_000L)).isEqualTo("101192.60");
        assertThat(Money.format(-1L)).isEqualTo("-0.000001");
    }

    @Test
    void sharesOfAnAmountAlwaysSumToTheAmount()
    {
        final SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++)
        {
            long amount = r.nextLong(-10_000_000_000_000L, 10_000_000_000_000L);
            long whole = 1 + r.nextInt(5000);
            long given = 0;
            while (whole > 0)
            {
                final long part = 1 + r.nextLong(whole);
                final long s = Money.share(amount, part, whole);
                given += s;
                amount -= s;
                whole -= part;
            }
            assertThat(amount).isZero();
            assertThat(given).isNotNull();
        }
        assertThat(Money.share(334_000_000L, 1, 3)).isEqualTo(111_333_333L);
        assertThat(Money.notional(2_350_000L, 3, 100)).isEqualTo(705_000_000L);
    }
}
