package com.quantmatrix.engine.options;

import com.quantmatrix.engine.event.MarketEvent;

/**
 * Implied volatility: the volatility at which the style's model ({@link OptionStyle}) reproduces a
 * price, or a reason code ({@link SelectReason}) when no volatility fits. A reusable solver: the
 * result of the last {@link #solve} is in {@link #vol}, {@link #reason} and {@link #iterations};
 * no allocation, one instance per thread.
 *
 * <p>Method. First the no-arbitrage bounds: a price below the lower bound (European: the discounted
 * forward payoff; American: also the exercise value) gives {@link SelectReason#IV_BELOW_INTRINSIC},
 * a price at it {@link SelectReason#IV_AT_INTRINSIC} (no time value: volatility undetermined), a price
 * at or above the upper bound (call: S e^-qt, American S; put: K e^-rt, American K)
 * {@link SelectReason#IV_ABOVE_UPPER_BOUND}, no time left {@link SelectReason#IV_EXPIRED}. Otherwise the
 * price is increasing in volatility, so the root is bracketed in [0, hi] (hi doubled from 1 until it
 * prices above the target, at most {@value OptionInputs#MAX_VOL}). European: Newton's method with the
 * analytic vega, started at the Manaster-Koehler point sqrt(2 |ln(F/K)| / t), any step leaving the
 * bracket replaced by bisection. American: Brent's method on the bracket. Both stop when the
 * volatility is known to {@link #TOLERANCE}, after at most {@link #MAX_ITERATIONS} iterations
 * ({@link SelectReason#IV_NO_CONVERGENCE} otherwise), so the solver never loops forever.
 */
public final class ImpliedVolatility
{
    /** Absolute accuracy of the solved volatility (1e-10 = 0.00000001 vol points). */
    public static final double TOLERANCE = 1e-10;
    public static final int MAX_ITERATIONS = 100;

    /** The solved volatility (annualised decimal), NaN when {@link #reason} is not 0. */
    public double vol = Double.NaN;
    /** 0 when solved, otherwise a {@link SelectReason} IV_* code. */
    public int reason;
    /** Iterations of the last solve (pricing calls in the root search). */
    public int iterations;

    /**
     * Solves for the volatility of a price per share; returns the reason code (0 when solved, then
     * {@link #vol} holds it). Units as in {@link BlackScholes}.
     */
    public int solve(final int style, final int right, final double price, final double spot, final double strike,
        final double rate, final double dividend, final double years)
    {
        vol = Double.NaN;
        iterations = 0;
        if (!(right == MarketEvent.CALL || right == MarketEvent.PUT) || !(price >= 0.0 && price < Double.POSITIVE_INFINITY)
            || !(spot > 0.0 && spot < Double.POSITIVE_INFINITY) || !(strike > 0.0 && strike < Double.POSITIVE_INFINITY)
            || !(rate > -1.0 && rate < 1.0) || !(dividend > -1.0 && dividend < 1.0) || !(years < 100.0) || Double.isNaN(years))
        {
            return reason = SelectReason.IV_BAD_INPUT;
        }
        if (years <= 0.0)
        {
            return reason = SelectReason.IV_EXPIRED;
        }
        final boolean american = style == OptionStyle.AMERICAN;
        final double fwdS = spot * Math.exp(-dividend * years);
        final double pvK = strike * Math.exp(-rate * years);
        double lower = Math.max(right * (fwdS - pvK), 0.0);
        final double upper;
        if (american)
        {
            lower = Math.max(lower, right * (spot - strike));
            upper = right == MarketEvent.CALL ? spot : strike;
        }
        else
        {
            upper = right == MarketEvent.CALL ? fwdS : pvK;
        }
        final double eps = 1e-13 * Math.max(1.0, upper);
        if (price < lower - eps)
        {
            return reason = SelectReason.IV_BELOW_INTRINSIC;
        }
        if (price <= lower + eps)
        {
            return reason = SelectReason.IV_AT_INTRINSIC;
        }
        if (price >= upper)
        {
            return reason = SelectReason.IV_ABOVE_UPPER_BOUND;
        }
        if (american && price < (right == MarketEvent.CALL ? fwdS : pvK) && price > Math.max(right * (fwdS - pvK), 0.0) + eps)
        {
            final int r = americanNearEuropean(style, right, price, spot, strike, rate, dividend, years, lower);
            if (r != SelectReason.IV_NO_CONVERGENCE)
            {
                return r;
            }
            iterations = 0;
        }
        // bracket the root: model(lo) < price <= model(hi)
        double lo = 0.0;
        double hi = 1.0;
        double fHi = OptionStyle.priceUnchecked(style, right, spot, strike, rate, dividend, hi, years) - price;
        iterations++;
        while (fHi < 0.0)
        {
            if (hi >= OptionInputs.MAX_VOL)
            {
                return reason = SelectReason.IV_ABOVE_UPPER_BOUND;
            }
            lo = hi;
            hi = Math.min(2.0 * hi, OptionInputs.MAX_VOL);
            fHi = OptionStyle.priceUnchecked(style, right, spot, strike, rate, dividend, hi, years) - price;
            iterations++;
        }
        final double fLo = lo == 0.0 ? lower - price
            : OptionStyle.priceUnchecked(style, right, spot, strike, rate, dividend, lo, years) - price;
        return american
            ? brent(style, right, price, spot, strike, rate, dividend, years, lo, hi, fLo, fHi)
            : newton(right, price, spot, strike, rate, dividend, years, lo, hi);
    }

    private int newton(final int right, final double price, final double spot, final double strike, final double rate,
        final double dividend, final double years, final double bracketLo, final double bracketHi)
    {
        double lo = bracketLo;
        double hi = bracketHi;
        // the loop's constants: one exponential per iteration (see BlackScholes.gauss2)
        final double phi = right;
        final double sqrtT = Math.sqrt(years);
        final double fwdS = spot * Math.exp(-dividend * years);
        final double pvK = strike * Math.exp(-rate * years);
        final double logMoneyness = Math.log(spot / strike) + (rate - dividend) * years;
        double sigma = Math.sqrt(2.0 * Math.abs(logMoneyness) / years);
        if (!(sigma > lo && sigma < hi))
        {
            sigma = 0.5 * (lo + hi);
        }
        while (iterations < MAX_ITERATIONS)
        {
            iterations++;
            final double stdDev = sigma * sqrtT;
            final double f;
            final double vega;
            if (stdDev < BlackScholes.MIN_STDDEV)
            {
                f = BlackScholes.priceUnchecked(right, spot, strike, rate, dividend, sigma, years) - price;
                vega = BlackScholes.vegaUnchecked(spot, strike, rate, dividend, sigma, years);
            }
            else
            {
                final double d1 = logMoneyness / stdDev + 0.5 * stdDev;
                final double d2 = d1 - stdDev;
                final double gauss1 = Math.exp(-0.5 * d1 * d1);
                final double gauss2 = BlackScholes.gauss2(d1, d2, gauss1, fwdS, pvK);
                f = Math.max(phi * (fwdS * Normal.cdf(phi * d1, gauss1) - pvK * Normal.cdf(phi * d2, gauss2)), 0.0) - price;
                vega = fwdS * 0.3989422804014327 * gauss1 * sqrtT;
            }
            if (f == 0.0)
            {
                return solved(sigma);
            }
            if (f < 0.0)
            {
                lo = sigma;
            }
            else
            {
                hi = sigma;
            }
            double next = vega > 0.0 ? sigma - f / vega : Double.NaN;
            if (!(next > lo && next < hi))
            {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - sigma) < 0.01 * TOLERANCE || hi - lo < TOLERANCE)
            {
                return solved(next);
            }
            sigma = next;
        }
        return reason = SelectReason.IV_NO_CONVERGENCE;
    }

    /**
     * American: the European implied volatility of the same price is a close upper estimate (the
     * American price includes an early-exercise premium), so a tight bracket around it is found in
     * two or three American prices and Brent's method finishes in a few more. Returns
     * IV_NO_CONVERGENCE when no tight bracket is found (the caller then brackets from scratch).
     */
    private int americanNearEuropean(final int style, final int right, final double price, final double spot, final double strike,
        final double rate, final double dividend, final double years, final double lower)
    {
        if (newton(right, price, spot, strike, rate, dividend, years, 0.0, OptionInputs.MAX_VOL) != 0)
        {
            return SelectReason.IV_NO_CONVERGENCE;
        }
        final double european = vol;
        vol = Double.NaN;
        final double fEuropean = OptionStyle.priceUnchecked(style, right, spot, strike, rate, dividend, european, years) - price;
        iterations++;
        if (fEuropean == 0.0)
        {
            return solved(european);
        }
        final double vega = Math.max(BlackScholes.vegaUnchecked(spot, strike, rate, dividend, european, years), 1e-12);
        double step = Math.max(Math.abs(fEuropean) / vega, 1e-6);
        double near = european;
        double fNear = fEuropean;
        for (int k = 0; k < 8 && iterations < MAX_ITERATIONS; k++)
        {
            final double far = fEuropean > 0.0 ? Math.max(european - step, 0.0) : Math.min(european + step, OptionInputs.MAX_VOL);
            final double fFar = far == 0.0 ? lower - price
                : OptionStyle.priceUnchecked(style, right, spot, strike, rate, dividend, far, years) - price;
            iterations++;
            if ((fFar < 0.0) == (fEuropean > 0.0) || fFar == 0.0)
            {
                return fEuropean > 0.0
                    ? brent(style, right, price, spot, strike, rate, dividend, years, far, near, fFar, fNear)
                    : brent(style, right, price, spot, strike, rate, dividend, years, near, far, fNear, fFar);
            }
            near = far;
            fNear = fFar;
            if (far == 0.0 || far == OptionInputs.MAX_VOL)
            {
                break;
            }
            step *= 2.0;
        }
        return SelectReason.IV_NO_CONVERGENCE;
    }

    /** Brent's method (inverse quadratic interpolation, secant, bisection) on a bracketed root. */
    private int brent(final int style, final int right, final double price, final double spot, final double strike,
        final double rate, final double dividend, final double years, final double lo, final double hi,
        final double fLo, final double fHi)
    {
        double a = lo;
        double b = hi;
        double fa = fLo;
        double fb = fHi;
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        while (iterations < MAX_ITERATIONS)
        {
            if (fb * fc > 0.0)
            {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb))
            {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            final double tol = 0.5 * 0.01 * TOLERANCE;
            final double mid = 0.5 * (c - b);
            if (Math.abs(mid) <= tol || fb == 0.0)
            {
                return solved(b);
            }
            if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb))
            {
                final double s = fb / fa;
                double p;
                double q;
                if (a == c)
                {
                    p = 2.0 * mid * s;
                    q = 1.0 - s;
                }
                else
                {
                    final double qq = fa / fc;
                    final double r = fb / fc;
                    p = s * (2.0 * mid * qq * (qq - r) - (b - a) * (r - 1.0));
                    q = (qq - 1.0) * (r - 1.0) * (s - 1.0);
                }
                if (p > 0.0)
                {
                    q = -q;
                }
                p = Math.abs(p);
                if (2.0 * p < Math.min(3.0 * mid * q - Math.abs(tol * q), Math.abs(e * q)))
                {
                    e = d;
                    d = p / q;
                }
                else
                {
                    d = mid;
                    e = d;
                }
            }
            else
            {
                d = mid;
                e = d;
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol ? d : (mid > 0.0 ? tol : -tol);
            fb = OptionStyle.priceUnchecked(style, right, spot, strike, rate, dividend, b, years) - price;
            iterations++;
        }
        return reason = SelectReason.IV_NO_CONVERGENCE;
    }

    private int solved(final double sigma)
    {
        vol = sigma;
        return reason = 0;
    }
}
