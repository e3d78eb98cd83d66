package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.testing.LocalWebSocketServer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A DXLink server: SETUP, AUTH (accepting the recorded sandbox token), channel, FEED_CONFIG, then {@code onSubscribed}. */
final class FakeDxLink implements LocalWebSocketServer.Script
{
    /** The sandbox quote token of the recorded /api-quote-tokens reply. */
    static final String QUOTE_TOKEN = "wxNzQ3MjMwNTQ0LFU3NDkxNzllMi0yZmU2";

    final Consumer<LocalWebSocketServer.Connection> onSubscribed;
    volatile boolean refuseAll;

    FakeDxLink(final Consumer<LocalWebSocketServer.Connection> onSubscribed)
    {
        this.onSubscribed = onSubscribed;
    }

    @Override
    public void onText(final LocalWebSocketServer.Connection c, final String text)
    {
        final String type = JsonNode.parse(text).get("type").text("");
        switch (type)
        {
            case "SETUP":
                c.send("{\"type\":\"SETUP\",\"channel\":0,\"keepaliveTimeout\":60,\"acceptKeepaliveTimeout\":60,\"version\":\"1.0-test\"}");
                c.sendResource("fixtures/tastytrade/04_auth_state_unauthorized.json");
                break;
            case "AUTH":
                if (!refuseAll && QUOTE_TOKEN.equals(JsonNode.parse(text).get("token").text()))
                {
                    c.sendResource("fixtures/tastytrade/05_auth_state_authorized.json");
                }
                else
                {
                    c.sendResource("fixtures/tastytrade/04_auth_state_unauthorized.json");
                }
                break;
            case "CHANNEL_REQUEST":
                c.send("{\"type\":\"CHANNEL_OPENED\",\"channel\":1,\"service\":\"FEED\",\"parameters\":{\"contract\":\"AUTO\"}}");
                break;
            case "FEED_SETUP":
                // The field layout the recorded frames were captured with (QuantConnect's FEED_SETUP).
                final JsonNode qc = JsonNode.parse(Fixtures.text("fixtures/tastytrade/07_feed_setup_request_compact.json"));
                c.send("{\"type\":\"FEED_CONFIG\",\"channel\":1,\"dataFormat\":\"COMPACT\",\"aggregationPeriod\":0.1,\"eventFields\":{"
                    + "\"Quote\":" + list(qc.path("acceptEventFields", "Quote")) + ",\"Trade\":" + list(qc.path("acceptEventFields", "Trade"))
                    + "}}");
                break;
            case "FEED_SUBSCRIPTION":
                onSubscribed.accept(c);
                break;
            default:
                break;
        }
    }

    private static String list(final JsonNode arr)
    {
        final List<String> names = new ArrayList<>();
        arr.elements().forEach(n -> names.add("\"" + n.text() + "\""));
        return "[" + String.join(",", names) + "]";
    }
}
