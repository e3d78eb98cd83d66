package com.quantmatrix.engine.trading;

import com.quantmatrix.engine.broker.ExecutionVenue;
import com.quantmatrix.engine.broker.FeeSchedule;
import com.quantmatrix.engine.broker.PaperBroker;
import com.quantmatrix.engine.broker.PaperBrokerSettings;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.exit.ExitSettings;
import com.quantmatrix.engine.exit.ExitStage;
import com.quantmatrix.engine.exit.StopRule;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.market.MarketView;
import com.quantmatrix.engine.oms.LimitPricer;
import com.quantmatrix.engine.oms.OrderManager;
import com.quantmatrix.engine.oms.RoutingSettings;
import com.quantmatrix.engine.oms.RoutingStage;
import com.quantmatrix.engine.pipeline.Stage;
import com.quantmatrix.engine.portfolio.FillTape;
import com.quantmatrix.engine.portfolio.Portfolio;
import com.quantmatrix.engine.portfolio.PortfolioSettings;
import com.quantmatrix.engine.portfolio.PositionStage;
import com.quantmatrix.engine.risk.PreTradeRisk;
import com.quantmatrix.engine.risk.RiskSettings;
import com.quantmatrix.engine.risk.RiskStage;
import com.quantmatrix.engine.risk.SectorMap;
import com.quantmatrix.engine.stats.ReasonCounters;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the four trading stages (exits -> risk -> routing -> positions) and the objects they share,
 * in one place:
 * <pre>
 *   Portfolio      written by PositionStage; read by ExitStage, RiskStage (PreTradeRisk), PaperBroker
 *   OrderManager   written by RoutingStage; read by ExitStage (working exits) and RiskStage (working entries)
 *   FillTape       OrderManager (routing) -> PositionStage: the fills of each event
 *   LimitPricer    used by ExitStage, RiskStage and OrderManager (re-pricing)
 *   TradingSwitch  set by the admin port directly and by RiskStage from ADMIN events; read by all four
 *   PaperBroker    the venue (or a remote ExecutionVenue); reports to the OrderManager
 * </pre>
 */
public final class TradingStages
{
    public final RiskSettings riskSettings;
    public final ExitSettings exitSettings;
    public final RoutingSettings routingSettings;
    public final PaperBrokerSettings paperSettings;
    public final PortfolioSettings portfolioSettings;

    public final TradingSwitch tradingSwitch;
    public final Portfolio portfolio;
    public final FillTape fillTape;
    public final LimitPricer pricer;
    public final OrderManager orders;
    /** The in-process venue, or null when orders go to a remote one. */
    public final PaperBroker paperBroker;
    public final ExecutionVenue venue;
    public final FeeSchedule fees;
    public final SectorMap sectors;
    public final PreTradeRisk preTradeRisk;

    public final ExitStage exitStage;
    public final RiskStage riskStage;
    public final RoutingStage routingStage;
    public final PositionStage positionStage;

    private TradingStages(
        final Config config,
        final Instruments instruments,
        final MarketView market,
        final SymbolTable symbols,
        final ReasonCounters counters,
        final TradingSwitch tradingSwitch,
        final ExecutionVenue remoteVenue)
    {
        riskSettings = RiskSettings.from(config);
        exitSettings = ExitSettings.from(config);
        routingSettings = RoutingSettings.from(config);
        paperSettings = PaperBrokerSettings.from(config);
        portfolioSettings = PortfolioSettings.from(config);
        this.tradingSwitch = tradingSwitch;
        portfolio = new Portfolio(portfolioSettings, instruments, market);
        fillTape = new FillTape(portfolioSettings.fillTapeCapacity);
        pricer = new LimitPricer(instruments, routingSettings, riskSettings.entryCollarPct, riskSettings.exitCollarPct);
        orders = new OrderManager(routingSettings, instruments, pricer, fillTape, counters);
        fees = new FeeSchedule(paperSettings);
        if (remoteVenue == null)
        {
            paperBroker = new PaperBroker(paperSettings, instruments, portfolio);
            paperBroker.setReportListener(orders);
            venue = paperBroker;
        }
        else
        {
            paperBroker = null;
            venue = remoteVenue;
        }
        sectors = loadSectors(riskSettings.sectorFile, symbols);
        final StopRule stop = new StopRule(exitSettings, instruments, market);
        preTradeRisk = new PreTradeRisk(riskSettings, portfolio, orders, instruments, market, symbols, stop, fees, pricer, tradingSwitch, sectors);
        exitStage = new ExitStage(exitSettings, portfolio, orders, instruments, market, pricer, tradingSwitch, counters);
        riskStage = new RiskStage(preTradeRisk, market, counters);
        routingStage = new RoutingStage(orders, venue, tradingSwitch);
        positionStage = new PositionStage(portfolio, fillTape, instruments);
    }

    /** Paper trading: the in-process {@link PaperBroker} is the venue. */
    public static TradingStages paper(
        final Config config,
        final Instruments instruments,
        final MarketView market,
        final SymbolTable symbols,
        final ReasonCounters counters,
        final TradingSwitch tradingSwitch)
    {
        return new TradingStages(config, instruments, market, symbols, counters, tradingSwitch, null);
    }

    /** A remote venue (its reports come back as BROKER_REPORT events); the venue's listener is not used. */
    public static TradingStages withVenue(
        final Config config,
        final Instruments instruments,
        final MarketView market,
        final SymbolTable symbols,
        final ReasonCounters counters,
        final TradingSwitch tradingSwitch,
        final ExecutionVenue venue)
    {
        return new TradingStages(config, instruments, market, symbols, counters, tradingSwitch, venue);
    }

    /** The stages in pipeline order (after the lead's market state, signal and option selection). */
    public Stage[] stages()
    {
        return new Stage[] {exitStage, riskStage, routingStage, positionStage};
    }

    /** The sector map of a Symbol,Name,Sector file (relative to the project home); none when blank. */
    public static SectorMap loadSectors(final String file, final SymbolTable symbols)
    {
        if (file == null || file.isBlank())
        {
            return SectorMap.none(symbols);
        }
        Path p = Path.of(file);
        if (!p.isAbsolute())
        {
            p = ProjectPaths.home().resolve(p);
        }
        if (!Files.isRegularFile(p))
        {
            throw new ConfigException("risk.sector.file not found: " + p);
        }
        return SectorMap.load(p, symbols);
    }
}
