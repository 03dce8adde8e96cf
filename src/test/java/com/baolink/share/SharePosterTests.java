package com.baolink.share;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The poster drawn without the application: size, the QR code, and every character has a glyph. */
class SharePosterTests {

	private static final String LINK = "https://portal.example.com/s/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde";

	private final SharePoster poster = new SharePoster(new QrCodes(), messages());

	@Test
	void pngIsPhoneSizedAndItsQrCodeIsTheLink() throws Exception {
		byte[] png = this.poster.png(content("天安“旅途无忧”国内旅游意外险 · 计划 A（2 人起）"), Locale.SIMPLIFIED_CHINESE);
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(SharePoster.WIDTH);
		assertThat(image.getHeight()).isEqualTo(SharePoster.HEIGHT);
		assertThat(QrDecoding.decode(image)).isEqualTo(LINK);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "share-poster-zh.png"), png);
		Files.write(Path.of("target", "share-poster-en.png"), this.poster.png(content("Travel cover 2026"), Locale.ENGLISH));
	}

	@Test
	void everyCharacterOfMixedTextIsDrawnInAFontThatHasIt() {
		SharePoster.MixedFont fonts = new SharePoster.MixedFont(cjkFont(), new Font(Font.SANS_SERIF, Font.PLAIN, 30));
		String text = "保联 · 为您推荐 ¥3.50 起 “暑期” Plan A-1";
		assertThat(fonts.runs(text)).allSatisfy(run -> assertThat(run.font().canDisplayUpTo(run.text())).as(run.text())
			.isEqualTo(-1));
		assertThat(fonts.runs("¥12.50 起")).extracting(SharePoster.Run::text).containsExactly("¥12.50 ", "起");
	}

	@Test
	void wrapBreaksLongNamesAndEndsTheLastLineWithAnEllipsis() {
		var lines = SharePoster.wrap("一二三四五六七八九十", text -> text.length() * 10, 40, 2);
		assertThat(lines).containsExactly("一二三四", "一二三…".replace("一二三", "五六七"));
	}

	private static SharePoster.Content content(String name) {
		return new SharePoster.Content(name, "天安财险", new BigDecimal("3.50"), "暑期出游必备，一家人都能保", "王小明", LINK);
	}

	private static Font cjkFont() {
		try (var in = SharePosterTests.class.getResourceAsStream("/fonts/DroidSansFallbackFull.ttf")) {
			return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(30f);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/share");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
