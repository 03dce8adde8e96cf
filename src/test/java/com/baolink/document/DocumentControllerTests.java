package com.baolink.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.baolink.member.Members;
import com.baolink.catalog.Channel;
import com.baolink.order.InsuredPerson;
import com.baolink.order.InsuredPerson.PolicyStatus;
import com.baolink.order.Order;
import com.baolink.order.OrderEventSource;
import com.baolink.order.OrderStatus;
import com.baolink.order.Orders;
import com.baolink.order.PayType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
@AutoConfigureMockMvc
class DocumentControllerTests {

	static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	static FakeDocumentServer server;

	@Autowired
	MockMvc mvc;

	@Autowired
	Orders orders;

	@Autowired
	Members members;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentPrefetchJob prefetchJob;

	@BeforeAll
	static void startServer() throws IOException {
		server = new FakeDocumentServer();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void ownerDownloadsAPolicyWhichIsStoredOnceAndServedWithAnEtag() throws Exception {
		String code = code();
		String path = "/files/" + code + "/policy.pdf";
		server.put(path, FakeDocumentServer.PDF);
		Order order = issuedOrder("13800000001", new Policy(code, server.url(path), null));
		String url = "/orders/" + order.getId() + "/documents/policy/" + code;

		MvcResult first = this.mvc.perform(get(url).with(user(member1())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"policy-" + code + ".pdf\"; filename*=UTF-8''%E4%BF%9D%E5%8D%95-" + code + ".pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", "private, max-age=3600"))
			.andExpect(header().string("ETag", "\"" + Sha256.hex(FakeDocumentServer.PDF) + "\""))
			.andReturn();
		assertThat(first.getResponse().getContentAsByteArray()).isEqualTo(FakeDocumentServer.PDF);
		assertThat(server.requests(path)).isEqualTo(1);

		MvcResult second = this.mvc.perform(get(url).with(user(member1()))).andExpect(status().isOk()).andReturn();
		assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(FakeDocumentServer.PDF);
		assertThat(server.requests(path)).as("second download comes from the database").isEqualTo(1);

		this.mvc.perform(get(url).with(user(member1())).header("If-None-Match", first.getResponse().getHeader("ETag")))
			.andExpect(status().isNotModified());
		this.mvc.perform(get(url).with(user(member1())).header("If-None-Match", "\"something-else\""))
			.andExpect(status().isOk());
		assertThat(server.requests(path)).isEqualTo(1);
	}

	@Test
	void aXiebaoPolicyIsOpenedThroughXiebaosSignedLinkNeverAnAlwaysNotReadyDownload() throws Exception {
		long memberId = this.members.findByLogin("13800000001").orElseThrow().id();
		long n = SEQUENCE.incrementAndGet();
		Order order = Order.launch(memberId, Channel.XIEBAO, PayType.CASH, "DOCX" + n, null, "XB-TRAVEL-01", "携保境内旅游险",
				null, null, null, null, null, List.of(), Instant.now());
		order.preOrderCreated("INS" + n, null, Instant.now(), null);
		order.replaceInsured(List.of(new InsuredPerson("张三", null, null, null, null, null, null, "XP" + n,
				PolicyStatus.ISSUED, null, null, null, null)));
		order.advanceTo(OrderStatus.ISSUED, OrderEventSource.PULL, Instant.now());
		order = this.orders.save(order);
		this.mvc.perform(get("/orders/" + order.getId() + "/documents/policy/XP" + n).with(user(member1())))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/xiebao/orders/" + order.getId() + "/policy"));
		this.mvc.perform(get("/orders/" + order.getId() + "/documents.zip").with(user(member1())))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/xiebao/orders/" + order.getId() + "/policy"));
		UserDetails intruder = this.users.loadUserByUsername("13800000002");
		this.mvc.perform(get("/orders/" + order.getId() + "/documents.zip").with(user(intruder))).andExpect(status().isNotFound());
	}

	@Test
	void anotherMemberGets404ForEverythingOfSomeoneElsesOrder() throws Exception {
		String code = code();
		String path = "/files/" + code + "/policy.pdf";
		server.put(path, FakeDocumentServer.PDF);
		Order order = issuedOrder("13800000001", new Policy(code, server.url(path), server.url(path)));
		UserDetails intruder = this.users.loadUserByUsername("13800000002");
		long id = order.getId();

		for (String url : List.of("/orders/" + id + "/documents/policy/" + code,
				"/orders/" + id + "/documents/certificate/" + code, "/orders/" + id + "/documents/invoice/" + code,
				"/orders/" + id + "/documents.zip", "/orders/" + (id + 1) + "/documents/policy/" + code,
				"/orders/" + (id + 1000) + "/documents.zip", "/orders/1/documents/policy/" + code)) {
			this.mvc.perform(get(url).with(user(intruder))).andExpect(status().isNotFound());
		}
		assertThat(server.requests(path)).isZero();
		this.mvc.perform(get("/orders/" + id + "/documents/policy/" + code)).andExpect(status().is3xxRedirection());
		assertThat(server.requests(path)).isZero();
	}

	@Test
	void aPolicyCodeThatIsNotOnTheOrderIs404EvenForTheOwner() throws Exception {
		String code = code();
		Order mine = issuedOrder("13800000001", new Policy(code, server.url("/good.pdf"), null));
		Order other = issuedOrder("13800000002", new Policy(code(), server.url("/good.pdf"), null));
		String otherCode = other.getInsured().get(0).policyCode();
		this.mvc.perform(get("/orders/" + mine.getId() + "/documents/policy/" + otherCode).with(user(member1())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/orders/" + mine.getId() + "/documents/receipt/" + code).with(user(member1())))
			.andExpect(status().isNotFound());
	}

	@Test
	void staffCanDownloadAnyOrdersDocuments() throws Exception {
		String code = code();
		String path = "/files/" + code + "/certificate.pdf";
		server.put(path, FakeDocumentServer.PDF);
		Order order = issuedOrder("13800000002", new Policy(code, null, server.url(path)));
		MvcResult result = this.mvc
			.perform(get("/orders/" + order.getId() + "/documents/certificate/" + code)
				.with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"certificate-" + code + ".pdf\"; filename*=UTF-8''%E5%87%AD%E8%AF%81-" + code + ".pdf"))
			.andReturn();
		assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(FakeDocumentServer.PDF);
	}

	@Test
	void zipHoldsEveryAvailablePolicyAndCertificateAndExplainsWhatIsMissing() throws Exception {
		String a = code();
		String b = code();
		String c = code();
		byte[] policyA = pdf("policy A");
		byte[] certificateA = pdf("certificate A");
		byte[] policyB = pdf("policy B");
		server.put("/zip/" + a + "/p.pdf", policyA);
		server.put("/zip/" + a + "/c.pdf", certificateA);
		server.put("/zip/" + b + "/p.pdf", policyB);
		Order order = issuedOrder("13800000001",
				new Policy(a, server.url("/zip/" + a + "/p.pdf"), server.url("/zip/" + a + "/c.pdf")),
				new Policy(b, server.url("/zip/" + b + "/p.pdf"), null), new Policy(c, null, null));

		MvcResult result = this.mvc.perform(get("/orders/" + order.getId() + "/documents.zip").with(user(member1())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/zip"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
					"filename=\"documents-order-" + order.getId() + ".zip\"")))
			.andReturn();

		Map<String, byte[]> entries = unzip(result.getResponse().getContentAsByteArray());
		assertThat(entries.keySet()).containsExactly("保单-" + a + ".pdf", "凭证-" + a + ".pdf", "保单-" + b + ".pdf",
				"说明.txt");
		assertThat(entries.get("保单-" + a + ".pdf")).isEqualTo(policyA);
		assertThat(entries.get("凭证-" + a + ".pdf")).isEqualTo(certificateA);
		assertThat(entries.get("保单-" + b + ".pdf")).isEqualTo(policyB);
		String readme = new String(entries.get("说明.txt"), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(readme).contains("保单-" + c + ".pdf").doesNotContain("凭证-" + b).doesNotContain(a + ".pdf");

		this.mvc.perform(get("/orders/" + order.getId() + "/documents.zip").with(user(member1())))
			.andExpect(status().isOk());
		assertThat(server.requests("/zip/" + a + "/p.pdf")).as("stored documents are not fetched again").isEqualTo(1);
	}

	@Test
	void aDocumentNotIssuedYetShowsAPageAndIsRecordedForRetry() throws Exception {
		String noUrl = code();
		String partner404 = code();
		Order order = issuedOrder("13800000001", new Policy(noUrl, null, null),
				new Policy(partner404, server.url("/files/" + partner404 + "/later.pdf"), null));

		MvcResult page = this.mvc
			.perform(get("/orders/" + order.getId() + "/documents/policy/" + noUrl).with(user(member1())))
			.andExpect(status().isAccepted())
			.andExpect(view().name(DocumentController.VIEW_NOT_READY))
			.andExpect(header().string("Retry-After", "300"))
			.andReturn();
		assertThat(page.getResponse().getContentAsString()).contains("保单尚未生成，请稍后再试")
			.contains("href=\"/orders/" + order.getId() + "\"");
		this.mvc
			.perform(get("/orders/" + order.getId() + "/documents/policy/" + partner404 + "?lang=en").with(user(member1())))
			.andExpect(status().isAccepted())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("Policy not issued yet"));

		assertThat(attemptOutcome(order, noUrl)).isEqualTo("NO_URL");
		assertThat(attemptOutcome(order, partner404)).isEqualTo("NOT_READY");
		this.mvc.perform(get("/orders/" + order.getId() + "/documents.zip").with(user(member1())))
			.andExpect(status().isAccepted())
			.andExpect(view().name(DocumentController.VIEW_NOT_READY));
	}

	@Test
	void aRefusedFetchShowsANeutralPageWithoutInternals() throws Exception {
		String evil = code();
		String html = code();
		Order order = issuedOrder("13800000001", new Policy(evil, "http://evil.example/" + evil + ".pdf", null),
				new Policy(html, server.url("/html"), null));
		for (String code : List.of(evil, html)) {
			MvcResult result = this.mvc
				.perform(get("/orders/" + order.getId() + "/documents/policy/" + code).with(user(member1())))
				.andExpect(status().isBadGateway())
				.andExpect(view().name(DocumentController.VIEW_UNAVAILABLE))
				.andReturn();
			assertThat(result.getResponse().getContentAsString()).contains("文件暂时无法下载")
				.doesNotContain("evil.example")
				.doesNotContain("Exception")
				.doesNotContain("NOT_A_PDF")
				.doesNotContain("系统繁忙");
			assertThat(attemptOutcome(order, code)).isEqualTo("REFUSED");
		}
		this.mvc.perform(get("/orders/" + order.getId() + "/documents.zip").with(user(member1())))
			.andExpect(status().isBadGateway());
	}

	@Test
	void prefetchJobFetchesIssuedOrdersDocumentsWithBackoff() throws Exception {
		String code = code();
		String path = "/prefetch/" + code + "/p.pdf";
		Order issued = issuedOrder("13800000001", new Policy(code, server.url(path), null));
		String paidCode = code();
		String paidPath = "/prefetch/" + paidCode + "/p.pdf";
		server.put(paidPath, FakeDocumentServer.PDF);
		Order paid = order("13800000001", OrderStatus.PAID, new Policy(paidCode, server.url(paidPath), null));

		this.prefetchJob.run();
		assertThat(server.requests(path)).isEqualTo(1);
		assertThat(attemptOutcome(issued, code)).isEqualTo("NOT_READY");
		assertThat(storedCount(issued)).isZero();

		server.put(path, FakeDocumentServer.PDF);
		this.prefetchJob.run();
		assertThat(server.requests(path)).as("backoff: not due yet").isEqualTo(1);

		this.jdbc.sql("UPDATE document_fetch_attempt SET next_attempt_at = ? WHERE order_id = ?")
			.params(java.sql.Timestamp.from(Instant.now().minusSeconds(1)), issued.getId())
			.update();
		this.prefetchJob.run();
		assertThat(server.requests(path)).isEqualTo(2);
		assertThat(storedCount(issued)).isEqualTo(1);
		assertThat(attemptOutcome(issued, code)).isNull();
		assertThat(server.requests(paidPath)).as("only issued orders are prefetched").isZero();
		assertThat(storedCount(paid)).isZero();

		this.mvc.perform(get("/orders/" + issued.getId() + "/documents/policy/" + code).with(user(member1())))
			.andExpect(status().isOk());
		assertThat(server.requests(path)).isEqualTo(2);
	}

	private UserDetails member1() {
		return this.users.loadUserByUsername("13800000001");
	}

	private String attemptOutcome(Order order, String code) {
		return this.jdbc.sql("SELECT last_outcome FROM document_fetch_attempt WHERE order_id = ? AND policy_code = ?")
			.params(order.getId(), code)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private int storedCount(Order order) {
		return this.jdbc.sql("SELECT COUNT(*) FROM stored_document WHERE order_id = ?")
			.param(order.getId())
			.query(Integer.class)
			.single();
	}

	private Order issuedOrder(String login, Policy... policies) {
		return order(login, OrderStatus.ISSUED, policies);
	}

	private Order order(String login, OrderStatus status, Policy... policies) {
		long memberId = this.members.findByLogin(login).orElseThrow().id();
		Instant now = Instant.now();
		long n = SEQUENCE.incrementAndGet();
		Order order = Order.launch(memberId, Channel.AIGOUBAO, PayType.CASH, "DOC" + n, "doc-tok-" + n, "200437",
				"国内旅游意外险", "P1", "计划一", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), "张三",
				List.of(InsuredPerson.prefilled("张三", "1", "110105********002X", LocalDate.of(1980, 1, 1), "M", "1")),
				now);
		order.preOrderCreated("TEDOC" + n, "http://pay.example/" + n, now, now.plusSeconds(60));
		order.advanceTo(status, OrderEventSource.PULL, now);
		List<InsuredPerson> insured = new ArrayList<>();
		for (Policy policy : policies) {
			insured.add(new InsuredPerson("被保人" + policy.code(), "1", "110105********002X", LocalDate.of(1980, 1, 1),
					"M", "1", null, policy.code(), PolicyStatus.ISSUED, "已生效", policy.policyUrl(),
					policy.certificateUrl(), null));
		}
		order.replaceInsured(insured);
		return this.orders.save(order);
	}

	private static String code() {
		return "PC" + SEQUENCE.incrementAndGet();
	}

	private static byte[] pdf(String marker) {
		byte[] head = FakeDocumentServer.PDF;
		byte[] tail = ("% " + marker + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] result = java.util.Arrays.copyOf(head, head.length + tail.length);
		System.arraycopy(tail, 0, result, head.length, tail.length);
		return result;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	record Policy(String code, String policyUrl, String certificateUrl) {
	}

}
