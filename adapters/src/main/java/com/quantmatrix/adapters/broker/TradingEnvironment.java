package com.quantmatrix.adapters.broker;

/** Where orders go: tastytrade's certification sandbox (the default) or the live market. */
public enum TradingEnvironment
{
    CERTIFICATION, LIVE;

    /** The line printed and logged at start-up, so nobody is unsure which one is running. */
    public String banner(final String restUrl)
    {
        return this == LIVE
            ? "*** LIVE TRADING: real orders with real money at " + restUrl + " ***"
            : "=== CERTIFICATION SANDBOX: orders are simulated by tastytrade at " + restUrl + " (not live) ===";
    }
}
