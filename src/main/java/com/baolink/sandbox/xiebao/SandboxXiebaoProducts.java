package com.baolink.sandbox.xiebao;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The simulated Xiebao's products (seeded by the V110 sandbox migration). */
@Repository
@Profile("sandbox")
class SandboxXiebaoProducts {

	record Product(String caseCode, String name, String description, String insurer, int productId, int planId,
			String planName, long priceFen, int maxDays) {
	}

	private static final String COLUMNS = "case_code, name, description, insurer, product_id, plan_id, plan_name, price_fen, max_days";

	private final JdbcClient jdbc;

	SandboxXiebaoProducts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Product> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM sbx_xb_product ORDER BY case_code").query(Product.class).list();
	}

	Optional<Product> find(String caseCode) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM sbx_xb_product WHERE case_code = ?")
			.param(caseCode)
			.query(Product.class)
			.optional();
	}

}
