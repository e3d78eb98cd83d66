package com.quantmatrix.adapters.ibkr;

import com.quantmatrix.adapters.broker.Micros;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The attributes of one Flex XML row. Flex puts every value in an attribute and writes "" for
 * null; a malformed required value throws {@link IllegalArgumentException} naming the attribute, so
 * the parser can skip that row and say why.
 */
final class FlexRow
{
    private final String element;
    private final Map<String, String> attributes;

    FlexRow(final String element, final Map<String, String> attributes)
    {
        this.element = element;
        this.attributes = attributes;
    }

    String element()
    {
        return element;
    }

    /** Trimmed text, null when absent or blank. */
    String text(final String name)
    {
        final String v = attributes.get(name);
        if (v == null)
        {
            return null;
        }
        final String t = v.trim();
        return t.isEmpty() ? null : t;
    }

    /** Raw text with its padding kept (OCC option symbols pad the root with spaces). */
    String raw(final String name)
    {
        final String v = attributes.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    BigDecimal decimal(final String name)
    {
        try
        {
            return Micros.decimal(attributes.get(name));
        }
        catch (final NumberFormatException ex)
        {
            throw new IllegalArgumentException(element + "." + name + " is not a number: '" + attributes.get(name) + "'");
        }
    }

    BigDecimal requiredDecimal(final String name)
    {
        final BigDecimal d = decimal(name);
        if (d == null)
        {
            throw new IllegalArgumentException(element + "." + name + " is missing");
        }
        return d;
    }

    /** Money in micros; 0 when blank (Flex leaves zero amounts blank in some sections). */
    long micros(final String name)
    {
        final BigDecimal d = decimal(name);
        return d == null ? 0L : Micros.toMicros(d);
    }

    LocalDate date(final String name)
    {
        return FlexDates.date(attributes.get(name));
    }

    LocalDateTime dateTime(final String name)
    {
        return FlexDates.dateTime(attributes.get(name));
    }

    /** The row's time: {@code dateTime}, else {@code tradeDate} plus {@code tradeTime}, else the date alone. */
    LocalDateTime when()
    {
        final LocalDateTime dt = dateTime("dateTime");
        if (dt != null)
        {
            return dt;
        }
        final String tradeDate = text("tradeDate");
        if (tradeDate == null)
        {
            return dateTime("date");
        }
        final String tradeTime = text("tradeTime");
        return FlexDates.dateTime(tradeTime == null ? tradeDate : tradeDate + ";" + tradeTime);
    }
}
