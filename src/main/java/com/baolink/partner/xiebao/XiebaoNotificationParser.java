package com.baolink.partner.xiebao;

import java.util.ArrayList;
import java.util.List;

import com.baolink.partner.xiebao.XiebaoNotification.Abnormal;
import com.baolink.partner.xiebao.XiebaoNotification.EPolicy;
import com.baolink.partner.xiebao.XiebaoNotification.Endorsement;
import com.baolink.partner.xiebao.XiebaoNotification.EndorsementStatus;
import com.baolink.partner.xiebao.XiebaoNotification.Insure;
import com.baolink.partner.xiebao.XiebaoNotification.Issue;
import com.baolink.partner.xiebao.XiebaoNotification.Pay;
import com.baolink.partner.xiebao.XiebaoNotification.PaymentGateway;
import com.baolink.partner.xiebao.XiebaoNotification.Policy;
import com.baolink.partner.xiebao.XiebaoNotification.Surrender;
import com.baolink.partner.xiebao.XiebaoNotification.Unknown;

/** {@code notifyType} + {@code data} object → the typed record of document 002. */
final class XiebaoNotificationParser {

	private XiebaoNotificationParser() {
	}

	static XiebaoNotification parse(int notifyType, NotificationData data, String rawData)
			throws MalformedNotificationException {
		return switch (notifyType) {
			case Insure.TYPE -> new Insure(data.requiredText("partnerId"), data.text("partnerUniqueKey"),
					data.text("caseCode"), data.requiredText("insureNum"), data.requiredBoolean("state"),
					data.text("failMsg"), data.otherInfo());
			case Pay.TYPE -> pay(data);
			case Issue.TYPE -> new Issue(data.requiredText("partnerId"), data.text("partnerUniqueKey"),
					data.text("caseCode"), data.requiredText("insureNum"), data.requiredBoolean("state"), policies(data),
					data.text("failMsg"), data.otherInfo());
			case Surrender.TYPE, Surrender.REISSUE_TYPE -> surrender(notifyType, data);
			case EPolicy.TYPE -> new EPolicy(data.requiredText("partnerId"), data.text("partnerUniqueKey"),
					data.text("caseCode"), data.requiredText("insureNum"), data.requiredBoolean("state"),
					data.text("failMsg"), data.otherInfo());
			case Endorsement.TYPE -> endorsement(data);
			case Abnormal.TYPE -> new Abnormal(data.requiredText("partnerId"), data.requiredText("insureNum"),
					data.text("failMsg"));
			default -> new Unknown(notifyType, data.text("partnerId"), data.text("insureNum"), rawData);
		};
	}

	private static Pay pay(NotificationData data) throws MalformedNotificationException {
		String onlinePaymentId = data.text("onlinePaymentId");
		return new Pay(data.requiredText("partnerId"), data.text("partnerUniqueKey"), data.text("caseCode"),
				data.requiredText("insureNum"), data.requiredBoolean("state"), data.chinaTime("payTime"),
				data.fenAsYuan("price"), PaymentGateway.of(onlinePaymentId == null ? null : onlinePaymentId.trim()),
				onlinePaymentId, data.text("failMsg"), data.otherInfo());
	}

	private static List<Policy> policies(NotificationData data) throws MalformedNotificationException {
		List<Policy> policies = new ArrayList<>();
		for (NotificationData policy : data.objectList("policys")) {
			policies.add(new Policy(policy.text("productName"), policy.text("productId"), policy.text("planName"),
					policy.text("planId"), policy.text("applicant"), policy.commaSeparated("insurant"),
					policy.date("startDate"), policy.date("endDate"), policy.text("policyNum")));
		}
		return List.copyOf(policies);
	}

	private static Surrender surrender(int notifyType, NotificationData data) throws MalformedNotificationException {
		String newInsureNum = data.text("newInsureNum");
		if (notifyType == Surrender.REISSUE_TYPE && (newInsureNum == null || newInsureNum.isBlank())) {
			throw new MalformedNotificationException("newInsureNum is missing on a re-issue");
		}
		return new Surrender(notifyType, data.requiredText("partnerId"), data.text("partnerUniqueKey"),
				data.text("caseCode"), data.requiredText("insureNum"), data.requiredBoolean("state"), newInsureNum,
				data.textList("cancelInsurants"), data.text("cancelMsg"), data.text("failMsg"), data.otherInfo());
	}

	private static Endorsement endorsement(NotificationData data) throws MalformedNotificationException {
		Integer status = data.integer("status");
		return new Endorsement(data.requiredText("partnerId"), data.text("partnerUniqueKey"),
				data.requiredText("insureNum"), data.requiredBoolean("state"), data.text("msg"), data.text("remark"),
				status == null ? EndorsementStatus.UNKNOWN : EndorsementStatus.of(status));
	}

}
