package com.quantmatrix.engine.options;

import com.quantmatrix.engine.instrument.Instruments;

/**
 * Computes one contract's implied volatility and Greeks from its latest quote and writes them into
 * the contract table ({@link Instruments}: IV as a decimal; delta, gamma per share; theta per share
 * per calendar day; vega per share per vol point). No allocation: one instance per thread.
 *
 * <p>The price solved for is the mid of a two-sided quote, else the last trade. The engine's IV
 * comes first; the vendor's IV is the fallback when no volatility fits the quote (e.g. a mid below
 * intrinsic on a wide market), and {@link #usedVendorIv} says so. Time to expiry runs to 16:00 New
 * York on the expiry date, in 365-day years of calendar time.
 */
public final class ContractPricer
{
    private final ImpliedVolatility solver = new ImpliedVolatility();
    private final Greeks greeks = new Greeks();
    /** The IV reason of the last {@link #price} call (0 when the engine solved it). */
    public int ivReason;
    public boolean usedVendorIv;

    /**
     * Prices contract {@code id}; returns true when it has an IV and Greeks afterwards (NaN otherwise).
     * {@code vendorIv} may be NaN.
     */
    public boolean price(final Instruments ins, final int id, final int style, final double spot, final double rate,
        final double dividend, final long nowNanos, final double vendorIv)
    {
        usedVendorIv = false;
        final double years = NyTime.yearsToExpiry(nowNanos, NyTime.expiryNanos(ins.expiry[id]));
        final double mid = ins.mid(id);
        final double quote = mid > 0.0 ? mid : ins.last[id];
        final int right = ins.right[id];
        final double strike = ins.strike[id];
        double vol = Double.NaN;
        ivReason = quote > 0.0
            ? solver.solve(style, right, quote, spot, strike, rate, dividend, years)
            : SelectReason.NO_QUOTE;
        if (ivReason == 0)
        {
            vol = solver.vol;
        }
        else if (vendorIv > 0.0 && vendorIv < OptionInputs.MAX_VOL && years > 0.0)
        {
            vol = vendorIv;
            usedVendorIv = true;
        }
        if (!(vol >= 0.0) || !(spot > 0.0) || !(rate > -1.0 && rate < 1.0))
        {
            clear(ins, id);
            return false;
        }
        OptionStyle.greeks(style, right, spot, strike, rate, dividend, vol, years, greeks);
        ins.iv[id] = vol;
        ins.delta[id] = greeks.delta;
        ins.gamma[id] = greeks.gamma;
        ins.theta[id] = greeks.thetaPerDay();
        ins.vega[id] = greeks.vegaPerPoint();
        return true;
    }

    private static void clear(final Instruments ins, final int id)
    {
        ins.iv[id] = Double.NaN;
        ins.delta[id] = Double.NaN;
        ins.gamma[id] = Double.NaN;
        ins.theta[id] = Double.NaN;
        ins.vega[id] = Double.NaN;
    }
}
