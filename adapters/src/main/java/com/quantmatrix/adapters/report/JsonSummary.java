package com.quantmatrix.adapters.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.quantmatrix.engine.analytics.BucketDimension;
import com.quantmatrix.engine.analytics.MetricSet;
import com.quantmatrix.engine.analytics.MonthlyReturns;
import com.quantmatrix.engine.analytics.PerformanceReport;
import com.quantmatrix.engine.analytics.ReturnStats;
import com.quantmatrix.engine.analytics.TradingDates;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run's performance summary as JSON (Jackson streaming generator): run description, the modeled
 * flag, the risk-free rate used, the run's metrics, metrics per bucket, monthly and yearly returns,
 * and the rejection counts. Every {@link MetricSet} component is written under its own name; an
 * undefined or infinite value is written as null; dates as yyyy-MM-dd.
 */
public final class JsonSummary
{
    private static final JsonFactory JSON = new JsonFactory();

    private JsonSummary()
    {
    }

    public static void write(final PerformanceReport r, final RunInfo info, final Path file) throws IOException
    {
        if (file.getParent() != null)
        {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream out = Files.newOutputStream(file))
        {
            write(r, info, out);
        }
    }

    public static void write(final PerformanceReport r, final RunInfo info, final OutputStream out) throws IOException
    {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8))
        {
            g.useDefaultPrettyPrinter();
            write(r, info, g);
        }
    }

    public static String toJson(final PerformanceReport r, final RunInfo info)
    {
        final StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w))
        {
            g.useDefaultPrettyPrinter();
            write(r, info, g);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return w.toString();
    }

    private static void write(final PerformanceReport r, final RunInfo info, final JsonGenerator g) throws IOException
    {
        g.writeStartObject();
        g.writeObjectFieldStart("run");
        g.writeStringField("title", info.title());
        optional(g, "source", info.source());
        optional(g, "universe", info.universe());
        optional(g, "stateHash", info.stateHash());
        optional(g, "journal", info.journal());
        if (r.curve().size() > 0)
        {
            g.writeStringField("from", TradingDates.format(r.fromDate()));
            g.writeStringField("to", TradingDates.format(r.toDate()));
        }
        g.writeNumberField("tradingDays", r.curve().size());
        g.writeObjectFieldStart("parameters");
        for (final Map.Entry<String, String> e : info.parameters().entrySet())
        {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();

        g.writeBooleanField("usedModeledPrices", r.usedModeledPrices());
        g.writeNumberField("startingEquity", r.curve().startMicros() / 1e6);
        g.writeNumberField("endingEquity", r.curve().endMicros() / 1e6);
        g.writeNumberField("annualisationDays", ReturnStats.TRADING_DAYS_PER_YEAR);
        g.writeObjectFieldStart("riskFree");
        g.writeStringField("source", "US Treasury 3-month constant maturity (data/reference/treasury-curves.csv), carried forward");
        number(g, "averageAnnualYield", r.averageRiskFreeYield());
        g.writeEndObject();

        g.writeFieldName("metrics");
        metrics(g, r.run());

        g.writeObjectFieldStart("buckets");
        for (final BucketDimension dim : BucketDimension.values())
        {
            g.writeArrayFieldStart(camel(dim.name()));
            for (final MetricSet m : r.buckets().get(dim))
            {
                metrics(g, m);
            }
            g.writeEndArray();
        }
        g.writeEndObject();

        g.writeArrayFieldStart("monthlyReturns");
        for (final MonthlyReturns.Month m : r.monthly().months())
        {
            g.writeStartObject();
            g.writeStringField("month", String.format(Locale.ROOT, "%04d-%02d", m.year(), m.month()));
            number(g, "return", m.ret());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("yearlyReturns");
        for (final Map.Entry<Integer, Double> y : r.monthly().years().entrySet())
        {
            number(g, Integer.toString(y.getKey()), y.getValue());
        }
        g.writeEndObject();

        g.writeObjectFieldStart("rejections");
        for (final Map.Entry<String, Long> e : r.rejections().entrySet())
        {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Every component of the record, by name: the JSON never lags behind the metrics. */
    private static void metrics(final JsonGenerator g, final MetricSet m) throws IOException
    {
        g.writeStartObject();
        for (final RecordComponent c : MetricSet.class.getRecordComponents())
        {
            final Object v;
            try
            {
                v = c.getAccessor().invoke(m);
            }
            catch (final ReflectiveOperationException ex)
            {
                throw new IllegalStateException(ex);
            }
            if (v instanceof Double d)
            {
                number(g, c.getName(), d);
            }
            else if (v instanceof Integer i && c.getName().endsWith("Date"))
            {
                if (i == 0)
                {
                    g.writeNullField(c.getName());
                }
                else
                {
                    g.writeStringField(c.getName(), TradingDates.format(i));
                }
            }
            else if (v instanceof Integer i)
            {
                g.writeNumberField(c.getName(), i);
            }
            else if (v instanceof Boolean b)
            {
                g.writeBooleanField(c.getName(), b);
            }
            else
            {
                g.writeStringField(c.getName(), String.valueOf(v));
            }
        }
        g.writeEndObject();
    }

    private static void number(final JsonGenerator g, final String name, final double v) throws IOException
    {
        if (Double.isFinite(v))
        {
            g.writeNumberField(name, v);
        }
        else
        {
            g.writeNullField(name);
        }
    }

    private static void optional(final JsonGenerator g, final String name, final String v) throws IOException
    {
        if (v != null && !v.isBlank())
        {
            g.writeStringField(name, v);
        }
    }

    /** DAYS_TO_EXPIRY -> daysToExpiry. */
    static String camel(final String enumName)
    {
        final StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (final char c : enumName.toLowerCase(Locale.ROOT).toCharArray())
        {
            if (c == '_')
            {
                up = true;
            }
            else
            {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    static List<String> metricNames()
    {
        return java.util.Arrays.stream(MetricSet.class.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
