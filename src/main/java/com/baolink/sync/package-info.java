/**
 * Reconciliation of pending orders (the scheduled pull when no callback came), the outbox of
 * owed partner calls (payment notices, invoice applications) with its events. Offers
 * {@link com.baolink.sync.Outbox}, {@link com.baolink.sync.OutboxKind},
 * {@link com.baolink.sync.OutboxEvents}, {@link com.baolink.sync.OrderPulls}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner sync")
package com.baolink.sync;
