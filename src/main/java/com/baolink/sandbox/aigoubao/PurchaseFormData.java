package com.baolink.sandbox.aigoubao;

import java.util.ArrayList;
import java.util.List;

/** The hosted purchase page's form ({@code insured[0].name} etc.). Dates stay text until validated. */
public class PurchaseFormData {

	static final String PAY_SUCCESS = "success";

	static final String PAY_FAILURE = "failure";

	private String plan;

	private String startDate;

	private String endDate;

	private String holderName;

	private String holderCardType = IdCards.TYPE_ID_CARD;

	private String holderCardNo;

	private String holderMobile;

	private List<InsuredRow> insured = new ArrayList<>();

	private String payResult = PAY_SUCCESS;

	public String getPlan() {
		return this.plan;
	}

	public void setPlan(String plan) {
		this.plan = plan;
	}

	public String getStartDate() {
		return this.startDate;
	}

	public void setStartDate(String startDate) {
		this.startDate = startDate;
	}

	public String getEndDate() {
		return this.endDate;
	}

	public void setEndDate(String endDate) {
		this.endDate = endDate;
	}

	public String getHolderName() {
		return this.holderName;
	}

	public void setHolderName(String holderName) {
		this.holderName = holderName;
	}

	public String getHolderCardType() {
		return this.holderCardType;
	}

	public void setHolderCardType(String holderCardType) {
		this.holderCardType = holderCardType;
	}

	public String getHolderCardNo() {
		return this.holderCardNo;
	}

	public void setHolderCardNo(String holderCardNo) {
		this.holderCardNo = holderCardNo;
	}

	public String getHolderMobile() {
		return this.holderMobile;
	}

	public void setHolderMobile(String holderMobile) {
		this.holderMobile = holderMobile;
	}

	public List<InsuredRow> getInsured() {
		return this.insured;
	}

	public void setInsured(List<InsuredRow> insured) {
		this.insured = insured;
	}

	public String getPayResult() {
		return this.payResult;
	}

	public void setPayResult(String payResult) {
		this.payResult = payResult;
	}

	/** One insured person row. */
	public static class InsuredRow {

		private String name;

		private String cardType = IdCards.TYPE_ID_CARD;

		private String cardNo;

		private String mobile;

		private String relation = "1";

		public InsuredRow() {
		}

		InsuredRow(String name, String cardType, String cardNo, String mobile, String relation) {
			this.name = name;
			this.cardType = cardType == null ? IdCards.TYPE_ID_CARD : cardType;
			this.cardNo = cardNo;
			this.mobile = mobile;
			this.relation = relation == null ? "5" : relation;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getCardType() {
			return this.cardType;
		}

		public void setCardType(String cardType) {
			this.cardType = cardType;
		}

		public String getCardNo() {
			return this.cardNo;
		}

		public void setCardNo(String cardNo) {
			this.cardNo = cardNo;
		}

		public String getMobile() {
			return this.mobile;
		}

		public void setMobile(String mobile) {
			this.mobile = mobile;
		}

		public String getRelation() {
			return this.relation;
		}

		public void setRelation(String relation) {
			this.relation = relation;
		}

	}

}
