package com.quantmatrix.engine.broker;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;

/** Paper broker settings (config/risk.properties, keys paper.*): latencies in event time and the fee schedule. */
public final class PaperBrokerSettings
{
    /** Event-time delay from submit (or cancel) to the venue's answer; at least the next event. */
    public final long ackLatencyNanos;
    /** Further event-time delay from the acknowledgement to the first possible fill. */
    public final long fillLatencyNanos;
    /** Fill at the limit when a trade prints through it (stock trades/bars, option last trades). */
    public final boolean tradeThroughFills;
    /** Most orders the venue holds at once. */
    public final int maxOrders;

    public final double optionOpenCommission;
    public final double optionOpenCommissionCap;
    public final double optionCloseCommission;
    public final double optionClearingFee;
    public final double optionExchangeFee;
    public final double stockCommissionPerShare;
    public final double stockClearingPerShare;
    /**
     * Recovery: re-simulate the paper broker from the journaled inputs (exact, the default), or
     * restore its working orders from the journal like a remote venue's (paper.recovery=restore).
     */
    public final boolean resimulateOnRecovery;

    private PaperBrokerSettings(final Config c)
    {
        ackLatencyNanos = ConfigException.inRange("paper.ack.latency.ms", c.getInt("paper.ack.latency.ms", 100), 0, 3_600_000) * 1_000_000L;
        fillLatencyNanos = ConfigException.inRange("paper.fill.latency.ms", c.getInt("paper.fill.latency.ms", 400), 0, 3_600_000) * 1_000_000L;
        tradeThroughFills = c.getBoolean("paper.trade.through.fills", true);
        maxOrders = ConfigException.inRange("paper.max.orders", c.getInt("paper.max.orders", 1024), 1, 1 << 20);
        optionOpenCommission = ConfigException.inRange("paper.fee.option.open.per.contract", c.getDouble("paper.fee.option.open.per.contract", 1.00), 0.0, 100.0);
        optionOpenCommissionCap = ConfigException.inRange("paper.fee.option.open.cap.per.leg", c.getDouble("paper.fee.option.open.cap.per.leg", 10.00), 0.0, 1.0e6);
        optionCloseCommission = ConfigException.inRange("paper.fee.option.close.per.contract", c.getDouble("paper.fee.option.close.per.contract", 0.00), 0.0, 100.0);
        optionClearingFee = ConfigException.inRange("paper.fee.option.clearing.per.contract", c.getDouble("paper.fee.option.clearing.per.contract", 0.10), 0.0, 100.0);
        optionExchangeFee = ConfigException.inRange("paper.fee.option.exchange.per.contract", c.getDouble("paper.fee.option.exchange.per.contract", 0.02), 0.0, 100.0);
        stockCommissionPerShare = ConfigException.inRange("paper.fee.stock.commission.per.share", c.getDouble("paper.fee.stock.commission.per.share", 0.0), 0.0, 1.0);
        stockClearingPerShare = ConfigException.inRange("paper.fee.stock.clearing.per.share", c.getDouble("paper.fee.stock.clearing.per.share", 0.0008), 0.0, 1.0);
        final String recovery = c.getString("paper.recovery", "resimulate");
        if (!"resimulate".equals(recovery) && !"restore".equals(recovery))
        {
            throw new ConfigException("paper.recovery must be resimulate or restore, got '" + recovery + "'");
        }
        resimulateOnRecovery = "resimulate".equals(recovery);
    }

    public static PaperBrokerSettings from(final Config c)
    {
        return new PaperBrokerSettings(c);
    }

    public static PaperBrokerSettings defaults()
    {
        return new PaperBrokerSettings(Config.empty());
    }
}
