package com.quantmatrix.adapters.discord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One webhook post to one channel: optional plain content and up to ten embeds. */
public record DiscordMessage(DiscordChannel channel, String content, List<Embed> embeds)
{
    public DiscordMessage
    {
        embeds = Collections.unmodifiableList(new ArrayList<>(embeds));
    }

    public static DiscordMessage of(final DiscordChannel channel, final Embed embed)
    {
        return new DiscordMessage(channel, null, List.of(embed));
    }

    public static DiscordMessage text(final DiscordChannel channel, final String content)
    {
        return new DiscordMessage(channel, content, List.of());
    }

    /** One line for the log when no webhook is set: the title and description of each embed, or the content. */
    public String summary()
    {
        final StringBuilder sb = new StringBuilder();
        if (content != null)
        {
            sb.append(content);
        }
        for (final Embed e : embeds)
        {
            if (sb.length() > 0)
            {
                sb.append(" | ");
            }
            sb.append(e.title() == null ? "" : e.title());
            if (e.description() != null)
            {
                sb.append(": ").append(e.description());
            }
            for (final EmbedField f : e.fields())
            {
                sb.append("; ").append(f.name()).append('=').append(f.value());
            }
        }
        return sb.toString();
    }
}
