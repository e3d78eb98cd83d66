package com.quantmatrix.engine.options;

import static com.quantmatrix.engine.event.MarketEvent.CALL;
import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.options.chain.ChainQuotes;
import com.quantmatrix.engine.stats.ReasonCounters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each selector rule at its threshold, on one real contract: GOOG 2016-01-15 750 call at the
 * 2015-12-24 close (12.20 x 12.60, 98 traded, open interest 889; see {@link GoogChain}). Every
 * other rule is opened wide, the rule under test is set exactly at the contract's own value, then
 * just beyond it: inclusive bounds (days to expiry, strike/spot, |delta|, risk/reward, probability
 * of profit, quote age) pass at the value; strict ones (theta above, gamma above, IV rank below,
 * volume above, open interest above, spread below) reject at it.
 */
class SelectorThresholdTest
{
    private static Instruments ins;
    private static int id;
    private static double rr;
    private static double pop;

    @BeforeAll
    static void oneRealContract()
    {
        final ChainQuotes c = GoogChain.atClose();
        final int row = GoogChain.find(c, 20160115, 750.0, CALL);
        ins = new Instruments(4, 16);
        ins.last[ins.stock(0)] = GoogChain.spot();
        id = ins.option(0, c.expiry[row], c.strike[row], c.right[row]);
        GoogChain.copyQuote(c, row, ins, id);
        assertThat(new ContractPricer().price(ins, id, OptionStyle.AMERICAN, GoogChain.spot(), GoogChain.rate(), 0.0, GoogChain.NOW, Double.NaN)).isTrue();
        final OptionSelector sel = new OptionSelector(SelectorSettings.from(open()), ins, new ReasonCounters());
        assertThat(run(sel)).isEqualTo(id);
        rr = sel.rankedRiskReward[0];
        pop = sel.rankedPop[0];
    }

    /** Every rule opened wide. */
    private static Config open()
    {
        return Config.empty()
            .with("options.select.minDaysToExpiry", "0").with("options.select.maxDaysToExpiry", "3650")
            .with("options.select.minStrikeToSpot", "0").with("options.select.maxStrikeToSpot", "10")
            .with("options.select.minAbsDelta", "0").with("options.select.maxAbsDelta", "1")
            .with("options.select.minTheta", "-1000").with("options.select.minGamma", "0")
            .with("options.select.maxIvRank", "100").with("options.select.minVolume", "0")
            .with("options.select.minOpenInterest", "0").with("options.select.maxSpreadToMid", "2")
            .with("options.select.minRiskReward", "0").with("options.select.minProbabilityOfProfit", "0");
    }

    private static int run(final OptionSelector sel)
    {
        return run(sel, Double.NaN, GoogChain.NOW);
    }

    private static int run(final OptionSelector sel, final double ivRank, final long now)
    {
        return sel.select(0, +1, GoogChain.spot(), GoogChain.atr(), ivRank, GoogChain.rate(), 0.0, now);
    }

    /** The reason with one key set (0 when the contract is selected). */
    private static int reasonWith(final String key, final double value)
    {
        return reasonWith(key, value, Double.NaN, GoogChain.NOW);
    }

    private static int reasonWith(final String key, final double value, final double ivRank, final long now)
    {
        final ReasonCounters counters = new ReasonCounters();
        final String v = value == Math.rint(value) && Math.abs(value) < 1e9 ? Long.toString((long)value) : Double.toString(value);
        final OptionSelector sel = new OptionSelector(SelectorSettings.from(open().with(key, v)), ins, counters);
        final int chosen = run(sel, ivRank, now);
        if (chosen >= 0)
        {
            assertThat(chosen).isEqualTo(id);
            assertThat(counters.sum(SelectReason.FIRST, SelectReason.END)).isZero();
            return 0;
        }
        assertThat(counters.get(sel.reason)).as("the rejection is counted").isEqualTo(1);
        return sel.reason;
    }

    private static int reasonWithInt(final String key, final long value)
    {
        final ReasonCounters counters = new ReasonCounters();
        final OptionSelector sel = new OptionSelector(SelectorSettings.from(open().with(key, Long.toString(value))), ins, counters);
        return run(sel) >= 0 ? 0 : sel.reason;
    }

    @Test
    void daysToExpiry()
    {
        final long dte = NyTime.daysToExpiry(GoogChain.NOW, 20160115);
        assertThat(dte).isEqualTo(22);
        assertThat(reasonWithInt("options.select.minDaysToExpiry", dte)).isZero();
        assertThat(reasonWithInt("options.select.minDaysToExpiry", dte + 1)).isEqualTo(SelectReason.DTE_OUT_OF_RANGE);
        assertThat(reasonWithInt("options.select.maxDaysToExpiry", dte)).isZero();
        assertThat(reasonWithInt("options.select.maxDaysToExpiry", dte - 1)).isEqualTo(SelectReason.DTE_OUT_OF_RANGE);
    }

    @Test
    void strikeToSpot()
    {
        final double m = 750.0 / GoogChain.spot();
        assertThat(reasonWith("options.select.minStrikeToSpot", m)).isZero();
        assertThat(reasonWith("options.select.minStrikeToSpot", Math.nextUp(m))).isEqualTo(SelectReason.STRIKE_OUT_OF_RANGE);
        assertThat(reasonWith("options.select.maxStrikeToSpot", m)).isZero();
        assertThat(reasonWith("options.select.maxStrikeToSpot", Math.nextDown(m))).isEqualTo(SelectReason.STRIKE_OUT_OF_RANGE);
    }

    @Test
    void absDelta()
    {
        final double d = Math.abs(ins.delta[id]);
        assertThat(d).isBetween(0.45, 0.55); // a near-the-money call
        assertThat(reasonWith("options.select.minAbsDelta", d)).isZero();
        assertThat(reasonWith("options.select.minAbsDelta", Math.nextUp(d))).isEqualTo(SelectReason.DELTA_OUT_OF_RANGE);
        assertThat(reasonWith("options.select.maxAbsDelta", d)).isZero();
        assertThat(reasonWith("options.select.maxAbsDelta", Math.nextDown(d))).isEqualTo(SelectReason.DELTA_OUT_OF_RANGE);
    }

    @Test
    void thetaAbove()
    {
        final double theta = ins.theta[id];
        assertThat(theta).isLessThan(-0.05); // the strategy's default rejects it: a $750 stock's ATM option
        assertThat(reasonWith("options.select.minTheta", -0.05)).isEqualTo(SelectReason.THETA_TOO_NEGATIVE);
        assertThat(reasonWith("options.select.minTheta", theta)).isEqualTo(SelectReason.THETA_TOO_NEGATIVE);
        assertThat(reasonWith("options.select.minTheta", Math.nextDown(theta))).isZero();
    }

    @Test
    void gammaAbove()
    {
        final double g = ins.gamma[id];
        assertThat(g).isPositive();
        assertThat(reasonWith("options.select.minGamma", 0.0)).isZero();
        assertThat(reasonWith("options.select.minGamma", g)).isEqualTo(SelectReason.GAMMA_NOT_POSITIVE);
        assertThat(reasonWith("options.select.minGamma", Math.nextDown(g))).isZero();
    }

    @Test
    void ivRankBelow()
    {
        assertThat(reasonWith("options.select.maxIvRank", 50.0, 50.0, GoogChain.NOW)).isEqualTo(SelectReason.IV_RANK_TOO_HIGH);
        assertThat(reasonWith("options.select.maxIvRank", 50.0, Math.nextDown(50.0), GoogChain.NOW)).isZero();
        assertThat(reasonWith("options.select.maxIvRank", 50.0, Double.NaN, GoogChain.NOW)).isZero(); // unknown: policy pass
        final ReasonCounters counters = new ReasonCounters();
        final OptionSelector strict = new OptionSelector(SelectorSettings.from(open().with("options.select.ivRankUnknown", "reject")), ins, counters);
        assertThat(run(strict)).isEqualTo(-1);
        assertThat(strict.reason).isEqualTo(SelectReason.IV_RANK_UNKNOWN);
    }

    @Test
    void volumeAndOpenInterestAbove()
    {
        assertThat(ins.volume[id]).isEqualTo(98);
        assertThat(reasonWithInt("options.select.minVolume", 100)).isEqualTo(SelectReason.VOLUME_TOO_LOW); // the default
        assertThat(reasonWithInt("options.select.minVolume", 98)).isEqualTo(SelectReason.VOLUME_TOO_LOW);
        assertThat(reasonWithInt("options.select.minVolume", 97)).isZero();
        assertThat(ins.openInterest[id]).isEqualTo(889);
        assertThat(reasonWithInt("options.select.minOpenInterest", 500)).isZero(); // the default passes
        assertThat(reasonWithInt("options.select.minOpenInterest", 889)).isEqualTo(SelectReason.OPEN_INTEREST_TOO_LOW);
        assertThat(reasonWithInt("options.select.minOpenInterest", 888)).isZero();
    }

    @Test
    void spreadBelow()
    {
        final double spread = (12.60 - 12.20) / (0.5 * (12.60 + 12.20));
        assertThat(spread).isLessThan(0.10);
        assertThat(reasonWith("options.select.maxSpreadToMid", 0.10)).isZero(); // the default passes
        assertThat(reasonWith("options.select.maxSpreadToMid", spread)).isEqualTo(SelectReason.SPREAD_TOO_WIDE);
        assertThat(reasonWith("options.select.maxSpreadToMid", Math.nextUp(spread))).isZero();
    }

    @Test
    void riskRewardAndProbabilityOfProfitAtLeast()
    {
        assertThat(rr).isGreaterThan(2.0); // passes the default 2.0
        assertThat(reasonWith("options.select.minRiskReward", rr)).isZero();
        assertThat(reasonWith("options.select.minRiskReward", Math.nextUp(rr))).isEqualTo(SelectReason.RISK_REWARD_TOO_LOW);
        assertThat(pop).isBetween(0.2, 0.5); // breakeven 762.60 vs spot 748.40, 22 days at ~18% IV
        assertThat(reasonWith("options.select.minProbabilityOfProfit", pop)).isZero();
        assertThat(reasonWith("options.select.minProbabilityOfProfit", Math.nextUp(pop))).isEqualTo(SelectReason.POP_TOO_LOW);
        // the stated formula: lognormal, risk-neutral drift, the contract's IV, breakeven = strike + ask
        final double years = NyTime.yearsToExpiry(GoogChain.NOW, NyTime.expiryNanos(20160115));
        final double d2 = (Math.log(GoogChain.spot() / 762.60) + (GoogChain.rate() - 0.5 * ins.iv[id] * ins.iv[id]) * years)
            / (ins.iv[id] * Math.sqrt(years));
        assertThat(pop).isCloseTo(Normal.cdf(d2), org.assertj.core.api.Assertions.within(1e-12));
        // with the whole premium as the risk, the risk is the ask and the ratio is lower than against the stop
        final OptionSelector premium = new OptionSelector(SelectorSettings.from(open().with("options.select.riskModel", "premium")),
            ins, new ReasonCounters());
        assertThat(run(premium)).isEqualTo(id);
        assertThat(premium.rankedRisk[0]).isEqualTo(12.60);
        assertThat(premium.rankedRiskReward[0]).isLessThan(rr);
    }

    @Test
    void rightQuoteAndAge()
    {
        final ReasonCounters counters = new ReasonCounters();
        final OptionSelector sel = new OptionSelector(SelectorSettings.from(open()), ins, counters);
        assertThat(sel.select(0, -1, GoogChain.spot(), GoogChain.atr(), Double.NaN, GoogChain.rate(), 0.0, GoogChain.NOW)).isEqualTo(-1);
        assertThat(sel.reason).isEqualTo(SelectReason.WRONG_RIGHT);
        final long quoted = ins.quoteTimeNanos[id];
        final long maxAge = 1_440L * 60 * 1_000_000_000L;
        assertThat(reasonWith("options.select.maxQuoteAgeMinutes", 1_440, Double.NaN, quoted + maxAge)).isNotEqualTo(SelectReason.STALE_QUOTE);
        assertThat(reasonWith("options.select.maxQuoteAgeMinutes", 1_440, Double.NaN, quoted + maxAge + 1)).isEqualTo(SelectReason.STALE_QUOTE);
        final double bid = ins.bid[id];
        ins.bid[id] = 0.0;
        try
        {
            assertThat(reasonWith("options.select.minVolume", 0)).isEqualTo(SelectReason.NO_QUOTE);
        }
        finally
        {
            ins.bid[id] = bid;
        }
        assertThat(sel.select(0, +1, Double.NaN, GoogChain.atr(), Double.NaN, GoogChain.rate(), 0.0, GoogChain.NOW)).isEqualTo(-1);
        assertThat(sel.reason).isEqualTo(SelectReason.NO_SPOT);
    }
}
