package com.baolink.share;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The token of a customer's status page {@code /s/o/<token>}: the order id and an HMAC-SHA256 of it
 * (256 bits, base64url) under a key only the portal knows. The same order always gets the same
 * token, so a repeated submit of the customer's form (double click, back, reload) is sent to the
 * same page without the token being stored anywhere; a changed id or signature is refused. The key
 * is generated once (256 random bits) and kept in {@code share_secret}, shared by every node.
 */
@Component
class CustomerOrderTokens {

	private static final String KEY_NAME = "customer-order";

	private static final String ALGORITHM = "HmacSHA256";

	private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{0,17})-([A-Za-z0-9_-]{43})");

	private final JdbcClient jdbc;

	private volatile byte[] key;

	CustomerOrderTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String issue(long orderId) {
		return orderId + "-" + mac(orderId);
	}

	/** The order id a token was issued for; empty when it is malformed or its signature does not match. */
	Optional<Long> verify(String token) {
		if (token == null) {
			return Optional.empty();
		}
		Matcher parts = FORMAT.matcher(token);
		if (!parts.matches()) {
			return Optional.empty();
		}
		long orderId;
		try {
			orderId = Long.parseLong(parts.group(1));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		byte[] expected = mac(orderId).getBytes(StandardCharsets.US_ASCII);
		byte[] given = parts.group(2).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? Optional.of(orderId) : Optional.empty();
	}

	private String mac(long orderId) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key(), ALGORITHM));
			byte[] digest = mac.doFinal(("baolink-customer-order:" + orderId).getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private byte[] key() {
		byte[] current = this.key;
		if (current == null) {
			current = loadOrCreate();
			this.key = current;
		}
		return current;
	}

	/** The first node to need the key creates it; everyone then uses the stored one. */
	private byte[] loadOrCreate() {
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		this.jdbc.sql("INSERT IGNORE INTO share_secret (name, secret) VALUES (:name, :secret)")
			.param("name", KEY_NAME)
			.param("secret", fresh)
			.update();
		return this.jdbc.sql("SELECT secret FROM share_secret WHERE name = :name")
			.param("name", KEY_NAME)
			.query(byte[].class)
			.single();
	}

}
