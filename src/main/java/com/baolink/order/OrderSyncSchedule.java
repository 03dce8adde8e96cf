package com.baolink.order;

import java.time.Instant;

/**
 * When the partner should be asked about an order again. Implemented by the reconciliation module
 * (backoff, give-up age) so the order module does not depend on it.
 */
public interface OrderSyncSchedule {

	/**
	 * The next background pull for {@code order} after one that happened (or failed) at {@code now};
	 * {@code null} when the order no longer needs pulling (settled, or too old to keep trying).
	 */
	Instant nextPull(Order order, Instant now);

}
