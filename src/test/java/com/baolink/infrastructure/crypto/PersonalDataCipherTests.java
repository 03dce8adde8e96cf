package com.baolink.infrastructure.crypto;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTests {

	static final String KEY_A = key(1);

	static final String KEY_B = key(2);

	static final String HASH_KEY = key(3);

	final PersonalDataCipher cipher = new PersonalDataCipher(
			new DataProtectionProperties(Map.of("k2025", KEY_A), "k2025", HASH_KEY));

	@Test
	void encryptsWithARandomIvAndDecryptsBack() {
		String first = this.cipher.encrypt("11010519491231002X");
		String second = this.cipher.encrypt("11010519491231002X");
		assertThat(first).startsWith("enc:v1:k2025:").doesNotContain("1101051949").isNotEqualTo(second);
		assertThat(this.cipher.decrypt(first)).isEqualTo("11010519491231002X");
		assertThat(this.cipher.decrypt(second)).isEqualTo("11010519491231002X");
		assertThat(this.cipher.encrypt(null)).isNull();
		assertThat(this.cipher.decrypt("enc:v1:k2025:" + this.cipher.encrypt("张三@例子.cn").substring(13)))
			.isEqualTo("张三@例子.cn");
	}

	@Test
	void refusesTamperedCiphertextAndValuesUnderAnotherKeyId() {
		String stored = this.cipher.encrypt("13912345678");
		char[] chars = stored.toCharArray();
		int i = chars.length - 5;
		chars[i] = chars[i] == 'A' ? 'B' : 'A';
		assertThatThrownBy(() -> this.cipher.decrypt(new String(chars))).isInstanceOf(IllegalArgumentException.class);
		// the key id is authenticated: relabelling a value under another id fails
		PersonalDataCipher two = new PersonalDataCipher(
				new DataProtectionProperties(Map.of("k2025", KEY_A, "other", KEY_A), "k2025", HASH_KEY));
		assertThatThrownBy(() -> two.decrypt(stored.replace(":k2025:", ":other:"))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.cipher.decrypt("13912345678")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.cipher.decrypt(stored.replace(":k2025:", ":gone:"))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void afterARotationOldValuesStayReadableAndNewOnesUseTheNewKey() {
		String old = this.cipher.encrypt("zhao@example.com");
		PersonalDataCipher rotated = new PersonalDataCipher(
				new DataProtectionProperties(Map.of("k2025", KEY_A, "k2026", KEY_B), "k2026", HASH_KEY));
		assertThat(rotated.decrypt(old)).isEqualTo("zhao@example.com");
		assertThat(rotated.needsReEncryption(old)).isTrue();
		String fresh = rotated.encrypt("zhao@example.com");
		assertThat(fresh).startsWith("enc:v1:k2026:");
		assertThat(rotated.needsReEncryption(fresh)).isFalse();
		assertThat(rotated.hash("13912345678")).as("hashes survive a key rotation").isEqualTo(this.cipher.hash("13912345678"));
	}

	@Test
	void searchHashIsKeyedAndNormalised() {
		assertThat(this.cipher.hash("11010519491231002x")).hasSize(64)
			.isEqualTo(this.cipher.hash(" 11010519491231002X "))
			.isNotEqualTo(this.cipher.hash("110105194912310021"));
		PersonalDataCipher otherKey = new PersonalDataCipher(new DataProtectionProperties(Map.of("k", KEY_A), "k", KEY_B));
		assertThat(otherKey.hash("11010519491231002X")).isNotEqualTo(this.cipher.hash("11010519491231002X"));
		assertThat(this.cipher.hash("  ")).isNull();
	}

	@Test
	void refusesMissingShortOrUnknownKeys() {
		assertThatThrownBy(() -> new DataProtectionProperties(Map.of(), null, null)).hasMessageContaining("BAOLINK_DATA");
		assertThatThrownBy(() -> new DataProtectionProperties(Map.of("a", KEY_A), "b", HASH_KEY))
			.hasMessageContaining("not among the keys");
		assertThatThrownBy(() -> new DataProtectionProperties(Map.of("a", Base64.getEncoder().encodeToString(new byte[16])),
				"a", HASH_KEY)).hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> new DataProtectionProperties(Map.of("a", KEY_A), "a", "short"))
			.hasMessageContaining("hash");
	}

	@Test
	void masksForDisplayAndLogs() {
		assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
		assertThat(Masking.mobile("13912345678")).isEqualTo("139****5678");
		assertThat(Masking.email("zhao.xiaobao@example.com")).isEqualTo("z***@example.com");
		assertThat(Masking.idNumber("E1234567")).doesNotContain("345");
	}

	private static String key(int seed) {
		byte[] bytes = new byte[32];
		java.util.Arrays.fill(bytes, (byte) seed);
		return Base64.getEncoder().encodeToString(bytes);
	}

}
