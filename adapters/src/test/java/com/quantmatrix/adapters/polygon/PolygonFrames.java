package com.quantmatrix.adapters.polygon;

import java.util.ArrayList;
import java.util.List;

import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.engine.event.MarketEvent;

/** Polygon WebSocket frames built from the recorded samples (the spec's per-event examples, batched in an array as on the wire). */
final class PolygonFrames
{
    private PolygonFrames()
    {
    }

    /** One sample event, e.g. "stocks_AM" or "status_AuthEvent", as compact JSON text. */
    static String sample(final String name)
    {
        return Fixtures.text("fixtures/polygon/websocket/" + name + ".json").strip().replaceAll("\\s*\n\\s*", "").replaceAll("\":\\s+", "\":");
    }

    /** A frame: a JSON array of the named sample events. */
    static String frame(final String... names)
    {
        final List<String> parts = new ArrayList<>();
        for (final String n : names)
        {
            parts.add(sample(n));
        }
        return "[" + String.join(",", parts) + "]";
    }

    /** The recorded auth_failed status (quoted as a Python repr in the issue) as the JSON it was on the wire. */
    static String authFailedFrame()
    {
        final String[] lines = Fixtures.text("fixtures/polygon/errors/ws_auth_failed.txt").strip().split("\n");
        return "[" + lines[lines.length - 1].replace('\'', '"') + "]";
    }

    /** A copy of the input section, since the parser reuses its event. */
    static MarketEvent copy(final MarketEvent e)
    {
        final MarketEvent c = new MarketEvent();
        c.copyInputFrom(e);
        return c;
    }
}
