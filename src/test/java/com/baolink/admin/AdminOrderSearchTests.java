package com.baolink.admin;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.baolink.catalog.Channel;
import com.baolink.order.OrderStatus;

import static org.assertj.core.api.Assertions.assertThat;

class AdminOrderSearchTests {

	@Test
	void filtersAreReadAndKeptInThePagerAndCsvLinks() {
		AdminOrderSearch search = AdminOrderSearch.of(" 13800000001 ", "xiebao", "200437", "issued", "2026-11-01",
				"2026-11-30", "张三", "PL-1", "3");

		assertThat(search.member()).isEqualTo("13800000001");
		assertThat(search.channel()).isEqualTo(Channel.XIEBAO);
		assertThat(search.status()).isEqualTo(OrderStatus.ISSUED);
		assertThat(search.from()).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(search.to()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(search.hasErrors()).isFalse();
		assertThat(search.link(4)).isEqualTo("/admin/orders?member=13800000001&channel=XIEBAO&product=200437"
				+ "&status=ISSUED&from=2026-11-01&to=2026-11-30&insured=%E5%BC%A0%E4%B8%89&policy=PL-1&page=4");
		assertThat(search.csvLink()).startsWith("/admin/orders.csv?member=13800000001&").doesNotContain("page=");
	}

	@Test
	void unknownChoicesDoNotFilterAndBadDatesAreFieldErrorsKeptAsTyped() {
		AdminOrderSearch search = AdminOrderSearch.of(null, "NOPE", null, "WHATEVER", "2026-13-45", "yesterday", null,
				null, "x");

		assertThat(search.channel()).isNull();
		assertThat(search.status()).isNull();
		assertThat(search.from()).isNull();
		assertThat(search.to()).isNull();
		assertThat(search.error("from")).isEqualTo(AdminOrderSearch.ERROR_DATE);
		assertThat(search.error("to")).isEqualTo(AdminOrderSearch.ERROR_DATE);
		assertThat(search.page()).isEqualTo(1);
		assertThat(search.link(1)).isEqualTo("/admin/orders?from=2026-13-45&to=yesterday");
	}

	@Test
	void aRangeEndingBeforeItStartsIsAnErrorOnItsEnd() {
		AdminOrderSearch search = AdminOrderSearch.of(null, null, null, null, "2026-11-30", "2026-11-01", null, null,
				null);

		assertThat(search.from()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(search.to()).isNull();
		assertThat(search.error("to")).isEqualTo(AdminOrderSearch.ERROR_RANGE);
	}

}
