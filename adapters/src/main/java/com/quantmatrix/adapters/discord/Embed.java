package com.quantmatrix.adapters.discord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Discord rich embed: title, description, colour (0xRRGGBB), fields, footer and timestamp.
 * Built with {@link #builder()}; {@link DiscordLimits#fit} makes any embed fit Discord's limits.
 */
public record Embed(String title, String description, int color, List<EmbedField> fields, String footer, Instant timestamp)
{
    public Embed
    {
        fields = Collections.unmodifiableList(new ArrayList<>(fields));
    }

    /** Characters Discord counts toward the 6,000 per-message total: title, description, field names and values, footer. */
    public int countedLength()
    {
        int n = len(title) + len(description) + len(footer);
        for (final EmbedField f : fields)
        {
            n += len(f.name()) + len(f.value());
        }
        return n;
    }

    private static int len(final String s)
    {
        return s == null ? 0 : s.length();
    }

    public static Builder builder()
    {
        return new Builder();
    }

    /** Fluent construction, in the order a reader sees the embed. */
    public static final class Builder
    {
        private String title;
        private String description;
        private int color;
        private final List<EmbedField> fields = new ArrayList<>();
        private String footer;
        private Instant timestamp;

        public Builder title(final String title)
        {
            this.title = title;
            return this;
        }

        public Builder description(final String description)
        {
            this.description = description;
            return this;
        }

        public Builder color(final int rgb)
        {
            this.color = rgb;
            return this;
        }

        public Builder field(final String name, final String value, final boolean inline)
        {
            fields.add(new EmbedField(name, value, inline));
            return this;
        }

        public Builder field(final String name, final String value)
        {
            return field(name, value, true);
        }

        public Builder footer(final String footer)
        {
            this.footer = footer;
            return this;
        }

        public Builder timestamp(final Instant timestamp)
        {
            this.timestamp = timestamp;
            return this;
        }

        public Embed build()
        {
            return new Embed(title, description, color, fields, footer, timestamp);
        }
    }
}
