package com.baolink.partner.aigoubao;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.DESKeySpec;

/** AiGouBao payload encryption (document §5.2): DES/ECB/PKCS5Padding, then Base64. */
public final class DesCodec {

	private static final String TRANSFORMATION = "DES/ECB/PKCS5Padding";

	private DesCodec() {
	}

	public static String encrypt(String plaintext, String desKey) {
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, desKey);
			return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("DES encryption failed", ex);
		}
	}

	/** @throws DecryptionException when the text is not Base64 or not encrypted with this key */
	public static String decrypt(String base64Ciphertext, String desKey) {
		try {
			byte[] bytes = Base64.getMimeDecoder().decode(base64Ciphertext);
			return new String(cipher(Cipher.DECRYPT_MODE, desKey).doFinal(bytes), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new DecryptionException(ex);
		}
	}

	private static Cipher cipher(int mode, String desKey) throws GeneralSecurityException {
		byte[] key = desKey.getBytes(StandardCharsets.UTF_8);
		SecretKeyFactory factory = SecretKeyFactory.getInstance("DES");
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(mode, factory.generateSecret(new DESKeySpec(key)));
		return cipher;
	}

	public static final class DecryptionException extends RuntimeException {

		DecryptionException(Throwable cause) {
			super("requestBody could not be decrypted", cause);
		}

	}

}
