package com.quantmatrix.engine.options;

/**
 * The standard normal distribution, accurate to double precision, with no allocation.
 *
 * <p>The cumulative distribution uses Hart's (1968) double-precision rational approximation in the
 * form published by G. West, "Better approximations to cumulative normal functions" (Wilmott, 2005):
 * absolute error below 1e-14 everywhere, which the implied-volatility solver's 1e-10 target needs
 * (single-precision approximations such as Abramowitz-Stegun 26.2.17 are only good to 7.5e-8).
 */
public final class Normal
{
    private static final double INV_SQRT_2PI = 0.3989422804014327;
    private static final double SQRT_2PI = 2.5066282746310002;

    private Normal()
    {
    }

    /** Density phi(x). */
    public static double pdf(final double x)
    {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /** Cumulative N(x) = P(Z <= x); 0 below -37 and 1 above 37 (where double precision ends). */
    public static double cdf(final double x)
    {
        return cdf(x, Math.exp(-0.5 * x * x));
    }

    /**
     * N(x) given {@code gauss} = exp(-x^2 / 2), for callers that have it already (the density of d1
     * serves N(d1) and, scaled, N(d2): one exponential instead of three).
     */
    static double cdf(final double x, final double gauss)
    {
        final double ax = Math.abs(x);
        final double tail;
        if (ax > 37.0)
        {
            tail = 0.0;
        }
        else if (ax < 7.07106781186547)
        {
            double n = 3.52624965998911E-02 * ax + 0.700383064443688;
            n = n * ax + 6.37396220353165;
            n = n * ax + 33.912866078383;
            n = n * ax + 112.079291497871;
            n = n * ax + 221.213596169931;
            n = n * ax + 220.206867912376;
            double d = 8.83883476483184E-02 * ax + 1.75566716318264;
            d = d * ax + 16.064177579207;
            d = d * ax + 86.7807322029461;
            d = d * ax + 296.564248779674;
            d = d * ax + 637.333633378831;
            d = d * ax + 793.826512519948;
            d = d * ax + 440.413735824752;
            tail = gauss * n / d;
        }
        else
        {
            // continued fraction for the far tail
            double c = ax + 0.65;
            c = ax + 4.0 / c;
            c = ax + 3.0 / c;
            c = ax + 2.0 / c;
            c = ax + 1.0 / c;
            tail = gauss / c / SQRT_2PI;
        }
        return x > 0.0 ? 1.0 - tail : tail;
    }
}
