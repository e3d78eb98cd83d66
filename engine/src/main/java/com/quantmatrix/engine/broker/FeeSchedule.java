package com.quantmatrix.engine.broker;

import com.quantmatrix.engine.portfolio.Money;

/**
 * What a fill costs in commissions and fees, in micros: a pure function of the schedule, the
 * instrument kind, whether the fill opens or closes, and its quantity.
 *
 * <p>Options: a commission per contract to open (capped per order, "per leg") and per contract to
 * close, plus a clearing fee and an exchange/regulatory fee per contract on every fill. Stock: a
 * commission and a clearing fee per share. Default values (config/risk.properties, paper.fee.*) are
 * modelled on tastytrade's published retail schedule: $1.00 per option contract to open capped at
 * $10.00 per leg, $0.00 to close, $0.10 clearing per contract; plus $0.02 per contract standing for
 * exchange and regulatory (ORF, TAF) fees; stock $0.00 commission and $0.0008 clearing per share.
 */
public final class FeeSchedule
{
    private final long optionOpenPerContract;
    private final long optionOpenCapPerOrder;
    private final long optionClosePerContract;
    private final long optionClearingPerContract;
    private final long optionExchangePerContract;
    private final long stockCommissionPerShare;
    private final long stockClearingPerShare;

    public FeeSchedule(final PaperBrokerSettings s)
    {
        optionOpenPerContract = Money.ofDollars(s.optionOpenCommission);
        optionOpenCapPerOrder = Money.ofDollars(s.optionOpenCommissionCap);
        optionClosePerContract = Money.ofDollars(s.optionCloseCommission);
        optionClearingPerContract = Money.ofDollars(s.optionClearingFee);
        optionExchangePerContract = Money.ofDollars(s.optionExchangeFee);
        stockCommissionPerShare = Money.ofDollars(s.stockCommissionPerShare);
        stockClearingPerShare = Money.ofDollars(s.stockClearingPerShare);
    }

    /**
     * Commission of one fill.
     *
     * @param commissionSoFarMicros commission already charged on the same order (for the per-leg cap)
     */
    public long commission(final boolean option, final boolean opening, final long qty, final long commissionSoFarMicros)
    {
        if (!option)
        {
            return stockCommissionPerShare * qty;
        }
        if (!opening)
        {
            return optionClosePerContract * qty;
        }
        final long uncapped = optionOpenPerContract * qty;
        final long room = Math.max(0, optionOpenCapPerOrder - commissionSoFarMicros);
        return optionOpenCapPerOrder > 0 ? Math.min(uncapped, room) : uncapped;
    }

    /** Clearing, exchange and regulatory fees of one fill. */
    public long exchangeAndClearing(final boolean option, final long qty)
    {
        return option ? (optionClearingPerContract + optionExchangePerContract) * qty : stockClearingPerShare * qty;
    }

    /** Worst-case fees of opening and later closing {@code qty} (the open cap ignored): used for sizing and buying power. */
    public long roundTripEstimate(final boolean option, final long qty)
    {
        if (!option)
        {
            return 2 * (stockCommissionPerShare + stockClearingPerShare) * qty;
        }
        return (optionOpenPerContract + optionClosePerContract + 2 * (optionClearingPerContract + optionExchangePerContract)) * qty;
    }

    /** Worst-case fees of opening {@code qty} (the cap ignored). */
    public long openEstimate(final boolean option, final long qty)
    {
        return option ? (optionOpenPerContract + optionClearingPerContract + optionExchangePerContract) * qty
            : (stockCommissionPerShare + stockClearingPerShare) * qty;
    }
}
