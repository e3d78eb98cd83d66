package com.quantmatrix.adapters.admin;

/** What the admin port can ask of a running engine. Each answer is one line of JSON. */
public interface AdminHandler
{
    String status();

    /** Emergency stop: no new order from now on, working orders cancelled; flatten closes positions. */
    String halt(boolean flatten);

    String resume();

    String reduceOnly();

    /** Per-stage latency percentiles. */
    String stats();
}
