package com.baolink.sandbox.aigoubao;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Profile;

/**
 * Behaviour knobs of the simulated AiGouBao gateway ({@code baolink.sandbox.aigoubao.*}), so the
 * portal's handling of slow, duplicated, refused and lost callbacks can be exercised.
 *
 * @param callbackDelay wait before the first callback attempt
 * @param callbackDuplicates extra identical copies of each callback sent after the first
 * @param callbackRetries further attempts when the distributor answers anything but code 0000
 * @param callbackRetryDelay wait between those attempts
 * @param dropCallbacks simulate lost callbacks: record them but never send
 * @param rateLimitPerMinute requests accepted in any 60 s (the real gateway: 400)
 * @param invoiceDelay time from 7.2 until the invoice PDFs exist
 */
@Profile("sandbox")
@ConfigurationProperties("baolink.sandbox.aigoubao")
public record SandboxAigoubaoProperties(@DefaultValue("500ms") Duration callbackDelay,
		@DefaultValue("0") int callbackDuplicates, @DefaultValue("3") int callbackRetries,
		@DefaultValue("2s") Duration callbackRetryDelay, @DefaultValue("false") boolean dropCallbacks,
		@DefaultValue("400") int rateLimitPerMinute, @DefaultValue("5s") Duration invoiceDelay) {
}
