package com.baolink.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.baolink.order.validation.CardTypes;
import com.baolink.order.validation.PurchaseFormValidator;
import com.baolink.order.validation.ResidentIdValidator;

/**
 * The buy form exactly as typed: every field is text so that the form can be shown again with what
 * the member entered, whatever it was. {@code launchToken} identifies one launch attempt (see
 * {@link OrderLauncher}).
 */
public class PurchaseFormData {

	/** Rows shown on an empty form (without JavaScript a row is added with the "add a person" button). */
	public static final int INITIAL_ROWS = 3;

	/** Most insured persons one pre-order may name. */
	public static final int MAX_ROWS = 20;

	private long productId;

	private String launchToken;

	private String plan;

	private String coverStart;

	private String coverEnd;

	private String payType = "CASH";

	private PersonFormData holder = new PersonFormData();

	private List<PersonFormData> insured = new ArrayList<>();

	/** An empty form for {@code productId} with {@link #INITIAL_ROWS} empty insured rows. */
	public static PurchaseFormData empty(long productId, String launchToken) {
		PurchaseFormData form = new PurchaseFormData();
		form.productId = productId;
		form.launchToken = launchToken;
		form.padRows(INITIAL_ROWS);
		return form;
	}

	/** Adds one empty insured row (up to {@link #MAX_ROWS}). */
	public void addRow() {
		if (this.insured.size() < MAX_ROWS) {
			this.insured.add(new PersonFormData());
		}
	}

	/** Makes sure at least {@code rows} insured rows are shown. */
	public void padRows(int rows) {
		while (this.insured.size() < Math.min(rows, MAX_ROWS)) {
			this.insured.add(new PersonFormData());
		}
	}

	/** The insured rows the member filled in (rows with every field blank are ignored). */
	public List<PersonFormData> filledInsured() {
		return this.insured.stream().filter(row -> row != null && !row.isBlank()).toList();
	}

	/**
	 * The launch request for a valid form: resident IDs upper-cased, and an insured person's
	 * birthday and gender taken from their resident ID when not typed.
	 */
	public OrderLauncher.LaunchRequest toLaunchRequest(long memberId, String productCode, String productName,
			String planName) {
		OrderLauncher.Person holderPerson = hasHolder() ? toPerson(this.holder) : null;
		List<OrderLauncher.Person> persons = filledInsured().stream().map(PurchaseFormData::toPerson).toList();
		return new OrderLauncher.LaunchRequest(memberId, this.launchToken, productCode, productName, this.plan, planName,
				PayType.valueOf(this.payType), LocalDate.parse(this.coverStart), LocalDate.parse(this.coverEnd),
				holderPerson, persons);
	}

	private static OrderLauncher.Person toPerson(PersonFormData person) {
		boolean residentId = CardTypes.RESIDENT_ID.equals(person.getCardType());
		String cardNo = residentId ? ResidentIdValidator.normalise(person.getCardNo()) : person.getCardNo();
		LocalDate birthday = PurchaseFormValidator.parseDate(person.getBirthday())
			.orElse(residentId ? ResidentIdValidator.birthDate(cardNo) : null);
		String gender = person.getGender() != null ? person.getGender()
				: residentId ? ResidentIdValidator.gender(cardNo) : null;
		return new OrderLauncher.Person(person.getName(), person.getCardType(), cardNo, birthday, gender,
				person.getMobile(), person.getRelation());
	}

	public boolean hasHolder() {
		return this.holder != null && !this.holder.isBlank();
	}

	public long getProductId() {
		return this.productId;
	}

	public void setProductId(long productId) {
		this.productId = productId;
	}

	public String getLaunchToken() {
		return this.launchToken;
	}

	public void setLaunchToken(String launchToken) {
		this.launchToken = launchToken;
	}

	public String getPlan() {
		return this.plan;
	}

	public void setPlan(String plan) {
		this.plan = plan;
	}

	public String getCoverStart() {
		return this.coverStart;
	}

	public void setCoverStart(String coverStart) {
		this.coverStart = coverStart;
	}

	public String getCoverEnd() {
		return this.coverEnd;
	}

	public void setCoverEnd(String coverEnd) {
		this.coverEnd = coverEnd;
	}

	public String getPayType() {
		return this.payType;
	}

	public void setPayType(String payType) {
		this.payType = payType;
	}

	public PersonFormData getHolder() {
		return this.holder;
	}

	public void setHolder(PersonFormData holder) {
		this.holder = holder;
	}

	public List<PersonFormData> getInsured() {
		return this.insured;
	}

	public void setInsured(List<PersonFormData> insured) {
		this.insured = insured;
	}

	/** A holder or insured person as typed. The holder uses name, card and mobile only. */
	public static class PersonFormData {

		private String name;

		private String cardType;

		private String cardNo;

		private String birthday;

		private String gender;

		private String mobile;

		private String relation;

		public PersonFormData() {
		}

		public PersonFormData(String name, String cardType, String cardNo, String birthday, String gender,
				String relation) {
			this.name = name;
			this.cardType = cardType;
			this.cardNo = cardNo;
			this.birthday = birthday;
			this.gender = gender;
			this.relation = relation;
		}

		/** Nothing typed in any field. */
		public boolean isBlank() {
			return Stream.of(this.name, this.cardType, this.cardNo, this.birthday, this.gender, this.mobile, this.relation)
				.allMatch(value -> value == null || value.isBlank());
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

		public String getBirthday() {
			return this.birthday;
		}

		public void setBirthday(String birthday) {
			this.birthday = birthday;
		}

		public String getGender() {
			return this.gender;
		}

		public void setGender(String gender) {
			this.gender = gender;
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
