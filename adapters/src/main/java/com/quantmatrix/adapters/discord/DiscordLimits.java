package com.quantmatrix.adapters.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * Discord's message limits, enforced before sending (a message over any limit is refused with 400
 * code 50035, and would be lost). Text is cut with an ellipsis, never inside a surrogate pair; a
 * field list past 25 ends with a "more" field; when all embeds together pass 6,000 characters the
 * last embed's description, then its fields, give way first.
 */
public final class DiscordLimits
{
    public static final int CONTENT = 2_000;
    public static final int EMBEDS = 10;
    public static final int TITLE = 256;
    public static final int DESCRIPTION = 4_096;
    public static final int FIELDS = 25;
    public static final int FIELD_NAME = 256;
    public static final int FIELD_VALUE = 1_024;
    public static final int FOOTER = 2_048;
    public static final int TOTAL = 6_000;

    /** Discord refuses empty field names and values: a zero-width space stands in. */
    static final String BLANK = "\u200b";
    private static final String ELLIPSIS = "\u2026";

    private DiscordLimits()
    {
    }

    public static DiscordMessage fit(final DiscordMessage m)
    {
        final List<Embed> embeds = new ArrayList<>();
        for (int i = 0; i < Math.min(EMBEDS, m.embeds().size()); i++)
        {
            embeds.add(fit(m.embeds().get(i)));
        }
        int overflow = embeds.stream().mapToInt(Embed::countedLength).sum() - TOTAL;
        for (int i = embeds.size() - 1; i >= 0 && overflow > 0; i--)
        {
            final Embed e = embeds.get(i);
            final Embed smaller = shrink(e, overflow);
            overflow -= e.countedLength() - smaller.countedLength();
            embeds.set(i, smaller);
        }
        return new DiscordMessage(m.channel(), cut(m.content(), CONTENT), embeds);
    }

    /** One embed within its own limits. */
    public static Embed fit(final Embed e)
    {
        final List<EmbedField> fields = new ArrayList<>();
        final int n = e.fields().size();
        for (int i = 0; i < Math.min(n, FIELDS); i++)
        {
            final EmbedField f = e.fields().get(i);
            if (i == FIELDS - 1 && n > FIELDS)
            {
                fields.add(new EmbedField("\u2026", (n - FIELDS + 1) + " more not shown", false));
                break;
            }
            fields.add(new EmbedField(nonBlank(cut(f.name(), FIELD_NAME)), nonBlank(cut(f.value(), FIELD_VALUE)), f.inline()));
        }
        return new Embed(cut(e.title(), TITLE), cut(e.description(), DESCRIPTION), e.color() & 0xFFFFFF, fields,
            cut(e.footer(), FOOTER), e.timestamp());
    }

    /** Gives up at least {@code chars} counted characters: description first, then fields from the end, then footer and title. */
    private static Embed shrink(final Embed e, final int chars)
    {
        int left = chars;
        String description = e.description();
        if (description != null && left > 0)
        {
            final int max = description.length() - left;
            final String shorter = max >= 2 ? cut(description, max) : null;
            left -= description.length() - (shorter == null ? 0 : shorter.length());
            description = shorter;
        }
        final List<EmbedField> fields = new ArrayList<>(e.fields());
        while (left > 0 && !fields.isEmpty())
        {
            final EmbedField f = fields.remove(fields.size() - 1);
            left -= f.name().length() + f.value().length();
        }
        String footer = e.footer();
        if (left > 0 && footer != null)
        {
            left -= footer.length();
            footer = null;
        }
        String title = e.title();
        if (left > 0 && title != null)
        {
            final int keep = Math.max(1, title.length() - left);
            left -= title.length() - keep;
            title = cut(title, keep);
        }
        return new Embed(title, description, e.color(), fields, footer, e.timestamp());
    }

    /** At most {@code max} UTF-16 units (Discord counts as JavaScript does), ending in an ellipsis when cut. */
    static String cut(final String s, final int max)
    {
        if (s == null || s.length() <= max)
        {
            return s;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1)))
        {
            end--;
        }
        return s.substring(0, end) + ELLIPSIS;
    }

    private static String nonBlank(final String s)
    {
        return s == null || s.isBlank() ? BLANK : s;
    }
}
