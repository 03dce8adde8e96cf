package com.baolink.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue bundle (catalog.*, buy.*, validation.*) has every key in Chinese and English. */
class CatalogMessagesTests {

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		Properties zh = load("messages/catalog.properties");
		Properties en = load("messages/catalog_en.properties");
		assertThat(zh.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
		assertThat(zh.stringPropertyNames()).allMatch(
				key -> key.startsWith("catalog.") || key.startsWith("buy.") || key.startsWith("validation."));
		assertThat(zh.stringPropertyNames()).allMatch(key -> !zh.getProperty(key).isBlank() && !en.getProperty(key).isBlank());
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = CatalogMessagesTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
