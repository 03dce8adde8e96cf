package com.baolink.sandbox.xiebao;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The hosted product page form: the link parameters it was opened with (hidden, signed again on
 * submit) and the applicant, insured persons and cover dates.
 */
public class XiebaoInsureFormData {

	private String partnerId;

	private String subPartnerId = "";

	private String caseCode;

	private String partnerUniqKey;

	private Integer platform;

	private String sign;

	private String paySuccess;

	private String applicantName;

	private String applicantIdNo;

	/** Chinese names separated by commas (ASCII or full-width). */
	private String insuredNames;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	public String getPartnerId() {
		return this.partnerId;
	}

	public void setPartnerId(String partnerId) {
		this.partnerId = partnerId;
	}

	public String getSubPartnerId() {
		return this.subPartnerId;
	}

	public void setSubPartnerId(String subPartnerId) {
		this.subPartnerId = subPartnerId == null ? "" : subPartnerId;
	}

	public String getCaseCode() {
		return this.caseCode;
	}

	public void setCaseCode(String caseCode) {
		this.caseCode = caseCode;
	}

	public String getPartnerUniqKey() {
		return this.partnerUniqKey;
	}

	public void setPartnerUniqKey(String partnerUniqKey) {
		this.partnerUniqKey = partnerUniqKey;
	}

	public Integer getPlatform() {
		return this.platform;
	}

	public void setPlatform(Integer platform) {
		this.platform = platform;
	}

	public String getSign() {
		return this.sign;
	}

	public void setSign(String sign) {
		this.sign = sign;
	}

	public String getPaySuccess() {
		return this.paySuccess;
	}

	public void setPaySuccess(String paySuccess) {
		this.paySuccess = paySuccess;
	}

	public String getApplicantName() {
		return this.applicantName;
	}

	public void setApplicantName(String applicantName) {
		this.applicantName = applicantName;
	}

	public String getApplicantIdNo() {
		return this.applicantIdNo;
	}

	public void setApplicantIdNo(String applicantIdNo) {
		this.applicantIdNo = applicantIdNo;
	}

	public String getInsuredNames() {
		return this.insuredNames;
	}

	public void setInsuredNames(String insuredNames) {
		this.insuredNames = insuredNames;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

}
