package com.baolink.sandbox.aigoubao;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The decrypted business parameters of one request, with the gateway's checks on them. */
final class Params {

	private final Map<String, Object> values;

	Params(Map<String, Object> values) {
		this.values = values;
	}

	/** @throws SandboxRefusal 9999 "缺少必填参数: name" when absent or blank */
	String required(String name) {
		String value = optional(name);
		if (value == null) {
			throw SandboxRefusal.failure("缺少必填参数: " + name);
		}
		return value;
	}

	/** The value as text, or null when absent or blank. */
	String optional(String name) {
		Object value = this.values.get(name);
		if (value == null || value instanceof Map<?, ?> || value instanceof Collection<?>) {
			return null;
		}
		String text = String.valueOf(value).trim();
		return text.isEmpty() ? null : text;
	}

	int requiredInt(String name) {
		String text = required(name);
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw SandboxRefusal.failure("参数格式错误: " + name);
		}
	}

	LocalDate optionalDate(String name) {
		String text = optional(name);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw SandboxRefusal.failure("参数格式错误: " + name + " (yyyy-MM-dd)");
		}
	}

	/** A JSON array of strings; 9999 when absent or empty. */
	List<String> requiredStrings(String name) {
		if (!(this.values.get(name) instanceof Collection<?> list) || list.isEmpty()) {
			throw SandboxRefusal.failure("缺少必填参数: " + name);
		}
		return list.stream().map(String::valueOf).toList();
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> object(String name) {
		return this.values.get(name) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> objects(String name) {
		if (!(this.values.get(name) instanceof Collection<?> list)) {
			return List.of();
		}
		return list.stream().filter(Map.class::isInstance).map(item -> (Map<String, Object>) item).toList();
	}

	static String text(Map<String, Object> map, String name) {
		Object value = map.get(name);
		if (value == null) {
			return null;
		}
		String text = String.valueOf(value).trim();
		return text.isEmpty() ? null : text;
	}

}
