package com.baolink.engine;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code baolink.engine.*}: whether this node executes background work ({@code enabled}; scheduling
 * work is always possible), its worker {@code threads}, how often it looks for due work when not
 * woken ({@code polling-interval}), its heartbeat (a node silent for four heartbeats is dead and its
 * executions are revived elsewhere), how long shutdown waits for running work, its name in the
 * engine's records ({@code node-name}, default host and process id) and the retry policy of each
 * kind of task ({@code retry.<task>.backoff}, {@code then-every}, {@code give-up-after}; a task
 * without one uses {@code retry.default}).
 * <p>
 * {@code recurring=false} leaves the recurring tasks off on this node (tests that drive them by
 * hand). {@code namespace} prefixes every task name: nodes only pick up tasks they know, so test
 * contexts sharing one database each get their own ({@code random}: a new one per context) while
 * real nodes of one cluster share the default, empty one.
 */
@Validated
@ConfigurationProperties("baolink.engine")
public record EngineProperties(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean recurring,
		@DefaultValue("") String namespace, @DefaultValue("8") @Min(1) @Max(64) int threads,
		@DefaultValue("2s") @NotNull Duration pollingInterval, @DefaultValue("15s") @NotNull Duration heartbeatInterval,
		@DefaultValue("10s") @NotNull Duration shutdownMaxWait, String nodeName,
		@Valid Map<String, RetryPolicy> retry) {

	static final String DEFAULT_POLICY = "default";

	public EngineProperties {
		retry = retry == null ? Map.of() : Map.copyOf(retry);
		namespace = "random".equals(namespace) ? UUID.randomUUID().toString().substring(0, 8) + ":"
				: (namespace == null ? "" : namespace);
		if (nodeName == null || nodeName.isBlank()) {
			nodeName = defaultNodeName();
		}
		nodeName = nodeName.length() > 50 ? nodeName.substring(0, 50) : nodeName;
	}

	/** The engine's name of {@code task} on this node. */
	String qualified(String task) {
		return this.namespace + task;
	}

	/** The policy of {@code task}, or the default one. */
	public RetryPolicy policy(String task) {
		RetryPolicy policy = this.retry.getOrDefault(task, this.retry.get(DEFAULT_POLICY));
		if (policy == null) {
			throw new IllegalStateException("No retry policy for task " + task + " and no baolink.engine.retry.default");
		}
		return policy;
	}

	private static String defaultNodeName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "node";
		}
		return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
	}

}
