package com.quantmatrix.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.data.ProjectPaths;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped configuration is complete and consistent; bad values and typos are caught at start-up. */
class EngineContextTest
{
    private static Config shipped(final Map<String, String> overrides)
    {
        return Config.load(ProjectPaths.config(), ProjectPaths.config().resolve("profiles/daily-bars.properties"), null, overrides);
    }

    @Test
    void shippedConfigurationHasNoUnknownKeys()
    {
        assertThat(new EngineContext(shipped(Map.of())).unknownKeys()).isEmpty();
    }

    @Test
    void aMisspelledKeyIsReportedAndABadValueNamesItsKey()
    {
        assertThat(new EngineContext(shipped(Map.of("risk.per.trade.pctt", "0.02"))).unknownKeys()).containsExactly("risk.per.trade.pctt");
        assertThatThrownBy(() -> new EngineContext(shipped(Map.of("engine.ringSize", "1000"))))
            .isInstanceOf(ConfigException.class).hasMessageContaining("engine.ringSize");
        assertThatThrownBy(() -> new EngineContext(shipped(Map.of("options.select.minVolume", "lots"))))
            .isInstanceOf(ConfigException.class).hasMessageContaining("options.select.minVolume");
        assertThatThrownBy(() -> new EngineContext(shipped(Map.of("engine.preset", "fastest"))))
            .isInstanceOf(ConfigException.class).hasMessageContaining("engine.preset");
    }
}
