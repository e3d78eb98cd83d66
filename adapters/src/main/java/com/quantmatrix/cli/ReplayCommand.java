package com.quantmatrix.cli;

import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.replay.JournalReplay;
import com.quantmatrix.engine.run.ReplayRun;
import com.quantmatrix.engine.run.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `quantmatrix replay DIR`: rebuilds a run from its journal through a fresh engine and prints the
 * same state hash the run printed, whether the replayed decisions match the recorded ones, and a
 * summary.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Rebuild state from a journal; print the state hash and a summary.")
public final class ReplayCommand implements Callable<Integer>
{
    @Parameters(paramLabel = "DIR", description = "The journal folder of a run.")
    Path dir;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call()
    {
        if (!Files.isDirectory(dir))
        {
            System.err.println("quantmatrix replay: no journal folder at " + dir);
            return 2;
        }
        final EngineContext ctx = new EngineContext(engine.config());
        final RunSummary s = new RunSummary();
        final JournalReplay.Result r = JournalReplay.replay(dir, ctx, e -> ReplayRun.fill(s, e));
        s.events = r.inputs;
        s.journal = dir.toAbsolutePath().toString();
        if (json)
        {
            final String body = s.toJson();
            System.out.println(body.substring(0, body.length() - 1) + ",\"decisionsMatchJournal\":" + r.decisionsMatch()
                + ",\"recordedDecisionDigest\":\"" + r.recordedDecisions + "\"}");
        }
        else
        {
            System.out.print(s.toText());
            System.out.println("journal check   " + (r.decisionsMatch() ? "replayed decisions match the journal ("
                + r.recordedDecisionCount + ")" : "MISMATCH: journal " + r.recordedDecisions + " vs replay " + r.replayedDecisions));
        }
        return r.decisionsMatch() ? 0 : 4;
    }
}
