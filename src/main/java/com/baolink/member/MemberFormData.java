package com.baolink.member;

import org.springframework.validation.Errors;

import com.baolink.member.MainlandMobileValidator;
import com.baolink.partner.aigoubao.AigoubaoFieldLimits;

/**
 * The staff form of a channel member (register / edit). The mobile number is the login and cannot
 * change once the member exists; the initial password is only on the registration form. The display
 * name is the contact person sent to AiGouBao (7.1 {@code contact}).
 */
public class MemberFormData {

	static final int MAX_NAME = AigoubaoFieldLimits.TEXT;

	static final int MAX_COMPANY = AigoubaoFieldLimits.TEXT;

	static final int MAX_PLACE = AigoubaoFieldLimits.TEXT;

	static final int MAX_ADDRESS = AigoubaoFieldLimits.TEXT;

	private String mobile;

	private String displayName;

	private String company;

	private String province;

	private String city;

	private String address;

	private boolean creditAllowed;

	private String password;

	private boolean registerNow = true;

	static MemberFormData of(Member member) {
		MemberFormData form = new MemberFormData();
		form.mobile = member.mobile();
		form.displayName = member.displayName();
		form.company = member.company();
		form.province = member.province();
		form.city = member.city();
		form.address = member.address();
		form.creditAllowed = member.creditAllowed();
		form.registerNow = false;
		return form;
	}

	/** Field checks; {@code creating} adds the mobile (login) and initial password. */
	void validate(Errors errors, boolean creating) {
		if (creating && !MainlandMobileValidator.isValid(this.mobile)) {
			errors.rejectValue("mobile", "member.admin.error.mobile");
		}
		required(errors, "displayName", this.displayName, MAX_NAME);
		required(errors, "company", this.company, MAX_COMPANY);
		required(errors, "province", this.province, MAX_PLACE);
		required(errors, "city", this.city, MAX_PLACE);
		required(errors, "address", this.address, MAX_ADDRESS);
		if (creating) {
			MemberPasswordRule.problem(this.password, this.mobile, this.mobile)
				.ifPresent(problem -> errors.rejectValue("password", problem.messageKey(),
						new Object[] { MemberPasswordRule.MIN }, null));
		}
	}

	private static void required(Errors errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "member.admin.error.required");
		}
		else if (value.length() > max) {
			errors.rejectValue(field, "member.admin.error.tooLong", new Object[] { max }, null);
		}
	}

	public String getMobile() {
		return this.mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getCompany() {
		return this.company;
	}

	public void setCompany(String company) {
		this.company = company;
	}

	public String getProvince() {
		return this.province;
	}

	public void setProvince(String province) {
		this.province = province;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public boolean isCreditAllowed() {
		return this.creditAllowed;
	}

	public void setCreditAllowed(boolean creditAllowed) {
		this.creditAllowed = creditAllowed;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public boolean isRegisterNow() {
		return this.registerNow;
	}

	public void setRegisterNow(boolean registerNow) {
		this.registerNow = registerNow;
	}

}
