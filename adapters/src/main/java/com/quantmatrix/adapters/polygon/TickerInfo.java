package com.quantmatrix.adapters.polygon;

/** One listed instrument from /v3/reference/tickers (type CS = common stock, ETF, ...). */
public record TickerInfo(
    String ticker,
    String name,
    String market,
    String locale,
    String primaryExchange,
    String type,
    boolean active,
    String currency,
    String cik,
    String compositeFigi)
{
    public boolean isEtf()
    {
        return "ETF".equals(type);
    }
}
