package com.baolink.xiebao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import com.baolink.order.Order;
import com.baolink.partner.xiebao.XiebaoNotification;
import com.baolink.partner.xiebao.XiebaoNotification.Abnormal;
import com.baolink.partner.xiebao.XiebaoNotification.Endorsement;
import com.baolink.partner.xiebao.XiebaoNotification.Unknown;
import com.baolink.partner.xiebao.XiebaoNotificationVerifier;
import com.baolink.partner.xiebao.XiebaoVerification;

/**
 * Applies a stored Xiebao notification to the portal's orders. A correctly signed notification is
 * authoritative (Xiebao has no API to pull from), so its content is applied directly — once: the
 * log {@code xiebao_applied} (unique on insureNum + notifyType + content hash) is written in the
 * same transaction as the order, so a repeated or concurrently processed notification has exactly
 * one effect. Notifications of one application may come in any order; the order only moves forward
 * ({@link Order#advanceTo}) while the data of a late notification is still recorded. Concurrent
 * changes to the same order (optimistic locking, unique keys, deadlocks) retry the whole
 * transaction.
 */
@Service
public class XiebaoNotificationApplier {

	private static final Logger log = LoggerFactory.getLogger(XiebaoNotificationApplier.class);

	private static final int ATTEMPTS = 8;

	public enum Outcome {

		/** The notification changed the order. */
		APPLIED,
		/** Already applied before: nothing changed. */
		DUPLICATE,
		/** A type the portal does not use: acknowledged and kept, nothing to apply. */
		IGNORED,
		/** Its member ({@code partnerUniqueKey}) is not a member of ours: staff must look. */
		UNMATCHED

	}

	public record Result(Outcome outcome, Long orderId) {
	}

	private final XiebaoNotificationVerifier verifier;

	private final XiebaoOrderLinker linker;

	private final XiebaoNotificationEffects effects;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	XiebaoNotificationApplier(XiebaoNotificationVerifier verifier, XiebaoOrderLinker linker,
			XiebaoNotificationEffects effects, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.verifier = verifier;
		this.linker = linker;
		this.effects = effects;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Verifies the stored body again (it was verified when received) and applies it. */
	public Result applyStored(String rawBody) {
		XiebaoVerification verification = this.verifier.verify(rawBody);
		if (!(verification instanceof XiebaoVerification.Verified verified)) {
			throw new IllegalStateException("Stored Xiebao notification does not verify any more: "
					+ verification.getClass().getSimpleName());
		}
		return apply(verified.notification());
	}

	public Result apply(XiebaoNotification notification) {
		if (notification instanceof Unknown) {
			return new Result(Outcome.IGNORED, null);
		}
		String hash = contentHash(notification);
		for (int attempt = 1;; attempt++) {
			try {
				return this.transaction.execute(status -> applyOnce(notification, hash, status));
			}
			catch (RuntimeException ex) {
				if (!isRetryable(ex) || attempt >= ATTEMPTS) {
					throw ex;
				}
				log.debug("Xiebao notification {} type {}: concurrent change, attempt {} again", notification.insureNum(),
						notification.notifyType(), attempt + 1);
				pause(attempt);
			}
		}
	}

	private Result applyOnce(XiebaoNotification notification, String hash, TransactionStatus status) {
		if (!logApplied(notification, hash)) {
			return new Result(Outcome.DUPLICATE, appliedOrderId(notification, hash));
		}
		Optional<Order> order = this.linker.byInsureNum(notification.insureNum());
		if (order.isEmpty()) {
			order = attach(notification);
		}
		if (order.isEmpty()) {
			status.setRollbackOnly();
			return new Result(Outcome.UNMATCHED, null);
		}
		long orderId = this.effects.apply(notification, order.get());
		this.jdbc.sql("UPDATE xiebao_applied SET order_id = :orderId WHERE insure_num = :num AND notify_type = :type AND content_hash = :hash")
			.param("orderId", orderId)
			.param("num", notification.insureNum())
			.param("type", notification.notifyType())
			.param("hash", hash)
			.update();
		return new Result(Outcome.APPLIED, orderId);
	}

	/** No order has this application number yet: link it to the member's order (or a new one). */
	private Optional<Order> attach(XiebaoNotification notification) {
		Member target = target(notification);
		if (target.partnerUniqueKey() == null || target.caseCode() == null) {
			// 26/27 name no product (27 not even a member): the order comes with the other notifications.
			throw new OrderNotKnownYetException(notification.insureNum(), notification.notifyType());
		}
		Optional<Long> memberId = this.linker.member(target.partnerUniqueKey());
		if (memberId.isEmpty()) {
			log.warn("Xiebao notification {} type {} names no member of ours ({}): flagged for staff",
					notification.insureNum(), notification.notifyType(), target.partnerUniqueKey());
			return Optional.empty();
		}
		return Optional.of(this.linker.attachOrCreate(memberId.get(), target.caseCode(), notification.insureNum(),
				target.productName()));
	}

	private record Member(String partnerUniqueKey, String caseCode, String productName) {
	}

	private static Member target(XiebaoNotification notification) {
		if (notification instanceof XiebaoNotification.Insure n) {
			return new Member(n.partnerUniqueKey(), n.caseCode(), null);
		}
		if (notification instanceof XiebaoNotification.Pay n) {
			return new Member(n.partnerUniqueKey(), n.caseCode(), null);
		}
		if (notification instanceof XiebaoNotification.Issue n) {
			return new Member(n.partnerUniqueKey(), n.caseCode(),
					n.policies().isEmpty() ? null : n.policies().get(0).productName());
		}
		if (notification instanceof XiebaoNotification.Surrender n) {
			return new Member(n.partnerUniqueKey(), n.caseCode(), null);
		}
		if (notification instanceof XiebaoNotification.EPolicy n) {
			return new Member(n.partnerUniqueKey(), n.caseCode(), null);
		}
		if (notification instanceof Endorsement n) {
			return new Member(n.partnerUniqueKey(), null, null);
		}
		return new Member(null, null, null);
	}

	/** True when this notification was not applied before (the row is the claim). */
	private boolean logApplied(XiebaoNotification notification, String hash) {
		try {
			this.jdbc.sql("""
					INSERT INTO xiebao_applied (insure_num, notify_type, content_hash, applied_at)
					VALUES (:num, :type, :hash, :now)""")
				.param("num", notification.insureNum())
				.param("type", notification.notifyType())
				.param("hash", hash)
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private Long appliedOrderId(XiebaoNotification notification, String hash) {
		return this.jdbc.sql("SELECT order_id FROM xiebao_applied WHERE insure_num = :num AND notify_type = :type AND content_hash = :hash")
			.param("num", notification.insureNum())
			.param("type", notification.notifyType())
			.param("hash", hash)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** The same insureNum, type and content is the same notification (a retry or a duplicate). */
	static String contentHash(XiebaoNotification notification) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(notification.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isRetryable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConcurrencyFailureException || cause instanceof DuplicateKeyException
					|| cause instanceof SQLTransactionRollbackException) {
				return true;
			}
		}
		return false;
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A 26 or 27 came before any notification that names the product: retried later by the inbox. */
	public static final class OrderNotKnownYetException extends RuntimeException {

		OrderNotKnownYetException(String insureNum, int notifyType) {
			super("No order for Xiebao application " + insureNum + " yet (notifyType " + notifyType + "); retried later");
		}

	}

}
