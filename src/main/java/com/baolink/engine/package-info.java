/**
 * The background engine: every deferred, retried or recurring job of the portal runs as a
 * db-scheduler task on the portal's own database, cluster-safe (each execution is picked by one
 * node) and durable (an execution survives any crash and is revived by the next node).
 * <p>
 * Offers: {@link com.baolink.engine.Jobs} (schedule work, in the caller's transaction),
 * {@link com.baolink.engine.JobHandler} and {@link com.baolink.engine.RecurringJob} (what a module
 * implements to have its work run), {@link com.baolink.engine.JobOutcome}, and the ops view
 * {@link com.baolink.engine.EngineOverview} with given-up executions that staff can run again.
 * Each kind of task has one typed {@link com.baolink.engine.RetryPolicy} in configuration
 * ({@code baolink.engine.retry.<task>.*}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engine")
package com.baolink.engine;
