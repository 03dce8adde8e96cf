package com.baolink.scenefinance;

import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import com.baolink.infrastructure.crypto.PersonalDataCipher;

/**
 * The scene-finance request as stored: the parties' ID numbers, phone numbers and e-mail
 * addresses replaced by their ciphertext ({@link PersonalDataCipher}), everything else as
 * received; and the keyed hashes of the ID numbers for look-ups.
 */
@Component
class SceneRequestProtection {

	/** Personal fields per party object of the {@code policy.issuing} request. */
	static final Map<String, Set<String>> PERSONAL_FIELDS = Map.of(
			"applicantPersonalInfo", Set.of("personLicenseNo", "personPhone", "personEmail"),
			"insuredPersonalInfo", Set.of("personLicenseNo", "personPhone", "personEmail"),
			"insuredCompanyInfo", Set.of("legalPersonLicenseNo", "companyPhone", "companyEmail"),
			"applicantCompanyInfo", Set.of("legalPersonLicenseNo", "companyPhone", "companyEmail"));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PersonalDataCipher cipher;

	SceneRequestProtection(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	/** The raw JSON with every personal field encrypted. */
	String protect(String rawJson) {
		JsonNode root = JSON.readTree(rawJson);
		if (!(root instanceof ObjectNode object)) {
			return rawJson;
		}
		PERSONAL_FIELDS.forEach((party, fields) -> {
			if (object.get(party) instanceof ObjectNode info) {
				for (String field : fields) {
					JsonNode value = info.get(field);
					if (value != null && value.isValueNode() && !value.isNull()) {
						info.put(field, this.cipher.encrypt(value.asString()));
					}
				}
			}
		});
		return JSON.writeValueAsString(object);
	}

	/** The keyed hash of a party's {@code personLicenseNo}; null when it has none. */
	String licenseHash(String rawJson, String party) {
		JsonNode info = JSON.readTree(rawJson).get(party);
		JsonNode licence = info == null ? null : info.get("personLicenseNo");
		return licence == null || !licence.isValueNode() ? null : this.cipher.hash(licence.asString());
	}

	String hash(String value) {
		return this.cipher.hash(value);
	}

}
