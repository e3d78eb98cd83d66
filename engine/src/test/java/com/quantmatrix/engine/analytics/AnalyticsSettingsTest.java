package com.quantmatrix.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import com.quantmatrix.engine.data.ProjectPaths;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyticsSettingsTest
{
    @Test
    void shippedConfigurationStatesTheDefaults()
    {
        final Config shipped = Config.load(ProjectPaths.config(), null, Map.of());
        assertThat(shipped.has(AnalyticsSettings.DTE_EDGES)).isTrue();
        assertThat(shipped.has(AnalyticsSettings.DELTA_EDGES)).isTrue();
        final AnalyticsSettings s = AnalyticsSettings.from(shipped);
        assertThat(s.daysToExpiryEdges()).containsExactly(AnalyticsSettings.DEFAULT_DTE_EDGES);
        assertThat(s.deltaEdges()).containsExactly(AnalyticsSettings.DEFAULT_DELTA_EDGES);
    }

    @Test
    void edgesMustIncreaseAndStayInRange()
    {
        assertThatThrownBy(() -> new AnalyticsSettings(new int[] {10, 10}, new double[] {0.5}))
            .isInstanceOf(ConfigException.class).hasMessageContaining(AnalyticsSettings.DTE_EDGES);
        assertThatThrownBy(() -> new AnalyticsSettings(new int[] {-1}, new double[] {0.5})).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> new AnalyticsSettings(new int[] {7}, new double[] {1.2}))
            .isInstanceOf(ConfigException.class).hasMessageContaining(AnalyticsSettings.DELTA_EDGES);
        assertThatThrownBy(() -> AnalyticsSettings.from(Config.of(Map.of(AnalyticsSettings.DTE_EDGES, "7,x"))))
            .isInstanceOf(ConfigException.class);
    }
}
