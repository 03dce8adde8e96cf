package com.baolink.partner.aigoubao;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import com.baolink.partner.PartnerUnavailableException;

/**
 * The AiGouBao distributor API (document §7): typed requests and responses of the 11 endpoints.
 * The same records are the JSON the portal sends and the sandbox reads, so field names are the
 * partner's and must stay exactly as the document spells them. Callers outside this package see
 * these records only through the portal's own adapters.
 * <p>
 * Every method either returns the {@code data} of a {@code 0000} answer or throws
 * {@link AigoubaoException} (a typed non-success code) or {@link PartnerUnavailableException}
 * (timeout, connection refused, unreadable answer). {@code priority} decides who waits when the
 * shared rate budget is tight: member actions go before background sync.
 */
public interface AigoubaoApi {

	String PATH_REGISTER = "/api/member/register";

	String PATH_APPLY_INVOICE = "/api/order/applyInvoice";

	String PATH_INVOICE_URL = "/api/order/getInvoiceUrl";

	String PATH_ADD_TEMP = "/api/order/addTemp";

	String PATH_PRODUCT_DETAIL = "/api/product/getDistrProductDetail";

	String PATH_POLICY_URL = "/api/policy/getPolicyUrl";

	String PATH_OUT_NOTIFY = "/api/pay/outNotify";

	String PATH_ORDER_LIST_URL = "/api/order/getOrderListUrl";

	String PATH_SURRENDER_BY_POLICY = "/api/policy/surrenderByPolicyCode";

	String PATH_SURRENDER_BY_ORDER = "/api/policy/surrenderByOrderCode";

	String PATH_ORDER_DETAIL = "/api/order/getOrderDetail";

	/** 7.1 */
	RegisterResult register(RegisterRequest request, CallPriority priority);

	/** 7.2 */
	void applyInvoice(ApplyInvoiceRequest request, CallPriority priority);

	/** 7.3 */
	List<InvoiceLink> getInvoiceUrl(InvoiceUrlRequest request, CallPriority priority);

	/** 7.4 */
	PreOrderResult addTemp(PreOrderRequest request, CallPriority priority);

	/** 7.5 */
	ProductDetail getProductDetail(ProductDetailRequest request, CallPriority priority);

	/** 7.6 */
	PolicyUrls getPolicyUrl(OrderRef request, CallPriority priority);

	/** 7.7 */
	void outNotify(PaymentNotice request, CallPriority priority);

	/** 7.8 */
	OrderListUrl getOrderListUrl(OrderListRequest request, CallPriority priority);

	/** 7.9 */
	void surrenderByPolicyCode(SurrenderPoliciesRequest request, CallPriority priority);

	/** 7.10 */
	void surrenderByOrderCode(SurrenderOrderRequest request, CallPriority priority);

	/** 7.11 */
	OrderDetail getOrderDetail(OrderRef request, CallPriority priority);

	enum CallPriority {

		/** A member or staff user is waiting for the answer: the whole budget. */
		USER,
		/** A call the portal owes the partner (outbox) or a pull a partner's hint asked for: second. */
		OWED,
		/** Reconciliation, catalogue refresh, polling: last, within the background share. */
		BACKGROUND

	}

	// ---- 7.1
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RegisterRequest(String distrCode, String mobile, String employeeCode, String invitateCode, String company,
			String province, String city, String contact, String address) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record RegisterResult(String memberId) {
	}

	// ---- 7.2 (invoiceType 1 personal, 2 company; taxpayerNo required for company)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ApplyInvoiceRequest(String memberId, String orderCode, Integer invoiceType, String invoiceTitle,
			String taxpayerNo) {
	}

	// ---- 7.3
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record InvoiceUrlRequest(String memberId, String orderCode) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record InvoiceLink(String invoiceUrl, String policyCode) {
	}

	// ---- 7.4 (payType 1 credit, 2 cash; dates yyyy-MM-dd)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PreOrderRequest(String distrCode, String mobile, String memberId, String outSerialNo, Integer payType,
			String productCode, String productName, String deliverNotifyUrl, String returnNotifyUrl,
			String refundNotifyUrl, String returnPage, String safeguardStartTime, String safeguardEndTime,
			HolderInfo holderInfo, List<InsuredInfo> insuredInfoList) {
	}

	/** Card type "1" ID card, "2" passport, "3" HK/Macau, "4" Taiwan, "5" military; gender "M"/"F". */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonIgnoreProperties(ignoreUnknown = true)
	record HolderInfo(String holderName, String holderCardType, String holderCardNo, String holderBirthday,
			String holderGender, String holderMobile, String holderEmail) {
	}

	/** Relation to holder: "1" self, "2" parent, "3" child, "4" spouse, "5" other. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonIgnoreProperties(ignoreUnknown = true)
	record InsuredInfo(String insuredName, String insuredCardType, String insuredCardNo, String insuredBirthday,
			String insuredGender, String insuredMobile, String insuredEmail, String insuredRelation) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PreOrderResult(String url, String tempOrderCode) {
	}

	// ---- 7.5 (the document's table and example spell the plan fields differently: accept both)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ProductDetailRequest(String productCode, String planCode, String memberId) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ProductDetail(String productCode, String productName, String insuranceCompanyLogo, List<Plan> plans) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Plan(@JsonAlias("safeguardPlanCode") String planCode, @JsonAlias("safeguardPlanName") String planName,
			@JsonAlias("defaultMinPrice") BigDecimal minPrice) {
	}

	// ---- 7.6 and 7.11 request
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record OrderRef(String tempOrderCode, String distrCode, String memberId) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PolicyUrls(String tempOrderCode, String orderCode, String isGroup, String companyName,
			List<PolicyDetail> policyDetailList) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PolicyDetail(String insuredName, String policyCode, String policyUrl, String certificateUrl) {
	}

	// ---- 7.7 (txnStatus 1 processing, 2 success, -1 failure)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PaymentNotice(String tempOrderCode, String distrCode, String memberId, Integer txnStatus) {
	}

	// ---- 7.8
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record OrderListRequest(String account, String distrCode, String memberId) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record OrderListUrl(String orderListUrl) {
	}

	// ---- 7.9, 7.10
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SurrenderPoliciesRequest(List<String> policyCodes, String distrCode, String memberId) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SurrenderOrderRequest(String orderCode, String distrCode, String memberId) {
	}

	// ---- 7.11
	@JsonIgnoreProperties(ignoreUnknown = true)
	record OrderDetail(String productName, String productCode, String safeguardPeriod, String orderCode,
			String createTime, String orderStatus, Integer totalQty, BigDecimal orderTotalAmt,
			BigDecimal orderReduceAmt, String insuranceCompanyLogo, String companyName, String benefitType,
			Integer isGroup, String enterpriseName, String enterpriseCredType, String enterpriseCredNo,
			String enterprisePhone, String enterpriseEmail, Integer isEnterprise, String holderName,
			String holderCredType, String holderCredNo, String holderBirthday, String holderPhone,
			String holderEmail, String holderGender, Integer isInvoice, Integer invoiceStatus,
			List<InsuredPolicy> insuredInfoList) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record InsuredPolicy(String insuredName, String insuredCardType, String insuredCardNo, String insuredBirthday,
			String insuredGender, BigDecimal insuredFee, String insuredMobile, String policyStatus, String policyCode,
			String policyUrl, String certificateUrl, String invoiceUrl) {
	}

}
