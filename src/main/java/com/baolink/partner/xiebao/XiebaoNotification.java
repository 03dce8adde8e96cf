package com.baolink.partner.xiebao;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A verified Xiebao notification (document 002), one record per {@code notifyType}. Field names
 * follow the document ({@code partnerUniqueKey} here, unlike {@code partnerUniqKey} on links).
 * Notifications of one application arrive in no guaranteed order and may repeat: consumers must be
 * idempotent, keyed on {@link #insureNum()} and {@link #notifyType()}.
 */
public sealed interface XiebaoNotification {

	int notifyType();

	String partnerId();

	/** The application number (投保单号); may be null only for {@link Unknown}. */
	String insureNum();

	/**
	 * The notifications about one application of a product (1, 2, 3, 4/5, 9): each names its
	 * {@code caseCode} and says whether the step succeeded ({@code state}, else {@code failMsg}).
	 */
	sealed interface ApplicationStep extends XiebaoNotification {

		String caseCode();

		boolean state();

		String failMsg();

	}

	/** 1 投保通知: the application was accepted and passed underwriting. */
	record Insure(String partnerId, String partnerUniqueKey, String caseCode, String insureNum, boolean state,
			String failMsg, Map<String, Object> otherInfo) implements ApplicationStep {

		public static final int TYPE = 1;

		@Override
		public int notifyType() {
			return TYPE;
		}

	}

	/** 2 支付通知: {@code price} converted from fen to yuan; {@code payTime} read as China time. */
	record Pay(String partnerId, String partnerUniqueKey, String caseCode, String insureNum, boolean state,
			Instant payTime, BigDecimal price, PaymentGateway paymentGateway, String onlinePaymentId, String failMsg,
			Map<String, Object> otherInfo) implements ApplicationStep {

		public static final int TYPE = 2;

		@Override
		public int notifyType() {
			return TYPE;
		}

	}

	/** 3 出单通知: the insurer issued; one entry per policy. */
	record Issue(String partnerId, String partnerUniqueKey, String caseCode, String insureNum, boolean state,
			List<Policy> policies, String failMsg, Map<String, Object> otherInfo) implements ApplicationStep {

		public static final int TYPE = 3;

		@Override
		public int notifyType() {
			return TYPE;
		}

	}

	/** One {@code policys[]} entry; {@code insurant} ("张三,李四") split into names. */
	record Policy(String productName, String productId, String planName, String planId, String applicant,
			List<String> insurants, LocalDate startDate, LocalDate endDate, String policyNum) {
	}

	/**
	 * 4 退保通知 / 5 退保重出通知 (surrender and re-issue, with {@code newInsureNum}).
	 * {@code cancelInsurants} is empty when the whole application was surrendered.
	 */
	record Surrender(int notifyType, String partnerId, String partnerUniqueKey, String caseCode, String insureNum,
			boolean state, String newInsureNum, List<String> cancelInsurants, String cancelMsg, String failMsg,
			Map<String, Object> otherInfo) implements ApplicationStep {

		public static final int TYPE = 4;

		public static final int REISSUE_TYPE = 5;

		public boolean reissued() {
			return this.notifyType == REISSUE_TYPE;
		}

	}

	/** 9 电子保单生成通知: the e-policy exists (reachable through the policy detail link). */
	record EPolicy(String partnerId, String partnerUniqueKey, String caseCode, String insureNum, boolean state,
			String failMsg, Map<String, Object> otherInfo) implements ApplicationStep {

		public static final int TYPE = 9;

		@Override
		public int notifyType() {
			return TYPE;
		}

	}

	/** 26 批改单通知 (endorsement); {@code insureNum} is an int in the document, kept as text. */
	record Endorsement(String partnerId, String partnerUniqueKey, String insureNum, boolean state, String msg,
			String remark, EndorsementStatus status) implements XiebaoNotification {

		public static final int TYPE = 26;

		@Override
		public int notifyType() {
			return TYPE;
		}

	}

	/** 27 异常单通知: issuance failed abnormally. */
	record Abnormal(String partnerId, String insureNum, String failMsg) implements XiebaoNotification {

		public static final int TYPE = 27;

		@Override
		public int notifyType() {
			return TYPE;
		}

	}

	/**
	 * A type this adapter does not know. It must still be acknowledged (the document: otherwise
	 * Xiebao keeps pushing) and is recorded as received.
	 */
	record Unknown(int notifyType, String partnerId, String insureNum, String data) implements XiebaoNotification {
	}

	/** {@code onlinePaymentId} of a payment. */
	enum PaymentGateway {

		ALIPAY("1"), UNIONPAY("3"), TENPAY("14"), WECHAT("21"), BANK_DEBIT("-11"), OTHER("");

		private final String id;

		PaymentGateway(String id) {
			this.id = id;
		}

		public static PaymentGateway of(String onlinePaymentId) {
			for (PaymentGateway gateway : values()) {
				if (gateway != OTHER && gateway.id.equals(onlinePaymentId)) {
					return gateway;
				}
			}
			return OTHER;
		}

	}

	/** {@code status} of an endorsement (1 approved … 5 failed); UNKNOWN for any other value. */
	enum EndorsementStatus {

		APPROVED(1), REJECTED(2), IN_PROGRESS(3), SUCCEEDED(4), FAILED(5), UNKNOWN(0);

		private final int code;

		EndorsementStatus(int code) {
			this.code = code;
		}

		public int code() {
			return this.code;
		}

		public static EndorsementStatus of(int code) {
			for (EndorsementStatus status : values()) {
				if (status != UNKNOWN && status.code == code) {
					return status;
				}
			}
			return UNKNOWN;
		}

	}

}
