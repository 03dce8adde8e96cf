/**
 * The audit log of staff actions (issue 10): who (login, name, role), what ({@link com.baolink.audit.AuditAction}),
 * when, from which address, on which subject, and the before/after of what changed.
 * <p>
 * Offers {@link com.baolink.audit.AuditTrail#record} to every module whose staff screens change
 * something; it joins the caller's transaction, so an action and its audit row commit together.
 * The log is append-only: nothing in the portal updates or deletes {@code audit_event}, and
 * {@code /admin/audit} only reads it.
 */
package com.baolink.audit;
