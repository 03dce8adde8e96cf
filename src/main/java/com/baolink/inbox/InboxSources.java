package com.baolink.inbox;

/** Values of {@code inbound_callback.source}. */
final class InboxSources {

	static final String AIGOUBAO = "AIGOUBAO";

	static final String XIEBAO = "XIEBAO";

	private InboxSources() {
	}

}
