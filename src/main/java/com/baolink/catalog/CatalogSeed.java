package com.baolink.catalog;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * The configured AiGouBao product codes ({@code baolink.catalog.aigoubao-product-codes}) are only a
 * first-start seed: on the first start they become catalogue products (known by code until the
 * refresh reads them), and from then on staff curate the catalogue at {@code /admin/products}. A
 * marker row in {@code catalog_seed} makes the seed run once, on one node.
 */
@Component
@Order(0)
class CatalogSeed implements ApplicationRunner {

	static final String MARKER = "aigoubao-product-codes";

	private static final Logger log = LoggerFactory.getLogger(CatalogSeed.class);

	private final CatalogProperties properties;

	private final Products products;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CatalogSeed(CatalogProperties properties, Products products, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock) {
		this.properties = properties;
		this.products = products;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		seedOnce();
	}

	/** Returns how many products were added (0 when the seed already ran). */
	int seedOnce() {
		try {
			Integer added = this.transactions.execute(status -> {
				this.jdbc.sql("INSERT INTO catalog_seed (name, seeded_at) VALUES (?, ?)")
					.params(MARKER, Timestamp.from(this.clock.instant()))
					.update();
				List<String> codes = this.properties.productCodes();
				int count = 0;
				for (String code : codes) {
					if (code.length() <= 32 && this.products.findByChannelAndCode(Channel.AIGOUBAO, code).isEmpty()) {
						this.products.save(Product.newProduct(Channel.AIGOUBAO, code, code, this.clock.instant()));
						count++;
					}
				}
				return count;
			});
			log.info("Catalogue seeded with {} configured AiGouBao product codes", added);
			return added == null ? 0 : added;
		}
		catch (DataIntegrityViolationException ex) {
			// The marker exists: seeded before (or by another node right now).
			return 0;
		}
	}

}
