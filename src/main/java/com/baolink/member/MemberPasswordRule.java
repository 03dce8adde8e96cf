package com.baolink.member;

/** A password staff may give a member: 10–128 characters with at least one letter and one digit. */
final class MemberPasswordRule {

	static final int MIN = 10;

	static final int MAX = 128;

	private MemberPasswordRule() {
	}

	static boolean isAcceptable(String password) {
		if (password == null || password.length() < MIN || password.length() > MAX) {
			return false;
		}
		boolean letter = password.codePoints().anyMatch(Character::isLetter);
		boolean digit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
		return letter && digit;
	}

}
