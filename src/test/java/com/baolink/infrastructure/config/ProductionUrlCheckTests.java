package com.baolink.infrastructure.config;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import com.baolink.partner.aigoubao.AigoubaoProperties;
import com.baolink.partner.xiebao.XiebaoProperties;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ProductionUrlCheckTests {

	static final XiebaoProperties XIEBAO_OFF = new XiebaoProperties("", "", "", "", "");

	@Test
	void productionStartsWithAbsoluteUrls() {
		assertThatCode(() -> check(new MockEnvironment(), "https://portal.example.com", "https://apiagb.aigobo.cn",
				new XiebaoProperties("https://api.xiebao18.com", "12345", "", "k", "n")))
			.doesNotThrowAnyException();
	}

	@Test
	void productionRefusesAnEmptyPublicBaseUrl() {
		assertThatIllegalStateException()
			.isThrownBy(() -> check(new MockEnvironment(), "", "https://apiagb.aigobo.cn", XIEBAO_OFF))
			.withMessageContaining("baolink.public-base-url");
	}

	@Test
	void productionRefusesARelativeGatewayAndOtherSchemes() {
		assertThatIllegalStateException()
			.isThrownBy(() -> check(new MockEnvironment(), "https://portal.example.com", "/sandbox/aigoubao", XIEBAO_OFF))
			.withMessageContaining("baolink.aigoubao.base-url");
		assertThatIllegalStateException()
			.isThrownBy(() -> check(new MockEnvironment(), "javascript:alert(1)", "https://apiagb.aigobo.cn", XIEBAO_OFF));
		assertThatIllegalStateException()
			.isThrownBy(() -> check(new MockEnvironment(), "https://portal.example.com", "https://apiagb.aigobo.cn",
					new XiebaoProperties("/sandbox/xiebao", "12345", "", "k", "n")))
			.withMessageContaining("baolink.xiebao.base-url");
	}

	@Test
	void sandboxMayUseRelativeUrls() {
		MockEnvironment sandbox = new MockEnvironment();
		sandbox.setActiveProfiles("sandbox");
		assertThatCode(() -> check(sandbox, "", "/sandbox/aigoubao", new XiebaoProperties("/sandbox/xiebao", "12345",
				"", "k", "n")))
			.doesNotThrowAnyException();
	}

	private static void check(MockEnvironment env, String publicBaseUrl, String gateway, XiebaoProperties xiebao) {
		AigoubaoProperties aigoubao = new AigoubaoProperties(gateway, "token", "des-key8", "md5", "90778244", "E1",
				"I1", Duration.ofSeconds(3), Duration.ofSeconds(10), 400);
		new ProductionUrlCheck(env, new PortalProperties(publicBaseUrl), List.of(aigoubao, xiebao)).afterPropertiesSet();
	}

}
