/**
 * Interactive Brokers, read side: Flex Query statements (local XML files and the Flex Web Service)
 * with trades, open positions and their tax lots, cash transactions, corporate actions and the cash
 * report; {@link com.quantmatrix.adapters.ibkr.FlexSnapshot} turns a statement into a broker
 * snapshot, so the IBKR account joins risk, reporting and reconciliation as a separate account.
 *
 * <p>Live TWS / IB Gateway connectivity (orders, streaming positions) is not here: it needs IB's
 * TWS API jar ({@code TwsApi.jar}), which is not on Maven Central and whose licence forbids
 * redistribution. A user who wants it downloads the API from IB, installs the jar into the local
 * repository ({@code mvn install:install-file -Dfile=TwsApi.jar -DgroupId=com.interactivebrokers
 * -DartifactId=tws-api -Dversion=<version> -Dpackaging=jar}), and an adapter would connect an
 * {@code EClientSocket} to IBKR_HOST:IBKR_PORT (7497 TWS paper, 7496 live; 4002/4001 for IB Gateway)
 * with IBKR_CLIENT_ID, behind the engine's ExecutionVenue like the tastytrade adapter.
 */
package com.quantmatrix.adapters.ibkr;
