package com.baolink.infrastructure.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encryption of personal data at rest (ID numbers, mobile numbers, e-mail addresses): AES-256-GCM
 * with a random 96-bit IV, the key id bound as associated data. A stored value reads
 * {@code enc:v1:<key id>:<Base64(IV ‖ ciphertext ‖ tag)>}, so values written under an older key
 * stay readable after a rotation ({@link #needsReEncryption}). Searches use {@link #hash}: a keyed
 * HMAC-SHA256 of the normalised value, equal for equal inputs, useless without the key.
 */
@Component
public class PersonalDataCipher {

	static final String PREFIX = "enc:v1:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final Map<String, SecretKeySpec> keys = new HashMap<>();

	private final String currentKey;

	private final SecretKeySpec hashKey;

	private final SecureRandom random = new SecureRandom();

	public PersonalDataCipher(DataProtectionProperties properties) {
		properties.keys()
			.forEach((id, key) -> this.keys.put(id, new SecretKeySpec(DataProtectionProperties.decode(key, id), "AES")));
		this.currentKey = properties.currentKey();
		this.hashKey = new SecretKeySpec(DataProtectionProperties.decode(properties.hashKey(), "hash key"), "HmacSHA256");
	}

	/** The stored form of {@code plain}; null stays null. */
	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.currentKey), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(this.currentKey.getBytes(StandardCharsets.US_ASCII));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
			return PREFIX + this.currentKey + ":" + Base64.getEncoder().withoutPadding().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("encryption failed", ex);
		}
	}

	/** The plain value of a stored one; null stays null. Fails for a value not written by this class or tampered with. */
	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalArgumentException("not an encrypted value");
		}
		int colon = stored.indexOf(':', PREFIX.length());
		if (colon < 0) {
			throw new IllegalArgumentException("malformed encrypted value");
		}
		String keyId = stored.substring(PREFIX.length(), colon);
		SecretKeySpec key = this.keys.get(keyId);
		if (key == null) {
			throw new IllegalStateException("data key '" + keyId + "' is not configured (rotation: keep old keys)");
		}
		try {
			byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
			cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
			return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("encrypted value cannot be decrypted (tampered or wrong key)", ex);
		}
	}

	/** True when {@code stored} was written under another key than the current one. */
	public boolean needsReEncryption(String stored) {
		return stored != null && stored.startsWith(PREFIX) && !stored.startsWith(PREFIX + this.currentKey + ":");
	}

	public static boolean isEncrypted(String value) {
		return value != null && value.startsWith(PREFIX);
	}

	/**
	 * The search hash of a value (64 hex characters); null for null or blank. Values are normalised
	 * first: white space removed, upper case (an ID number's check letter {@code x} = {@code X}).
	 */
	public String hash(String value) {
		String normalised = normalise(value);
		if (normalised == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.hashKey);
			return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("hashing failed", ex);
		}
	}

	static String normalise(String value) {
		if (value == null) {
			return null;
		}
		String compact = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		return compact.isEmpty() ? null : compact;
	}

}
