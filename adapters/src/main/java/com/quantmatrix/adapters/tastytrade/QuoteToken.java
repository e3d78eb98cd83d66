package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.net.Redactor;

/** The DXLink streamer token and URL from {@code GET /api-quote-tokens} (level "demo" in the sandbox). */
public record QuoteToken(String token, String dxlinkUrl, String level)
{
    static QuoteToken from(final JsonNode data)
    {
        final String token = data.get("token").text();
        Redactor.register(token);
        return new QuoteToken(token, data.get("dxlink-url").text(), data.get("level").text());
    }

    @Override
    public String toString()
    {
        return "QuoteToken{" + dxlinkUrl + ", level " + level + "}";
    }
}
