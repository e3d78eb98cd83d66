package com.quantmatrix.adapters.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import com.quantmatrix.engine.data.ProjectPaths;

import org.junit.jupiter.api.Test;

class MarketDataSettingsTest
{
    @Test
    void shippedFileMatchesTheDocumentedDefaultsAndEveryKeyIsKnown()
    {
        final Config file = Config.load(ProjectPaths.config(), null, null);
        final MarketDataSettings s = MarketDataSettings.from(file);
        final MarketDataSettings defaults = MarketDataSettings.from(Config.empty());
        assertThat(s).usingRecursiveComparison().isEqualTo(defaults);
        assertThat(file.unknownKeys()).noneMatch(k -> k.startsWith("marketdata."));

        assertThat(s.universe).isEqualTo(MarketDataSettings.Universe.SP500);
        assertThat(s.polygonRestUrl).isEqualTo("https://api.polygon.io");
        assertThat(s.polygonWsUrl).isEqualTo("wss://socket.polygon.io");
        assertThat(s.polygonCallsPerMinute).isEqualTo(5);
        assertThat(s.polygonBurst).isEqualTo(1);
        assertThat(s.polygonStockChannels).containsExactly("AM");
        assertThat(s.polygonMaxConnectionsWait).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.polygonWs("stocks").uri().toString()).isEqualTo("wss://socket.polygon.io/stocks");
        assertThat(s.polygonRest("k3yk3yk3y").baseUri().toString()).isEqualTo("https://api.polygon.io");
        assertThat(s.alphaVantageUrl).isEqualTo("https://www.alphavantage.co");
    }

    @Test
    void massiveHostAndAListUniverse()
    {
        final MarketDataSettings s = MarketDataSettings.from(Config.of(Map.of(
            "marketdata.polygon.rest.url", "https://api.massive.com/",
            "marketdata.universe", "list",
            "marketdata.universe.symbols", "aapl, MSFT ,spy",
            "marketdata.polygon.ws.channels", "AM,T,Q")));
        assertThat(s.polygonRestUrl).isEqualTo("https://api.massive.com");
        assertThat(s.universe).isEqualTo(MarketDataSettings.Universe.LIST);
        assertThat(s.universeSymbols).containsExactly("AAPL", "MSFT", "SPY");
        assertThat(s.polygonStockChannels).containsExactly("AM", "T", "Q");
    }

    @Test
    void badValuesNameTheirKey()
    {
        assertThatThrownBy(() -> MarketDataSettings.from(Config.of(Map.of("marketdata.universe", "nasdaq"))))
            .isInstanceOf(ConfigException.class).hasMessageContaining("marketdata.universe");
        assertThatThrownBy(() -> MarketDataSettings.from(Config.of(Map.of("marketdata.universe", "list"))))
            .isInstanceOf(ConfigException.class).hasMessageContaining("marketdata.universe.symbols");
        assertThatThrownBy(() -> MarketDataSettings.from(Config.of(Map.of("marketdata.polygon.plan.calls.per.minute", "-1"))))
            .isInstanceOf(ConfigException.class).hasMessageContaining("marketdata.polygon.plan.calls.per.minute");
        assertThatThrownBy(() -> MarketDataSettings.from(Config.of(Map.of("marketdata.polygon.rest.url", "ftp://x"))))
            .isInstanceOf(ConfigException.class).hasMessageContaining("marketdata.polygon.rest.url");
        assertThatThrownBy(() -> MarketDataSettings.from(Config.of(Map.of("marketdata.polygon.ws.channels", "AM,LULD"))))
            .isInstanceOf(ConfigException.class).hasMessageContaining("LULD");
    }
}
