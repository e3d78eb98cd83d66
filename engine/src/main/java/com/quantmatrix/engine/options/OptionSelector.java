package com.quantmatrix.engine.options;

import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.stats.ReasonCounters;

/**
 * The strategy's contract selector: walks one underlying's chain in the contract table, applies
 * every rule of {@link SelectorSettings} (cheap rules first), counts each rejected contract's reason
 * in {@link ReasonCounters}, and ranks the survivors by risk/reward x probability of profit.
 * Allocation-free: the ranking lives in preallocated arrays of {@link SelectorSettings#topN}.
 *
 * <p>Rules, in order (each failure's code in {@link SelectReason}): right matches the direction
 * (bullish: calls, bearish: puts); a two-sided quote no older than the maximum age; days to expiry;
 * strike / spot; (ask - bid) / mid; volume; open interest; an IV; |delta|; theta; gamma; IV rank;
 * risk/reward; probability of profit.
 *
 * <p>The profit scenario (stated once, here): the trade buys at the ask. Reward = the option's value
 * if the underlying moves {@code targetAtr} ATRs in the signal's direction by the horizon
 * ({@code horizonDays}, capped at expiry) minus the ask. Risk = the ask minus the option's value if
 * the underlying moves {@code stopAtr} ATRs against the signal by the same horizon (the position's
 * stop), at least one cent and at most the ask; with riskModel=premium, risk = the whole ask (the
 * maximum loss of a long option). Scenario values use the European formula at the contract's IV
 * (for 7-45-day equity options the early-exercise premium is far below the spread).
 * Risk/reward = reward / risk.
 *
 * <p>Probability of profit: the lognormal probability, under the risk-neutral measure (drift r - q)
 * with the contract's IV, that the stock ends beyond the breakeven at expiry: above strike + ask for a
 * call, below strike - ask for a put ({@link BlackScholes#probabilityBeyond}).
 *
 * <p>When nothing passes, {@link #reason} is the rule that failed furthest down the list on any
 * contract (so it names the closest miss).
 */
public final class OptionSelector
{
    private final SelectorSettings s;
    private final Instruments ins;
    private final ReasonCounters counters;

    /** Ranked candidates, best first, valid up to {@link #rankedCount}. */
    public final int[] rankedId;
    public final double[] rankedScore;
    public final double[] rankedRiskReward;
    public final double[] rankedPop;
    public final double[] rankedReward;
    public final double[] rankedRisk;
    public int rankedCount;
    /** Contracts examined and contracts that passed every rule in the last run. */
    public int examined;
    public int passed;
    /** 0 when a contract was selected, else the reason nothing was. */
    public int reason;

    public OptionSelector(final SelectorSettings settings, final Instruments instruments, final ReasonCounters counters)
    {
        this.s = settings;
        this.ins = instruments;
        this.counters = counters;
        final int n = settings.topN;
        rankedId = new int[n];
        rankedScore = new double[n];
        rankedRiskReward = new double[n];
        rankedPop = new double[n];
        rankedReward = new double[n];
        rankedRisk = new double[n];
        SelectReason.register();
    }

    /**
     * Ranks the chain of {@code underlyingId}; returns the best contract id or -1 ({@link #reason}).
     *
     * @param direction +1 bullish (calls), -1 bearish (puts)
     * @param spot the underlying's price in dollars
     * @param atr the underlying's ATR in dollars; NaN or <= 0 falls back to defaultAtrFraction x spot
     * @param ivRank the underlying's IV rank 0-100, NaN when unknown
     * @param rate risk-free rate and {@code dividend} yield, continuously compounded decimals
     * @param nowNanos event time
     */
    public int select(final int underlyingId, final int direction, final double spot, final double atr, final double ivRank,
        final double rate, final double dividend, final long nowNanos)
    {
        rankedCount = 0;
        examined = 0;
        passed = 0;
        int furthest = 0;
        if (!(spot > 0.0 && spot < Double.POSITIVE_INFINITY))
        {
            counters.increment(SelectReason.NO_SPOT);
            return finish(SelectReason.NO_SPOT);
        }
        final int wantRight = direction >= 0 ? MarketEvent.CALL : MarketEvent.PUT;
        final double useAtr = atr > 0.0 && atr < Double.POSITIVE_INFINITY ? atr : s.defaultAtrFraction * spot;
        final long today = NyTime.nyEpochDay(nowNanos);
        final double targetSpot = Math.max(spot + wantRight * s.targetAtr * useAtr, 0.01);
        final double stopSpot = Math.max(spot - wantRight * s.stopAtr * useAtr, 0.01);
        final double rateOk = rate > -1.0 && rate < 1.0 ? rate : s.riskFreeRate;
        for (int id = ins.firstOf(underlyingId); id != Instruments.NOT_FOUND; id = ins.nextOfUnderlying[id])
        {
            if (ins.right[id] == Instruments.STOCK)
            {
                continue;
            }
            examined++;
            final int r = evaluate(id, wantRight, spot, ivRank, rateOk, dividend, nowNanos, today, targetSpot, stopSpot);
            if (r != 0)
            {
                counters.increment(r);
                furthest = Math.max(furthest, r);
            }
        }
        if (examined == 0)
        {
            counters.increment(SelectReason.NO_CHAIN);
            return finish(SelectReason.NO_CHAIN);
        }
        if (passed > rankedCount)
        {
            // survivors that did not make the top N: not rule failures, but counted so every contract has a reason
            for (int i = rankedCount; i < passed; i++)
            {
                counters.increment(SelectReason.NOT_IN_TOP);
            }
        }
        return rankedCount > 0 ? finishWith(rankedId[0]) : finish(furthest);
    }

    private int evaluate(final int id, final int wantRight, final double spot, final double ivRank, final double rate,
        final double dividend, final long nowNanos, final long today, final double targetSpot, final double stopSpot)
    {
        final int right = ins.right[id];
        if (right != wantRight)
        {
            return SelectReason.WRONG_RIGHT;
        }
        final double bid = ins.bid[id];
        final double ask = ins.ask[id];
        if (!(bid > 0.0 && ask >= bid))
        {
            return SelectReason.NO_QUOTE;
        }
        if (nowNanos - ins.quoteTimeNanos[id] > s.maxQuoteAgeNanos)
        {
            return SelectReason.STALE_QUOTE;
        }
        final long dte = NyTime.epochDay(ins.expiry[id]) - today;
        if (dte < s.minDaysToExpiry || dte > s.maxDaysToExpiry)
        {
            return SelectReason.DTE_OUT_OF_RANGE;
        }
        final double strike = ins.strike[id];
        final double moneyness = strike / spot;
        if (moneyness < s.minStrikeToSpot || moneyness > s.maxStrikeToSpot)
        {
            return SelectReason.STRIKE_OUT_OF_RANGE;
        }
        final double mid = 0.5 * (bid + ask);
        if (!((ask - bid) / mid < s.maxSpreadToMid))
        {
            return SelectReason.SPREAD_TOO_WIDE;
        }
        final boolean modeledPass = ins.modeled[id] && s.passModeledLiquidity;
        if (!modeledPass && !(ins.volume[id] > s.minVolume))
        {
            return SelectReason.VOLUME_TOO_LOW;
        }
        if (!modeledPass && !(ins.openInterest[id] > s.minOpenInterest))
        {
            return SelectReason.OPEN_INTEREST_TOO_LOW;
        }
        final double iv = ins.iv[id];
        if (!(iv > 0.0))
        {
            return SelectReason.NO_IV;
        }
        final double absDelta = Math.abs(ins.delta[id]);
        if (!(absDelta >= s.minAbsDelta && absDelta <= s.maxAbsDelta))
        {
            return SelectReason.DELTA_OUT_OF_RANGE;
        }
        final double theta = s.thetaUnit == SelectorSettings.THETA_PREMIUM ? ins.theta[id] / mid : ins.theta[id];
        if (!(theta > s.minTheta))
        {
            return SelectReason.THETA_TOO_NEGATIVE;
        }
        if (!(ins.gamma[id] > s.minGamma))
        {
            return SelectReason.GAMMA_NOT_POSITIVE;
        }
        if (Double.isNaN(ivRank))
        {
            if (!s.passUnknownIvRank)
            {
                return SelectReason.IV_RANK_UNKNOWN;
            }
        }
        else if (!(ivRank < s.maxIvRank))
        {
            return SelectReason.IV_RANK_TOO_HIGH;
        }
        final double years = NyTime.yearsToExpiry(nowNanos, NyTime.expiryNanos(ins.expiry[id]));
        final double horizonYears = Math.max(years - s.horizonDays / 365.0, 0.0);
        final double atTarget = BlackScholes.priceUnchecked(right, targetSpot, strike, rate, dividend, iv, horizonYears);
        final double reward = atTarget - ask;
        final double risk;
        if (s.riskModel == SelectorSettings.RISK_PREMIUM)
        {
            risk = ask;
        }
        else
        {
            final double atStop = BlackScholes.priceUnchecked(right, stopSpot, strike, rate, dividend, iv, horizonYears);
            risk = Math.min(Math.max(ask - atStop, 0.01), ask);
        }
        final double riskReward = reward / risk;
        if (!(riskReward >= s.minRiskReward))
        {
            return SelectReason.RISK_REWARD_TOO_LOW;
        }
        final double pop = BlackScholes.probabilityBeyond(right, spot, strike + right * ask, rate, dividend, iv, years);
        if (!(pop >= s.minProbabilityOfProfit))
        {
            return SelectReason.POP_TOO_LOW;
        }
        passed++;
        insert(id, riskReward * pop, riskReward, pop, reward, risk);
        return 0;
    }

    /** Keeps the best topN by score (ties: the lower contract id first, so the order is deterministic). */
    private void insert(final int id, final double score, final double rr, final double pop, final double reward, final double risk)
    {
        final int cap = rankedId.length;
        int pos = rankedCount;
        while (pos > 0 && (rankedScore[pos - 1] < score || (rankedScore[pos - 1] == score && rankedId[pos - 1] > id)))
        {
            pos--;
        }
        if (pos >= cap)
        {
            return;
        }
        final int last = Math.min(rankedCount, cap - 1);
        for (int i = last; i > pos; i--)
        {
            rankedId[i] = rankedId[i - 1];
            rankedScore[i] = rankedScore[i - 1];
            rankedRiskReward[i] = rankedRiskReward[i - 1];
            rankedPop[i] = rankedPop[i - 1];
            rankedReward[i] = rankedReward[i - 1];
            rankedRisk[i] = rankedRisk[i - 1];
        }
        rankedId[pos] = id;
        rankedScore[pos] = score;
        rankedRiskReward[pos] = rr;
        rankedPop[pos] = pop;
        rankedReward[pos] = reward;
        rankedRisk[pos] = risk;
        if (rankedCount < cap)
        {
            rankedCount++;
        }
    }

    private int finish(final int why)
    {
        reason = why;
        return -1;
    }

    private int finishWith(final int id)
    {
        reason = 0;
        return id;
    }
}
