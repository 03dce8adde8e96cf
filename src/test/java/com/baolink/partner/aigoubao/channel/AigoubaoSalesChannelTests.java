package com.baolink.partner.aigoubao.channel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.baolink.infrastructure.web.PublicUrls;
import com.baolink.member.AigoubaoRegistration;
import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.order.CardType;
import com.baolink.order.OrderLauncher.Person;
import com.baolink.order.PayType;
import com.baolink.order.Relation;
import com.baolink.order.SalesChannel.Answer;
import com.baolink.order.SalesChannel.PreOrder;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.PreOrderRequest;
import com.baolink.partner.aigoubao.AigoubaoApi.PreOrderResult;
import com.baolink.partner.aigoubao.AigoubaoDistributor;
import com.baolink.partner.aigoubao.AigoubaoException;
import com.baolink.partner.aigoubao.AigoubaoProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class AigoubaoSalesChannelTests {

	static final Person HOLDER = new Person("张三", "1", "110101194912310021", LocalDate.of(1949, 12, 31), "F",
			"13800138000", null);

	static final Person INSURED = new Person("李四", "2", "E12345678", LocalDate.of(1990, 3, 7), "M", null, "5");

	AigoubaoApi api = mock(AigoubaoApi.class);

	AigoubaoRegistration registration = mock(AigoubaoRegistration.class);

	PublicUrls publicUrls = mock(PublicUrls.class);

	AigoubaoDistributor distributor = mock(AigoubaoDistributor.class);

	Members members = mock(Members.class);

	AigoubaoSalesChannel channel;

	@BeforeEach
	void setUp() {
		AigoubaoProperties properties = new AigoubaoProperties("https://apiagb.aigobo.cn", "token", "des-key8", "md5",
				"90778244", "E1", "I1", Duration.ofSeconds(3), Duration.ofSeconds(10), 400);
		given(this.publicUrls.absolute(anyString())).willAnswer(call -> "https://portal.example.com" + call.getArgument(0));
		given(this.registration.ensureRegistered(7L)).willReturn(Member
			.newMember("13900139000", "王五", "hash", null, null, null, null, true, Instant.EPOCH)
			.withAigoubaoMemberId("106225"));
		this.channel = new AigoubaoSalesChannel(this.api, this.registration, properties, this.publicUrls,
				new AigoubaoOrderPull(this.api, this.distributor, this.members));
	}

	@Test
	void launchSendsThePortalsValuesInAigoubaoTerms() {
		given(this.api.addTemp(any(), eq(CallPriority.USER))).willReturn(new PreOrderResult("https://h5.aigobo.cn/pay?t=TE1", "TE1"));

		Answer answer = this.channel.launch(preOrder(PayType.CREDIT));

		assertThat(answer).isEqualTo(new Answer.Launched("TE1", "https://h5.aigobo.cn/pay?t=TE1"));
		ArgumentCaptor<PreOrderRequest> sent = ArgumentCaptor.forClass(PreOrderRequest.class);
		verify(this.api).addTemp(sent.capture(), eq(CallPriority.USER));
		PreOrderRequest request = sent.getValue();
		assertThat(request.distrCode()).isEqualTo("90778244");
		assertThat(request.mobile()).isEqualTo("13900139000");
		assertThat(request.memberId()).isEqualTo("106225");
		assertThat(request.outSerialNo()).isEqualTo("BL2026120100001");
		assertThat(request.payType()).as("credit account").isEqualTo(1);
		assertThat(request.deliverNotifyUrl()).isEqualTo("https://portal.example.com/callbacks/aigoubao/deliver");
		assertThat(request.returnNotifyUrl()).isEqualTo("https://portal.example.com/callbacks/aigoubao/surrender");
		assertThat(request.refundNotifyUrl()).isEqualTo("https://portal.example.com/callbacks/aigoubao/refund");
		assertThat(request.returnPage()).isEqualTo("https://portal.example.com/orders/42");
		assertThat(request.safeguardStartTime()).isEqualTo("2026-12-02");
		assertThat(request.holderInfo().holderBirthday()).isEqualTo("1949-12-31");
		assertThat(request.insuredInfoList()).singleElement()
			.satisfies(insured -> assertThat(insured.insuredRelation()).isEqualTo("5"));
	}

	@Test
	void portalValuesBecomeAigoubaoCodes() {
		assertThat(AigoubaoCodes.payType(PayType.CASH)).as("the partner's cashier").isEqualTo(2);
		assertThat(AigoubaoCodes.payType(PayType.CREDIT)).as("the credit account").isEqualTo(1);
		assertThat(AigoubaoCodes.cardType(CardType.RESIDENT_ID.code())).isEqualTo("1");
		assertThat(AigoubaoCodes.cardType(CardType.MILITARY_OFFICER.code())).isEqualTo("5");
		assertThat(AigoubaoCodes.relation(Relation.SELF.code())).isEqualTo("1");
		assertThat(AigoubaoCodes.relation(Relation.SPOUSE.code())).isEqualTo("4");
		assertThat(AigoubaoCodes.cardType("9")).as("unknown: AiGouBao refuses it").isEqualTo("9");
	}

	@Test
	void aRefusalOfTheOrderIsShownAndKept() {
		given(this.api.addTemp(any(), any())).willThrow(new AigoubaoException("9999", "投保年龄不符"));

		assertThat(this.channel.launch(preOrder(PayType.CASH)))
			.isEqualTo(new Answer.Refused("投保年龄不符", "AiGouBao 9999: 投保年龄不符"));
	}

	@Test
	void aRefusalOfOurOwnConfigurationIsUnavailableNotTheBuyersFault() {
		given(this.api.addTemp(any(), any())).willThrow(new AigoubaoException("2000", "签名错误"));

		assertThat(this.channel.launch(preOrder(PayType.CASH)))
			.isEqualTo(new Answer.Unavailable("AiGouBao 2000: 签名错误"));
	}

	@Test
	void noAnswerIsUnavailable() {
		given(this.registration.ensureRegistered(7L)).willThrow(new PartnerUnavailableException("timeout", null));

		assertThat(this.channel.admit(7L)).isInstanceOf(Answer.Unavailable.class);
		assertThat(this.channel.launch(preOrder(PayType.CASH))).isInstanceOf(Answer.Unavailable.class);
	}

	@Test
	void aRegisteredMemberIsAdmitted() {
		assertThat(this.channel.admit(7L)).isEqualTo(new Answer.Admitted());
	}

	private static PreOrder preOrder(PayType payType) {
		return new PreOrder(7L, 42L, "BL2026120100001", payType, "200207", "一日游", LocalDate.of(2026, 12, 2),
				LocalDate.of(2026, 12, 2), HOLDER, List.of(INSURED), "/orders/42");
	}

}
