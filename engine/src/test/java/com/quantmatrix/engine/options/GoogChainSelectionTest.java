package com.quantmatrix.engine.options;

import static com.quantmatrix.engine.event.MarketEvent.CALL;
import static com.quantmatrix.engine.event.MarketEvent.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.options.chain.ChainQuotes;
import com.quantmatrix.engine.stats.ReasonCounters;
import org.junit.jupiter.api.Test;

/** The selector on the real GOOG chain of 2015-12-24 at the 13:00 close (see {@link GoogChain}). */
class GoogChainSelectionTest
{
    @Test
    void theRealChainAndItsMarketInputs()
    {
        final ChainQuotes c = GoogChain.atClose();
        assertThat(c.underlying).isEqualTo("GOOG");
        assertThat(c.size()).isEqualTo(2_192); // data/README.md: 2,192 contracts on 2015-12-24
        assertThat(GoogChain.spot()).isEqualTo(748.40);
        assertThat(GoogChain.rate()).isEqualTo(0.0020);
        assertThat(GoogChain.atr()).isBetween(10.0, 30.0);
        // a contract's closing NBBO as LEAN recorded it (20160115 750 call: 12.20 x 12.60, 98 traded that day, OI 889)
        final int i = GoogChain.find(c, 20160115, 750.0, CALL);
        assertThat(c.bid[i]).isEqualTo(12.20);
        assertThat(c.ask[i]).isEqualTo(12.60);
        assertThat(c.volume[i]).isEqualTo(98);
        assertThat(c.openInterest[i]).isEqualTo(889);
    }

    /**
     * With the strategy's default rules nothing on this half-day chain qualifies: no call within 7-45
     * days, 0.8-1.2x spot and a spread under 10% traded more than 100 contracts by 13:00 (the most
     * was 98). Every examined contract is counted under exactly one reason, and the closest miss is
     * reported.
     */
    @Test
    void defaultRulesRejectTheHalfDayChainAndSayWhy()
    {
        final SelectorSettings s = SelectorSettings.defaults();
        final Instruments ins = GoogChain.instruments(s);
        final ReasonCounters counters = new ReasonCounters();
        final OptionSelector sel = new OptionSelector(s, ins, counters);
        final int chosen = sel.select(0, +1, GoogChain.spot(), GoogChain.atr(), Double.NaN, GoogChain.rate(), 0.0, GoogChain.NOW);
        assertThat(chosen).isEqualTo(-1);
        assertThat(sel.examined).isEqualTo(2_192);
        assertThat(counters.sum(SelectReason.FIRST, SelectReason.END)).isEqualTo(2_192);
        assertThat(counters.get(SelectReason.WRONG_RIGHT)).isEqualTo(1_096); // every put, for a bullish signal
        assertThat(counters.get(SelectReason.VOLUME_TOO_LOW)).isPositive();
        assertThat(sel.reason).isEqualTo(SelectReason.VOLUME_TOO_LOW);
        // the 7-45-day window holds the Dec 31 weekly, the Jan 8/15/22/29 and the Feb 5 expiries: the rest are out of it
        assertThat(counters.get(SelectReason.DTE_OUT_OF_RANGE)).isPositive();
    }

    /**
     * With the liquidity thresholds lowered for the half day (volume above 20, open interest above
     * 50) and theta measured against premium (a $750 stock's ATM option loses far more than $0.05
     * a day), the selector ranks the survivors by risk/reward x probability of profit.
     */
    @Test
    void ranksTheRealChainByRiskRewardTimesProbabilityOfProfit()
    {
        final SelectorSettings s = SelectorSettings.from(Config.empty()
            .with("options.select.minVolume", "20")
            .with("options.select.minOpenInterest", "50")
            .with("options.select.thetaUnit", "premium"));
        final Instruments ins = GoogChain.instruments(s);
        final ReasonCounters counters = new ReasonCounters();
        final OptionSelector sel = new OptionSelector(s, ins, counters);
        for (final int direction : new int[] {+1, -1})
        {
            counters.reset();
            final int chosen = sel.select(0, direction, GoogChain.spot(), GoogChain.atr(), Double.NaN, GoogChain.rate(), 0.0, GoogChain.NOW);
            assertThat(chosen).isNotNegative();
            assertThat(sel.reason).isZero();
            assertThat(sel.rankedCount).isGreaterThanOrEqualTo(direction > 0 ? 3 : 1);
            assertThat(counters.sum(SelectReason.FIRST, SelectReason.END) + sel.rankedCount).isEqualTo(sel.examined);
            for (int k = 0; k < sel.rankedCount; k++)
            {
                final int id = sel.rankedId[k];
                assertThat(ins.right[id]).isEqualTo(direction > 0 ? CALL : PUT);
                final long dte = NyTime.daysToExpiry(GoogChain.NOW, ins.expiry[id]);
                assertThat(dte).isBetween(7L, 45L);
                assertThat(ins.strike[id] / GoogChain.spot()).isBetween(0.8, 1.2);
                assertThat(Math.abs(ins.delta[id])).isBetween(0.30, 0.70);
                assertThat((ins.ask[id] - ins.bid[id]) / ins.mid(id)).isLessThan(0.10);
                assertThat(ins.volume[id]).isGreaterThan(20);
                assertThat(ins.openInterest[id]).isGreaterThan(50);
                assertThat(sel.rankedRiskReward[k]).isGreaterThanOrEqualTo(2.0);
                assertThat(sel.rankedScore[k]).isCloseTo(sel.rankedRiskReward[k] * sel.rankedPop[k], within(1e-12));
                if (k > 0)
                {
                    assertThat(sel.rankedScore[k]).isLessThanOrEqualTo(sel.rankedScore[k - 1]);
                }
                // IV from the real mid: a 2015 GOOG near-the-money IV in the teens to low thirties
                assertThat(ins.iv[id]).isBetween(0.12, 0.35);
            }
        }
    }
}
