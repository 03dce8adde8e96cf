package com.baolink.sandbox.aigoubao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import com.baolink.sandbox.aigoubao.SbxRecords.SbxInsured;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxMember;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxOrder;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxPlan;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxProduct;

/** SQL over the sandbox tables ({@code sbx_*}). */
@Repository
@Profile("sandbox")
class SandboxStore {

	private static final String ORDER_COLUMNS = """
			id, temp_order_code, order_code, member_id, mobile, out_serial_no, pay_type, product_code, plan_code,
			start_date, end_date, deliver_notify_url, return_notify_url, refund_notify_url, return_page, status,
			total_amt, holder_name, holder_card_type, holder_card_no, holder_mobile, holder_email, invoice_status,
			invoice_type, invoice_title, taxpayer_no, invoice_ready_at, created_at""";

	private final JdbcClient jdbc;

	SandboxStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- members

	Optional<SbxMember> member(String memberId) {
		Long id = parseId(memberId);
		if (id == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT member_id, mobile, company FROM sbx_member WHERE member_id = ?")
			.param(id)
			.query(SbxMember.class)
			.optional();
	}

	Optional<SbxMember> memberByMobile(String mobile) {
		return this.jdbc.sql("SELECT member_id, mobile, company FROM sbx_member WHERE mobile = ?")
			.param(mobile)
			.query(SbxMember.class)
			.optional();
	}

	void insertMember(String mobile, String company, String province, String city, String contact, String address,
			LocalDateTime now) {
		this.jdbc.sql("""
				INSERT INTO sbx_member (mobile, company, province, city, contact, address, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(mobile, company, province, city, contact, address, now)
			.update();
	}

	// ---- catalogue

	Optional<SbxProduct> product(String productCode) {
		List<SbxPlan> plans = this.jdbc
			.sql("SELECT plan_code, product_code, plan_name, daily_price FROM sbx_plan WHERE product_code = ? ORDER BY sort_order")
			.param(productCode)
			.query(SbxPlan.class)
			.list();
		return this.jdbc.sql("""
				SELECT product_code, product_name, company_name, logo_color, spelling, benefit_type, is_invoice
				FROM sbx_product WHERE product_code = ?""")
			.param(productCode)
			.query((rs, row) -> new SbxProduct(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getInt(7), plans))
			.optional();
	}

	// ---- orders

	Optional<SbxOrder> orderByTempCode(String tempOrderCode) {
		return findOrder("temp_order_code = ?", tempOrderCode);
	}

	Optional<SbxOrder> orderByCode(String orderCode) {
		return findOrder("order_code = ?", orderCode);
	}

	Optional<SbxOrder> orderBySerial(String outSerialNo) {
		return findOrder("out_serial_no = ?", outSerialNo);
	}

	Optional<SbxOrder> orderById(long id) {
		return findOrder("id = ?", id);
	}

	List<SbxOrder> ordersOfMember(long memberId) {
		return this.jdbc.sql("SELECT " + ORDER_COLUMNS + " FROM sbx_order WHERE member_id = ? ORDER BY id DESC LIMIT 200")
			.param(memberId)
			.query(SbxOrder.class)
			.list();
	}

	private Optional<SbxOrder> findOrder(String condition, Object value) {
		return this.jdbc.sql("SELECT " + ORDER_COLUMNS + " FROM sbx_order WHERE " + condition)
			.param(value)
			.query(SbxOrder.class)
			.optional();
	}

	long insertOrder(SbxOrder order) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO sbx_order (temp_order_code, member_id, mobile, out_serial_no, pay_type, product_code,
				  start_date, end_date, deliver_notify_url, return_notify_url, refund_notify_url, return_page, status,
				  holder_name, holder_card_type, holder_card_no, holder_mobile, holder_email, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(order.tempOrderCode(), order.memberId(), order.mobile(), order.outSerialNo(), order.payType(),
					order.productCode(), order.startDate(), order.endDate(), order.deliverNotifyUrl(),
					order.returnNotifyUrl(), order.refundNotifyUrl(), order.returnPage(), order.status(),
					order.holderName(), order.holderCardType(), order.holderCardNo(), order.holderMobile(),
					order.holderEmail(), order.createdAt(), order.createdAt())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Records what the member confirmed on the hosted page. */
	void confirmOrder(long id, String orderCode, String planCode, LocalDate start, LocalDate end, BigDecimal total,
			String holderName, String holderCardType, String holderCardNo, String holderMobile, String status,
			LocalDateTime now) {
		this.jdbc.sql("""
				UPDATE sbx_order SET order_code = ?, plan_code = ?, start_date = ?, end_date = ?, total_amt = ?,
				  holder_name = ?, holder_card_type = ?, holder_card_no = ?, holder_mobile = ?, status = ?, updated_at = ?
				WHERE id = ?""")
			.params(orderCode, planCode, start, end, total, holderName, holderCardType, holderCardNo, holderMobile,
					status, now, id)
			.update();
	}

	void updateStatus(long id, String status, LocalDateTime now) {
		this.jdbc.sql("UPDATE sbx_order SET status = ?, updated_at = ? WHERE id = ?").params(status, now, id).update();
	}

	/** Moves the order from one status to another; @return false when it was not in {@code from}. */
	boolean transition(long id, String from, String to, LocalDateTime now) {
		return this.jdbc.sql("UPDATE sbx_order SET status = ?, updated_at = ? WHERE id = ? AND status = ?")
			.params(to, now, id, from)
			.update() == 1;
	}

	void requestInvoice(long id, int type, String title, String taxpayerNo, LocalDateTime readyAt, LocalDateTime now) {
		this.jdbc.sql("""
				UPDATE sbx_order SET invoice_status = 3, invoice_type = ?, invoice_title = ?, taxpayer_no = ?,
				  invoice_ready_at = ?, updated_at = ? WHERE id = ?""")
			.params(type, title, taxpayerNo, readyAt, now, id)
			.update();
	}

	// ---- insured persons

	List<SbxInsured> insured(long orderId) {
		return this.jdbc.sql("SELECT * FROM sbx_insured WHERE order_id = ? ORDER BY seq")
			.param(orderId)
			.query(SbxInsured.class)
			.list();
	}

	Optional<SbxInsured> insuredByPolicy(String policyCode) {
		return this.jdbc.sql("SELECT * FROM sbx_insured WHERE policy_code = ?")
			.param(policyCode)
			.query(SbxInsured.class)
			.optional();
	}

	void replaceInsured(long orderId, List<SbxInsured> persons) {
		this.jdbc.sql("DELETE FROM sbx_insured WHERE order_id = ?").param(orderId).update();
		for (SbxInsured person : persons) {
			this.jdbc.sql("""
					INSERT INTO sbx_insured (order_id, seq, name, card_type, card_no, birthday, gender, mobile, relation,
					  fee, policy_code, policy_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(orderId, person.seq(), person.name(), person.cardType(), person.cardNo(), person.birthday(),
						person.gender(), person.mobile(), person.relation(), person.fee(), person.policyCode(),
						person.policyStatus())
				.update();
		}
	}

	void issuePolicy(long insuredId, String policyCode) {
		this.jdbc.sql("UPDATE sbx_insured SET policy_code = ?, policy_status = ? WHERE id = ?")
			.params(policyCode, SandboxStatus.POLICY_ISSUED, insuredId)
			.update();
	}

	void surrenderPolicy(long insuredId) {
		this.jdbc.sql("UPDATE sbx_insured SET policy_status = ? WHERE id = ?")
			.params(SandboxStatus.POLICY_SURRENDERED, insuredId)
			.update();
	}

	private static Long parseId(String text) {
		try {
			return text == null ? null : Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
