package com.quantmatrix.adapters.testing;

import java.util.function.Consumer;

/**
 * Polygon's side of the WebSocket protocol on a {@link LocalWebSocketServer} at /stocks: "connected" on
 * open; on auth, {@code authOk} when the message carries the key, else {@code authFailed}; on subscribe,
 * one success status per parameter (as Polygon acknowledges), then {@code afterSubscribe}.
 */
public final class LocalPolygonFeed
{
    private LocalPolygonFeed()
    {
    }

    public static LocalWebSocketServer start(final String key, final String authOk, final String authFailed,
        final Consumer<LocalWebSocketServer.Connection> afterSubscribe)
    {
        return LocalWebSocketServer.start("/stocks", new LocalWebSocketServer.Script()
        {
            @Override
            public void onOpen(final LocalWebSocketServer.Connection c)
            {
                c.send("[{\"ev\":\"status\",\"status\":\"connected\",\"message\":\"Connected Successfully\"}]");
            }

            @Override
            public void onText(final LocalWebSocketServer.Connection c, final String text)
            {
                if (text.contains("\"action\":\"auth\""))
                {
                    c.send(text.contains(key) ? authOk : authFailed);
                }
                else if (text.contains("\"action\":\"subscribe\""))
                {
                    final String params = text.replaceAll(".*\"params\":\"([^\"]*)\".*", "$1");
                    final StringBuilder acks = new StringBuilder("[");
                    for (final String p : params.split(","))
                    {
                        acks.append(acks.length() > 1 ? "," : "")
                            .append("{\"ev\":\"status\",\"status\":\"success\",\"message\":\"subscribed to: ").append(p).append("\"}");
                    }
                    c.send(acks.append(']').toString());
                    afterSubscribe.accept(c);
                }
            }
        });
    }
}
