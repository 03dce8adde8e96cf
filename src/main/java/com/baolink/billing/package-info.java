/**
 * Credit-account orders (flow 9: staff approve or reject, the payment notice owed to the partner
 * goes out through the outbox) and invoices (flow 7: request, application, polling the links).
 * Offers {@link com.baolink.billing.CreditDecisionView} and {@link com.baolink.billing.InvoiceSection}
 * to the order page's templates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing")
package com.baolink.billing;
