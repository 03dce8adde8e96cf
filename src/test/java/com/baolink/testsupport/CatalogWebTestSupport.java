package com.baolink.testsupport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.baolink.catalog.Product;
import com.baolink.catalog.ProductPlan;
import com.baolink.catalog.Products;
import com.baolink.catalog.Channel;
import com.baolink.partner.aigoubao.AigoubaoApi;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * One application context for the catalogue, buy and registration tests: jobs off (tests drive
 * them), a fixed public base URL (MockMvc has no server port) and a mocked AiGouBao API. The
 * database is shared with other tests, so every product gets a unique code and name.
 */
@Tag("integration")
@SpringBootTest(properties = { "baolink.engine.recurring=false", "baolink.public-base-url=https://portal.example" })
@AutoConfigureMockMvc
public abstract class CatalogWebTestSupport {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@MockitoBean
	protected AigoubaoApi aigoubao;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected Products products;

	@Autowired
	private UserDetailsService users;

	/** A unique text for codes and names. */
	protected static String unique(String prefix) {
		return prefix + SEQUENCE.incrementAndGet();
	}

	protected RequestPostProcessor login(String login) {
		UserDetails details = this.users.loadUserByUsername(login);
		return user(details);
	}

	protected Product seed(String name, String insurer, String category, String logo, List<ProductPlan> plans) {
		Product product = Product.newProduct(Channel.AIGOUBAO, unique("T"), name, Instant.now());
		product.refreshed(name, logo, plans, Instant.now());
		product.describe(insurer, category, null, null);
		return this.products.save(product);
	}

	protected static ProductPlan plan(String code, String name, String price) {
		return new ProductPlan(code, name, price == null ? null : new BigDecimal(price));
	}

}
