package com.baolink.partner.xiebao;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.web.util.UriComponentsBuilder;

import com.baolink.infrastructure.web.ServerAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XiebaoLinksTests {

	static final String BASE = "https://testapi.xiebao18.com";

	final XiebaoLinks links = links("");

	static XiebaoLinks links(String subPartnerId) {
		return new XiebaoLinks(new XiebaoProperties(BASE, "12345", subPartnerId, "Key", "notify"), new ServerAddress());
	}

	@Test
	void signIsTheDocumentsExample() {
		assertThat(XiebaoLinks.sign("Key", "12345")).isEqualTo("001f9594105fd5b7ccb07caa01481a35");
	}

	@Test
	void productLinkCarriesTheParametersInTheDocumentsOrder() {
		String link = this.links.productLink("QX000000127257", "101000", Platform.H5);

		assertThat(link).isEqualTo(BASE + "/dispatch/cps?partnerId=12345&subPartnerId=&caseCode=QX000000127257"
				+ "&partnerUniqKey=101000&platform=1&sign=001f9594105fd5b7ccb07caa01481a35");
	}

	@Test
	void subPartnerIdIsSentWhenConfigured() {
		String link = links("678").productLink("QX1", "101000", Platform.PC);

		assertThat(query(link)).containsEntry("subPartnerId", "678").containsEntry("platform", "2");
	}

	@Test
	void valuesWithChineseAndSpecialCharactersAreEncodedAndDecodeBack() {
		String member = "会员 A&B=C+D/é?#%";
		String link = this.links.productLink("XB-旅游 01", member, Platform.H5);

		String rawQuery = URI.create(link).getRawQuery();
		assertThat(rawQuery).doesNotContain(" ").doesNotContain("会").doesNotContain("+").contains("%20");
		assertThat(rawQuery.split("&")).hasSize(6);
		assertThat(query(link)).containsEntry("partnerUniqKey", member).containsEntry("caseCode", "XB-旅游 01");
	}

	@Test
	void homeLinkCarriesPaySuccessAsBase64AndNeverPc() {
		String back = "https://portal.example.com/orders?from=xiebao&x=1";
		String link = this.links.homeLink("101000", Platform.PC, back);

		Map<String, String> query = query(link);
		assertThat(link).startsWith(BASE + "/dispatch/cps/index?partnerId=12345&subPartnerId=&partnerUniqKey=101000");
		assertThat(query).containsEntry("platform", "1").containsEntry("sign", "001f9594105fd5b7ccb07caa01481a35");
		assertThat(new String(Base64.getDecoder().decode(query.get("paySuccess")), StandardCharsets.UTF_8)).isEqualTo(back);
	}

	@Test
	void productLinkForAShareLinkCustomerCarriesPaySuccessBeforeTheSign() {
		String back = "https://portal.example.com/s/o/42-AbC_d";
		String link = this.links.productLink("QX000000127257", "101000", Platform.H5, back);

		assertThat(link).startsWith(BASE + "/dispatch/cps?partnerId=12345&subPartnerId=&caseCode=QX000000127257"
				+ "&partnerUniqKey=101000&platform=1&paySuccess=")
			.endsWith("&sign=001f9594105fd5b7ccb07caa01481a35");
		assertThat(new String(Base64.getDecoder().decode(query(link).get("paySuccess")), StandardCharsets.UTF_8))
			.isEqualTo(back);
		assertThat(query(this.links.productLink("QX000000127257", "101000", Platform.H5, null)))
			.doesNotContainKey("paySuccess");
	}

	@Test
	void homeLinkWithoutPaySuccessLeavesItOut() {
		assertThat(query(this.links.homeLink("101000", Platform.ANDROID, null))).doesNotContainKey("paySuccess")
			.containsEntry("platform", "4");
	}

	@Test
	void policyDetailLink() {
		assertThat(this.links.policyDetailLink("20190226020146", Platform.IOS)).isEqualTo(BASE
				+ "/dispatch/cps/insureDetail?partnerId=12345&insureNum=20190226020146&platform=3&sign=001f9594105fd5b7ccb07caa01481a35");
	}

	@Test
	void requiredValuesAreChecked() {
		assertThatThrownBy(() -> this.links.productLink("QX1", " ", Platform.H5)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.links.productLink(null, "1", Platform.H5)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anUnconfiguredChannelBuildsNoLinks() {
		XiebaoLinks off = new XiebaoLinks(new XiebaoProperties("", "", "", "", ""), new ServerAddress());

		assertThat(off.isEnabled()).isFalse();
		assertThatThrownBy(() -> off.productLink("QX1", "1", Platform.H5)).isInstanceOf(IllegalStateException.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 | H5",
			"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 | H5",
			"Mozilla/5.0 (Linux; Android 13) MicroMessenger/8.0.40 | H5",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36 | PC",
			"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15 | PC" })
	void platformFollowsTheBrowser(String userAgent, Platform expected) {
		assertThat(Platform.forUserAgent(userAgent)).isEqualTo(expected);
	}

	@Test
	void noUserAgentMeansPc() {
		assertThat(Platform.forUserAgent(null)).isEqualTo(Platform.PC);
	}

	private static Map<String, String> query(String link) {
		Map<String, String> values = new LinkedHashMap<>();
		UriComponentsBuilder.fromUriString(link).build().getQueryParams().forEach((name, list) -> values.put(name,
				list.get(0) == null ? "" : java.net.URLDecoder.decode(list.get(0), StandardCharsets.UTF_8)));
		return values;
	}

}
