package com.quantmatrix.engine.options;

import com.quantmatrix.engine.event.MarketEvent;

/**
 * American options by the Barone-Adesi and Whaley (1987) quadratic approximation, with a continuous
 * dividend yield (cost of carry b = rate - dividend): pure static functions, no allocation.
 * Inputs and units as in {@link BlackScholes}.
 *
 * <p>Method: value = European value + the early-exercise premium A (S/S*)^q of the quadratic
 * approximation, where the critical stock price S* solves the smooth-pasting condition by Newton's
 * method from the seed Barone-Adesi and Whaley give, to a relative error of 1e-12 in at most 100
 * iterations (the method always returns; a non-converged S* is used as it stands). Beyond S* the
 * value is the exercise value.
 * <ul>
 *   <li>A call on a stock without dividends (dividend <= 0) is never exercised early: European value.</li>
 *   <li>A put with rate <= 0 is never exercised early: max(European value, exercise value).</li>
 *   <li>With no time ({@code years == 0}) the payoff; with no randomness ({@code vol sqrt(t) < 1e-7})
 *       max(exercise value, European value).</li>
 * </ul>
 *
 * <p>Greeks ({@link #greeks}) are central finite differences of this price, with bumps stated here:
 * delta and gamma with a spot bump of 0.1% of spot; vega with a vol bump of 0.0001 (0.01 point);
 * rho with a rate bump of 0.00001; theta (per year) with a time bump of 0.0001 years (about 53
 * minutes), one-sided (forward in calendar time) when less than 0.0002 years remain. Errors are
 * O(bump^2): below 1e-6 per share for the contracts the selector considers.
 */
public final class BaroneAdesiWhaley
{
    static final double SPOT_BUMP = 1e-3;
    static final double VOL_BUMP = 1e-4;
    static final double RATE_BUMP = 1e-5;
    static final double TIME_BUMP = 1e-4;
    private static final double MIN_STDDEV = 1e-7;
    private static final double CRITICAL_TOLERANCE = 1e-12;
    private static final int MAX_ITERATIONS = 100;

    private BaroneAdesiWhaley()
    {
    }

    /** Fair value per share of an American option. */
    public static double price(final int right, final double spot, final double strike, final double rate,
        final double dividend, final double vol, final double years)
    {
        OptionInputs.check(right, spot, strike, rate, dividend, vol, years);
        return priceUnchecked(right, spot, strike, rate, dividend, vol, years);
    }

    /** Price and finite-difference Greeks (bumps in the class comment), into {@code out}. */
    public static void greeks(final int right, final double spot, final double strike, final double rate,
        final double dividend, final double vol, final double years, final Greeks out)
    {
        OptionInputs.check(right, spot, strike, rate, dividend, vol, years);
        final double v0 = priceUnchecked(right, spot, strike, rate, dividend, vol, years);
        if (years == 0.0)
        {
            final double slope = spot == strike ? 0.5 * right : (right * (spot - strike) > 0.0 ? right : 0.0);
            out.set(v0, slope, 0.0, 0.0, 0.0, 0.0);
            return;
        }
        final double hS = SPOT_BUMP * spot;
        final double up = priceUnchecked(right, spot + hS, strike, rate, dividend, vol, years);
        final double down = priceUnchecked(right, spot - hS, strike, rate, dividend, vol, years);
        final double delta = (up - down) / (2.0 * hS);
        final double gamma = Math.max((up - 2.0 * v0 + down) / (hS * hS), 0.0);

        final double volDown = Math.max(vol - VOL_BUMP, 0.0);
        final double volUp = volDown + 2.0 * VOL_BUMP;
        final double vega = (priceUnchecked(right, spot, strike, rate, dividend, volUp, years)
            - priceUnchecked(right, spot, strike, rate, dividend, volDown, years)) / (volUp - volDown);

        final double rho = (priceUnchecked(right, spot, strike, rate + RATE_BUMP, dividend, vol, years)
            - priceUnchecked(right, spot, strike, rate - RATE_BUMP, dividend, vol, years)) / (2.0 * RATE_BUMP);

        final double theta;
        if (years >= 2.0 * TIME_BUMP)
        {
            theta = (priceUnchecked(right, spot, strike, rate, dividend, vol, years - TIME_BUMP)
                - priceUnchecked(right, spot, strike, rate, dividend, vol, years + TIME_BUMP)) / (2.0 * TIME_BUMP);
        }
        else
        {
            theta = (priceUnchecked(right, spot, strike, rate, dividend, vol, 0.0) - v0) / years;
        }
        out.set(v0, delta, gamma, theta, vega, rho);
    }

    /** The price without the input check (the solver's inner loop). */
    static double priceUnchecked(final int right, final double spot, final double strike, final double rate,
        final double dividend, final double vol, final double years)
    {
        final double exercise = Math.max(right * (spot - strike), 0.0);
        if (years <= 0.0)
        {
            return exercise;
        }
        final double european = BlackScholes.priceUnchecked(right, spot, strike, rate, dividend, vol, years);
        if (right == MarketEvent.CALL ? dividend <= 0.0 : rate <= 0.0)
        {
            return Math.max(european, exercise);
        }
        final double sqrtT = Math.sqrt(years);
        final double stdDev = vol * sqrtT;
        if (stdDev < MIN_STDDEV)
        {
            return Math.max(european, exercise);
        }
        final double carry = rate - dividend;
        final double variance = vol * vol;
        final double n = 2.0 * carry / variance;
        final double m = 2.0 * rate / variance;
        final double oneMinusDisc = -Math.expm1(-rate * years);
        final double mOverK = oneMinusDisc > 1e-300 ? m / oneMinusDisc : 2.0 / (variance * years);
        final double carryDisc = Math.exp((carry - rate) * years);
        final double nm1 = n - 1.0;
        if (right == MarketEvent.CALL)
        {
            final double q2 = 0.5 * (-nm1 + Math.sqrt(nm1 * nm1 + 4.0 * mOverK));
            final double critical = criticalCall(strike, rate, dividend, vol, years, q2, nm1, m, carry, stdDev, carryDisc);
            if (spot >= critical)
            {
                return exercise;
            }
            final double d1 = d1(critical, strike, carry, variance, years, stdDev);
            final double a2 = critical / q2 * (1.0 - carryDisc * Normal.cdf(d1));
            return Math.max(european + a2 * Math.pow(spot / critical, q2), exercise);
        }
        final double q1 = 0.5 * (-nm1 - Math.sqrt(nm1 * nm1 + 4.0 * mOverK));
        final double critical = criticalPut(strike, rate, dividend, vol, years, q1, nm1, m, carry, stdDev, carryDisc);
        if (spot <= critical)
        {
            return exercise;
        }
        final double d1 = d1(critical, strike, carry, variance, years, stdDev);
        final double a1 = -critical / q1 * (1.0 - carryDisc * Normal.cdf(-d1));
        return Math.max(european + a1 * Math.pow(spot / critical, q1), exercise);
    }

    private static double d1(final double s, final double strike, final double carry, final double variance, final double years,
        final double stdDev)
    {
        return (Math.log(s / strike) + (carry + 0.5 * variance) * years) / stdDev;
    }

    private static double criticalCall(final double strike, final double rate, final double dividend, final double vol,
        final double years, final double q2, final double nm1, final double m, final double carry, final double stdDev,
        final double carryDisc)
    {
        final double variance = vol * vol;
        final double q2Infinite = 0.5 * (-nm1 + Math.sqrt(nm1 * nm1 + 4.0 * m));
        final double sInfinite = strike / (1.0 - 1.0 / q2Infinite);
        final double h2 = -(carry * years + 2.0 * stdDev) * strike / (sInfinite - strike);
        double si = strike + (sInfinite - strike) * (1.0 - Math.exp(h2));
        for (int i = 0; i < MAX_ITERATIONS; i++)
        {
            final double d1 = d1(si, strike, carry, variance, years, stdDev);
            final double nd1 = Normal.cdf(d1);
            final double rhs = BlackScholes.priceUnchecked(MarketEvent.CALL, si, strike, rate, dividend, vol, years)
                + (1.0 - carryDisc * nd1) * si / q2;
            final double lhs = si - strike;
            if (Math.abs(lhs - rhs) <= CRITICAL_TOLERANCE * strike)
            {
                break;
            }
            final double slope = carryDisc * nd1 * (1.0 - 1.0 / q2) + (1.0 - carryDisc * Normal.pdf(d1) / stdDev) / q2;
            final double next = (strike + rhs - slope * si) / (1.0 - slope);
            si = next > strike ? next : 0.5 * (si + strike);
        }
        return si;
    }

    private static double criticalPut(final double strike, final double rate, final double dividend, final double vol,
        final double years, final double q1, final double nm1, final double m, final double carry, final double stdDev,
        final double carryDisc)
    {
        final double variance = vol * vol;
        final double q1Infinite = 0.5 * (-nm1 - Math.sqrt(nm1 * nm1 + 4.0 * m));
        final double sInfinite = strike / (1.0 - 1.0 / q1Infinite);
        final double h1 = (carry * years - 2.0 * stdDev) * strike / (strike - sInfinite);
        double si = sInfinite + (strike - sInfinite) * Math.exp(h1);
        for (int i = 0; i < MAX_ITERATIONS; i++)
        {
            final double d1 = d1(si, strike, carry, variance, years, stdDev);
            final double nmd1 = Normal.cdf(-d1);
            final double rhs = BlackScholes.priceUnchecked(MarketEvent.PUT, si, strike, rate, dividend, vol, years)
                - (1.0 - carryDisc * nmd1) * si / q1;
            final double lhs = strike - si;
            if (Math.abs(lhs - rhs) <= CRITICAL_TOLERANCE * strike)
            {
                break;
            }
            final double slope = -carryDisc * nmd1 * (1.0 - 1.0 / q1) - (1.0 + carryDisc * Normal.pdf(-d1) / stdDev) / q1;
            final double next = (strike - rhs + slope * si) / (1.0 + slope);
            si = next > 0.0 && next < strike ? next : 0.5 * si;
        }
        return si;
    }
}
