package com.baolink.sandbox.aigoubao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Rows of the sandbox's own tables. */
public final class SbxRecords {

	private SbxRecords() {
	}

	public record SbxMember(long memberId, String mobile, String company) {
	}

	public record SbxPlan(String planCode, String productCode, String planName, BigDecimal dailyPrice) {
	}

	public record SbxProduct(String productCode, String productName, String companyName, String logoColor, String spelling,
			String benefitType, int isInvoice, List<SbxPlan> plans) {

		public boolean exampleSpelling() {
			return "EXAMPLE".equals(this.spelling);
		}

		public SbxPlan plan(String planCode) {
			return this.plans.stream().filter(plan -> plan.planCode().equals(planCode)).findFirst().orElse(null);
		}

	}

	public record SbxOrder(long id, String tempOrderCode, String orderCode, long memberId, String mobile, String outSerialNo,
			int payType, String productCode, String planCode, LocalDate startDate, LocalDate endDate,
			String deliverNotifyUrl, String returnNotifyUrl, String refundNotifyUrl, String returnPage, String status,
			BigDecimal totalAmt, String holderName, String holderCardType, String holderCardNo, String holderMobile,
			String holderEmail, int invoiceStatus, Integer invoiceType, String invoiceTitle, String taxpayerNo,
			LocalDateTime invoiceReadyAt, LocalDateTime createdAt) {

		public boolean credit() {
			return this.payType == 1;
		}

	}

	public record SbxInsured(long id, long orderId, int seq, String name, String cardType, String cardNo, LocalDate birthday,
			String gender, String mobile, String relation, BigDecimal fee, String policyCode, String policyStatus) {
	}

}
