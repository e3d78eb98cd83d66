package com.quantmatrix.adapters.broker;

/** One position as the engine's journal has it: OCC symbol and signed quantity in contracts (or shares). */
public record EnginePosition(String symbol, long quantity)
{
}
