package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.json.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** An account the login can trade ({@code GET /customers/me/accounts}). */
public record TastyAccount(String accountNumber, String nickname, String marginOrCash, boolean closed, String authorityLevel)
{
    static List<TastyAccount> listFrom(final JsonNode data)
    {
        final List<TastyAccount> out = new ArrayList<>();
        for (final JsonNode item : data.get("items").elements())
        {
            final JsonNode a = item.get("account");
            out.add(new TastyAccount(a.get("account-number").text(), a.get("nickname").text(), a.get("margin-or-cash").text(),
                a.get("is-closed").bool(false), item.get("authority-level").text()));
        }
        return out;
    }
}
