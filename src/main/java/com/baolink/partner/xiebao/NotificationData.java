package com.baolink.partner.xiebao;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.baolink.infrastructure.config.ChinaTime;

/**
 * Typed reads of the fields of one {@code data} object. Identifiers are read as text whether the
 * partner sends them as numbers or strings (the document types {@code insureNum} as an int in
 * one table and as a String in the others).
 */
final class NotificationData {

	private static final DateTimeFormatter PAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JsonNode node;

	NotificationData(JsonNode node) {
		this.node = node;
	}

	String text(String name) throws MalformedNotificationException {
		JsonNode value = this.node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isContainer()) {
			throw new MalformedNotificationException(name + " is not a single value");
		}
		return value.asString();
	}

	String requiredText(String name) throws MalformedNotificationException {
		String value = text(name);
		if (value == null || value.isBlank()) {
			throw new MalformedNotificationException(name + " is missing");
		}
		return value;
	}

	boolean requiredBoolean(String name) throws MalformedNotificationException {
		JsonNode value = this.node.get(name);
		if (value != null && value.isBoolean()) {
			return value.booleanValue();
		}
		if (value != null && value.isString() && value.stringValue().matches("true|false")) {
			return Boolean.parseBoolean(value.stringValue());
		}
		throw new MalformedNotificationException(name + " is missing or not a boolean");
	}

	Integer integer(String name) throws MalformedNotificationException {
		String value = text(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new MalformedNotificationException(name + " is not an integer");
		}
	}

	/** A fen amount as yuan with 2 decimals. */
	BigDecimal fenAsYuan(String name) throws MalformedNotificationException {
		String value = text(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return BigDecimal.valueOf(Long.parseLong(value.trim()), 2);
		}
		catch (NumberFormatException ex) {
			throw new MalformedNotificationException(name + " is not a whole number of fen");
		}
	}

	/** {@code yyyy-MM-dd HH:mm:ss} in China time. */
	Instant chinaTime(String name) throws MalformedNotificationException {
		String value = text(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.trim(), PAY_TIME).atZone(ChinaTime.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new MalformedNotificationException(name + " is not yyyy-MM-dd HH:mm:ss");
		}
	}

	LocalDate date(String name) throws MalformedNotificationException {
		String value = text(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new MalformedNotificationException(name + " is not yyyy-MM-dd");
		}
	}

	/** A comma-separated list of names (ASCII or full-width commas). */
	List<String> commaSeparated(String name) throws MalformedNotificationException {
		String value = text(name);
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split("[,，]")).map(String::trim).filter(part -> !part.isEmpty()).toList();
	}

	List<String> textList(String name) throws MalformedNotificationException {
		JsonNode value = this.node.get(name);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new MalformedNotificationException(name + " is not a list");
		}
		List<String> items = new ArrayList<>();
		for (JsonNode item : value) {
			if (item.isContainer()) {
				throw new MalformedNotificationException(name + " holds a non-text item");
			}
			items.add(item.asString());
		}
		return List.copyOf(items);
	}

	List<NotificationData> objectList(String name) throws MalformedNotificationException {
		JsonNode value = this.node.get(name);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new MalformedNotificationException(name + " is not a list");
		}
		List<NotificationData> items = new ArrayList<>();
		for (JsonNode item : value) {
			if (!item.isObject()) {
				throw new MalformedNotificationException(name + " holds a non-object item");
			}
			items.add(new NotificationData(item));
		}
		return items;
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> otherInfo() throws MalformedNotificationException {
		JsonNode value = this.node.get("otherInfo");
		if (value == null || value.isNull()) {
			return Map.of();
		}
		if (!value.isObject()) {
			throw new MalformedNotificationException("otherInfo is not an object");
		}
		return XiebaoJson.mapper().convertValue(value, LinkedHashMap.class);
	}

}
