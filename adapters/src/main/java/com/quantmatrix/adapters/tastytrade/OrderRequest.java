package com.quantmatrix.adapters.tastytrade;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.quantmatrix.adapters.broker.Micros;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A limit order of one or more equity-option legs (a spread is one order whose legs fill together).
 * Price is per share of the whole order in micros: positive, with the price effect saying who pays
 * (Debit: we pay, Credit: we receive). The external identifier is ours ({@code qm-<clientOrderId>}),
 * so a status check can find the order after a lost reply and a retry never places it twice.
 */
public record OrderRequest(TimeInForce timeInForce, long priceMicros, boolean debit, String externalIdentifier, List<Leg> legs)
{
    /** What tastytrade shows as the order's source. */
    public static final String SOURCE = "quantmatrix";
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Day orders expire at the close; GTC orders stay until filled or cancelled. */
    public enum TimeInForce
    {
        DAY("Day"), GTC("GTC");

        private final String wire;

        TimeInForce(final String wire)
        {
            this.wire = wire;
        }

        public String wire()
        {
            return wire;
        }
    }

    /** One leg: OCC symbol (root padded to 6), action, contracts. */
    public record Leg(String occSymbol, OrderAction action, long quantity)
    {
    }

    public OrderRequest
    {
        if (legs.isEmpty() || legs.size() > 4)
        {
            throw new IllegalArgumentException("an option order has 1 to 4 legs, got " + legs.size());
        }
        if (priceMicros <= 0)
        {
            throw new IllegalArgumentException("limit price must be positive, got " + Micros.format(priceMicros));
        }
        for (final Leg l : legs)
        {
            if (l.quantity() <= 0)
            {
                throw new IllegalArgumentException("leg quantity must be positive: " + l);
            }
            if (l.occSymbol() == null || l.occSymbol().length() != 21)
            {
                throw new IllegalArgumentException("not an OCC option symbol (21 characters, root padded to 6): '" + l.occSymbol() + "'");
            }
        }
        legs = List.copyOf(legs);
    }

    /** The external identifier of an engine client order id. */
    public static String externalIdentifier(final long clientOrderId)
    {
        return "qm-" + clientOrderId;
    }

    /** The POST body, keys dasherized as tastytrade wants them. */
    public String toJson()
    {
        final StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out))
        {
            g.writeStartObject();
            g.writeStringField("time-in-force", timeInForce.wire());
            g.writeStringField("order-type", "Limit");
            g.writeStringField("price", Micros.format(priceMicros));
            g.writeStringField("price-effect", debit ? "Debit" : "Credit");
            if (externalIdentifier != null)
            {
                g.writeStringField("external-identifier", externalIdentifier);
            }
            g.writeStringField("source", SOURCE);
            g.writeArrayFieldStart("legs");
            for (final Leg l : legs)
            {
                g.writeStartObject();
                g.writeStringField("instrument-type", "Equity Option");
                g.writeStringField("symbol", l.occSymbol());
                g.writeNumberField("quantity", l.quantity());
                g.writeStringField("action", l.action().wire());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }
}
