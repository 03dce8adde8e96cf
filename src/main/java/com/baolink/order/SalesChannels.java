package com.baolink.order;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.baolink.catalog.Channel;

/** Every channel adapter in the application, by channel. */
@Component
public class SalesChannels {

	private static final SalesChannel.Capabilities NONE = new SalesChannel.Capabilities(false, false, false, false,
			false, false);

	private final Map<Channel, SalesChannel> byChannel = new EnumMap<>(Channel.class);

	SalesChannels(List<SalesChannel> adapters) {
		for (SalesChannel adapter : adapters) {
			SalesChannel previous = this.byChannel.put(adapter.channel(), adapter);
			if (previous != null) {
				throw new IllegalStateException("Two adapters for channel " + adapter.channel() + ": "
						+ previous.getClass().getName() + " and " + adapter.getClass().getName());
			}
		}
	}

	/** The adapter of {@code channel}, if that channel is part of this application. */
	public Optional<SalesChannel> find(Channel channel) {
		return Optional.ofNullable(this.byChannel.get(channel));
	}

	/**
	 * What {@code channel} supports; nothing for a channel without an adapter. Templates use it as
	 * {@code ${@salesChannels.capabilities(order.channel)}}.
	 */
	public SalesChannel.Capabilities capabilities(Channel channel) {
		return find(channel).map(SalesChannel::capabilities).orElse(NONE);
	}

	/** The adapter of {@code channel}; a channel without one is a wiring fault. */
	public SalesChannel get(Channel channel) {
		return find(channel).orElseThrow(() -> new IllegalStateException("No adapter for channel " + channel));
	}

}
