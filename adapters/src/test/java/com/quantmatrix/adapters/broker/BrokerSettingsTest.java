package com.quantmatrix.adapters.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quantmatrix.adapters.discord.DiscordSettings;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import com.quantmatrix.engine.data.ProjectPaths;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrokerSettingsTest
{
    @Test
    void theShippedConfigurationIsReadCompletelyAndMatchesTheDefaults()
    {
        final Config file = Config.load(ProjectPaths.config(), null, null);
        final BrokerSettings fromFile = BrokerSettings.from(file);
        DiscordSettings.from(file);
        assertThat(file.unknownKeys()).filteredOn(k -> k.startsWith("broker.") || k.startsWith("discord.")).isEmpty();

        final BrokerSettings defaults = BrokerSettings.from(Config.empty());
        assertThat(fromFile.live).isFalse().isEqualTo(defaults.live);
        assertThat(fromFile.certRestUrl).isEqualTo("https://api.cert.tastyworks.com").isEqualTo(defaults.certRestUrl);
        assertThat(fromFile.liveRestUrl).isEqualTo("https://api.tastyworks.com").isEqualTo(defaults.liveRestUrl);
        assertThat(fromFile.reconcilePolicy).isEqualTo(ReconcilePolicy.REDUCE_ONLY).isEqualTo(defaults.reconcilePolicy);
        assertThat(fromFile.cashToleranceMicros).isEqualTo(1_000_000L).isEqualTo(defaults.cashToleranceMicros);
        assertThat(fromFile.dxlinkKeepalive).isEqualTo(Duration.ofSeconds(30)).isEqualTo(defaults.dxlinkKeepalive);
        assertThat(fromFile.flexMaxPolls).isEqualTo(defaults.flexMaxPolls);
        assertThat(fromFile.commandRingBytes).isEqualTo(defaults.commandRingBytes);
    }

    @Test
    void liveNeedsBothTheFlagAndTheSetting()
    {
        final BrokerSettings sandbox = BrokerSettings.from(Config.empty());
        assertThat(sandbox.environment(false)).isEqualTo(TradingEnvironment.CERTIFICATION);
        assertThatThrownBy(() -> sandbox.environment(true)).isInstanceOf(ConfigException.class)
            .hasMessageContaining("--live was given but broker.live is false");

        final BrokerSettings live = BrokerSettings.from(Config.of(Map.of("broker.live", "true")));
        assertThat(live.environment(false)).isEqualTo(TradingEnvironment.CERTIFICATION);
        assertThat(live.environmentNote(false)).contains("staying on the certification sandbox");
        assertThat(live.environment(true)).isEqualTo(TradingEnvironment.LIVE);
        assertThat(live.restUrl(TradingEnvironment.LIVE)).isEqualTo("https://api.tastyworks.com");
        assertThat(TradingEnvironment.LIVE.banner(live.restUrl(TradingEnvironment.LIVE))).startsWith("*** LIVE TRADING");
        assertThat(TradingEnvironment.CERTIFICATION.banner(live.restUrl(TradingEnvironment.CERTIFICATION)))
            .contains("CERTIFICATION SANDBOX").contains("api.cert.tastyworks.com");
    }

    @Test
    void badValuesNameTheirKey()
    {
        assertThatThrownBy(() -> BrokerSettings.from(Config.of(Map.of("broker.reconcile.policy", "IGNORE"))))
            .hasMessageContaining("broker.reconcile.policy");
        assertThatThrownBy(() -> BrokerSettings.from(Config.of(Map.of("broker.tastytrade.command-ring-bytes", "5000"))))
            .hasMessageContaining("power of two");
        assertThatThrownBy(() -> BrokerSettings.from(Config.of(Map.of("broker.tastytrade.time-in-force", "IOC"))))
            .hasMessageContaining("DAY or GTC");
    }

    @Test
    void credentialsComeFromTheEnvironmentAndNeverPrint()
    {
        final BrokerCredentials c = BrokerCredentials.from(Map.of(
            "TASTYTRADE_API_USERNAME", "someone", "TASTYTRADE_API_PASSWORD", "pw-very-secret-1",
            "IBKR_FLEX_TOKEN", "flex-token-9", "IBKR_FLEX_QUERY_ID", "42")::get);
        assertThat(c.hasTastytradeSession()).isTrue();
        assertThat(c.hasTastytradeOAuth()).isFalse();
        assertThat(c.hasFlex()).isTrue();
        assertThat(c.toString()).isEqualTo("BrokerCredentials{tastytrade=session, flex=set}");
        assertThat(com.quantmatrix.adapters.net.Redactor.redact("login pw-very-secret-1 token flex-token-9"))
            .isEqualTo("login *** token ***");
        assertThatThrownBy(() -> com.quantmatrix.adapters.tastytrade.TastytradeLogin.from(BrokerCredentials.from(k -> null)))
            .hasMessageContaining("TASTYTRADE_API_USERNAME").hasMessageContaining("TASTYTRADE_REFRESH_TOKEN");
    }
}
