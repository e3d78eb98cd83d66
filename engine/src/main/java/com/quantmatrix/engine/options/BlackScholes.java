package com.quantmatrix.engine.options;

import com.quantmatrix.engine.event.MarketEvent;

/**
 * Black-Scholes-Merton for European options on a stock (or index) paying a continuous dividend
 * yield: pure static functions, no state, no allocation.
 *
 * <p>Inputs and units (all functions): {@code right} = {@link MarketEvent#CALL} or {@link MarketEvent#PUT};
 * {@code spot} and {@code strike} in dollars (> 0); {@code rate} = risk-free rate and {@code dividend} =
 * dividend yield, both continuously compounded decimals per year (0.05 = 5%); {@code vol} = annualised
 * volatility as a decimal (0.20 = 20%, >= 0); {@code years} = time to expiry in years (>= 0).
 * Outputs per share in the units of {@link Greeks} (theta per year, vega and rho per 1.00).
 *
 * <p>Edge cases are defined, never an accidental NaN:
 * <ul>
 *   <li>expiry reached ({@code years == 0}): the payoff; delta is the payoff's slope (+-1 in the money,
 *       0 out of it, +-0.5 exactly at the strike); gamma, theta, vega and rho are 0;</li>
 *   <li>no randomness left ({@code vol * sqrt(years) < 1e-10}, i.e. zero vol or a tiny expiry): the
 *       discounted forward payoff {@code max(phi (S e^-qt - K e^-rt), 0)} and its exact derivatives
 *       (vega at the forward-at-the-money point is the limit {@code S e^-qt sqrt(t) / sqrt(2 pi)});</li>
 *   <li>deep in or out of the money: the normal CDF is accurate to 1e-14 in its tails and puts are
 *       priced with N(-d) directly (no put-call-parity cancellation).</li>
 * </ul>
 * Invalid inputs (NaN, non-positive spot or strike, negative vol or time) throw IllegalArgumentException.
 */
public final class BlackScholes
{
    /** Below this total standard deviation the option is priced as its deterministic forward payoff. */
    static final double MIN_STDDEV = 1e-10;

    private BlackScholes()
    {
    }

    /** Fair value per share. */
    public static double price(final int right, final double spot, final double strike, final double rate,
        final double dividend, final double vol, final double years)
    {
        OptionInputs.check(right, spot, strike, rate, dividend, vol, years);
        return priceUnchecked(right, spot, strike, rate, dividend, vol, years);
    }

    /** Delta per share: dollars per dollar of spot. */
    public static double delta(final int right, final double spot, final double strike, final double rate,
        final double dividend, final double vol, final double years)
    {
        return calc(DELTA, right, spot, strike, rate, dividend, vol, years, null);
    }

    /** Gamma per share: delta's change per dollar of spot. */
    public static double gamma(final int right, final double spot, final double strike, final double rate,
        final double dividend, final double vol, final double years)
    {
        return calc(GAMMA, right, spot, strike, rate, dividend, vol, years, null);
    }

    /** Theta per share in dollars per YEAR of calendar time (divide by 365 for per day). */
    public static double theta(final int right, final double spot, final double strike, final double rate,
        final double dividend, final double vol, final double years)
    {
        return calc(THETA, right, spot, strike, rate, dividend, vol, years, null);
    }

    /** Vega per share in dollars per 1.00 of volatility (divide by 100 for per vol point). */
    public static double vega(final int right, final double spot, final double strike, final double rate,
        final double dividend, final double vol, final double years)
    {
        return calc(VEGA, right, spot, strike, rate, dividend, vol, years, null);
    }

    /** Rho per share in dollars per 1.00 of the rate (divide by 100 for per rate point). */
    public static double rho(final int right, final double spot, final double strike, final double rate,
        final double dividend, final double vol, final double years)
    {
        return calc(RHO, right, spot, strike, rate, dividend, vol, years, null);
    }

    /** Price and every Greek at once (one set of exponentials and CDFs), into {@code out}. */
    public static void greeks(final int right, final double spot, final double strike, final double rate,
        final double dividend, final double vol, final double years, final Greeks out)
    {
        calc(PRICE, right, spot, strike, rate, dividend, vol, years, out);
    }

    private static final int PRICE = 0;
    private static final int DELTA = 1;
    private static final int GAMMA = 2;
    private static final int THETA = 3;
    private static final int VEGA = 4;
    private static final int RHO = 5;

    /** Computes everything once; fills {@code out} when given and returns the value {@code which} names. */
    private static double calc(final int which, final int right, final double spot, final double strike, final double rate,
        final double dividend, final double vol, final double years, final Greeks out)
    {
        OptionInputs.check(right, spot, strike, rate, dividend, vol, years);
        final double phi = right;
        if (years == 0.0)
        {
            final double intrinsic = Math.max(phi * (spot - strike), 0.0);
            final double slope = spot == strike ? 0.5 * phi : (phi * (spot - strike) > 0.0 ? phi : 0.0);
            return result(which, out, intrinsic, slope, 0.0, 0.0, 0.0, 0.0);
        }
        final double sqrtT = Math.sqrt(years);
        final double stdDev = vol * sqrtT;
        final double dq = Math.exp(-dividend * years);
        final double dr = Math.exp(-rate * years);
        final double fwdS = spot * dq;
        final double pvK = strike * dr;
        if (stdDev < MIN_STDDEV)
        {
            final double moneyness = phi * (fwdS - pvK);
            if (moneyness > 0.0)
            {
                return result(which, out, moneyness, phi * dq, 0.0, phi * (dividend * fwdS - rate * pvK), 0.0, phi * strike * years * dr);
            }
            else if (moneyness == 0.0)
            {
                return result(which, out, 0.0, 0.5 * phi * dq, 0.0, 0.0, fwdS * sqrtT * 0.3989422804014327, 0.5 * phi * strike * years * dr);
            }
            else
            {
                return result(which, out, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
            }
        }
        final double d1 = (Math.log(spot / strike) + (rate - dividend) * years) / stdDev + 0.5 * stdDev;
        final double d2 = d1 - stdDev;
        final double gauss1 = Math.exp(-0.5 * d1 * d1);
        final double nd1 = Normal.cdf(phi * d1, gauss1);
        // S e^-qt n(d1) = K e^-rt n(d2): the second density without another exponential
        final double gauss2 = gauss2(d1, d2, gauss1, fwdS, pvK);
        final double nd2 = Normal.cdf(phi * d2, gauss2);
        final double pdf = 0.3989422804014327 * gauss1;
        final double price = Math.max(phi * (fwdS * nd1 - pvK * nd2), 0.0);
        final double delta = phi * dq * nd1;
        final double gamma = dq * pdf / (spot * stdDev);
        final double vega = fwdS * pdf * sqrtT;
        final double theta = -fwdS * pdf * vol / (2.0 * sqrtT) - phi * rate * pvK * nd2 + phi * dividend * fwdS * nd1;
        final double rho = phi * strike * years * dr * nd2;
        return result(which, out, price, delta, gamma, theta, vega, rho);
    }

    private static double result(final int which, final Greeks out, final double price, final double delta, final double gamma,
        final double theta, final double vega, final double rho)
    {
        if (out != null)
        {
            out.set(price, delta, gamma, theta, vega, rho);
        }
        switch (which)
        {
            case DELTA: return delta;
            case GAMMA: return gamma;
            case THETA: return theta;
            case VEGA: return vega;
            case RHO: return rho;
            default: return price;
        }
    }

    /** Price without the input check: for callers that validated already (the solver's inner loop). */
    static double priceUnchecked(final int right, final double spot, final double strike, final double rate,
        final double dividend, final double vol, final double years)
    {
        final double phi = right;
        if (years <= 0.0)
        {
            return Math.max(phi * (spot - strike), 0.0);
        }
        final double stdDev = vol * Math.sqrt(years);
        final double fwdS = spot * Math.exp(-dividend * years);
        final double pvK = strike * Math.exp(-rate * years);
        if (stdDev < MIN_STDDEV)
        {
            return Math.max(phi * (fwdS - pvK), 0.0);
        }
        final double d1 = (Math.log(spot / strike) + (rate - dividend) * years) / stdDev + 0.5 * stdDev;
        final double d2 = d1 - stdDev;
        final double gauss1 = Math.exp(-0.5 * d1 * d1);
        final double gauss2 = gauss2(d1, d2, gauss1, fwdS, pvK);
        return Math.max(phi * (fwdS * Normal.cdf(phi * d1, gauss1) - pvK * Normal.cdf(phi * d2, gauss2)), 0.0);
    }

    /** exp(-d2^2 / 2) from exp(-d1^2 / 2) by S e^-qt n(d1) = K e^-rt n(d2), directly where d1 is far in the tail. */
    static double gauss2(final double d1, final double d2, final double gauss1, final double fwdS, final double pvK)
    {
        return Math.abs(d1) < 30.0 ? Math.min(gauss1 * (fwdS / pvK), 1.0) : Math.exp(-0.5 * d2 * d2);
    }

    /** Vega per 1.00 of vol without the input check (the solver's Newton step). */
    static double vegaUnchecked(final double spot, final double strike, final double rate, final double dividend,
        final double vol, final double years)
    {
        if (years <= 0.0)
        {
            return 0.0;
        }
        final double sqrtT = Math.sqrt(years);
        final double stdDev = Math.max(vol * sqrtT, MIN_STDDEV);
        final double d1 = (Math.log(spot / strike) + (rate - dividend) * years) / stdDev + 0.5 * stdDev;
        return spot * Math.exp(-dividend * years) * Normal.pdf(d1) * sqrtT;
    }

    /**
     * Risk-neutral probability (drift r - q, volatility vol, lognormal) that the stock ends beyond
     * {@code level} at expiry: above it for a call ({@code right} = CALL), below it for a put.
     * Used for the probability of profit with level = breakeven. Defined at the edges: 1 or 0 (0.5 at
     * the level itself) with no time or no vol left.
     */
    public static double probabilityBeyond(final int right, final double spot, final double level, final double rate,
        final double dividend, final double vol, final double years)
    {
        OptionInputs.check(right, spot, Math.max(level, Double.MIN_NORMAL), rate, dividend, vol, years);
        if (level <= 0.0)
        {
            return right == MarketEvent.CALL ? 1.0 : 0.0;
        }
        final double stdDev = vol * Math.sqrt(years);
        final double fwd = spot * Math.exp((rate - dividend) * years);
        if (stdDev < MIN_STDDEV)
        {
            final double m = right * (fwd - level);
            return m > 0.0 ? 1.0 : m == 0.0 ? 0.5 : 0.0;
        }
        final double d2 = Math.log(fwd / level) / stdDev - 0.5 * stdDev;
        return Normal.cdf(right * d2);
    }
}
