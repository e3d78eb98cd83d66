package com.quantmatrix.engine.options;

import static com.quantmatrix.engine.event.MarketEvent.CALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.event.MarketEvent;
import org.junit.jupiter.api.Test;

class ModeledChainTest
{
    private final SelectorSettings s = SelectorSettings.from(Config.empty().with("options.modeled.weeklies", "2"));

    @Test
    void listedExpiriesAreThirdFridaysAndWeeklies()
    {
        final int[] out = new int[10];
        // 2015-12-24 (Thursday): monthlies Jan 15, Feb 19, Mar 18 2016; weeklies: Friday Dec 25 is Christmas (its
        // expiry is Thursday Dec 24 = today, gone), Friday Jan 1 moves to Thursday Dec 31, then Jan 8
        // (the real GOOG chain of the day lists exactly 20151231 and 20160108 as its next weeklies)
        final int n = ModeledChain.listedExpiries(20151224, 3, 2, out);
        assertThat(java.util.Arrays.copyOf(out, n)).containsExactly(20151231, 20160108, 20160115, 20160219, 20160318);
        // on a third Friday itself the next month's is the first monthly
        assertThat(ModeledChain.listedExpiries(20151218, 1, 0, out)).isEqualTo(1);
        assertThat(out[0]).isEqualTo(20160115);
    }

    @Test
    void strikeGridVolatilityAndSpreadFollowTheStatedRules()
    {
        assertThat(ModeledChain.strikeIncrement(12.0)).isEqualTo(1.0);
        assertThat(ModeledChain.strikeIncrement(30.0)).isEqualTo(2.5);
        assertThat(ModeledChain.strikeIncrement(108.0)).isEqualTo(5.0);
        assertThat(ModeledChain.strikeIncrement(748.4)).isEqualTo(10.0);
        // vol = HV x (VIX/100) / HV_market, clamped; fallbacks
        assertThat(ModeledChain.modelVol(s, 0.25, 20.0, 0.10)).isCloseTo(0.25 * 2.0, within(1e-15));
        assertThat(ModeledChain.modelVol(s, 0.25, 40.0, 0.10)).isCloseTo(0.25 * 2.5, within(1e-15)); // clamped at maxIvToHv
        assertThat(ModeledChain.modelVol(s, 0.25, Double.NaN, 0.10)).isCloseTo(0.25 * 1.15, within(1e-15));
        assertThat(ModeledChain.modelVol(s, Double.NaN, 18.0, 0.10)).isCloseTo(0.18, within(1e-15));
        assertThat(ModeledChain.modelVol(s, Double.NaN, Double.NaN, Double.NaN)).isNaN();

        final ModeledChain chain = new ModeledChain(s, 4_096);
        final long now = NyTime.nanosAt(20151224, 13 * 3_600);
        final int n = chain.generate(108.03, 0.20, 15.74, 0.12, 0.002, 0.0, now, OptionStyle.AMERICAN);
        assertThat(n).isPositive();
        final ImpliedVolatility iv = new ImpliedVolatility();
        final MarketEvent e = new MarketEvent();
        for (int i = 0; i < n; i++)
        {
            assertThat(chain.strike[i] % 5.0).isZero();
            assertThat(chain.strike[i]).isBetween(108.03 * 0.7, 108.03 * 1.3);
            if (chain.bid[i] > 0.0)
            {
                assertThat(chain.ask[i] - chain.bid[i]).isGreaterThanOrEqualTo(0.05 - 1e-9);
                assertThat(chain.ask[i] - chain.bid[i]).isGreaterThanOrEqualTo(0.04 * chain.price[i] - 0.011);
            }
            assertThat(chain.ask[i]).isGreaterThan(chain.price[i]);
            assertThat(chain.bid[i]).isLessThanOrEqualTo(chain.price[i]);
            chain.fill(i, 3, i + 1, e);
            assertThat(e.flags & MarketEvent.FLAG_MODELED).isEqualTo(MarketEvent.FLAG_MODELED);
            assertThat(e.eventTimeNanos).isEqualTo(now);
            // the model price solves back to the model vol
            final double years = NyTime.yearsToExpiry(now, NyTime.expiryNanos(chain.expiry[i]));
            if (chain.price[i] > 0.05 && Math.abs(chain.strike[i] / 108.03 - 1.0) < 0.15)
            {
                assertThat(iv.solve(OptionStyle.AMERICAN, chain.right[i], chain.price[i], 108.03, chain.strike[i], 0.002, 0.0, years)).isZero();
                assertThat(iv.vol).isCloseTo(chain.vol, within(1e-8));
            }
        }
        assertThat(chain.vol).isCloseTo(0.20 * (0.1574 / 0.12), within(1e-12));
        // every expiry has calls and puts at every strike of the grid
        int calls = 0;
        for (int i = 0; i < n; i++)
        {
            calls += chain.right[i] == CALL ? 1 : 0;
        }
        assertThat(calls * 2).isEqualTo(n);
    }
}
