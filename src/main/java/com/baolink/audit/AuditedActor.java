package com.baolink.audit;

/**
 * A logged-in principal the audit log can name: implemented by the portal's user (member module),
 * so this module needs no dependency on it.
 */
public interface AuditedActor {

	String getUsername();

	String displayName();

	/** The account's role code (ADMIN, FINANCE, SUPPORT, MEMBER). */
	String roleCode();

}
