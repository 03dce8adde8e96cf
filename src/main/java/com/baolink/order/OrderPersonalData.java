package com.baolink.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.baolink.infrastructure.crypto.PersonalDataCipher;
import com.baolink.order.OrderLauncher.Person;

/**
 * The full ID numbers, mobile numbers and e-mail addresses of an order's holder and insured
 * persons, encrypted at rest with keyed hashes for equality searches ({@code order_personal_data};
 * the order aggregate itself keeps masked card numbers only). Position -1 is the holder, 0..n the
 * insured persons in order.
 */
@Repository
public class OrderPersonalData {

	public static final int HOLDER = -1;

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	OrderPersonalData(JdbcClient jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** Writes (replaces) what the member typed for an order's holder and insured persons. */
	@Transactional
	public void replace(long orderId, Person holder, List<Person> insured) {
		this.jdbc.sql("DELETE FROM order_personal_data WHERE order_id = :id").param("id", orderId).update();
		if (holder != null) {
			insert(orderId, HOLDER, holder, null);
		}
		for (int i = 0; i < insured.size(); i++) {
			insert(orderId, i, insured.get(i), null);
		}
	}

	private void insert(long orderId, int position, Person person, String email) {
		this.jdbc.sql("""
				INSERT INTO order_personal_data (order_id, position, card_type, card_no_enc, card_no_hash, mobile_enc,
				    mobile_hash, email_enc, email_hash)
				VALUES (:order, :position, :cardType, :cardNo, :cardHash, :mobile, :mobileHash, :email, :emailHash)""")
			.param("order", orderId)
			.param("position", position)
			.param("cardType", person.cardType())
			.param("cardNo", this.cipher.encrypt(blankToNull(person.cardNo())))
			.param("cardHash", this.cipher.hash(person.cardNo()))
			.param("mobile", this.cipher.encrypt(blankToNull(person.mobile())))
			.param("mobileHash", this.cipher.hash(person.mobile()))
			.param("email", this.cipher.encrypt(blankToNull(email)))
			.param("emailHash", this.cipher.hash(email))
			.update();
	}

	/** The decrypted data of one person of an order (for the partner, never for display). */
	public Optional<Decrypted> find(long orderId, int position) {
		return this.jdbc.sql("""
				SELECT card_type, card_no_enc, mobile_enc, email_enc FROM order_personal_data
				WHERE order_id = :order AND position = :position""")
			.param("order", orderId)
			.param("position", position)
			.query((rs, n) -> new Decrypted(rs.getString(1), this.cipher.decrypt(rs.getString(2)),
					this.cipher.decrypt(rs.getString(3)), this.cipher.decrypt(rs.getString(4))))
			.optional();
	}

	/**
	 * The equality-lookup helper for searches: a SQL condition on the order alias {@code o} that
	 * holds when the order's holder or an insured person has exactly this ID number or mobile
	 * number, with its parameter added to {@code params}. Empty for a blank value.
	 * <p>
	 * Example: {@code where.add(condition.sql()); params.put(condition.name(), condition.value())}.
	 */
	public Optional<Condition> idOrMobileCondition(String value, String parameterName) {
		String hash = this.cipher.hash(value);
		if (hash == null) {
			return Optional.empty();
		}
		return Optional.of(new Condition("EXISTS (SELECT 1 FROM order_personal_data p WHERE p.order_id = o.id AND (p.card_no_hash = :"
				+ parameterName + " OR p.mobile_hash = :" + parameterName + "))", parameterName, hash));
	}

	/** Order ids of a member whose holder or insured person has this ID number or mobile (newest first). */
	public List<Long> orderIdsOf(long memberId, String idOrMobile) {
		String hash = this.cipher.hash(idOrMobile);
		if (hash == null) {
			return new ArrayList<>();
		}
		return this.jdbc.sql("""
				SELECT DISTINCT o.id FROM purchase_order o JOIN order_personal_data p ON p.order_id = o.id
				WHERE o.member_id = :member AND (p.card_no_hash = :hash OR p.mobile_hash = :hash)
				ORDER BY o.id DESC LIMIT 500""")
			.param("member", memberId)
			.param("hash", hash)
			.query(Long.class)
			.list();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A person's data in clear, in memory only. {@link #toString()} masks it. */
	public record Decrypted(String cardType, String cardNo, String mobile, String email) {

		@Override
		public String toString() {
			return "Decrypted[" + this.cardType + ", " + com.baolink.infrastructure.crypto.Masking.idNumber(this.cardNo) + ", "
					+ com.baolink.infrastructure.crypto.Masking.mobile(this.mobile) + "]";
		}

	}

	/** A SQL condition and its one named parameter. */
	public record Condition(String sql, String name, String value) {
	}

}
