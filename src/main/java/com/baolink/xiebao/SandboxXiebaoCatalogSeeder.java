package com.baolink.xiebao;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.baolink.catalog.Product;
import com.baolink.catalog.Products;
import com.baolink.catalog.Channel;

/**
 * Sandbox only: puts the simulated Xiebao's products into the portal's catalogue (as staff would
 * on {@code /admin/products}) when they are not there yet; staff edits are kept.
 */
@Component
@Profile("sandbox")
@Order(5)
class SandboxXiebaoCatalogSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SandboxXiebaoCatalogSeeder.class);

	record SeedProduct(String caseCode, String name, String description, String insurer, long priceFen) {
	}

	private final JdbcClient jdbc;

	private final Products products;

	private final Clock clock;

	SandboxXiebaoCatalogSeeder(JdbcClient jdbc, Products products, Clock clock) {
		this.jdbc = jdbc;
		this.products = products;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<SeedProduct> seeds = this.jdbc
			.sql("SELECT case_code, name, description, insurer, price_fen FROM sbx_xb_product ORDER BY case_code")
			.query(SeedProduct.class)
			.list();
		for (SeedProduct seed : seeds) {
			if (this.products.findByChannelAndCode(Channel.XIEBAO, seed.caseCode()).isPresent()) {
				continue;
			}
			Product product = Product.newProduct(Channel.XIEBAO, seed.caseCode(), seed.name(), this.clock.instant());
			product.curated(seed.name(), BigDecimal.valueOf(seed.priceFen(), 2));
			product.describe(seed.insurer(), category(seed.caseCode()), seed.description(), null);
			try {
				this.products.save(product);
				log.info("Sandbox: Xiebao product {} added to the catalogue", seed.caseCode());
			}
			catch (DataIntegrityViolationException ex) {
				// Another node seeded it at the same moment.
			}
		}
	}

	private static String category(String caseCode) {
		if (caseCode.contains("TRAVEL")) {
			return "TRAVEL";
		}
		return caseCode.contains("SKI") ? "SPORTS" : "ACCIDENT";
	}

}
