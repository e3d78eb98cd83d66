package com.quantmatrix.adapters.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures every log line (all loggers, TRACE and up) with its formatted message and the text of
 * any exception chain, while open: for tests that assert what is, and is not, logged.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable
{
    private final List<String> lines = new ArrayList<>();
    private final Logger root = (Logger)LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level previous;

    public LogCapture()
    {
        setName("capture");
        setContext(root.getLoggerContext());
        start();
        previous = root.getLevel();
        root.setLevel(Level.TRACE);
        root.addAppender(this);
    }

    @Override
    protected synchronized void append(final ILoggingEvent e)
    {
        final StringBuilder sb = new StringBuilder(e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage());
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause())
        {
            sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
            for (final StackTraceElementProxy s : t.getStackTraceElementProxyArray())
            {
                sb.append(' ').append(s.getSTEAsString());
            }
        }
        lines.add(sb.toString());
    }

    public synchronized List<String> lines()
    {
        return List.copyOf(lines);
    }

    public synchronized String all()
    {
        return String.join("\n", lines);
    }

    @Override
    public void close()
    {
        root.detachAppender(this);
        root.setLevel(previous);
        stop();
    }
}
