package com.quantmatrix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code quantmatrix ibkr import} on the real Flex statement, as a user runs it. */
class IbkrCommandTest
{
    private record Run(int exit, String out, String err)
    {
    }

    private static Run run(final String... args)
    {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine cli = new CommandLine(new QuantMatrixCli());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        final int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Path statement(final Path dir) throws Exception
    {
        final Path f = dir.resolve("statement.xml");
        Files.write(f, Fixtures.bytes("fixtures/ibkr/gabbersepp_TestForCoding_trades_cashreport.xml"));
        return f;
    }

    @Test
    void importPrintsTradesAndTotalsPerCurrency(@TempDir final Path dir) throws Exception
    {
        final Run r = run("ibkr", "import", statement(dir).toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("IBKR Flex statement TestForCoding: 1 statement(s), accounts U1234567, U1234567F")
            .contains("Trades (15)")
            .contains("total USD: 9 trades, proceeds 14169.25, commission -28.210679, net cash 14141.039321")
            .contains("total EUR: 5 trades, proceeds 0, commission -11.4, net cash -11.4")
            .contains("total GBP: 1 trades, proceeds 900, commission -1.7, net cash 898.3");
    }

    @Test
    void jsonCarriesTheSameTotalsAsExactDecimals(@TempDir final Path dir) throws Exception
    {
        final Run r = run("ibkr", "import", statement(dir).toString(), "--json");
        assertThat(r.exit()).isEqualTo(0);
        final JsonNode j = JsonNode.parse(r.out());
        assertThat(j.get("trades").elements()).hasSize(15);
        assertThat(j.path("totals", "trades", "USD", "netCash").decimal()).isEqualByComparingTo(new BigDecimal("14141.039321"));
        assertThat(j.path("totals", "trades", "GBP", "proceeds").text()).isEqualTo("900");
        assertThat(j.get("trades").elements().get(0).get("symbol").text()).isEqualTo("ESV");
    }

    @Test
    void positionsLotsCashAndCorporateActionsArePrinted(@TempDir final Path dir) throws Exception
    {
        final Path f = dir.resolve("elements.xml");
        Files.writeString(f, com.quantmatrix.adapters.ibkr.FlexElementsAccess.xml());
        final Run r = run("ibkr", "import", f.toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("Open positions (1 rows, 1 tax lots)")
            .contains("[lot opened 2011-08-08 13:44:13, holding period from 2011-08-08 13:44:13, order 308163094]")
            .contains("total USD: value -3553, cost basis -3440.5, unrealized -112.5")
            .contains("total USD Dividends: 27800")
            .contains("Corporate actions (1)");
    }

    @Test
    void aMissingOrBrokenFileIsAClearError(@TempDir final Path dir) throws Exception
    {
        final Run missing = run("ibkr", "import", dir.resolve("nope.xml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        final Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "<FlexQueryResponse><FlexStatements>");
        final Run bad = run("ibkr", "import", broken.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("malformed Flex XML");
    }
}
