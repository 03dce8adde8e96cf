package com.baolink.partner.qimen;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.baolink.scenefinance.IssuingRequest;

/**
 * Reads and validates the business body of {@code qimen.alibaba.finance.insurance.policy.issuing}
 * (field list: the platform's document, seed 004). Unknown fields are tolerated; a known field of
 * the wrong shape is refused with {@code <field>: <reason>}.
 */
public final class IssuingRequestParser {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.disable(JsonWriteFeature.ESCAPE_NON_ASCII)
		.build();

	private static final Pattern MONEY = Pattern.compile("\\d{1,16}(\\.\\d{1,2})?");

	private static final Pattern RATE = Pattern.compile("\\d{1,10}(\\.\\d{1,8})?");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private static final Pattern DIGITS = Pattern.compile("\\d{1,19}");

	private static final int MAX_ID = 64;

	private static final int MAX_TEXT = 200;

	private static final Map<String, Set<String>> NESTED_FIELDS = Map.of(
			"orderSubjectMatterInfo", Set.of("sellerId", "orderAmount", "subjectMatterCategory", "sellerName",
					"subjectMatterId", "buyerId", "buyerName", "subjectMatterName", "buyer_open_uid"),
			"insuredPersonalInfo", Set.of("personName", "personLicenseNo", "personLicenseType", "userId"),
			"insuredCompanyInfo", Set.of("companyAddress", "companyEmail", "companyPhone", "legalPersonLicenseNo",
					"legalPersonName", "companyLicenseType", "companyLicenseNo", "companyName", "userId"),
			"applicantPersonalInfo", Set.of("personAddress", "personEmail", "personPhone", "personLicenseType",
					"personLicenseNo", "personName", "userId"),
			"applicantCompanyInfo", Set.of("companyLicenseType", "companyName", "userId", "companyLicenseNo",
					"legalPersonLicenseNo", "legalPersonName"),
			"attrs", Set.of("premiumFundStreamNo", "agreeOnSendTime", "insuranceTypes"));

	private static final Set<String> PERSON_LICENSE_TYPES = Set.of("ALI", "IDENTITY_CARD", "PASSPORT");

	private static final Set<String> COMPANY_LICENSE_TYPES = Set.of("UNITY", "GENERAL");

	private IssuingRequestParser() {
	}

	/** @throws InvalidIssuingRequestException naming the first field that is wrong */
	public static IssuingRequest parse(byte[] body) {
		JsonNode root = readObject(body);
		checkOptional(root);
		LocalDateTime effect = time(root, "effectTime");
		LocalDateTime expire = time(root, "expireTime");
		if (!expire.isAfter(effect)) {
			throw new InvalidIssuingRequestException("expireTime", "must be after effectTime");
		}
		return new IssuingRequest(id(root, "identifier"), id(root, "insureId"), id(root, "productCode"),
				time(root, "insureTime"), effect, expire, money(root, "amount"), money(root, "premium"),
				money(root, "premiumOfCny"), currency(root), rate(root, "currencyRate"),
				party(root, "applicantPersonalInfo", "applicantCompanyInfo"),
				party(root, "insuredPersonalInfo", "insuredCompanyInfo"), new String(body, StandardCharsets.UTF_8),
				canonicalHash(root));
	}

	private static JsonNode readObject(byte[] body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new InvalidIssuingRequestException("body", "not valid JSON");
		}
		if (root == null || !root.isObject()) {
			throw new InvalidIssuingRequestException("body", "must be a JSON object");
		}
		return root;
	}

	private static String required(JsonNode root, String field) {
		JsonNode node = root.get(field);
		if (node == null || node.isNull()) {
			throw new InvalidIssuingRequestException(field, "required");
		}
		String text = scalar(node, field).strip();
		if (text.isEmpty()) {
			throw new InvalidIssuingRequestException(field, "required");
		}
		return text;
	}

	private static String scalar(JsonNode node, String field) {
		if (node.isString()) {
			return node.stringValue();
		}
		if (node.isNumber()) {
			return node.decimalValue().toPlainString();
		}
		throw new InvalidIssuingRequestException(field, "must be a string");
	}

	private static String id(JsonNode root, String field) {
		String value = required(root, field);
		if (value.length() > MAX_ID) {
			throw new InvalidIssuingRequestException(field, "at most " + MAX_ID + " characters");
		}
		return value;
	}

	private static LocalDateTime time(JsonNode root, String field) {
		try {
			return LocalDateTime.parse(required(root, field), TIME);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidIssuingRequestException(field, "must be yyyy-MM-dd HH:mm:ss");
		}
	}

	private static BigDecimal money(JsonNode root, String field) {
		return decimal(field, required(root, field), MONEY, "a decimal >= 0 with at most 2 decimal places");
	}

	private static BigDecimal rate(JsonNode root, String field) {
		return decimal(field, required(root, field), RATE, "a decimal >= 0 with at most 8 decimal places");
	}

	private static BigDecimal decimal(String field, String text, Pattern pattern, String expected) {
		if (!pattern.matcher(text).matches()) {
			throw new InvalidIssuingRequestException(field, "must be " + expected);
		}
		return new BigDecimal(text);
	}

	private static String currency(JsonNode root) {
		String value = required(root, "currency");
		if (!CURRENCY.matcher(value).matches()) {
			throw new InvalidIssuingRequestException("currency", "must be a 3-letter code such as CNY");
		}
		return value;
	}

	/** The person's name, else the company's name, else null. */
	private static String party(JsonNode root, String personal, String company) {
		String person = nested(root, personal, "personName");
		return person != null ? person : nested(root, company, "companyName");
	}

	private static String nested(JsonNode root, String object, String field) {
		JsonNode node = root.path(object).get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		String text = node.asString().strip();
		return text.isEmpty() ? null : text;
	}

	private static void checkOptional(JsonNode root) {
		optionalDecimal(root, "premiumRate", RATE);
		optionalDecimal(root, "amountOfCny", MONEY);
		optionalText("applicantPayAccount", root.get("applicantPayAccount"));
		JsonNode period = root.get("insurePeriod");
		if (period != null && !period.isNull() && !DIGITS.matcher(scalar(period, "insurePeriod")).matches()) {
			throw new InvalidIssuingRequestException("insurePeriod", "must be a whole number >= 0");
		}
		NESTED_FIELDS.forEach((object, fields) -> checkNested(root, object, fields));
	}

	private static void optionalDecimal(JsonNode root, String field, Pattern pattern) {
		JsonNode node = root.get(field);
		if (node != null && !node.isNull()) {
			decimal(field, scalar(node, field).strip(), pattern, "a decimal >= 0");
		}
	}

	private static void optionalText(String field, JsonNode node) {
		if (node != null && !node.isNull() && scalar(node, field).length() > MAX_TEXT) {
			throw new InvalidIssuingRequestException(field, "at most " + MAX_TEXT + " characters");
		}
	}

	private static void checkNested(JsonNode root, String object, Set<String> fields) {
		JsonNode node = root.get(object);
		if (node == null || node.isNull()) {
			return;
		}
		if (!node.isObject()) {
			throw new InvalidIssuingRequestException(object, "must be an object");
		}
		for (String field : fields) {
			optionalText(object + "." + field, node.get(field));
		}
		oneOf(node, object, "personLicenseType", PERSON_LICENSE_TYPES);
		oneOf(node, object, "companyLicenseType", COMPANY_LICENSE_TYPES);
		JsonNode sendTime = node.get("agreeOnSendTime");
		if ("attrs".equals(object) && sendTime != null && !sendTime.isNull()
				&& !DIGITS.matcher(scalar(sendTime, "attrs.agreeOnSendTime")).matches()) {
			throw new InvalidIssuingRequestException("attrs.agreeOnSendTime", "must be epoch milliseconds");
		}
	}

	private static void oneOf(JsonNode node, String object, String field, Set<String> allowed) {
		JsonNode value = node.get(field);
		if (value != null && !value.isNull() && !value.asString().isEmpty() && !allowed.contains(value.asString())) {
			throw new InvalidIssuingRequestException(object + "." + field,
					"must be one of " + String.join(", ", sorted(allowed)));
		}
	}

	private static List<String> sorted(Set<String> values) {
		List<String> list = new ArrayList<>(values);
		list.sort(null);
		return list;
	}

	/** SHA-256 of the JSON with every object's keys sorted: the same content in another key order hashes the same. */
	static String canonicalHash(JsonNode root) {
		byte[] canonical = JSON.writeValueAsBytes(canonical(root));
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object canonical(JsonNode node) {
		if (node.isObject()) {
			Map<String, Object> sorted = new TreeMap<>();
			node.properties().forEach(entry -> sorted.put(entry.getKey(), canonical(entry.getValue())));
			return sorted;
		}
		if (node.isArray()) {
			List<Object> items = new ArrayList<>();
			node.forEach(item -> items.add(canonical(item)));
			return items;
		}
		return node;
	}

}
