package com.quantmatrix.cli;

import com.quantmatrix.adapters.report.RunInfo;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.analytics.PerformanceReport;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.replay.JournalReplay;
import com.quantmatrix.engine.run.Backtest;
import com.quantmatrix.engine.run.ReplayRun;
import com.quantmatrix.engine.run.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `quantmatrix replay DIR`: rebuilds a run from its journal through a fresh engine and prints the
 * same state hash the run printed, whether the replayed decisions match the recorded ones, a summary
 * and the run's performance metrics; on request the HTML report, the trades CSV, and everything as
 * JSON. The trades and the equity curve are collected by the same recorder as the backtest's.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Rebuild state from a journal; print the state hash, a summary and the performance metrics.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:replayed decisions match the journal", "1:cannot write an output", "2:no journal folder",
        "4:replayed decisions differ from the journal"})
public final class ReplayCommand implements Callable<Integer>
{
    @Parameters(paramLabel = "DIR", description = "The journal folder of a run.")
    Path dir;

    @Option(names = "--json", description = "Print the summary and the metrics as one JSON object.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Write the HTML report (one self-contained file).")
    Path report;

    @Option(names = "--trades", paramLabel = "FILE.csv", description = "Write the closed trades as CSV.")
    Path trades;

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
        // the run's own configuration, recorded in its journal; --config/--set still override it
        final Config recorded = JournalReplay.recordedConfig(dir);
        Config config = recorded != null ? recorded : engine.config("daily-bars");
        for (final Map.Entry<String, String> o : engine.overrides.entrySet())
        {
            config = config.with(o.getKey(), o.getValue());
        }
        if (com.quantmatrix.adapters.live.LiveReplay.isLiveJournal(dir))
        {
            // a live run's journal replays with the live time stages (daily cycle, health watch: silent)
            final RunSummary live = new RunSummary();
            final JournalReplay.Result lr = com.quantmatrix.adapters.live.LiveReplay.replay(dir, new EngineContext(config),
                e -> ReplayRun.fill(live, e));
            live.events = lr.inputs;
            live.journal = dir.toAbsolutePath().toString();
            if (json)
            {
                final String body = live.toJson();
                System.out.println(body.substring(0, body.length() - 1) + ",\"decisionsMatchJournal\":" + lr.decisionsMatch()
                    + ",\"recordedDecisionDigest\":\"" + lr.recordedDecisions + "\"}");
            }
            else
            {
                System.out.print(live.toText());
            }
            if (!json)
            {
                System.out.println("journal check   " + (lr.decisionsMatch() ? "replayed decisions match the journal" : "MISMATCH"));
            }
            return lr.decisionsMatch() ? 0 : 4;
        }
        final Backtest.Outcome o = Backtest.replay(dir, new EngineContext(config));
        final RunSummary s = o.summary();
        final JournalReplay.Result r = o.replay();
        final RunInfo info = new RunInfo("Replay of " + dir.getFileName(), "replay",
            s.symbols > 0 ? s.symbols + " symbols" : null, s.stateHash, s.journal, RunReports.parameters(config, engine.overrides));
        final PerformanceReport p = RunReports.write("replay", o, config, info, report, trades);
        if (p == null)
        {
            return 1;
        }
        if (json)
        {
            System.out.println(RunReports.json(s.toJson(), "\"decisionsMatchJournal\":" + r.decisionsMatch()
                + ",\"recordedDecisionDigest\":\"" + r.recordedDecisions + "\"", p, info));
        }
        else
        {
            System.out.print(s.toText());
            System.out.print(RunReports.metricsText(p));
            BacktestCommand.printWritten(report, trades);
            System.out.println("journal check   " + (r.decisionsMatch() ? "replayed decisions match the journal ("
                + r.recordedDecisionCount + ")" : "MISMATCH: journal " + r.recordedDecisions + " vs replay " + r.replayedDecisions));
        }
        return r.decisionsMatch() ? 0 : 4;
    }
}
