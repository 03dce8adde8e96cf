package com.baolink.xiebao;

import org.springframework.stereotype.Component;

import com.baolink.catalog.Channel;
import com.baolink.order.SalesChannel;

/**
 * Xiebao as a {@link SalesChannel}: the buyer fills in Xiebao's own hosted form (launched by a signed
 * link, {@link XiebaoLauncher}), so the portal takes no pre-orders; Xiebao serves no files (a
 * policy opens through its signed policy-detail link) and the portal offers neither surrender,
 * invoices nor credit payment for its orders. Its orders are never pulled: they change by Xiebao's
 * notifications only.
 */
@Component
class XiebaoSalesChannel implements SalesChannel {

	private static final Capabilities CAPABILITIES = new Capabilities(false, false, false, false, false, false);

	@Override
	public Channel channel() {
		return Channel.XIEBAO;
	}

	@Override
	public Capabilities capabilities() {
		return CAPABILITIES;
	}

}
