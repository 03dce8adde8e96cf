package com.baolink.partner.xiebao;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;

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
import com.baolink.partner.xiebao.XiebaoVerification.BadSignature;
import com.baolink.partner.xiebao.XiebaoVerification.Malformed;
import com.baolink.partner.xiebao.XiebaoVerification.NotConfigured;
import com.baolink.partner.xiebao.XiebaoVerification.Verified;
import com.baolink.partner.xiebao.XiebaoVerification.WrongPartner;

import static org.assertj.core.api.Assertions.assertThat;

class XiebaoNotificationVerifierTests {

	static final String KEY = "notify-Key";

	final XiebaoNotificationVerifier verifier = new XiebaoNotificationVerifier(
			new XiebaoProperties("https://testapi.xiebao18.com", "12345", "", "api", KEY));

	/** MD5(key + data) computed here independently of the production code. */
	static String md5(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	static String body(int type, String sign, String data) {
		return "{\n  \"notifyType\": " + type + ",\n  \"sign\": \"" + sign + "\",\n  \"data\": " + data + "\n}";
	}

	static String signed(int type, String data) throws Exception {
		return body(type, md5(KEY + data), data);
	}

	XiebaoNotification verified(String body) {
		XiebaoVerification result = this.verifier.verify(body);
		assertThat(result).isInstanceOf(Verified.class);
		return ((Verified) result).notification();
	}

	@Test
	void signatureOverTheExactNonCompactTextIsAccepted() throws Exception {
		String data = "{\n    \"state\" : true,\n    \"insureNum\" : \"20190226020146\",\n    \"partnerId\" : 12345,"
				+ "\n    \"partnerUniqueKey\" : \"101000\",  \"caseCode\":\"QX1\", \"failMsg\": \"a\\\"}b\",\n"
				+ "    \"otherInfo\" : {\"nested\": {\"list\": [1, \"}\"]}}\n  }";

		Insure insure = (Insure) verified(signed(1, data));

		assertThat(insure.insureNum()).isEqualTo("20190226020146");
		assertThat(insure.partnerId()).isEqualTo("12345");
		assertThat(insure.partnerUniqueKey()).isEqualTo("101000");
		assertThat(insure.state()).isTrue();
		assertThat(insure.failMsg()).isEqualTo("a\"}b");
		assertThat(insure.otherInfo()).containsKey("nested");
	}

	@Test
	void signatureOverTheCompactReserialisationIsAccepted() throws Exception {
		String sent = "{ \"partnerId\": 12345, \"insureNum\": \"N1\", \"state\": true, \"caseCode\": \"携保/境内\" }";
		String compact = "{\"partnerId\":12345,\"insureNum\":\"N1\",\"state\":true,\"caseCode\":\"携保/境内\"}";

		EPolicy policy = (EPolicy) verified(body(9, md5(KEY + compact), sent));

		assertThat(policy.caseCode()).isEqualTo("携保/境内");
	}

	@Test
	void upperCaseHexIsAccepted() throws Exception {
		String data = "{\"partnerId\":12345,\"insureNum\":\"N1\",\"state\":true}";

		assertThat(this.verifier.verify(body(9, md5(KEY + data).toUpperCase(Locale.ROOT), data)))
			.isInstanceOf(Verified.class);
	}

	@Test
	void tamperedDataIsRefused() throws Exception {
		String data = "{\"partnerId\":12345,\"insureNum\":\"N1\",\"state\":true,\"price\":1234}";
		String tampered = data.replace("1234", "1");

		assertThat(this.verifier.verify(body(2, md5(KEY + data), tampered))).isInstanceOf(BadSignature.class);
	}

	@Test
	void anotherKeyIsRefused() throws Exception {
		String data = "{\"partnerId\":12345,\"insureNum\":\"N1\",\"state\":true}";

		assertThat(this.verifier.verify(body(9, md5("other" + data), data))).isInstanceOf(BadSignature.class);
		assertThat(this.verifier.verify(body(9, "not-hex", data))).isInstanceOf(BadSignature.class);
	}

	@Test
	void anotherPartnerIsRefusedEvenWhenSigned() throws Exception {
		XiebaoVerification result = this.verifier
			.verify(signed(1, "{\"partnerId\":99999,\"insureNum\":\"N1\",\"state\":true}"));

		assertThat(result).isEqualTo(new WrongPartner("99999"));
		assertThat(this.verifier.verify(signed(1, "{\"insureNum\":\"N1\",\"state\":true}")))
			.isInstanceOf(WrongPartner.class);
	}

	@Test
	void malformedBodiesAreRefusedWithAReason() throws Exception {
		assertMalformed("{\"notifyType\":1,\"sign\":\"x\",\"data\":{\"partnerId\":1", "not valid JSON");
		assertMalformed("[1,2]", "not a JSON object");
		assertMalformed("", "empty");
		assertMalformed("{\"notifyType\":1,\"sign\":\"x\",\"data\":\"{}\"}", "data is not a JSON object");
		assertMalformed("{\"notifyType\":1,\"sign\":\"x\",\"data\":[]}", "data is not a JSON object");
		assertMalformed("{\"notifyType\":1,\"data\":{\"partnerId\":12345}}", "sign is missing");
		assertMalformed("{\"notifyType\":1,\"sign\":{\"a\":1},\"data\":{\"partnerId\":12345}}", "sign is missing");
		assertMalformed("{\"sign\":\"x\",\"data\":{\"partnerId\":12345}}", "notifyType");
		assertMalformed("{\"notifyType\":1,\"sign\":\"x\"}", "data is missing");
		assertMalformed("{\"notifyType\":1,\"sign\":\"x\",\"data\":{},\"data\":{}}", "not valid JSON");
		assertMalformed("{\"notifyType\":1,\"sign\":\"x\",\"data\":{}} {}", "content after");
		assertMalformed("{\"notifyType\":1,\"sign\":\"x\",\"data\":{\"a\":\"" + "x".repeat(70_000) + "\"}}", "64 KB");
	}

	@Test
	void aSignedNotificationWithoutItsRequiredFieldsIsMalformed() throws Exception {
		assertThat(this.verifier.verify(signed(1, "{\"partnerId\":12345,\"state\":true}")))
			.isEqualTo(new Malformed("insureNum is missing"));
		assertThat(this.verifier.verify(signed(2, "{\"partnerId\":12345,\"insureNum\":\"N1\"}")))
			.isEqualTo(new Malformed("state is missing or not a boolean"));
		assertThat(this.verifier.verify(signed(2, "{\"partnerId\":12345,\"insureNum\":\"N1\",\"state\":true,\"price\":12.5}")))
			.isEqualTo(new Malformed("price is not a whole number of fen"));
	}

	@Test
	void nothingVerifiesWhenTheChannelIsNotConfigured() throws Exception {
		XiebaoNotificationVerifier off = new XiebaoNotificationVerifier(new XiebaoProperties("", "", "", "", ""));

		assertThat(off.verify(signed(1, "{\"partnerId\":12345}"))).isInstanceOf(NotConfigured.class);
	}

	@Test
	void payNotification() throws Exception {
		Pay pay = (Pay) verified(signed(2, """
				{"partnerId":12345,"partnerUniqueKey":"101000","caseCode":"QX1","insureNum":"N1","state":true,\
				"payTime":"2026-11-23 10:15:30","price":1234,"onlinePaymentId":"21","otherInfo":{},"failMsg":null}"""));

		assertThat(pay.price()).isEqualTo(new BigDecimal("12.34"));
		assertThat(pay.payTime()).isEqualTo(Instant.parse("2026-11-23T02:15:30Z"));
		assertThat(pay.paymentGateway()).isEqualTo(PaymentGateway.WECHAT);
		assertThat(pay.failMsg()).isNull();
	}

	@Test
	void paymentGatewaysOfTheDocument() {
		assertThat(PaymentGateway.of("1")).isEqualTo(PaymentGateway.ALIPAY);
		assertThat(PaymentGateway.of("3")).isEqualTo(PaymentGateway.UNIONPAY);
		assertThat(PaymentGateway.of("14")).isEqualTo(PaymentGateway.TENPAY);
		assertThat(PaymentGateway.of("-11")).isEqualTo(PaymentGateway.BANK_DEBIT);
		assertThat(PaymentGateway.of("99")).isEqualTo(PaymentGateway.OTHER);
		assertThat(PaymentGateway.of(null)).isEqualTo(PaymentGateway.OTHER);
	}

	@Test
	void issueNotificationSplitsInsurants() throws Exception {
		Issue issue = (Issue) verified(signed(3, """
				{"partnerId":12345,"partnerUniqueKey":"101000","caseCode":"QX1","insureNum":"N1","state":true,
				 "policys":[{"productName":"携保境内旅游险","productId":101,"planName":"基础计划","planId":7,
				   "applicant":"张三","insurant":"张三, 李四，王五","startDate":"2026-12-01","endDate":"2026-12-07",
				   "policyNum":"P0001"}],"otherInfo":{"k":"v"}}"""));

		assertThat(issue.policies()).containsExactly(new Policy("携保境内旅游险", "101", "基础计划", "7", "张三",
				java.util.List.of("张三", "李四", "王五"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), "P0001"));
		assertThat(issue.otherInfo()).containsEntry("k", "v");
	}

	@Test
	void surrenderAndReissueNotifications() throws Exception {
		Surrender surrender = (Surrender) verified(signed(4, """
				{"partnerId":12345,"insureNum":"N1","state":true,"cancelInsurants":["李四"],"cancelMsg":"行程取消"}"""));
		Surrender reissue = (Surrender) verified(signed(5, """
				{"partnerId":12345,"insureNum":"N1","state":true,"newInsureNum":"N2","cancelInsurants":[]}"""));

		assertThat(surrender.reissued()).isFalse();
		assertThat(surrender.cancelInsurants()).containsExactly("李四");
		assertThat(surrender.cancelMsg()).isEqualTo("行程取消");
		assertThat(reissue.reissued()).isTrue();
		assertThat(reissue.newInsureNum()).isEqualTo("N2");
		assertThat(this.verifier.verify(signed(5, "{\"partnerId\":12345,\"insureNum\":\"N1\",\"state\":true}")))
			.isInstanceOf(Malformed.class);
	}

	@Test
	void ePolicyNotification() throws Exception {
		EPolicy policy = (EPolicy) verified(
				signed(9, "{\"partnerId\":\"12345\",\"insureNum\":\"N1\",\"state\":false,\"failMsg\":\"生成失败\"}"));

		assertThat(policy.state()).isFalse();
		assertThat(policy.failMsg()).isEqualTo("生成失败");
	}

	@Test
	void endorsementNotificationWithAnIntegerInsureNum() throws Exception {
		Endorsement endorsement = (Endorsement) verified(signed(26, """
				{"partnerId":12345,"partnerUniqueKey":"101000","insureNum":20190226020146,"state":true,
				 "msg":"批改成功","remark":"更正证件号","status":4}"""));

		assertThat(endorsement.insureNum()).isEqualTo("20190226020146");
		assertThat(endorsement.status()).isEqualTo(EndorsementStatus.SUCCEEDED);
		assertThat(endorsement.msg()).isEqualTo("批改成功");
		assertThat(endorsement.remark()).isEqualTo("更正证件号");
	}

	@Test
	void abnormalNotification() throws Exception {
		Abnormal abnormal = (Abnormal) verified(
				signed(27, "{\"partnerId\":12345,\"failMsg\":\"保险公司系统异常\",\"insureNum\":\"N1\"}"));

		assertThat(abnormal).isEqualTo(new Abnormal("12345", "N1", "保险公司系统异常"));
	}

	@Test
	void anUnknownTypeIsVerifiedAndKeptAsReceived() throws Exception {
		String data = "{\"partnerId\":12345, \"insureNum\":\"N1\", \"whatever\":[1,2]}";

		Unknown unknown = (Unknown) verified(signed(42, data));

		assertThat(unknown).isEqualTo(new Unknown(42, "12345", "N1", data));
	}

	@Test
	void acknowledgementBodies() {
		assertThat(XiebaoAcknowledgement.SUCCESS).isEqualTo("{\"state\":true}");
		assertThat(XiebaoAcknowledgement.failure("签名\"错误\"")).isEqualTo("{\"state\":false,\"failMsg\":\"签名\\\"错误\\\"\"}");
	}

	private void assertMalformed(String body, String reasonPart) {
		XiebaoVerification result = this.verifier.verify(body);
		assertThat(result).isInstanceOf(Malformed.class);
		assertThat(((Malformed) result).reason()).contains(reasonPart);
	}

}
