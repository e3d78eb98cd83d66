package com.quantmatrix.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.quantmatrix.adapters.broker.BrokerCredentials;
import com.quantmatrix.adapters.broker.BrokerSettings;
import com.quantmatrix.adapters.broker.Micros;
import com.quantmatrix.adapters.ibkr.FlexCashTransaction;
import com.quantmatrix.adapters.ibkr.FlexCorporateAction;
import com.quantmatrix.adapters.ibkr.FlexFormatException;
import com.quantmatrix.adapters.ibkr.FlexPosition;
import com.quantmatrix.adapters.ibkr.FlexReport;
import com.quantmatrix.adapters.ibkr.FlexServiceException;
import com.quantmatrix.adapters.ibkr.FlexStatementParser;
import com.quantmatrix.adapters.ibkr.FlexTotals;
import com.quantmatrix.adapters.ibkr.FlexTrade;
import com.quantmatrix.adapters.ibkr.FlexWebService;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.ProjectPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quantmatrix ibkr import FILE [--json]}: reads an IBKR Flex statement (XML) and prints its
 * trades, open positions with tax lots, cash transactions and corporate actions, with totals per
 * currency. {@code quantmatrix ibkr fetch [--json]} asks the Flex Web Service for the statement of
 * IBKR_FLEX_QUERY_ID with IBKR_FLEX_TOKEN and prints it the same way.
 */
@Command(
    name = "ibkr",
    mixinStandardHelpOptions = true,
    description = "Interactive Brokers: import Flex statements (trades, positions with tax lots, cash, corporate actions).",
    subcommands = {IbkrCommand.Import.class, IbkrCommand.Fetch.class})
public final class IbkrCommand implements Runnable
{
    @Spec
    CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads a local Flex XML file. */
    @Command(name = "import", mixinStandardHelpOptions = true, description = "Print the trades, positions, tax lots and cash of a Flex statement file.")
    static final class Import implements Callable<Integer>
    {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "Flex Query statement (XML)")
        Path file;

        @Option(names = "--json", description = "one JSON object instead of text")
        boolean json;

        @Override
        public Integer call()
        {
            if (!Files.isRegularFile(file))
            {
                spec.commandLine().getErr().println("ibkr import: no such file: " + file);
                return 2;
            }
            try
            {
                print(spec, FlexStatementParser.parse(file), json);
                return 0;
            }
            catch (final FlexFormatException | FlexServiceException ex)
            {
                spec.commandLine().getErr().println("ibkr import: " + ex.getMessage());
                return 1;
            }
            catch (final IOException ex)
            {
                spec.commandLine().getErr().println("ibkr import: cannot read " + file + ": " + ex.getMessage());
                return 2;
            }
        }
    }

    /** Fetches the statement from the Flex Web Service. */
    @Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Fetch the statement of IBKR_FLEX_QUERY_ID from the Flex Web Service (token in IBKR_FLEX_TOKEN) and print it.")
    static final class Fetch implements Callable<Integer>
    {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "one JSON object instead of text")
        boolean json;

        @Override
        public Integer call()
        {
            try
            {
                final BrokerSettings settings = BrokerSettings.from(Config.load(ProjectPaths.config(), null, null));
                print(spec, FlexWebService.create(settings, BrokerCredentials.fromEnvironment()).fetch(), json);
                return 0;
            }
            catch (final RuntimeException ex)
            {
                spec.commandLine().getErr().println("ibkr fetch: " + ex.getMessage());
                return 1;
            }
        }
    }

    static void print(final CommandSpec spec, final FlexReport report, final boolean json)
    {
        final PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(report) : text(report));
        out.flush();
    }

    // ------------------------------------------------------------------ text

    static String text(final FlexReport r)
    {
        final StringWriter s = new StringWriter();
        final PrintWriter o = new PrintWriter(s);
        final TreeSet<String> accounts = new TreeSet<>();
        r.trades().forEach(t -> accounts.add(String.valueOf(t.accountId())));
        r.positions().forEach(p -> accounts.add(String.valueOf(p.accountId())));
        r.cashTransactions().forEach(c -> accounts.add(String.valueOf(c.accountId())));
        r.statements().forEach(st -> accounts.add(String.valueOf(st.accountId())));
        o.printf("IBKR Flex statement %s: %d statement(s), accounts %s%n", r.queryName(), r.statements().size(), String.join(", ", accounts));

        o.printf("%nTrades (%d)%n", r.trades().size());
        for (final FlexTrade t : r.trades())
        {
            o.printf("  %-19s %-10s %-4s %10s  %-24s @ %-10s proceeds %s  commission %s  net %s %s%n", when(t.dateTime()), t.accountId(), t.buySell(),
                plain(t.quantity()), t.instrument().symbol(), plain(t.tradePrice()), Micros.format(t.proceedsMicros()),
                Micros.format(t.commissionMicros()), Micros.format(t.netCashMicros()), t.currency());
        }
        final FlexTotals totals = FlexTotals.of(r);
        for (final Map.Entry<String, FlexTotals.TradeTotals> e : totals.tradesByCurrency.entrySet())
        {
            final FlexTotals.TradeTotals t = e.getValue();
            o.printf("  total %s: %d trades, proceeds %s, commission %s, net cash %s, realized P&L %s%n", e.getKey(), t.count,
                Micros.format(t.proceedsMicros), Micros.format(t.commissionMicros), Micros.format(t.netCashMicros), Micros.format(t.realizedPnlMicros));
        }

        o.printf("%nOpen positions (%d rows, %d tax lots)%n", r.positions().size(), r.positions().stream().filter(FlexPosition::isLot).count());
        for (final FlexPosition p : r.positions())
        {
            o.printf("  %-10s %-24s %10s  mark %s  value %s  cost basis %s  unrealized %s %s%s%n", p.accountId(), p.instrument().symbol(),
                plain(p.quantity()), plain(p.markPrice()), Micros.format(p.positionValueMicros()), Micros.format(p.costBasisMoneyMicros()),
                Micros.format(p.unrealizedPnlMicros()), p.currency(),
                p.isLot() ? "  [lot opened " + when(p.openDateTime()) + ", holding period from " + when(p.holdingPeriodDateTime()) + ", order "
                    + p.originatingOrderId() + "]" : "");
        }
        for (final Map.Entry<String, FlexTotals.PositionTotals> e : totals.positionsByCurrency.entrySet())
        {
            final FlexTotals.PositionTotals t = e.getValue();
            o.printf("  total %s: value %s, cost basis %s, unrealized %s%n", e.getKey(), Micros.format(t.positionValueMicros),
                Micros.format(t.costBasisMicros), Micros.format(t.unrealizedPnlMicros));
        }

        o.printf("%nCash transactions (%d)%n", r.cashTransactions().size());
        for (final FlexCashTransaction c : r.cashTransactions())
        {
            o.printf("  %-19s %-10s %-28s %-12s %s %s%n", when(c.dateTime()), c.accountId(), c.type(), c.instrument().symbol(),
                Micros.format(c.amountMicros()), c.currency());
        }
        totals.cashByCurrencyAndType.forEach((cur, byType) -> byType.forEach((type, amount) ->
            o.printf("  total %s %s: %s%n", cur, type, Micros.format(amount))));

        o.printf("%nCorporate actions (%d)%n", r.corporateActions().size());
        for (final FlexCorporateAction a : r.corporateActions())
        {
            o.printf("  %-19s %-10s %-4s %-12s quantity %s  proceeds %s  realized %s %s%n", when(a.dateTime()), a.accountId(), a.type(),
                a.instrument().symbol(), plain(a.quantity()), Micros.format(a.proceedsMicros()), Micros.format(a.realizedPnlMicros()), a.currency());
        }
        if (!r.problems().isEmpty())
        {
            o.printf("%nRows skipped (%d)%n", r.problems().size());
            r.problems().forEach(p -> o.printf("  %s%n", p));
        }
        o.flush();
        return s.toString();
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static String when(final java.time.LocalDateTime t)
    {
        return t == null ? "-" : WHEN.format(t);
    }

    private static String plain(final BigDecimal d)
    {
        return d == null ? "-" : d.stripTrailingZeros().toPlainString();
    }

    // ------------------------------------------------------------------ JSON

    static String json(final FlexReport r)
    {
        final StringWriter s = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(s))
        {
            g.useDefaultPrettyPrinter();
            g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            final FlexTotals totals = FlexTotals.of(r);
            g.writeStartObject();
            g.writeStringField("query", r.queryName());
            g.writeArrayFieldStart("trades");
            for (final FlexTrade t : r.trades())
            {
                g.writeStartObject();
                g.writeStringField("account", t.accountId());
                g.writeStringField("dateTime", String.valueOf(t.dateTime()));
                g.writeStringField("symbol", t.instrument().symbol());
                g.writeStringField("assetCategory", t.instrument().assetCategory());
                g.writeStringField("buySell", t.buySell());
                g.writeNumberField("quantity", t.quantity());
                writeDecimal(g, "tradePrice", t.tradePrice());
                g.writeStringField("currency", t.currency());
                money(g, "proceeds", t.proceedsMicros());
                money(g, "commission", t.commissionMicros());
                money(g, "netCash", t.netCashMicros());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("positions");
            for (final FlexPosition p : r.positions())
            {
                g.writeStartObject();
                g.writeStringField("account", p.accountId());
                g.writeStringField("symbol", p.instrument().symbol());
                g.writeNumberField("quantity", p.quantity());
                g.writeStringField("levelOfDetail", p.levelOfDetail());
                writeDecimal(g, "markPrice", p.markPrice());
                money(g, "positionValue", p.positionValueMicros());
                money(g, "costBasis", p.costBasisMoneyMicros());
                money(g, "unrealizedPnl", p.unrealizedPnlMicros());
                g.writeStringField("currency", p.currency());
                g.writeStringField("openDateTime", p.openDateTime() == null ? null : p.openDateTime().toString());
                g.writeStringField("holdingPeriodDateTime", p.holdingPeriodDateTime() == null ? null : p.holdingPeriodDateTime().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("cashTransactions");
            for (final FlexCashTransaction c : r.cashTransactions())
            {
                g.writeStartObject();
                g.writeStringField("account", c.accountId());
                g.writeStringField("dateTime", String.valueOf(c.dateTime()));
                g.writeStringField("type", c.type());
                g.writeStringField("symbol", c.instrument().symbol());
                money(g, "amount", c.amountMicros());
                g.writeStringField("currency", c.currency());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("corporateActions");
            for (final FlexCorporateAction a : r.corporateActions())
            {
                g.writeStartObject();
                g.writeStringField("account", a.accountId());
                g.writeStringField("dateTime", String.valueOf(a.dateTime()));
                g.writeStringField("type", a.type());
                g.writeStringField("symbol", a.instrument().symbol());
                g.writeNumberField("quantity", a.quantity());
                money(g, "proceeds", a.proceedsMicros());
                money(g, "realizedPnl", a.realizedPnlMicros());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("totals");
            g.writeObjectFieldStart("trades");
            for (final Map.Entry<String, FlexTotals.TradeTotals> e : totals.tradesByCurrency.entrySet())
            {
                g.writeObjectFieldStart(e.getKey());
                g.writeNumberField("count", e.getValue().count);
                money(g, "proceeds", e.getValue().proceedsMicros);
                money(g, "commission", e.getValue().commissionMicros);
                money(g, "netCash", e.getValue().netCashMicros);
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("positions");
            for (final Map.Entry<String, FlexTotals.PositionTotals> e : totals.positionsByCurrency.entrySet())
            {
                g.writeObjectFieldStart(e.getKey());
                g.writeNumberField("lots", e.getValue().lots);
                money(g, "positionValue", e.getValue().positionValueMicros);
                money(g, "costBasis", e.getValue().costBasisMicros);
                money(g, "unrealizedPnl", e.getValue().unrealizedPnlMicros);
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("cash");
            for (final Map.Entry<String, Map<String, Long>> e : totals.cashByCurrencyAndType.entrySet())
            {
                g.writeObjectFieldStart(e.getKey());
                for (final Map.Entry<String, Long> t : e.getValue().entrySet())
                {
                    money(g, t.getKey(), t.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("problems");
            for (final String p : r.problems())
            {
                g.writeString(p);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return s + System.lineSeparator();
    }

    /** Money as an exact decimal number (micros to dollars). */
    private static void money(final JsonGenerator g, final String name, final long micros) throws IOException
    {
        g.writeNumberField(name, Micros.toDecimal(micros));
    }

    private static void writeDecimal(final JsonGenerator g, final String name, final BigDecimal d) throws IOException
    {
        if (d == null)
        {
            g.writeNullField(name);
        }
        else
        {
            g.writeNumberField(name, d);
        }
    }
}
