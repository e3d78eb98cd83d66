package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.net.Redactor;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an application-level keepalive on a fixed interval from its own daemon thread (the
 * account streamer's heartbeat, DXLink's KEEPALIVE): servers that see nothing for a while drop
 * the session even when WebSocket pings flow.
 */
final class Heartbeat implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final ScheduledExecutorService timer;

    Heartbeat(final String name, final Duration every, final Runnable beat)
    {
        timer = Executors.newSingleThreadScheduledExecutor(r ->
        {
            final Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        final long ms = every.toMillis();
        timer.scheduleAtFixedRate(() ->
        {
            try
            {
                beat.run();
            }
            catch (final RuntimeException ex)
            {
                LOG.warn("{} failed: {}", name, Redactor.redact(String.valueOf(ex.getMessage())));
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close()
    {
        timer.shutdownNow();
    }
}
