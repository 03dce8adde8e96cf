package com.baolink.member;

import java.util.LinkedHashMap;
import java.util.Map;

import com.baolink.infrastructure.crypto.Masking;

/** The fields of an account the audit log keeps before and after a change: masked mobile, never the password hash. */
final class AccountAudit {

	private AccountAudit() {
	}

	static Map<String, Object> member(Member member) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("mobile", Masking.mobile(member.mobile()));
		fields.put("displayName", member.displayName());
		fields.put("company", member.company());
		fields.put("province", member.province());
		fields.put("city", member.city());
		fields.put("address", member.address());
		fields.put("creditAllowed", member.creditAllowed());
		fields.put("aigoubaoMemberId", member.aigoubaoMemberId());
		fields.put("enabled", member.enabled());
		return fields;
	}

	static Map<String, Object> staff(Member staff) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("login", staff.login());
		fields.put("displayName", staff.displayName());
		fields.put("role", staff.role().name());
		fields.put("enabled", staff.enabled());
		return fields;
	}

	/** A password change shows only that it happened and that it must be changed at the next login. */
	static Map<String, Object> passwordSet() {
		return Map.of("password", "set", "mustChangePassword", true);
	}

	static String summary(Member account) {
		return account.displayName() + " (" + (account.isStaff() ? account.login() : Masking.mobile(account.mobile()))
				+ ")";
	}

}
