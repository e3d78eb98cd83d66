package com.quantmatrix.adapters.broker;

/** What the engine does when broker and journal disagree at start-up or on demand. */
public enum ReconcilePolicy
{
    /** Start reduce-only (the default): exits still work, nothing new opens until a person looks. */
    REDUCE_ONLY,
    /** Halt: no order at all. */
    HALT,
    /** Only report the differences and trade on. */
    WARN
}
