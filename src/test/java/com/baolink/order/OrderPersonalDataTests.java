package com.baolink.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.baolink.infrastructure.crypto.PersonalDataCipher;
import com.baolink.member.Members;
import com.baolink.order.OrderLauncher.Person;

import static org.assertj.core.api.Assertions.assertThat;

/** Full ID numbers and mobiles of an order are ciphertext in the database and found by keyed hash. */
@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
class OrderPersonalDataTests {

	@Autowired
	OrderPersonalData personalData;

	@Autowired
	Orders orders;

	@Autowired
	Members members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	@Test
	void columnsHoldCiphertextAndTheLookupFindsTheOrderByIdNumberOrMobile() {
		long memberId = OrderFixtures.registeredMember(this.members, "13800000002");
		Order order = OrderFixtures.launched(this.orders, memberId, "200437", Instant.now(), null, "赵小宝");
		String idNumber = "11010519491231" + String.format("%04d", System.nanoTime() % 10000);
		Person holder = new Person("赵大宝", "1", "110105194912310011", null, null, "13912345678", null);
		Person insured = new Person("赵小宝", "1", idNumber, null, null, "13787654321", "5");

		this.personalData.replace(order.getId(), holder, List.of(insured));

		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT * FROM order_personal_data WHERE order_id = ? ORDER BY position")
			.param(order.getId())
			.query()
			.listOfRows();
		assertThat(rows).hasSize(2);
		for (Map<String, Object> row : rows) {
			assertThat((String) row.get("card_no_enc")).startsWith("enc:v1:sbx1:");
			assertThat((String) row.get("mobile_enc")).startsWith("enc:v1:sbx1:");
			assertThat(row.values().toString()).doesNotContain(idNumber, "110105194912310011", "13912345678", "13787654321",
					"5678", "4321");
		}
		assertThat(this.personalData.find(order.getId(), OrderPersonalData.HOLDER).orElseThrow().mobile()).isEqualTo("13912345678");
		assertThat(this.personalData.find(order.getId(), 0).orElseThrow().cardNo()).isEqualTo(idNumber);
		assertThat(this.personalData.find(order.getId(), 0).orElseThrow().toString()).doesNotContain(idNumber);

		assertThat(this.personalData.orderIdsOf(memberId, idNumber.toLowerCase())).contains(order.getId());
		assertThat(this.personalData.orderIdsOf(memberId, "13912345678")).contains(order.getId());
		assertThat(this.personalData.orderIdsOf(memberId, "1391234567")).doesNotContain(order.getId());
		long otherMember = OrderFixtures.registeredMember(this.members, "13800000001");
		assertThat(this.personalData.orderIdsOf(otherMember, idNumber)).doesNotContain(order.getId());

		OrderPersonalData.Condition condition = this.personalData.idOrMobileCondition(" " + idNumber + " ", "who").orElseThrow();
		assertThat(this.jdbc.sql("SELECT o.id FROM purchase_order o WHERE o.member_id = :member AND " + condition.sql())
			.param("member", memberId)
			.param(condition.name(), condition.value())
			.query(Long.class)
			.list()).containsExactly(order.getId());
		assertThat(this.personalData.idOrMobileCondition("  ", "who")).isEmpty();
	}

}
