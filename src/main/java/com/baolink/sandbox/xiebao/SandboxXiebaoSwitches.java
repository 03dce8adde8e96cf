package com.baolink.sandbox.xiebao;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.baolink.sandbox.xiebao.SandboxXiebaoProperties.Switches;

/** The switches for the next applications: the configured defaults until changed on the admin page. */
@Component
@Profile("sandbox")
public class SandboxXiebaoSwitches {

	private final Switches defaults;

	private final AtomicReference<Switches> current;

	SandboxXiebaoSwitches(SandboxXiebaoProperties properties) {
		this.defaults = properties.switches();
		this.current = new AtomicReference<>(this.defaults);
	}

	public Switches current() {
		return this.current.get();
	}

	public void set(Switches switches) {
		this.current.set(switches);
	}

	public void reset() {
		this.current.set(this.defaults);
	}

}
