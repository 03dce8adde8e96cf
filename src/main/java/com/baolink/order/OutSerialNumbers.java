package com.baolink.order;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import com.baolink.infrastructure.config.ChinaTime;

/**
 * The portal's serial number for a pre-order ({@code outSerialNo}, at most 32 characters):
 * {@code BL} + China time yyyyMMddHHmmss + 6 random digits, e.g. {@code BL20261123100501042917}.
 * Uniqueness is enforced by the database; a collision is retried by the caller.
 */
@Component
public class OutSerialNumbers {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ChinaTime.ZONE);

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	OutSerialNumbers(Clock clock) {
		this.clock = clock;
	}

	public String next() {
		return "BL" + STAMP.format(this.clock.instant()) + String.format("%06d", this.random.nextInt(1_000_000));
	}

}
