package com.baolink.infrastructure.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle under {@code messages/} has a Chinese file and an English twin with exactly the same
 * keys, none of them empty, and every bundle is registered in {@code spring.messages.basename}.
 */
class MessageBundlesTests {

	@Test
	void chineseAndEnglishBundlesHaveTheSameNonEmptyKeys() throws IOException {
		Map<String, Properties> files = bundleFiles();
		Set<String> bundles = files.keySet().stream().filter(name -> !name.endsWith("_en")).collect(Collectors.toCollection(TreeSet::new));
		assertThat(bundles).contains("messages");

		List<String> problems = new java.util.ArrayList<>();
		for (String bundle : bundles) {
			Properties chinese = files.get(bundle);
			Properties english = files.get(bundle + "_en");
			if (english == null) {
				problems.add(bundle + "_en.properties is missing");
				continue;
			}
			difference(chinese, english).forEach(key -> problems.add(key + " is in " + bundle + " but not in " + bundle + "_en"));
			difference(english, chinese).forEach(key -> problems.add(key + " is in " + bundle + "_en but not in " + bundle));
			empty(chinese).forEach(key -> problems.add(key + " is empty in " + bundle));
			empty(english).forEach(key -> problems.add(key + " is empty in " + bundle + "_en"));
		}
		files.keySet().stream()
			.filter(name -> name.endsWith("_en") && !files.containsKey(name.substring(0, name.length() - 3)))
			.forEach(name -> problems.add(name + ".properties has no Chinese default file"));
		assertThat(problems).as("message bundle problems").isEmpty();
	}

	@Test
	void everyBundleIsRegisteredWithTheMessageSource() throws IOException {
		Properties application = load(new ClassPathResource("application.properties"));
		Set<String> registered = Arrays.stream(application.getProperty("spring.messages.basename").split(","))
			.map(String::strip)
			.collect(Collectors.toSet());
		Set<String> bundles = bundleFiles().keySet().stream()
			.filter(name -> !name.endsWith("_en"))
			.map(name -> "messages/" + name)
			.collect(Collectors.toSet());
		assertThat(registered).containsAll(bundles);
	}

	private static Map<String, Properties> bundleFiles() throws IOException {
		Map<String, Properties> files = new TreeMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
			String name = resource.getFilename().replace(".properties", "");
			files.put(name, load(resource));
		}
		return files;
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> difference(Properties a, Properties b) {
		Set<String> keys = new HashSet<>(a.stringPropertyNames());
		keys.removeAll(b.stringPropertyNames());
		return new TreeSet<>(keys);
	}

	private static Set<String> empty(Properties properties) {
		return properties.stringPropertyNames().stream()
			.filter(key -> properties.getProperty(key).isBlank())
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
