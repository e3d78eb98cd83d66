package com.quantmatrix.adapters.ibkr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Flex Query statement ({@code <FlexQueryResponse>}) with the JDK's StAX reader, one row at a
 * time: Trades (EXECUTION rows; ORDER and SYMBOL_SUMMARY rows repeat them and are only counted),
 * closed Lots, OpenPositions (SUMMARY or LOT), CashTransactions, CorporateActions and the Cash
 * Report. DTDs and external entities are refused. A row that cannot be read is skipped and listed
 * in {@link FlexReport#problems()}; a Flex Web Service error document throws {@link FlexServiceException}.
 */
public final class FlexStatementParser
{
    private static final XMLInputFactory FACTORY = secureFactory();

    private FlexStatementParser()
    {
    }

    private static XMLInputFactory secureFactory()
    {
        final XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        return f;
    }

    public static FlexReport parse(final Path file) throws IOException
    {
        try (InputStream in = Files.newInputStream(file))
        {
            return parse(in);
        }
    }

    public static FlexReport parse(final String xml)
    {
        return parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    public static FlexReport parse(final InputStream in)
    {
        XMLStreamReader r = null;
        try
        {
            r = FACTORY.createXMLStreamReader(in);
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT)
            {
                // skip prolog and comments
            }
            if (!r.isStartElement())
            {
                throw new FlexFormatException("no XML element in the Flex document");
            }
            final String root = r.getLocalName();
            if ("FlexStatementResponse".equals(root))
            {
                throw FlexServiceResponse.read(r).toException();
            }
            if (!"FlexQueryResponse".equals(root))
            {
                throw new FlexFormatException("not a Flex statement: root element <" + root + ">");
            }
            return new Reader(r).read();
        }
        catch (final XMLStreamException ex)
        {
            final String where = ex.getLocation() == null ? "" : " at line " + ex.getLocation().getLineNumber()
                + " column " + ex.getLocation().getColumnNumber();
            throw new FlexFormatException("malformed Flex XML" + where);
        }
        finally
        {
            if (r != null)
            {
                try
                {
                    r.close();
                }
                catch (final XMLStreamException ignored)
                {
                    // closing a reader that already failed
                }
            }
        }
    }

    static Map<String, String> attributes(final XMLStreamReader r)
    {
        final int n = r.getAttributeCount();
        final Map<String, String> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++)
        {
            m.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        return m;
    }

    /** Walks the document below the root, statement by statement. */
    private static final class Reader
    {
        private final XMLStreamReader r;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, Integer> notImported = new TreeMap<>();

        Reader(final XMLStreamReader r)
        {
            this.r = r;
        }

        FlexReport read() throws XMLStreamException
        {
            final Map<String, String> rootAttrs = attributes(r);
            final List<FlexStatement> statements = new ArrayList<>();
            while (r.hasNext())
            {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "FlexStatement".equals(r.getLocalName()))
                {
                    statements.add(statement());
                }
            }
            return new FlexReport(rootAttrs.get("queryName"), rootAttrs.get("type"), statements, problems, notImported);
        }

        private FlexStatement statement() throws XMLStreamException
        {
            final FlexRow head = new FlexRow("FlexStatement", attributes(r));
            final List<FlexTrade> trades = new ArrayList<>();
            final List<FlexTrade> lots = new ArrayList<>();
            final List<FlexPosition> positions = new ArrayList<>();
            final List<FlexCashTransaction> cash = new ArrayList<>();
            final List<FlexCorporateAction> actions = new ArrayList<>();
            final List<FlexCashBalance> cashReport = new ArrayList<>();
            int depth = 1;
            while (depth > 0 && r.hasNext())
            {
                final int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT)
                {
                    depth--;
                    continue;
                }
                if (ev != XMLStreamConstants.START_ELEMENT)
                {
                    continue;
                }
                depth++;
                final String name = r.getLocalName();
                final FlexRow row = new FlexRow(name, attributes(r));
                try
                {
                    switch (name)
                    {
                        case "Trade":
                            if (isExecution(row))
                            {
                                trades.add(FlexTrade.from(row));
                            }
                            else
                            {
                                count(name + "@" + row.text("levelOfDetail"));
                            }
                            break;
                        case "Lot":
                            lots.add(FlexTrade.from(row));
                            break;
                        case "OpenPosition":
                            positions.add(FlexPosition.from(row));
                            break;
                        case "CashTransaction":
                            cash.add(FlexCashTransaction.from(row));
                            break;
                        case "CorporateAction":
                            actions.add(FlexCorporateAction.from(row));
                            break;
                        case "CashReportCurrency":
                            cashReport.add(FlexCashBalance.from(row));
                            break;
                        case "Order":
                        case "SymbolSummary":
                        case "AssetSummary":
                            count(name);
                            break;
                        default:
                            if (!isSection(name))
                            {
                                count(name);
                            }
                            break;
                    }
                }
                catch (final IllegalArgumentException | ArithmeticException ex)
                {
                    problems.add(name + " row at line " + r.getLocation().getLineNumber() + " skipped: " + ex.getMessage());
                }
            }
            LocalDate from = null;
            LocalDate to = null;
            LocalDateTime generated = null;
            try
            {
                from = head.date("fromDate");
                to = head.date("toDate");
                generated = head.dateTime("whenGenerated");
            }
            catch (final IllegalArgumentException ex)
            {
                problems.add("FlexStatement header: " + ex.getMessage());
            }
            return new FlexStatement(head.text("accountId"), from, to, head.text("period"), generated,
                trades, lots, positions, cash, actions, cashReport);
        }

        private static boolean isExecution(final FlexRow row)
        {
            final String level = row.text("levelOfDetail");
            return level == null || "EXECUTION".equals(level);
        }

        private static boolean isSection(final String name)
        {
            // Section wrappers: <Trades>, <OpenPositions>, <CashTransactions>, <CashReport>, ...
            return name.endsWith("s") || "CashReport".equals(name);
        }

        private void count(final String what)
        {
            notImported.merge(what, 1, Integer::sum);
        }
    }
}
