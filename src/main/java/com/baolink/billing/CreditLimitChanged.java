package com.baolink.billing;

import java.math.BigDecimal;

/** Staff changed a member's credit limit (null: none set); published for the audit log. */
public record CreditLimitChanged(long memberId, BigDecimal before, BigDecimal after, String staffLogin) {
}
