package com.baolink.member;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;

import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.RegisterRequest;
import com.baolink.partner.aigoubao.AigoubaoApi.RegisterResult;
import com.baolink.testsupport.CatalogWebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class AigoubaoRegistrationTests extends CatalogWebTestSupport {

	@Autowired
	AigoubaoRegistration registration;

	@Autowired
	Members members;

	Member member;

	@BeforeEach
	void forgetRegistration() {
		Member existing = this.members.findByLogin("13800000002").orElseThrow();
		this.member = this.members.save(existing.withAigoubaoMemberId(null));
	}

	@Test
	void registersOnceWithTheDistributorCodesAndTheMembersDetails() {
		given(this.aigoubao.register(any(), eq(CallPriority.USER))).willReturn(new RegisterResult("106225"));

		Member first = this.registration.ensureRegistered(this.member.id());
		Member second = this.registration.ensureRegistered(this.member.id());

		assertThat(first.aigoubaoMemberId()).isEqualTo("106225");
		assertThat(second.aigoubaoMemberId()).isEqualTo("106225");
		assertThat(this.members.findById(this.member.id()).orElseThrow().aigoubaoMemberId()).isEqualTo("106225");
		ArgumentCaptor<RegisterRequest> sent = ArgumentCaptor.forClass(RegisterRequest.class);
		verify(this.aigoubao, times(1)).register(sent.capture(), eq(CallPriority.USER));
		assertThat(sent.getValue()).isEqualTo(new RegisterRequest("90778244", "13800000002", "E0001", "INV2026",
				"杭州西湖商旅服务有限公司", "浙江省", "杭州市", "李华", "西湖区文三路200号"));
	}

	@Test
	void aFailedRegistrationStoresNothing() {
		given(this.aigoubao.register(any(), any())).willThrow(new PartnerUnavailableException("timeout", null));
		assertThatThrownBy(() -> this.registration.ensureRegistered(this.member.id()))
			.isInstanceOf(PartnerUnavailableException.class);
		willReturn(new RegisterResult(" ")).given(this.aigoubao).register(any(), any());
		assertThatThrownBy(() -> this.registration.ensureRegistered(this.member.id()))
			.isInstanceOf(PartnerUnavailableException.class);
		assertThat(this.members.findById(this.member.id()).orElseThrow().aigoubaoMemberId()).isNull();
	}

}
