package com.baolink.sandbox.aigoubao;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.baolink.partner.aigoubao.AigoubaoProperties;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxMember;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxOrder;

/**
 * Checks shared by the endpoints: the distributor code (a wrong one is refused with 2008
 * "请求接口不合法", a missing one with 9999), the member (unknown → 9999 "会员不存在"), and that an
 * order belongs to that member (otherwise 1000, as if it did not exist).
 */
@Component
@Profile("sandbox")
class RequestContext {

	private final AigoubaoProperties secrets;

	private final SandboxStore store;

	RequestContext(AigoubaoProperties secrets, SandboxStore store) {
		this.secrets = secrets;
		this.store = store;
	}

	void distributor(Params params) {
		if (!this.secrets.distrCode().equals(params.required("distrCode"))) {
			throw new SandboxRefusal(SandboxRefusal.NOT_ALLOWED, "请求接口不合法: distrCode");
		}
	}

	SbxMember member(Params params) {
		return this.store.member(params.required("memberId"))
			.orElseThrow(() -> SandboxRefusal.failure("会员不存在: memberId"));
	}

	SbxOrder orderByTempCode(SbxMember member, String tempOrderCode) {
		return owned(member, this.store.orderByTempCode(tempOrderCode).orElse(null));
	}

	SbxOrder orderByCode(SbxMember member, String orderCode) {
		return owned(member, this.store.orderByCode(orderCode).orElse(null));
	}

	private static SbxOrder owned(SbxMember member, SbxOrder order) {
		if (order == null || order.memberId() != member.memberId()) {
			throw SandboxRefusal.orderNotFound();
		}
		return order;
	}

}
