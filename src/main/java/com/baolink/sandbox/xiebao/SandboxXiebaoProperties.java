package com.baolink.sandbox.xiebao;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated Xiebao ({@code baolink.sandbox.xiebao.*}, sandbox profile only): the one partner
 * account it knows (by default the portal's own sandbox values), where it posts notifications
 * ({@code notify-url}, relative = this server), its retry rhythm (the document: once after 3 s,
 * then hourly 5 times; {@code retry-hour} is configurable so tests can compress the hour) and the
 * default test {@link Switches} (also changeable at runtime on {@code /sandbox/xiebao/admin}).
 */
@ConfigurationProperties("baolink.sandbox.xiebao")
public record SandboxXiebaoProperties(String partnerId, String apiKey, String notifyKey,
		@DefaultValue("/callbacks/xiebao") String notifyUrl, @DefaultValue("PT3S") Duration firstRetryDelay,
		@DefaultValue("PT1H") Duration retryHour, @DefaultValue("5") int hourlyRetries,
		@DefaultValue Switches switches) {

	/**
	 * How the notifications of a new application are sent. {@code shuffle}: random order;
	 * {@code duplicates}: each sent twice; {@code thenSurrender} / {@code thenReissue}: a 4 / 5
	 * follows; {@code endorsement}: a 26 follows; {@code abnormal}: 27 instead of 3 and 9;
	 * {@code retry}: re-deliver after a non-success answer; {@code prettyData}: {@code data}
	 * formatted with spaces and newlines (signed as sent).
	 */
	public record Switches(boolean shuffle, boolean duplicates, boolean thenSurrender, boolean thenReissue,
			boolean endorsement, boolean abnormal, @DefaultValue("true") boolean retry, boolean prettyData) {

		/** A short description stored with each application, e.g. "shuffle,duplicates,retry". */
		public String describe() {
			StringBuilder text = new StringBuilder();
			append(text, this.shuffle, "shuffle");
			append(text, this.duplicates, "duplicates");
			append(text, this.thenSurrender, "surrender");
			append(text, this.thenReissue, "reissue");
			append(text, this.endorsement, "endorsement");
			append(text, this.abnormal, "abnormal");
			append(text, this.retry, "retry");
			append(text, this.prettyData, "pretty");
			return text.toString();
		}

		private static void append(StringBuilder text, boolean on, String name) {
			if (on) {
				text.append(text.isEmpty() ? "" : ",").append(name);
			}
		}

	}

}
