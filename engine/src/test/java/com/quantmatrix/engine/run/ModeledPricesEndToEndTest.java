package com.quantmatrix.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.journal.Journal;
import com.quantmatrix.engine.journal.JournalReader;
import com.quantmatrix.engine.options.NyTime;
import com.quantmatrix.engine.options.chain.RealChainDays;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Modeled option prices, end to end through the real engine on the bundled data: every selection
 * made on a modeled chain is flagged in the journal and the summary, and the real GOOG chain of
 * December 2015 is fed on its days and is never replaced by a modeled one.
 */
class ModeledPricesEndToEndTest
{
    private static EngineContext context(final Path journal)
    {
        return new EngineContext(Config.load(ProjectPaths.config(), ProjectPaths.config().resolve("profiles/daily-bars.properties"), null,
            Map.of("engine.preset", "efficient", "journal.dir", journal.toString())));
    }

    @Test
    void modeledSelectionsAreFlaggedInTheJournalAndTheSummary(@TempDir final Path dir)
    {
        final ReplayRun.Spec spec = new ReplayRun.Spec();
        spec.from = 20130101;
        spec.to = 20141231;
        spec.symbols = List.of("AAPL", "AMZN", "BA", "CAT", "CVX", "GE", "GOOGL", "HD", "IBM", "JNJ", "JPM", "KO", "MCD", "MMM",
            "MRK", "MSFT", "NVDA", "PFE", "SPY", "WMT", "XOM", "NFLX", "PCLN", "BIIB", "REGN", "GILD", "CELG", "AVGO", "SWKS", "LUV");
        final RunSummary s = ReplayRun.run(context(dir), spec, null);
        assertThat(s.modeledPrices).isTrue();
        assertThat(s.toText()).contains("MODELED");
        final long[] selections = {0};
        final long[] flagged = {0};
        try (Journal j = Journal.openForRead(dir))
        {
            JournalReader.readAll(j, new JournalReader.Visitor()
            {
                @Override
                public void onDecision(final MarketEvent d)
                {
                    if (d.selectedContractId >= 0)
                    {
                        selections[0]++;
                        if ((d.flags & MarketEvent.FLAG_MODELED) != 0)
                        {
                            flagged[0]++;
                        }
                    }
                }
            });
        }
        // no real chain exists in 2013-2014 for these stocks: every selection was on modeled prices
        assertThat(selections[0]).isGreaterThan(5);
        assertThat(flagged[0]).isEqualTo(selections[0]);
    }

    @Test
    void theRealGoogChainIsFedOnItsDaysAndNeverReplaced(@TempDir final Path dir)
    {
        final ReplayRun.Spec spec = new ReplayRun.Spec();
        spec.from = 20150101;
        spec.to = 20151224;
        spec.symbols = List.of("GOOG", "SPY");
        final int[] googQuotedOn24th = {0};
        final int[] googModeledOn24th = {0};
        final boolean[] modelingWouldSkip = {false};
        final RunSummary s = ReplayRun.run(context(dir), spec, engine ->
        {
            final Instruments ins = engine.instruments();
            final int goog = engine.symbols().find("GOOG");
            // the rule the modeled-chain stage applies before modeling an underlying on an entry signal
            modelingWouldSkip[0] = com.quantmatrix.engine.options.ModeledChain.hasRealQuoteToday(ins, goog, NyTime.nanosAt(20151224, 16 * 3_600));
            for (int id = ins.firstOf(goog); id != Instruments.NOT_FOUND; id = ins.nextOfUnderlying[id])
            {
                if (ins.isOption(id) && ins.quoteTimeNanos[id] != 0 && NyTime.nyDate(ins.quoteTimeNanos[id]) == 20151224)
                {
                    googQuotedOn24th[0]++;
                    if (ins.modeled[id])
                    {
                        googModeledOn24th[0]++;
                    }
                }
            }
        });
        assertThat(s.faults).isZero();
        // the real 2015-12-24 chain (LEAN minute NBBO, last quote before the 13:00 close) went in
        final int real = RealChainDays.bundled(new com.quantmatrix.engine.event.SymbolTable(16)).contractsByDate().get(20151224);
        assertThat(real).isGreaterThan(2_000);
        assertThat(googQuotedOn24th[0]).isEqualTo(real);
        assertThat(googModeledOn24th[0]).isZero();
        assertThat(modelingWouldSkip[0]).isTrue();
        // and every one of those quotes is on record in the journal as an OPTION_QUOTE input
        final long[] optionInputs = {0};
        try (Journal j = Journal.openForRead(dir))
        {
            JournalReader.readAll(j, new JournalReader.Visitor()
            {
                @Override
                public void onInput(final MarketEvent in)
                {
                    if (in.type == EventType.OPTION_QUOTE && (in.flags & MarketEvent.FLAG_MODELED) == 0
                        && NyTime.nyDate(in.eventTimeNanos) == 20151224)
                    {
                        optionInputs[0]++;
                    }
                }
            });
        }
        assertThat(optionInputs[0]).isEqualTo(real);
    }
}
