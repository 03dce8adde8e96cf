package com.baolink.audit;

/** What an audited action was done to; {@code audit.subject.<NAME>} is its label. */
public enum AuditSubjectType {

	MEMBER, STAFF_USER, ORDER, CALLBACK, PRODUCT, TASK, EXPORT;

	public String messageKey() {
		return "audit.subject." + name();
	}

}
