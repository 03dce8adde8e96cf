package com.baolink.admin;

import java.time.Duration;
import java.util.Map;

/**
 * The staff home's figures. {@code ordersByStatus} and {@code callbacksByStatus} (last 24 h) are
 * keyed by status name; {@code syncGaveUp} counts pending orders no longer pulled,
 * {@code syncOverdue} pending orders whose pull is late and {@code oldestSyncLag} how late the
 * most overdue one is (null: nothing due).
 */
public record AdminDashboard(Map<String, Long> ordersByStatus, long pendingOrders, long issuedOrders,
		long failedLaunches, Map<String, Long> callbacksByStatus, long callbacksSignatureInvalid, long syncGaveUp,
		long syncOverdue, Duration oldestSyncLag) {

	public long orders(String status) {
		return this.ordersByStatus.getOrDefault(status, 0L);
	}

	public long callbacks(String status) {
		return this.callbacksByStatus.getOrDefault(status, 0L);
	}

	/** The lag in whole minutes, for display. */
	public Long oldestSyncLagMinutes() {
		return this.oldestSyncLag == null ? null : this.oldestSyncLag.toMinutes();
	}

}
