package com.baolink.audit;

import static com.baolink.audit.AuditSubjectType.CALLBACK;
import static com.baolink.audit.AuditSubjectType.EXPORT;
import static com.baolink.audit.AuditSubjectType.MEMBER;
import static com.baolink.audit.AuditSubjectType.ORDER;
import static com.baolink.audit.AuditSubjectType.PRODUCT;
import static com.baolink.audit.AuditSubjectType.STAFF_USER;
import static com.baolink.audit.AuditSubjectType.TASK;

/**
 * Every staff action the audit log knows; the name is the code stored in {@code audit_event.action},
 * {@code audit.action.<NAME>} its label. Codes are never renamed (old rows keep them).
 */
public enum AuditAction {

	MEMBER_CREATED(MEMBER), MEMBER_CHANGED(MEMBER), MEMBER_REGISTERED(MEMBER), MEMBER_DISABLED(MEMBER),
	MEMBER_ENABLED(MEMBER), MEMBER_UNLOCKED(MEMBER), MEMBER_PASSWORD_SET(MEMBER),

	CREDIT_APPROVED(ORDER), CREDIT_REJECTED(ORDER), CREDIT_RESENT(ORDER), CREDIT_LIMIT_CHANGED(MEMBER),

	CALLBACK_REPLAYED(CALLBACK),

	PRODUCT_CREATED(PRODUCT), PRODUCT_CHANGED(PRODUCT), PRODUCT_ENABLED(PRODUCT), PRODUCT_DISABLED(PRODUCT),
	PRODUCT_PICTURE_CHANGED(PRODUCT), PRODUCT_PICTURE_REMOVED(PRODUCT), PRODUCT_REFRESHED(PRODUCT),

	TASK_RUN_AGAIN(TASK),

	STAFF_CREATED(STAFF_USER), STAFF_CHANGED(STAFF_USER), STAFF_ROLE_CHANGED(STAFF_USER), STAFF_DISABLED(STAFF_USER),
	STAFF_ENABLED(STAFF_USER), STAFF_PASSWORD_RESET(STAFF_USER),

	/** An export (CSV) was downloaded; subject id: what was exported, e.g. {@code orders}, after: the filters. */
	EXPORT_MADE(EXPORT);

	private final AuditSubjectType subjectType;

	AuditAction(AuditSubjectType subjectType) {
		this.subjectType = subjectType;
	}

	public AuditSubjectType subjectType() {
		return this.subjectType;
	}

	public String messageKey() {
		return "audit.action." + name();
	}

}
