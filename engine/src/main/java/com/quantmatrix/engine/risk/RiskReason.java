package com.quantmatrix.engine.risk;

import com.quantmatrix.engine.event.Reasons;

/** Pre-trade risk reason codes (300-399): why an intent was rejected or sized to nothing. */
public final class RiskReason
{
    /** The verdict of an intent that passed every check. */
    public static final int ACCEPTED = 1;

    public static final int HALTED = 301;
    public static final int SUSPENDED_DAILY_LOSS = 302;
    public static final int PAUSED_LOSS_STREAK = 303;
    public static final int REDUCE_ONLY = 304;
    public static final int VIX_TOO_HIGH = 305;
    public static final int ORDER_RATE = 306;
    public static final int INVALID_INTENT = 307;
    public static final int NO_QUOTE = 308;
    public static final int SPREAD_TOO_WIDE = 309;
    public static final int VOLUME_TOO_LOW = 310;
    public static final int OPEN_INTEREST_TOO_LOW = 311;
    public static final int PRICE_COLLAR = 312;
    public static final int PER_TRADE_RISK = 313;
    public static final int PER_UNDERLYING_RISK = 314;
    public static final int PORTFOLIO_HEAT = 315;
    public static final int CASH_RESERVE = 316;
    public static final int CORRELATION = 317;
    public static final int SECTOR_EXPOSURE = 318;
    public static final int NET_DELTA = 319;
    public static final int NET_VEGA = 320;
    public static final int EXCEEDS_POSITION = 321;
    public static final int KELLY_NO_EDGE = 322;
    public static final int KELLY_CAP = 323;
    public static final int ALREADY_IN_POSITION = 324;
    public static final int NO_GREEKS = 325;
    public static final int NO_EQUITY = 326;
    public static final int MAX_CONTRACTS = 327;
    public static final int INTENTS_FULL = 328;

    static
    {
        Reasons.define(HALTED, "RISK_HALTED");
        Reasons.define(SUSPENDED_DAILY_LOSS, "RISK_SUSPENDED_DAILY_LOSS");
        Reasons.define(PAUSED_LOSS_STREAK, "RISK_PAUSED_LOSS_STREAK");
        Reasons.define(REDUCE_ONLY, "RISK_REDUCE_ONLY");
        Reasons.define(VIX_TOO_HIGH, "RISK_VIX_TOO_HIGH");
        Reasons.define(ORDER_RATE, "RISK_ORDER_RATE");
        Reasons.define(INVALID_INTENT, "RISK_INVALID_INTENT");
        Reasons.define(NO_QUOTE, "RISK_NO_QUOTE");
        Reasons.define(SPREAD_TOO_WIDE, "RISK_SPREAD_TOO_WIDE");
        Reasons.define(VOLUME_TOO_LOW, "RISK_VOLUME_TOO_LOW");
        Reasons.define(OPEN_INTEREST_TOO_LOW, "RISK_OPEN_INTEREST_TOO_LOW");
        Reasons.define(PRICE_COLLAR, "RISK_PRICE_COLLAR");
        Reasons.define(PER_TRADE_RISK, "RISK_PER_TRADE");
        Reasons.define(PER_UNDERLYING_RISK, "RISK_PER_UNDERLYING");
        Reasons.define(PORTFOLIO_HEAT, "RISK_PORTFOLIO_HEAT");
        Reasons.define(CASH_RESERVE, "RISK_CASH_RESERVE");
        Reasons.define(CORRELATION, "RISK_CORRELATION");
        Reasons.define(SECTOR_EXPOSURE, "RISK_SECTOR_EXPOSURE");
        Reasons.define(NET_DELTA, "RISK_NET_DELTA");
        Reasons.define(NET_VEGA, "RISK_NET_VEGA");
        Reasons.define(EXCEEDS_POSITION, "RISK_EXCEEDS_POSITION");
        Reasons.define(KELLY_NO_EDGE, "RISK_KELLY_NO_EDGE");
        Reasons.define(KELLY_CAP, "RISK_KELLY_CAP");
        Reasons.define(ALREADY_IN_POSITION, "RISK_ALREADY_IN_POSITION");
        Reasons.define(NO_GREEKS, "RISK_NO_GREEKS");
        Reasons.define(NO_EQUITY, "RISK_NO_EQUITY");
        Reasons.define(MAX_CONTRACTS, "RISK_MAX_CONTRACTS");
        Reasons.define(INTENTS_FULL, "RISK_INTENTS_FULL");
    }

    private RiskReason()
    {
    }

    public static void register()
    {
    }
}
