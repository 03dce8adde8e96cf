package com.baolink.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Refused callbacks (bad signature, wrong partner, malformed) cost the database next to nothing,
 * however many arrive: each is counted in {@code refused_callback_count} (source, hour, verdict,
 * reason: requests and bytes), and only the first {@code baolink.inbox.refused-samples-per-hour}
 * (20) of a source in an hour keep a row in {@code inbound_callback}, whose body is a sample of at
 * most {@value #SAMPLE_CHARS} characters followed by the full size and SHA-256. Runs inside the
 * caller's transaction ({@link CallbackInbox#record}).
 */
@Component
class RefusedCallbackLog {

	static final int SAMPLE_CHARS = 1024;

	static final String ALL = "ALL";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int samplesPerHour;

	RefusedCallbackLog(JdbcClient jdbc, Clock clock,
			@Value("${baolink.inbox.refused-samples-per-hour:20}") int samplesPerHour) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.samplesPerHour = Math.max(0, samplesPerHour);
	}

	/** Counts the refused callback and keeps a sample row while the hour's cap allows; id 0 when not kept. */
	CallbackInbox.Recorded record(NewCallback callback) {
		Instant now = this.clock.instant();
		Timestamp hour = Timestamp.from(now.truncatedTo(ChronoUnit.HOURS));
		String body = callback.rawBody() == null ? "" : callback.rawBody();
		long bytes = body.getBytes(StandardCharsets.UTF_8).length;
		String reason = reasonCategory(callback);
		count(callback.source(), hour, callback.verdict().name(), reason, bytes, now);
		count(callback.source(), hour, ALL, ALL, bytes, now);
		boolean sampled = this.jdbc.sql("""
				UPDATE refused_callback_count SET sampled = sampled + 1
				WHERE source = :source AND hour_start = :hour AND verdict = 'ALL' AND reason = 'ALL' AND sampled < :cap""")
			.param("source", callback.source())
			.param("hour", hour)
			.param("cap", this.samplesPerHour)
			.update() == 1;
		if (!sampled) {
			return new CallbackInbox.Recorded(0, false);
		}
		this.jdbc.sql("""
				UPDATE refused_callback_count SET sampled = sampled + 1
				WHERE source = :source AND hour_start = :hour AND verdict = :verdict AND reason = :reason""")
			.param("source", callback.source())
			.param("hour", hour)
			.param("verdict", callback.verdict().name())
			.param("reason", reason)
			.update();
		return storeSample(callback, sample(body, bytes), now);
	}

	private void count(String source, Timestamp hour, String verdict, String reason, long bytes, Instant now) {
		this.jdbc.sql("""
				INSERT INTO refused_callback_count (source, hour_start, verdict, reason, refused, sampled, bytes_refused, last_at)
				VALUES (:source, :hour, :verdict, :reason, 1, 0, :bytes, :now)
				ON DUPLICATE KEY UPDATE refused = refused + 1, bytes_refused = bytes_refused + :bytes, last_at = :now""")
			.param("source", source)
			.param("hour", hour)
			.param("verdict", verdict)
			.param("reason", reason)
			.param("bytes", bytes)
			.param("now", Timestamp.from(now))
			.update();
	}

	private CallbackInbox.Recorded storeSample(NewCallback callback, String sample, Instant now) {
		try {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.sql("""
					INSERT INTO inbound_callback (source, kind, dedupe_key, raw_body, headers, remote_addr,
					    signature_verdict, partner_ref, status, attempts, last_error, received_at)
					VALUES (:source, :kind, :dedupeKey, :rawBody, :headers, :remoteAddr, :verdict, :partnerRef,
					    'REJECTED', 0, :lastError, :receivedAt)""")
				.param("source", callback.source())
				.param("kind", callback.kind().name())
				.param("dedupeKey", callback.dedupeKey())
				.param("rawBody", sample)
				.param("headers", callback.headers())
				.param("remoteAddr", callback.remoteAddr())
				.param("verdict", callback.verdict().name())
				.param("partnerRef", truncate(callback.partnerRef(), 64))
				.param("lastError", truncate(callback.lastError(), 500))
				.param("receivedAt", Timestamp.from(now))
				.update(keys, "id");
			return new CallbackInbox.Recorded(keys.getKey().longValue(), false);
		}
		catch (DuplicateKeyException ex) {
			this.jdbc.sql("UPDATE inbound_callback SET duplicate_count = duplicate_count + 1 WHERE dedupe_key = :key")
				.param("key", callback.dedupeKey())
				.update();
			return new CallbackInbox.Recorded(0, true);
		}
	}

	/** A bounded number of categories, whatever the partner (or an attacker) puts in the body. */
	static String reasonCategory(NewCallback callback) {
		String reason = callback.lastError() == null ? "" : callback.lastError();
		if (callback.verdict() == SignatureVerdict.SIGNED_INVALID) {
			return reason.startsWith("wrong partner") ? "wrong_partner" : "bad_signature";
		}
		return "malformed";
	}

	static String sample(String body, long bytes) {
		if (body.length() <= SAMPLE_CHARS) {
			return body;
		}
		int end = SAMPLE_CHARS;
		if (Character.isHighSurrogate(body.charAt(end - 1))) {
			end--;
		}
		return body.substring(0, end) + "\n…[sample: " + bytes + " bytes in all, sha256 " + sha256(body) + "]";
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
