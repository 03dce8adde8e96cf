package com.baolink.member;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import com.baolink.member.Member.Role;

/**
 * The staff-user form: a username (the login, only when creating; it never changes), the name shown
 * in the portal and the audit log, and the staff role.
 */
public class StaffFormData {

	static final int USERNAME_MIN = 3;

	static final int USERNAME_MAX = 32;

	static final int MAX_NAME = 50;

	/** Lower-case letters, digits, dot, dash and underscore, starting with a letter: never a mobile number (members' logins). */
	private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]*");

	private String username;

	private String displayName;

	private String role;

	static StaffFormData of(Member staff) {
		StaffFormData form = new StaffFormData();
		form.username = staff.login();
		form.displayName = staff.displayName();
		form.role = staff.role().name();
		return form;
	}

	void validate(Errors errors, boolean creating) {
		if (creating) {
			if (this.username == null || this.username.isBlank()) {
				errors.rejectValue("username", "staff.error.required");
			}
			else if (this.username.length() < USERNAME_MIN || this.username.length() > USERNAME_MAX) {
				errors.rejectValue("username", "staff.error.usernameLength",
						new Object[] { USERNAME_MIN, USERNAME_MAX }, null);
			}
			else if (!USERNAME.matcher(this.username).matches()) {
				errors.rejectValue("username", "staff.error.usernamePattern");
			}
		}
		if (this.displayName == null || this.displayName.isBlank()) {
			errors.rejectValue("displayName", "staff.error.required");
		}
		else if (this.displayName.length() > MAX_NAME) {
			errors.rejectValue("displayName", "staff.error.tooLong", new Object[] { MAX_NAME }, null);
		}
		if (staffRole() == null) {
			errors.rejectValue("role", "staff.error.role");
		}
	}

	/** The chosen role when it is a staff role, else null. */
	Role staffRole() {
		if (this.role == null) {
			return null;
		}
		try {
			Role parsed = Role.valueOf(this.role.strip().toUpperCase(Locale.ROOT));
			return parsed.isStaff() ? parsed : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

}
