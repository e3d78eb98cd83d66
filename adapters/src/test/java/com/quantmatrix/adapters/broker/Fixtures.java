package com.quantmatrix.adapters.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the vendor wire samples copied under src/test/resources/fixtures (see each ATTRIBUTION.md). */
public final class Fixtures
{
    private Fixtures()
    {
    }

    public static String text(final String path)
    {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path))
        {
            if (in == null)
            {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
