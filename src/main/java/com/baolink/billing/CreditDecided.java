package com.baolink.billing;

import java.math.BigDecimal;

/**
 * Staff decided a credit-account order (published once per decision, inside its transaction, for
 * the audit log). For an approval {@code creditLimit} (null: none set, counts as 0) and
 * {@code creditUsed} are what the approver saw before this order; {@code overLimit} with its
 * {@code overrideReason} when the approval went beyond the limit. {@code rejectReason} for a
 * rejection.
 */
public record CreditDecided(long orderId, long memberId, CreditDecision decision, String staffLogin, BigDecimal amount,
		BigDecimal creditLimit, BigDecimal creditUsed, boolean overLimit, String overrideReason, String rejectReason) {
}
