package com.quantmatrix.engine.options;

/**
 * A reusable holder for one contract's value and sensitivities, filled by the pricing functions
 * (so pricing a chain allocates nothing). Units, per share, "per year" convention internally:
 * <ul>
 *   <li>price in dollars;</li>
 *   <li>delta in dollars per dollar of spot; gamma per dollar of spot;</li>
 *   <li>theta in dollars per year of calendar time (the value's change as time passes, so usually
 *       negative); {@link #thetaPerDay()} divides by 365;</li>
 *   <li>vega in dollars per 1.00 of volatility; {@link #vegaPerPoint()} divides by 100;</li>
 *   <li>rho in dollars per 1.00 of the continuously compounded rate; {@link #rhoPerPoint()} divides by 100.</li>
 * </ul>
 */
public final class Greeks
{
    public double price;
    public double delta;
    public double gamma;
    public double theta;
    public double vega;
    public double rho;

    public double thetaPerDay()
    {
        return theta / 365.0;
    }

    public double vegaPerPoint()
    {
        return vega / 100.0;
    }

    public double rhoPerPoint()
    {
        return rho / 100.0;
    }

    void set(final double p, final double d, final double g, final double t, final double v, final double r)
    {
        price = p;
        delta = d;
        gamma = g;
        theta = t;
        vega = v;
        rho = r;
    }

    @Override
    public String toString()
    {
        return "Greeks{price=" + price + ", delta=" + delta + ", gamma=" + gamma + ", theta=" + theta + ", vega=" + vega + ", rho=" + rho + '}';
    }
}
