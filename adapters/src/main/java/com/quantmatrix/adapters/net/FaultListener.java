package com.quantmatrix.adapters.net;

/**
 * Told about every fault a network client meets. {@code detail} is already redacted.
 * Called on the client's I/O or caller thread: keep it short and never block.
 */
@FunctionalInterface
public interface FaultListener
{
    void onFault(FaultKind kind, String detail, boolean willRetry);
}
