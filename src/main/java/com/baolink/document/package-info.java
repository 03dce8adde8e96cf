/**
 * Policies, certificates and invoices: fetched from the partner through a guarded fetcher,
 * stored in the database, served through the download proxy and as one ZIP; the prefetch job.
 * Offers {@link com.baolink.document.DocumentService} and {@link com.baolink.document.DocumentKind}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package com.baolink.document;
