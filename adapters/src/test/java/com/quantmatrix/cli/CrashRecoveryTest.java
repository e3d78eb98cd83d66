package com.quantmatrix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.journal.Journal;
import com.quantmatrix.engine.journal.JournalReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the engine with SIGKILL mid-stream (a forked JVM running the real `run` command), restarts
 * it on the same journal, and checks it recovers with no event lost, no order sent twice, and the
 * same final state and decisions as an uninterrupted run.
 */
class CrashRecoveryTest
{
    private static final String SYMBOLS = "AAPL,AMZN,BA,CAT,CVX,GE,GOOGL,HD,IBM,JNJ,JPM,KO,MCD,MMM,MRK,MSFT,NVDA,PFE,WMT,XOM";

    private static String[] runArgs(final Path journal, final String speed)
    {
        return new String[] {"run", "--json", "--quiet", "--preset", "efficient", "--symbols", SYMBOLS,
            "--from", "2013-01-01", "--to", "2017-11-10", "--speed", speed, "--journal", journal.toString()};
    }

    @Test
    void killedMidStreamRecoversToTheSameStateWithNoOrderSentTwice(@TempDir final Path tmp) throws Exception
    {
        // 1. the uninterrupted run
        final Process whole = ForkedEngine.start(tmp.resolve("whole.log"), runArgs(tmp.resolve("whole"), "0"));
        final String wholeJson = new String(whole.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(whole.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(whole.exitValue()).as(Files.readString(tmp.resolve("whole.log"))).isZero();

        // 2. the same run, paced so that it is still streaming when it is killed
        final Path journal = tmp.resolve("crashed");
        final Process victim = ForkedEngine.start(tmp.resolve("victim.log"), runArgs(journal, "20000000"));
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (countInputs(journal) < 3_000 && System.nanoTime() < deadline)
        {
            Thread.sleep(100);
        }
        victim.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
        assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(victim.exitValue()).isEqualTo(137);
        final long inputsAtKill = countInputs(journal);
        assertThat(inputsAtKill).isGreaterThanOrEqualTo(3_000);

        // 3. restart on the same journal, at full speed
        final Process restart = ForkedEngine.start(tmp.resolve("restart.log"), runArgs(journal, "0"));
        final String restartJson = new String(restart.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(restart.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(restart.exitValue()).as(Files.readString(tmp.resolve("restart.log"))).isZero();

        assertThat(field(restartJson, "recoveredInputs")).isEqualTo(Long.toString(inputsAtKill));
        assertThat(field(restartJson, "stateHash")).isEqualTo(field(wholeJson, "stateHash"));
        assertThat(field(restartJson, "decisionDigest")).isEqualTo(field(wholeJson, "decisionDigest"));
        assertThat(field(restartJson, "decisions")).isEqualTo(field(wholeJson, "decisions"));

        // no event lost: the crashed-and-recovered journal holds exactly the uninterrupted run's inputs
        assertThat(countInputs(journal)).isEqualTo(countInputs(tmp.resolve("whole")));
        // no order sent twice: every accepted intent's client order id is on record once
        final List<Long> accepted = acceptedOrderIds(journal);
        assertThat(new HashSet<>(accepted)).hasSameSizeAs(accepted);
        assertThat(accepted).containsExactlyElementsOf(acceptedOrderIds(tmp.resolve("whole")));
    }

    private static long countInputs(final Path dir)
    {
        if (!Journal.exists(dir))
        {
            return 0;
        }
        final long[] n = {0};
        try (Journal j = Journal.openForRead(dir))
        {
            JournalReader.readAll(j, new JournalReader.Visitor()
            {
                @Override
                public void onInput(final MarketEvent input)
                {
                    n[0]++;
                }
            });
        }
        return n[0];
    }

    private static List<Long> acceptedOrderIds(final Path dir)
    {
        final List<Long> ids = new ArrayList<>();
        try (Journal j = Journal.openForRead(dir))
        {
            JournalReader.readAll(j, new JournalReader.Visitor()
            {
                @Override
                public void onDecision(final MarketEvent d)
                {
                    for (int i = 0; i < d.intentCount; i++)
                    {
                        if (d.riskVerdict[i] == 1)
                        {
                            ids.add(d.intentClientOrderId[i]);
                        }
                    }
                }
            });
        }
        return ids;
    }

    private static String field(final String json, final String name)
    {
        final Matcher m = Pattern.compile("\"" + name + "\":\"?([^,\"}]*)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }
}
