package com.baolink.partner.aigoubao;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.baolink.catalog.Product;
import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.RegisterResult;
import com.baolink.testsupport.CatalogWebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** 2000/2009/5000 are configuration faults: staff see what to check on /admin, members that their order is safe. */
class ConfigurationFaultTests extends CatalogWebTestSupport {

	@Autowired
	AigoubaoConfigurationFaults faults;

	@Test
	void aConfigurationFaultIsShownToStaffWithWhatToCheckUntilACallSucceeds() throws Exception {
		this.faults.observed("/api/order/addTemp", "5000");
		this.faults.observed("/api/order/addTemp", "2009");
		assertThat(this.faults.open()).hasValueSatisfying(fault -> {
			assertThat(fault.code()).isEqualTo("2009");
			assertThat(fault.occurrences()).isEqualTo(2);
		});
		this.mvc.perform(get("/admin").with(login("admin")))
			.andExpect(content().string(containsString("id=\"config-fault\"")))
			.andExpect(content().string(containsString("BAOLINK_AIGOUBAO_DES_KEY")));
		this.mvc.perform(get("/admin").param("lang", "en").with(login("admin")))
			.andExpect(content().string(containsString("AiGouBao configuration problem")));

		this.faults.observed("/api/order/getOrderDetail", "9999");
		assertThat(this.faults.open()).as("an ordinary failure does not clear it").isPresent();
		this.faults.observed("/api/order/getOrderDetail", "0000");
		assertThat(this.faults.open()).isEmpty();
		this.mvc.perform(get("/admin").with(login("admin")))
			.andExpect(content().string(not(containsString("id=\"config-fault\""))));

		this.faults.observed("/api/order/addTemp", "2000");
		assertThat(this.faults.open()).hasValueSatisfying(fault -> assertThat(fault.occurrences()).isEqualTo(1));
		this.faults.observed("/api/order/addTemp", "0000");
	}

	@Test
	void aMemberWhosePreOrderMeetsAConfigurationFaultIsToldTheOrderIsSafe() throws Exception {
		Product product = seed(unique("配置险"), "天安财险", "TRAVEL", null, List.of(plan("P1", "计划", "5")));
		given(this.aigoubao.register(any(), eq(CallPriority.USER))).willReturn(new RegisterResult("106225"));
		given(this.aigoubao.addTemp(any(), any())).willThrow(new AigoubaoException("2000", "签名错误"));
		LocalDate start = LocalDate.now(ChinaTime.ZONE).plusDays(1);
		this.mvc.perform(post("/orders/launch").param("productId", String.valueOf(product.getId()))
				.param("launchToken", UUID.randomUUID().toString())
				.param("plan", "P1")
				.param("coverStart", start.toString())
				.param("coverEnd", start.plusDays(2).toString())
				.param("payType", "CASH")
				.with(csrf())
				.with(login("13800000001")))
			.andExpect(content().string(containsString("合作方暂时没有响应，您的订单已保存")))
			.andExpect(content().string(not(containsString("合作方拒绝了此订单"))));
	}

}
