package com.baolink.inbox;

/** What a partner callback reports (for AiGouBao only ever a hint to pull the order). */
public enum CallbackKind {

	/** Insure / issuing result. */
	DELIVER,
	/** Surrender result. */
	SURRENDER,
	/** Refund result. */
	REFUND,
	/** Xiebao notifications by notifyType (applied directly: a signed Xiebao notification is authoritative). */
	XB_INSURE, XB_PAY, XB_ISSUE, XB_SURRENDER, XB_REISSUE, XB_EPOLICY, XB_ENDORSEMENT, XB_ABNORMAL, XB_UNKNOWN;

	/** The kind of a Xiebao notification of {@code notifyType}. */
	public static CallbackKind ofXiebao(int notifyType) {
		return switch (notifyType) {
			case 1 -> XB_INSURE;
			case 2 -> XB_PAY;
			case 3 -> XB_ISSUE;
			case 4 -> XB_SURRENDER;
			case 5 -> XB_REISSUE;
			case 9 -> XB_EPOLICY;
			case 26 -> XB_ENDORSEMENT;
			case 27 -> XB_ABNORMAL;
			default -> XB_UNKNOWN;
		};
	}

}
