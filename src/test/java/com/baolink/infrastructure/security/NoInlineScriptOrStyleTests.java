package com.baolink.infrastructure.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy allows no inline script or style: no template served to a browser has
 * a script body, a {@code <style>} element, a {@code style} attribute or an event-handler attribute.
 * The PDF templates (rendered on the server by openhtmltopdf, never sent to a browser) may.
 */
class NoInlineScriptOrStyleTests {

	static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bth:src=|[^>]*\\bsrc=)[^>]*>");

	static final Pattern STYLE_ELEMENT = Pattern.compile("<style\\b");

	static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\s(th:)?style=");

	static final Pattern EVENT_HANDLER = Pattern.compile("\\s(th:)?on[a-z]+=|hx-on|javascript:");

	@Test
	void templatesServedToBrowsersHaveNoInlineScriptOrStyle() throws IOException {
		List<Path> templates;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			templates = files.filter(p -> p.toString().endsWith(".html"))
				.filter(p -> !p.getFileName().toString().endsWith("-pdf.html"))
				.toList();
		}
		assertThat(templates).hasSizeGreaterThan(30);
		for (Path template : templates) {
			String html = Files.readString(template);
			assertThat(html).as(template.toString())
				.doesNotContainPattern(INLINE_SCRIPT)
				.doesNotContainPattern(STYLE_ELEMENT)
				.doesNotContainPattern(STYLE_ATTRIBUTE)
				.doesNotContainPattern(EVENT_HANDLER);
		}
	}

}
