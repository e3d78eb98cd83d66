package com.quantmatrix.adapters.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.quantmatrix.engine.analytics.BucketDimension;
import com.quantmatrix.engine.analytics.MetricSet;
import com.quantmatrix.engine.analytics.PerformanceReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonSummaryTest
{
    @Test
    void summaryCarriesTheComputedNumbersExactly() throws Exception
    {
        final PerformanceReport r = SampleReports.report();
        final Object doc = read(JsonSummary.toJson(r, SampleReports.info()));
        final Map<String, Object> root = obj(doc);
        assertThat(root.get("usedModeledPrices")).isEqualTo(true);
        assertThat(root.get("annualisationDays")).isEqualTo(252L);
        final Map<String, Object> run = obj(root.get("run"));
        assertThat(run.get("from")).isEqualTo("2014-01-02");
        assertThat(run.get("to")).isEqualTo("2016-12-30");
        assertThat(obj(run.get("parameters")).get("sample.sma")).isEqualTo("50");

        final Map<String, Object> m = obj(root.get("metrics"));
        assertThat(m.keySet()).containsExactlyElementsOf(JsonSummary.metricNames());
        final MetricSet expected = r.run();
        assertThat(m.get("sharpe")).isEqualTo(expected.sharpe());
        assertThat(m.get("sortino")).isEqualTo(expected.sortino());
        assertThat(m.get("maxDrawdown")).isEqualTo(expected.maxDrawdown());
        assertThat(m.get("trades")).isEqualTo((long)expected.trades());
        assertThat(m.get("netPnl")).isEqualTo(expected.netPnl());

        final Map<String, Object> buckets = obj(root.get("buckets"));
        assertThat(buckets.keySet()).containsExactly("daysToExpiry", "deltaBand", "sector", "priceSource", "closeReason");
        assertThat(((List<?>)buckets.get("sector"))).hasSize(r.buckets().get(BucketDimension.SECTOR).size());
        assertThat(((List<?>)root.get("monthlyReturns"))).hasSize(36);
        assertThat(obj(root.get("rejections")).keySet()).containsExactlyElementsOf(r.rejections().keySet());
    }

    @Test
    void undefinedAndInfiniteValuesAreNull() throws Exception
    {
        final PerformanceReport r = com.quantmatrix.engine.analytics.PerformanceMetrics.compute(List.of(),
            com.quantmatrix.engine.analytics.EquityCurve.builder(1_000_000_000L).add(20150105, 1_000_000_000L).build(),
            com.quantmatrix.engine.analytics.TreasuryRates.bundled(), Map.of(), false,
            com.quantmatrix.engine.analytics.AnalyticsSettings.defaults());
        final Map<String, Object> m = obj(obj(read(JsonSummary.toJson(r, RunInfo.titled("flat")))).get("metrics"));
        assertThat(m.containsKey("winRate")).isTrue();
        assertThat(m.get("winRate")).isNull();
        assertThat(m.get("sharpe")).isNull();
        assertThat(m.get("maxDrawdownPeakDate")).isNull();
        assertThat(m.get("totalReturn")).isEqualTo(0.0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(final Object o)
    {
        return (Map<String, Object>)o;
    }

    /** Reads JSON into maps, lists, strings, longs, doubles, booleans and nulls (jackson-core only). */
    static Object read(final String json) throws Exception
    {
        try (JsonParser p = new JsonFactory().createParser(json))
        {
            p.nextToken();
            return value(p);
        }
    }

    private static Object value(final JsonParser p) throws Exception
    {
        final JsonToken t = p.currentToken();
        switch (t)
        {
            case START_OBJECT ->
            {
                final Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT)
                {
                    final String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY ->
            {
                final List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY)
                {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING ->
            {
                return p.getText();
            }
            case VALUE_NUMBER_INT ->
            {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT ->
            {
                return p.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE ->
            {
                return p.getBooleanValue();
            }
            case VALUE_NULL ->
            {
                return null;
            }
            default -> throw new IllegalStateException("unexpected " + t);
        }
    }
}
