package com.baolink.sandbox.aigoubao;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.baolink.sandbox.aigoubao.SbxRecords.SbxInsured;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxOrder;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxProduct;

/** The 7.11 answer: every field of the later document revision, card numbers masked. */
@Component
@Profile("sandbox")
class OrderDetailView {

	private static final DateTimeFormatter CREATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final SandboxStore store;

	private final SandboxLinks links;

	private final OrderLifecycle lifecycle;

	OrderDetailView(SandboxStore store, SandboxLinks links, OrderLifecycle lifecycle) {
		this.store = store;
		this.links = links;
		this.lifecycle = lifecycle;
	}

	Map<String, Object> detail(SbxOrder order) {
		SbxProduct product = this.store.product(order.productCode()).orElseThrow();
		List<SbxInsured> insured = this.store.insured(order.id());
		int invoiceStatus = this.lifecycle.invoiceStatus(order);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("productName", product.productName());
		data.put("productCode", product.productCode());
		data.put("safeguardPeriod", order.startDate() == null || order.endDate() == null ? ""
				: order.startDate() + "至" + order.endDate());
		data.put("orderCode", order.orderCode() == null ? "" : order.orderCode());
		data.put("createTime", order.createdAt().format(CREATE_TIME));
		data.put("orderStatus", order.status());
		data.put("totalQty", insured.size());
		data.put("orderTotalAmt", order.totalAmt() == null ? BigDecimal.ZERO : order.totalAmt());
		data.put("orderReduceAmt", BigDecimal.ZERO);
		data.put("insuranceCompanyLogo", this.links.logo(product.productCode(), true));
		data.put("companyName", product.companyName());
		data.put("benefitType", product.benefitType());
		data.put("isGroup", 0);
		putHolder(data, order);
		data.put("isInvoice", product.isInvoice());
		data.put("invoiceStatus", invoiceStatus);
		List<Map<String, Object>> persons = new ArrayList<>();
		for (SbxInsured person : insured) {
			persons.add(person(person, invoiceStatus == 1));
		}
		data.put("insuredInfoList", persons);
		return data;
	}

	private static void putHolder(Map<String, Object> data, SbxOrder order) {
		data.put("enterpriseName", null);
		data.put("enterpriseCredType", null);
		data.put("enterpriseCredNo", null);
		data.put("enterprisePhone", null);
		data.put("enterpriseEmail", null);
		data.put("isEnterprise", 0);
		boolean idCard = IdCards.TYPE_ID_CARD.equals(order.holderCardType());
		data.put("holderName", order.holderName());
		data.put("holderCredType", order.holderCardType() == null ? null : IdCards.cardTypeText(order.holderCardType()));
		data.put("holderCredNo", order.holderCardNo() == null ? null : IdCards.mask(order.holderCardNo()));
		data.put("holderBirthday", idCard && IdCards.birthday(order.holderCardNo()) != null
				? IdCards.birthday(order.holderCardNo()).toString() : null);
		data.put("holderPhone", order.holderMobile());
		data.put("holderEmail", order.holderEmail());
		data.put("holderGender", idCard ? IdCards.genderText(IdCards.gender(order.holderCardNo())) : null);
	}

	private Map<String, Object> person(SbxInsured person, boolean invoiceReady) {
		boolean hasPolicy = person.policyCode() != null;
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("insuredName", person.name());
		item.put("insuredCardType", IdCards.cardTypeText(person.cardType()));
		item.put("insuredCardNo", IdCards.mask(person.cardNo()));
		item.put("insuredGender", IdCards.genderText(person.gender()));
		item.put("insuredBirthday", person.birthday() == null ? null : person.birthday().toString());
		item.put("insuredMobile", person.mobile());
		item.put("insuredFee", person.fee() == null ? BigDecimal.ZERO : person.fee());
		item.put("policyStatus", person.policyStatus());
		item.put("policyCode", hasPolicy ? person.policyCode() : "");
		item.put("policyUrl", hasPolicy ? this.links.policy(person.policyCode()) : "");
		item.put("certificateUrl", hasPolicy ? this.links.certificate(person.policyCode()) : "");
		item.put("invoiceUrl", hasPolicy && invoiceReady ? this.links.invoice(person.policyCode()) : "");
		return item;
	}

}
