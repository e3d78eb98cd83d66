package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.json.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * An order as tastytrade reports it (REST replies and account-streamer notifications): its id,
 * our external identifier, status (Received, Routed, In Flight, Live, Filled, Cancelled,
 * Rejected, Expired, ...), limit price in micros per share, and legs with their fills.
 */
public record TastyOrder(
    long id,
    String accountNumber,
    String externalIdentifier,
    String status,
    String orderType,
    String timeInForce,
    long priceMicros,
    String priceEffect,
    String rejectReason,
    List<Leg> legs)
{
    /** One leg: OCC symbol, action, ordered and remaining quantity, fills so far. */
    public record Leg(String instrumentType, String symbol, String action, BigDecimal quantity, BigDecimal remainingQuantity, List<Fill> fills)
    {
    }

    /** One execution of a leg. */
    public record Fill(String fillId, BigDecimal quantity, long priceMicros, Instant filledAt)
    {
    }

    static TastyOrder from(final JsonNode o)
    {
        final List<Leg> legs = new ArrayList<>();
        for (final JsonNode l : o.get("legs").elements())
        {
            final List<Fill> fills = new ArrayList<>();
            for (final JsonNode f : l.get("fills").elements())
            {
                final BigDecimal q = f.get("quantity").decimal();
                if (q != null)
                {
                    fills.add(new Fill(f.get("fill-id").text(f.get("ext-exec-id").text()), q, f.get("fill-price").micros(0),
                        instant(f.get("filled-at").text())));
                }
            }
            final BigDecimal qty = l.get("quantity").decimal();
            final BigDecimal rem = l.get("remaining-quantity").decimal();
            legs.add(new Leg(l.get("instrument-type").text(), l.get("symbol").text(), l.get("action").text(),
                qty == null ? BigDecimal.ZERO : qty, rem == null ? BigDecimal.ZERO : rem, fills));
        }
        return new TastyOrder(
            o.get("id").longValue(-1),
            o.get("account-number").text(),
            o.get("external-identifier").text(),
            o.get("status").text("Unknown"),
            o.get("order-type").text(),
            o.get("time-in-force").text(),
            o.get("price").micros(0),
            o.get("price-effect").text(),
            o.get("reject-reason").text(),
            legs);
    }

    static List<TastyOrder> listFrom(final JsonNode data)
    {
        final List<TastyOrder> out = new ArrayList<>();
        for (final JsonNode o : data.get("items").elements())
        {
            out.add(from(o));
        }
        return out;
    }

    static Instant instant(final String text)
    {
        if (text == null)
        {
            return null;
        }
        try
        {
            return OffsetDateTime.parse(text).toInstant();
        }
        catch (final DateTimeParseException ex)
        {
            return null;
        }
    }

    /** No more fills or changes will come. */
    public boolean isTerminal()
    {
        switch (status)
        {
            case "Filled":
            case "Cancelled":
            case "Rejected":
            case "Expired":
            case "Removed":
            case "Partially Removed":
                return true;
            default:
                return false;
        }
    }

    /** Quantity filled over all legs of a single-leg order, or of the first leg (spreads fill as a unit). */
    public BigDecimal filledQuantity()
    {
        if (legs.isEmpty())
        {
            return BigDecimal.ZERO;
        }
        final Leg l = legs.get(0);
        return l.quantity().subtract(l.remainingQuantity());
    }
}
