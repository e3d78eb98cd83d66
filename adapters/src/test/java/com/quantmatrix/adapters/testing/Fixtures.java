package com.quantmatrix.adapters.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads recorded wire samples from test resources (src/test/resources/fixtures/...). */
public final class Fixtures
{
    private Fixtures()
    {
    }

    /** The bytes of a classpath resource such as "fixtures/polygon/rest/tickers_page1.json". */
    public static byte[] bytes(final String resource)
    {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource))
        {
            if (in == null)
            {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    public static String text(final String resource)
    {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }
}
