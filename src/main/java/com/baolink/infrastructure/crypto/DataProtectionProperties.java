package com.baolink.infrastructure.crypto;

import java.util.Base64;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for personal data at rest ({@code baolink.data-protection.*}, from the environment in
 * production, see README): {@code keys} maps a key id to a Base64 AES key of 32 bytes (several
 * during a rotation), {@code current-key} names the one new values are encrypted with, and
 * {@code hash-key} (Base64, at least 32 bytes) is the HMAC key of the search hashes.
 */
@ConfigurationProperties("baolink.data-protection")
public record DataProtectionProperties(Map<String, String> keys, String currentKey, String hashKey) {

	public DataProtectionProperties {
		keys = keys == null ? Map.of() : Map.copyOf(keys);
		if (keys.isEmpty() || currentKey == null || currentKey.isBlank() || hashKey == null || hashKey.isBlank()) {
			throw new IllegalArgumentException("baolink.data-protection: set BAOLINK_DATAPROTECTION_KEYS_<id> (Base64 key), "
					+ "BAOLINK_DATA_KEY_ID and BAOLINK_DATA_HASH_KEY (see README)");
		}
		if (!keys.containsKey(currentKey)) {
			throw new IllegalArgumentException("baolink.data-protection.current-key '" + currentKey + "' is not among the keys");
		}
		for (Map.Entry<String, String> key : keys.entrySet()) {
			if (!key.getKey().matches("[A-Za-z0-9_-]{1,16}")) {
				throw new IllegalArgumentException("data key id '" + key.getKey() + "': 1-16 letters, digits, - or _");
			}
			if (decode(key.getValue(), "data key " + key.getKey()).length != 32) {
				throw new IllegalArgumentException("data key " + key.getKey() + " must be 32 bytes (AES-256)");
			}
		}
		if (decode(hashKey, "hash key").length < 32) {
			throw new IllegalArgumentException("baolink.data-protection.hash-key must be at least 32 bytes");
		}
	}

	static byte[] decode(String base64, String what) {
		try {
			return Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(what + " is not Base64");
		}
	}

}
