/**
 * Validation of the buy form (holder and insured persons against the product's limits, identity
 * documents, names), shared with the share-link customer forms.
 */
@org.springframework.modulith.NamedInterface("validation")
package com.baolink.order.validation;
