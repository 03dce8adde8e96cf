package com.baolink.partner.aigoubao;

import java.util.List;

import org.springframework.stereotype.Component;

import com.baolink.partner.aigoubao.AigoubaoApi.OrderListRequest;
import com.baolink.partner.aigoubao.AigoubaoApi.OrderRef;
import com.baolink.partner.aigoubao.AigoubaoApi.PaymentNotice;
import com.baolink.partner.aigoubao.AigoubaoApi.RegisterRequest;
import com.baolink.partner.aigoubao.AigoubaoApi.SurrenderOrderRequest;
import com.baolink.partner.aigoubao.AigoubaoApi.SurrenderPoliciesRequest;

/**
 * AiGouBao requests on behalf of this distributor: the distributor's own codes ({@code distrCode},
 * {@code employeeCode}, {@code invitateCode}) are filled in here, so no caller outside the adapter
 * reads them.
 */
@Component
public class AigoubaoDistributor {

	private final AigoubaoProperties properties;

	AigoubaoDistributor(AigoubaoProperties properties) {
		this.properties = properties;
	}

	/** 7.1: a member registered under this distributor's employee and invitation codes. */
	public RegisterRequest register(String mobile, String company, String province, String city, String contact,
			String address) {
		return new RegisterRequest(this.properties.distrCode(), mobile, this.properties.employeeCode(),
				this.properties.invitateCode(), company, province, city, contact, address);
	}

	/** 7.6, 7.11: one order of a member. */
	public OrderRef orderRef(String tempOrderCode, String memberId) {
		return new OrderRef(tempOrderCode, this.properties.distrCode(), memberId);
	}

	/** 7.7: staff's decision on a credit-account order. */
	public PaymentNotice paymentNotice(String tempOrderCode, String memberId, Integer txnStatus) {
		return new PaymentNotice(tempOrderCode, this.properties.distrCode(), memberId, txnStatus);
	}

	/** 7.8: the partner's own order list page of a member. */
	public OrderListRequest orderList(String account, String memberId) {
		return new OrderListRequest(account, this.properties.distrCode(), memberId);
	}

	/** 7.9: surrender of some policies of an order. */
	public SurrenderPoliciesRequest surrenderPolicies(List<String> policyCodes, String memberId) {
		return new SurrenderPoliciesRequest(policyCodes, this.properties.distrCode(), memberId);
	}

	/** 7.10: surrender of a whole order. */
	public SurrenderOrderRequest surrenderOrder(String orderCode, String memberId) {
		return new SurrenderOrderRequest(orderCode, this.properties.distrCode(), memberId);
	}

}
