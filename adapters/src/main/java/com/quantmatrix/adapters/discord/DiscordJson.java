package com.quantmatrix.adapters.discord;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

/**
 * The execute-webhook body for a message (already fitted to the limits): content, username,
 * embeds with fields, footer and ISO-8601 timestamp, and {@code allowed_mentions} empty so that no
 * text we post can ping @everyone.
 */
final class DiscordJson
{
    private static final JsonFactory FACTORY = new JsonFactory();

    private DiscordJson()
    {
    }

    static String body(final DiscordMessage m, final String username)
    {
        final StringWriter out = new StringWriter(512);
        try (JsonGenerator g = FACTORY.createGenerator(out))
        {
            g.writeStartObject();
            if (username != null)
            {
                g.writeStringField("username", username);
            }
            if (m.content() != null)
            {
                g.writeStringField("content", m.content());
            }
            g.writeArrayFieldStart("embeds");
            for (final Embed e : m.embeds())
            {
                writeEmbed(g, e);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("allowed_mentions");
            g.writeArrayFieldStart("parse");
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    private static void writeEmbed(final JsonGenerator g, final Embed e) throws IOException
    {
        g.writeStartObject();
        g.writeStringField("type", "rich");
        if (e.title() != null)
        {
            g.writeStringField("title", e.title());
        }
        if (e.description() != null)
        {
            g.writeStringField("description", e.description());
        }
        g.writeNumberField("color", e.color());
        if (!e.fields().isEmpty())
        {
            g.writeArrayFieldStart("fields");
            for (final EmbedField f : e.fields())
            {
                g.writeStartObject();
                g.writeStringField("name", f.name());
                g.writeStringField("value", f.value());
                g.writeBooleanField("inline", f.inline());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (e.footer() != null)
        {
            g.writeObjectFieldStart("footer");
            g.writeStringField("text", e.footer());
            g.writeEndObject();
        }
        if (e.timestamp() != null)
        {
            g.writeStringField("timestamp", DateTimeFormatter.ISO_INSTANT.format(e.timestamp()));
        }
        g.writeEndObject();
    }
}
