package com.baolink.share;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.infrastructure.web.PortalHttpClient;
import com.baolink.sandbox.aigoubao.SandboxPayForm;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps of the share tests over HTTP: a member creates a link, a customer fills the link's form. */
final class ShareFixtures {

	static final String SANDBOX_PRODUCT = "200437";

	private ShareFixtures() {
	}

	static long sandboxProduct(JdbcClient jdbc, String channel, String code) {
		return jdbc.sql("SELECT id FROM product WHERE channel = ? AND code = ? AND enabled")
			.params(channel, code)
			.query(Long.class)
			.single();
	}

	/** The member (logged in on {@code member}) creates a link; returns its token. */
	static String createLink(PortalHttpClient member, JdbcClient jdbc, long productId, String plan, String note) {
		String page = member.get("/shares?product=" + productId).body();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", PortalHttpClient.csrfToken(page));
		form.put("productId", String.valueOf(productId));
		form.put("plan", plan == null ? "" : plan);
		form.put("note", note == null ? "" : note);
		form.put("expiresOn", LocalDate.now(ChinaTime.ZONE).plusDays(30).toString());
		HttpResponse<String> created = member.postForm("/shares", form);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		Matcher id = Pattern.compile("created=(\\d+)").matcher(location);
		assertThat(id.find()).as(location).isTrue();
		return jdbc.sql("SELECT token FROM share_link WHERE id = ?").param(Long.parseLong(id.group(1))).query(String.class).single();
	}

	static long linkId(JdbcClient jdbc, String token) {
		return jdbc.sql("SELECT id FROM share_link WHERE token = ?").param(token).query(Long.class).single();
	}

	/** The value of a hidden input {@code name} of a rendered form. */
	static String hidden(String html, String name) {
		Matcher input = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
		assertThat(input.find()).as("input " + name).isTrue();
		Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
		assertThat(value.find()).isTrue();
		return value.group(1);
	}

	/** The customer's AiGouBao form for 张三 (holder, self) and 李四, taken from the rendered link page. */
	static Map<String, String> customerForm(String linkPage, String plan) {
		LocalDate start = LocalDate.now(ChinaTime.ZONE).plusDays(3);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", PortalHttpClient.csrfToken(linkPage));
		form.put("launchToken", hidden(linkPage, "launchToken"));
		form.put("plan", plan);
		form.put("coverStart", start.toString());
		form.put("coverEnd", start.plusDays(1).toString());
		form.put("holder.name", "张三");
		form.put("holder.cardType", "1");
		form.put("holder.cardNo", SandboxPayForm.ZHANG_SAN_ID);
		form.put("holder.mobile", "13800138000");
		form.put("insured[0].name", "张三");
		form.put("insured[0].cardType", "1");
		form.put("insured[0].cardNo", SandboxPayForm.ZHANG_SAN_ID);
		form.put("insured[0].relation", "1");
		form.put("insured[1].name", "李四");
		form.put("insured[1].cardType", "1");
		form.put("insured[1].cardNo", SandboxPayForm.LI_SI_ID);
		form.put("insured[1].relation", "5");
		form.put("acceptNotices", "true");
		return form;
	}

}
