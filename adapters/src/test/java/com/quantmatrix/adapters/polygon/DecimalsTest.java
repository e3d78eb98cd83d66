package com.quantmatrix.adapters.polygon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DecimalsTest
{
    private static double parse(final String s)
    {
        return Decimals.parse(s.toCharArray(), 0, s.length());
    }

    @Property(tries = 2_000)
    void sameDoubleAsTheJdkForAnyDouble(@ForAll final double d)
    {
        final String s = Double.toString(d);
        if (Double.isFinite(d))
        {
            assertThat(parse(s)).isEqualTo(Double.parseDouble(s));
        }
    }

    @Property(tries = 2_000)
    void sameDoubleAsTheJdkForPrices(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) final long units,
        @ForAll @IntRange(min = 0, max = 9) final int scale)
    {
        final String s = BigDecimal.valueOf(units, scale).toPlainString();
        assertThat(parse(s)).isEqualTo(Double.parseDouble(s));
    }

    @Test
    void polygonValuesAndJunk()
    {
        assertThat(parse("0.0061735291012820675")).isEqualTo(0.0061735291012820675);
        assertThat(parse("-0.028227189324641973")).isEqualTo(-0.028227189324641973);
        assertThat(parse("1e-3")).isEqualTo(0.001);
        assertThat(parse("642646396.0")).isEqualTo(642646396.0);
        assertThat(parse("abc")).isNaN();
        assertThat(parse("1.2.3")).isNaN();
        assertThat(parse("-")).isNaN();
        assertThat(parse("1e")).isNaN();
        assertThat(Decimals.parseLong("1651254260800059648".toCharArray(), 0, 19)).isEqualTo(1651254260800059648L);
        assertThat(Decimals.parseLong("12.5".toCharArray(), 0, 4)).isEqualTo(Long.MIN_VALUE);
    }
}
