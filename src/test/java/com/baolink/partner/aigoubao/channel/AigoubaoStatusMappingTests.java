package com.baolink.partner.aigoubao.channel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.baolink.order.InsuredPerson.PolicyStatus;
import com.baolink.order.OrderStatus;

import static org.assertj.core.api.Assertions.assertThat;

class AigoubaoStatusMappingTests {

	@ParameterizedTest
	@CsvSource({ "待支付,LAUNCHED", "待确认,AWAITING_CREDIT_APPROVAL", "支付失败,PAYMENT_FAILED", "已支付,PAID", "已承保,ISSUED",
			"退保中,SURRENDER_PENDING", "部分退保,PARTIALLY_SURRENDERED", "已退保,SURRENDERED", "已退款,REFUNDED",
			"已取消,CANCELLED", "' 已承保 ',ISSUED" })
	void mapsEveryOrderStatusText(String text, OrderStatus expected) {
		assertThat(AigoubaoStatusMapping.orderStatus(text)).contains(expected);
	}

	@ParameterizedTest
	@CsvSource({ "未投保,PENDING", "已承保,ISSUED", "退保中,SURRENDER_PENDING", "已退保,SURRENDERED" })
	void mapsEveryPolicyStatusText(String text, PolicyStatus expected) {
		assertThat(AigoubaoStatusMapping.policyStatus(text)).contains(expected);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  ", "已出单", "PAID", "已支付了" })
	void unknownOrBlankTextMapsToNothing(String text) {
		assertThat(AigoubaoStatusMapping.orderStatus(text)).isEmpty();
		assertThat(AigoubaoStatusMapping.policyStatus(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "待支付", "支付失败" })
	void policyVocabularyIsSeparateFromOrderVocabulary(String orderOnlyText) {
		assertThat(AigoubaoStatusMapping.orderStatus(orderOnlyText)).isPresent();
		assertThat(AigoubaoStatusMapping.policyStatus(orderOnlyText)).isEmpty();
	}

}
