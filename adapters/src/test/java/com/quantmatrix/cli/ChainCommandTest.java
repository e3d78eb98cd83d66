package com.quantmatrix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.data.ProjectPaths;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** `chain` on the recorded Polygon snapshot (test resource, see its SOURCES.md) and on the bundled GOOG minute quotes. */
class ChainCommandTest
{
    private static Path fixture() throws URISyntaxException
    {
        return Paths.get(ChainCommandTest.class.getResource("/fixtures/polygon/rest/options_chain_snapshot_AAPL.json").toURI());
    }

    @Test
    void polygonSnapshotJson() throws URISyntaxException
    {
        // the snapshot's one contract: AAPL 2023-06-16 150 call, 28.90 x 29.25, OI 8133, quoted 2022-04-29
        final CliCapture r = CliCapture.run("chain", "--file", fixture().toString(), "--spot", "159.9606", "--date", "2022-04-29", "--json");
        assertThat(r.exitCode).isZero();
        assertThat(r.out).contains("\"underlying\" : \"AAPL\"").contains("\"examined\" : 1").contains("\"DTE_OUT_OF_RANGE\" : 1");
        // with the expiry window opened (413 days out) the contract is rejected further down, on its day volume (8 < 100)
        final CliCapture wide = CliCapture.run("chain", "--file", fixture().toString(), "--spot", "159.9606", "--date", "2022-04-29",
            "--set", "options.select.maxDaysToExpiry=500");
        assertThat(wide.exitCode).isZero();
        assertThat(wide.out).contains("VOLUME_TOO_LOW 1").contains("nothing selected: VOLUME_TOO_LOW");
    }

    @Test
    void bundledGoogMinuteQuotesRanked()
    {
        final Path zip = ProjectPaths.data().resolve("options").resolve("goog").resolve("20151224_quote_american.zip");
        final CliCapture r = CliCapture.run("chain", "--file", zip.toString(), "--spot", "748.40", "--date", "2015-12-24", "--time", "13:00",
            "--set", "options.select.minVolume=20", "--set", "options.select.minOpenInterest=50", "--set", "options.select.thetaUnit=premium");
        assertThat(r.exitCode).isZero();
        assertThat(r.out).contains("2192 contracts examined");
        assertThat(r.out).contains("rank,contract,dte,bid,ask,iv,delta");
        assertThat(r.out).containsPattern("\n1,GOOG  160115C\\d{8},22,");
        assertThat(r.out).contains("WRONG_RIGHT 1096");
        final CliCapture bad = CliCapture.run("chain", "--file", zip.toString(), "--spot", "748.40", "--date", "2015-12-24", "--direction", "sideways");
        assertThat(bad.exitCode).isEqualTo(2);
    }
}
