package com.baolink.order;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.baolink.catalog.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SalesChannelsTests {

	@Test
	void eachChannelIsServedByItsAdapter() {
		SalesChannel aigoubao = adapter(Channel.AIGOUBAO);
		SalesChannels channels = new SalesChannels(List.of(aigoubao));

		assertThat(channels.get(Channel.AIGOUBAO)).isSameAs(aigoubao);
		assertThat(channels.find(Channel.XIEBAO)).isEmpty();
		assertThat(channels.capabilities(Channel.XIEBAO).servesPolicyFiles()).as("no adapter: nothing").isFalse();
		assertThatIllegalStateException().isThrownBy(() -> channels.get(Channel.XIEBAO))
			.withMessageContaining("XIEBAO");
	}

	@Test
	void twoAdaptersForOneChannelAreAWiringFault() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SalesChannels(List.of(adapter(Channel.XIEBAO), adapter(Channel.XIEBAO))))
			.withMessageContaining("Two adapters for channel XIEBAO");
	}

	@Test
	void aChannelWithoutPreOrdersRefusesThem() {
		SalesChannel hostedForm = adapter(Channel.XIEBAO);

		assertThat(hostedForm.capabilities().takesPreOrders()).isFalse();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> hostedForm.admit(1L))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	private static SalesChannel adapter(Channel channel) {
		return new SalesChannel() {

			@Override
			public Channel channel() {
				return channel;
			}

			@Override
			public Capabilities capabilities() {
				return new Capabilities(false, false, false, false, false, false);
			}

		};
	}

}
