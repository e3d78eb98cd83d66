package com.quantmatrix.adapters.report;

import com.quantmatrix.engine.analytics.AnalyticsSettings;
import com.quantmatrix.engine.analytics.PerformanceMetrics;
import com.quantmatrix.engine.analytics.PerformanceReport;
import com.quantmatrix.engine.analytics.SampleOptionBacktest;
import com.quantmatrix.engine.analytics.Sweep;
import com.quantmatrix.engine.analytics.TreasuryRates;
import com.quantmatrix.engine.config.Config;
import java.util.LinkedHashMap;
import java.util.Map;

/** A report made from a real run of the sample strategy over the bundled 2014-2016 bars (every price modeled). */
final class SampleReports
{
    static final Map<String, String> PARAMETERS = new LinkedHashMap<>();

    static
    {
        PARAMETERS.put(Sweep.FROM_KEY, "2014-01-02");
        PARAMETERS.put(Sweep.TO_KEY, "2016-12-30");
        PARAMETERS.put("sample.sma", "50");
        PARAMETERS.put("sample.target", "0.6");
        PARAMETERS.put("sample.stop", "0.4");
        PARAMETERS.put("sample.dte", "35");
    }

    private static SampleOptionBacktest.Result result;

    private SampleReports()
    {
    }

    static synchronized SampleOptionBacktest.Result run()
    {
        if (result == null)
        {
            result = new SampleOptionBacktest().run(Config.of(PARAMETERS));
        }
        return result;
    }

    static PerformanceReport report()
    {
        final SampleOptionBacktest.Result r = run();
        return PerformanceMetrics.compute(r.trades(), r.curve(), TreasuryRates.bundled(), r.rejections(), true,
            AnalyticsSettings.defaults());
    }

    static RunInfo info()
    {
        return new RunInfo("Sample: SMA-50 breakout calls, 24 large caps", "test sample (SampleOptionBacktest)",
            String.join(" ", SampleOptionBacktest.UNIVERSE), String.format("%016x", run().stateHash()), null, PARAMETERS);
    }
}
