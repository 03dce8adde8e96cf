package com.baolink.sandbox.aigoubao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Rows of the sandbox's own tables. */
final class SbxRecords {

	private SbxRecords() {
	}

	record SbxMember(long memberId, String mobile, String company) {
	}

	record SbxPlan(String planCode, String productCode, String planName, BigDecimal dailyPrice) {
	}

	record SbxProduct(String productCode, String productName, String companyName, String logoColor, String spelling,
			String benefitType, int isInvoice, List<SbxPlan> plans) {

		boolean exampleSpelling() {
			return "EXAMPLE".equals(this.spelling);
		}

		SbxPlan plan(String planCode) {
			return this.plans.stream().filter(plan -> plan.planCode().equals(planCode)).findFirst().orElse(null);
		}

	}

	record SbxOrder(long id, String tempOrderCode, String orderCode, long memberId, String mobile, String outSerialNo,
			int payType, String productCode, String planCode, LocalDate startDate, LocalDate endDate,
			String deliverNotifyUrl, String returnNotifyUrl, String refundNotifyUrl, String returnPage, String status,
			BigDecimal totalAmt, String holderName, String holderCardType, String holderCardNo, String holderMobile,
			String holderEmail, int invoiceStatus, Integer invoiceType, String invoiceTitle, String taxpayerNo,
			LocalDateTime invoiceReadyAt, LocalDateTime createdAt) {

		boolean credit() {
			return this.payType == 1;
		}

	}

	record SbxInsured(long id, long orderId, int seq, String name, String cardType, String cardNo, LocalDate birthday,
			String gender, String mobile, String relation, BigDecimal fee, String policyCode, String policyStatus) {
	}

}
