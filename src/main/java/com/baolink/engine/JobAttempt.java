package com.baolink.engine;

import java.time.Instant;

/**
 * What the engine knows about an execution when it runs: how many attempts failed in a row before
 * this one, and when the work was first scheduled (the give-up age counts from there).
 */
public record JobAttempt(int failuresSoFar, Instant firstScheduledAt) {
}
