package com.baolink.sandbox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.baolink.catalog.Product;
import com.baolink.catalog.ProductCoverage;
import com.baolink.catalog.ProductLimits;
import com.baolink.catalog.Products;
import com.baolink.catalog.Channel;

/**
 * Sandbox only: what staff would curate for the demo products (insurer, category, selling points,
 * coverage, notices, limits), written once for products nobody has described yet, so the demo
 * catalogue can be browsed by insurer and category and every product page shows its coverage.
 * Runs after the catalogue seed (configured AiGouBao codes) and the Xiebao demo products.
 */
@Component
@Profile("sandbox")
@Order(20)
class SandboxCatalogCuration implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SandboxCatalogCuration.class);

	record Demo(String insurer, String category, List<String> points, List<ProductCoverage> coverage, String notices,
			ProductLimits limits, int order) {
	}

	static final Map<String, Demo> AIGOUBAO = Map.of(
			"200437", new Demo("天安财险", "TRAVEL", List.of("国内旅游全程保障", "意外医疗不限社保用药"),
					List.of(line("意外身故、伤残", "100000", "按伤残等级比例给付"), line("意外医疗", "10000", "0 免赔，100% 赔付"),
							line("急性病身故", "50000", null)),
					"被保险人须身体健康，能正常工作或生活。高风险运动不在保障范围内。", new ProductLimits(0, 80, 1, 30, 180), 10),
			"100371", new Demo("平安产险", "TRAVEL", List.of("申根签证认可", "境外紧急救援 24 小时"),
					List.of(line("意外身故、伤残", "300000", null), line("境外医疗", "200000", "含住院及门急诊"),
							line("紧急救援", "500000", "转运及送返")),
					"出行前购买；境外医疗须在就诊后 30 日内报案。", new ProductLimits(0, 85, 1, 180, 180), 20),
			"200161", new Demo("众安保险", "ACCIDENT", List.of("单次航班即买即保"),
					List.of(line("航空意外身故、伤残", "2000000", null), line("航班延误", "300", "延误满 3 小时")),
					"仅保障投保时填写的航班。", new ProductLimits(0, 100, 1, 1, 30), 30),
			"200104", new Demo("人保财险", "SPORTS", List.of("含徒步、骑行、滑雪", "高风险运动版可选"),
					List.of(line("运动意外身故、伤残", "200000", null), line("意外医疗", "20000", "100 元免赔"),
							line("救援费用", "50000", null)),
					"职业运动员及比赛期间不在保障范围内。", new ProductLimits(16, 65, 1, 30, 90), 40),
			"100434", new Demo("太平洋产险", "ACCIDENT", List.of("一日游 1 元起"),
					List.of(line("意外身故、伤残", "50000", null), line("意外医疗", "5000", null)), null,
					new ProductLimits(0, 75, 1, 1, 60), 50));

	static final Map<String, Demo> XIEBAO = Map.of(
			"XB-TRAVEL-01", new Demo("平安产险", null, List.of("行李延误也能赔"),
					List.of(line("意外身故、伤残", "100000", null), line("意外医疗", "10000", null),
							line("行李延误", "500", "延误满 6 小时")),
					null, new ProductLimits(0, 80, 1, 30, 180), 60),
			"XB-ACCIDENT-02", new Demo("人保财险", null, List.of("一年期综合保障"),
					List.of(line("意外身故、伤残", "500000", null), line("意外医疗", "50000", null)), null,
					new ProductLimits(18, 65, 1, 366, 180), 70),
			"XB-SKI-03", new Demo("太平洋产险", null, List.of("滑雪专属"),
					List.of(line("滑雪意外身故、伤残", "300000", null), line("救援费用", "100000", null)), null,
					new ProductLimits(10, 60, 1, 15, 60), 80));

	private final Products products;

	SandboxCatalogCuration(Products products) {
		this.products = products;
	}

	@Override
	public void run(ApplicationArguments args) {
		int described = describe(Channel.AIGOUBAO, AIGOUBAO) + describe(Channel.XIEBAO, XIEBAO);
		if (described > 0) {
			log.info("Sandbox: {} demo products described (insurer, category, coverage)", described);
		}
	}

	private int describe(Channel channel, Map<String, Demo> demos) {
		int described = 0;
		for (Map.Entry<String, Demo> entry : demos.entrySet()) {
			Product product = this.products.findByChannelAndCode(channel, entry.getKey()).orElse(null);
			if (product == null || !product.getCoverage().isEmpty()) {
				continue;
			}
			Demo demo = entry.getValue();
			String insurer = demo.insurer() != null ? demo.insurer() : product.getInsurerName();
			String category = demo.category() != null ? demo.category() : product.getCategory();
			product.describe(insurer, category, product.getDescription(), product.getPictureUrl());
			product.presentation(demo.points(), demo.coverage(), demo.notices(), null);
			product.limits(demo.limits());
			product.place(demo.order());
			this.products.save(product);
			described++;
		}
		return described;
	}

	private static ProductCoverage line(String item, String sum, String notes) {
		return new ProductCoverage(item, sum == null ? null : new BigDecimal(sum), notes);
	}

}
