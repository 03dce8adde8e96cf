package com.baolink.member;

import org.springframework.validation.Errors;

/** The change-password form: current password, the new one and its repetition (never trimmed, never shown again). */
public class PasswordChangeFormData {

	private String current;

	private String password;

	private String repeat;

	void validate(Errors errors, Member member, OwnPasswordChange change) {
		if (this.current == null || this.current.isEmpty() || !change.matches(member, this.current)) {
			errors.rejectValue("current", "security.password.currentWrong");
		}
		MemberPasswordRule.problem(this.password, member.login(), member.mobile())
			.ifPresent(problem -> errors.rejectValue("password", problem.messageKey(),
					new Object[] { MemberPasswordRule.MIN }, null));
		if (!errors.hasFieldErrors("password") && this.password.equals(this.current)) {
			errors.rejectValue("password", "security.password.sameAsCurrent");
		}
		if (!errors.hasFieldErrors("password") && !this.password.equals(this.repeat)) {
			errors.rejectValue("repeat", "security.password.repeatDiffers");
		}
	}

	/** Passwords are never sent back to the browser. */
	void clear() {
		this.current = null;
		this.password = null;
		this.repeat = null;
	}

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(String current) {
		this.current = current;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getRepeat() {
		return this.repeat;
	}

	public void setRepeat(String repeat) {
		this.repeat = repeat;
	}

}
