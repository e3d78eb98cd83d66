package com.quantmatrix.adapters.ibkr;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The date formats a Flex query can be set to emit: {@code yyyyMMdd}, {@code yyyy-MM-dd},
 * {@code MM/dd/yyyy}, each optionally followed by {@code ;HHmmss}, {@code ;HH:mm:ss},
 * {@code  HH:mm:ss} or {@code , HH:mm:ss}. Blank means null (Flex writes "" for no value).
 */
public final class FlexDates
{
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final DateTimeFormatter TIME_COMPACT = DateTimeFormatter.ofPattern("HHmmss");

    private FlexDates()
    {
    }

    public static LocalDate date(final String text)
    {
        if (text == null || text.isBlank())
        {
            return null;
        }
        final String s = text.trim();
        final int cut = firstSeparator(s);
        return parseDate(cut < 0 ? s : s.substring(0, cut));
    }

    /** A timestamp; a date alone reads as the start of that day. */
    public static LocalDateTime dateTime(final String text)
    {
        if (text == null || text.isBlank())
        {
            return null;
        }
        final String s = text.trim();
        final int cut = firstSeparator(s);
        if (cut < 0)
        {
            return parseDate(s).atStartOfDay();
        }
        final LocalDate d = parseDate(s.substring(0, cut));
        String t = s.substring(cut + 1).trim();
        if (t.startsWith(","))
        {
            t = t.substring(1).trim();
        }
        final LocalTime time;
        try
        {
            time = t.indexOf(':') >= 0 ? LocalTime.parse(t) : LocalTime.parse(t, TIME_COMPACT);
        }
        catch (final DateTimeParseException ex)
        {
            throw new IllegalArgumentException("not a Flex time: '" + text + "'");
        }
        return d.atTime(time);
    }

    private static int firstSeparator(final String s)
    {
        for (int i = 0; i < s.length(); i++)
        {
            final char c = s.charAt(i);
            if (c == ';' || c == ' ' || c == ',')
            {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate parseDate(final String s)
    {
        try
        {
            if (s.length() == 8 && s.chars().allMatch(Character::isDigit))
            {
                return LocalDate.parse(s, COMPACT);
            }
            if (s.indexOf('/') > 0)
            {
                return LocalDate.parse(s, US);
            }
            return LocalDate.parse(s);
        }
        catch (final DateTimeParseException ex)
        {
            throw new IllegalArgumentException("not a Flex date: '" + s + "'");
        }
    }
}
