package com.quantmatrix.adapters.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import com.quantmatrix.engine.data.ProjectPaths;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** config/live.properties names every key LiveSettings reads, with the defaults the code has; bad values name their key. */
class LiveSettingsTest
{
    @Test
    void theFileNamesEveryKeyAndRepeatsTheDefaults() throws Exception
    {
        final Config file = Config.load(null, ProjectPaths.config().resolve("live.properties"), null);
        final LiveSettings fromFile = LiveSettings.from(file);
        assertThat(file.unknownKeys()).as("keys LiveSettings does not read").isEmpty();
        final LiveSettings defaults = LiveSettings.from(Config.empty());
        for (final Field f : LiveSettings.class.getFields())
        {
            if (!Modifier.isStatic(f.getModifiers()))
            {
                assertThat(f.get(fromFile)).as(f.getName()).isEqualTo(f.get(defaults));
            }
        }
        assertThat(defaults.briefIndices).containsExactly("SPY", "QQQ", "IWM", "DIA");
        assertThat(defaults.clockIntervalNanos).isEqualTo(1_000_000_000L);
        assertThat(defaults.backfillThrough).isNull();
    }

    @Test
    void badValuesAreRefusedWithTheirKey()
    {
        assertThatThrownBy(() -> LiveSettings.from(Config.empty().with("live.backfill.mode", "weekly"))).isInstanceOf(ConfigException.class)
            .hasMessageContaining("live.backfill.mode");
        assertThatThrownBy(() -> LiveSettings.from(Config.empty().with("live.backfill.through", "2024-13-01")))
            .hasMessageContaining("live.backfill.through");
        assertThatThrownBy(() -> LiveSettings.from(Config.empty().with("live.review.min.trades", "50"))).hasMessageContaining("live.review.min.trades");
        assertThat(LiveSettings.from(Config.empty().with("live.backfill.through", "2005-04-04")).backfillThrough).isEqualTo(LocalDate.of(2005, 4, 4));
    }

    @Test
    void theBrokerWatchNeedsTwoHeartbeatsPerTimeout()
    {
        final Config shipped = Config.load(ProjectPaths.config(), null, null);
        assertThat(LiveRun.brokerHeartbeatConflict(shipped)).as("the shipped files agree (90 s, 20 s)").isNull();
        assertThat(LiveRun.brokerHeartbeatConflict(shipped.with("health.broker.timeout.seconds", "30")))
            .isEqualTo("health.broker.timeout.seconds (30) must be at least twice broker.tastytrade.streamer-heartbeat-seconds (20), "
                + "or 0 to disable the broker watch");
        assertThat(LiveRun.brokerHeartbeatConflict(shipped.with("health.broker.timeout.seconds", "0"))).as("watch off").isNull();
        assertThat(LiveRun.brokerHeartbeatConflict(shipped.with("health.broker.timeout.seconds", "40"))).isNull();
    }
}
