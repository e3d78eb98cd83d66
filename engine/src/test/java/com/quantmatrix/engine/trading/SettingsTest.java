package com.quantmatrix.engine.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quantmatrix.engine.broker.PaperBrokerSettings;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.exit.ExitSettings;
import com.quantmatrix.engine.oms.RoutingSettings;
import com.quantmatrix.engine.portfolio.PortfolioSettings;
import com.quantmatrix.engine.risk.RiskSettings;
import com.quantmatrix.engine.risk.SectorMap;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** config/risk.properties holds every key the settings read, with the values the code defaults to. */
class SettingsTest
{
    private static final Path FILE = ProjectPaths.config().resolve("risk.properties");

    private static Object[] all(final Config c)
    {
        return new Object[] {RiskSettings.from(c), ExitSettings.from(c), RoutingSettings.from(c), PaperBrokerSettings.from(c), PortfolioSettings.from(c)};
    }

    @Test
    void theFileNamesEveryKeyAndRepeatsTheDefaults() throws Exception
    {
        final Config file = Config.load(null, FILE, null);
        final Object[] fromFile = all(file);
        assertThat(file.unknownKeys()).as("keys no settings class reads").isEmpty();
        final Object[] defaults = all(Config.empty());
        for (int i = 0; i < defaults.length; i++)
        {
            for (final Field f : defaults[i].getClass().getFields())
            {
                if (Modifier.isStatic(f.getModifiers()))
                {
                    continue;
                }
                final Object a = f.get(defaults[i]);
                final Object b = f.get(fromFile[i]);
                if (a instanceof double[])
                {
                    assertThat((double[])b).as(f.getName()).containsExactly((double[])a, org.assertj.core.data.Offset.offset(1e-9));
                }
                else
                {
                    assertThat(b).as(f.getName()).isEqualTo(a);
                }
            }
        }
    }

    @Test
    void badValuesAreRefusedWithTheKey()
    {
        assertThatThrownBy(() -> RiskSettings.from(Config.empty().with("risk.per.trade.pct", "1.5"))).isInstanceOf(ConfigException.class)
            .hasMessageContaining("risk.per.trade.pct");
        assertThatThrownBy(() -> ExitSettings.from(Config.empty().with("exit.target.levels", "0.5,0.25,0.75"))).hasMessageContaining("increase");
        assertThatThrownBy(() -> ExitSettings.from(Config.empty().with("exit.target.fractions", "0.5,0.5"))).hasMessageContaining("same length");
        assertThatThrownBy(() -> ExitSettings.from(Config.empty().with("exit.stop.mode", "trailing"))).hasMessageContaining("exit.stop.mode");
        assertThatThrownBy(() -> RoutingSettings.from(Config.empty().with("oms.limit.spread.fraction", "0.7"))).hasMessageContaining("oms.limit.spread.fraction");
        assertThatThrownBy(() -> new Desk(Config.empty().with("risk.sector.file", "no/such.csv"))).hasMessageContaining("risk.sector.file");
    }

    @Test
    void exitScaleOutQuantities()
    {
        final ExitSettings s = ExitSettings.defaults();
        // a third, two thirds (cumulative), the rest
        assertThat(new long[] {s.cumulativeTargetQty(0, 10), s.cumulativeTargetQty(1, 10), s.cumulativeTargetQty(2, 10)}).containsExactly(3, 6, 10);
        assertThat(new long[] {s.cumulativeTargetQty(0, 3), s.cumulativeTargetQty(1, 3), s.cumulativeTargetQty(2, 3)}).containsExactly(1, 2, 3);
        assertThat(new long[] {s.cumulativeTargetQty(0, 1), s.cumulativeTargetQty(1, 1), s.cumulativeTargetQty(2, 1)}).containsExactly(0, 0, 1);
        assertThat(Arrays.toString(s.targetLevels)).isEqualTo("[0.25, 0.5, 0.75]");
    }

    @Test
    void bundledSectorMap()
    {
        final SectorMap m = SectorMap.load(ProjectPaths.data().resolve("reference/sp500-sectors-2018-04-02.csv"), null);
        assertThat(m.symbolCount()).isEqualTo(505);
        assertThat(m.sectorCount()).isEqualTo(11);
        assertThat(m.sectorName(m.sectorOf("AAPL"))).isEqualTo("Information Technology");
        assertThat(m.sectorName(m.sectorOf("XOM"))).isEqualTo("Energy");
        assertThat(m.sectorName(m.sectorOf("brk-b"))).isEqualTo("Financials");
        assertThat(m.sectorName(m.sectorOf("AIG"))).isEqualTo("Financials");
        assertThat(m.sectorOf("SPY")).isEqualTo(SectorMap.UNKNOWN);
    }
}
