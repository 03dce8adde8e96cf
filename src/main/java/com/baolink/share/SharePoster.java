package com.baolink.share;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The share poster a member posts to a chat: a 750 × 1334 PNG (a phone screen) with the product
 * name, insurer, "from ¥x", the member's note, the link's QR code and the member's name, drawn with
 * Java2D in the CJK font shipped with the portal so Chinese renders on any server.
 */
@Component
class SharePoster {

	static final int WIDTH = 750;

	static final int HEIGHT = 1334;

	private static final int MARGIN = 56;

	private static final Color BRAND = new Color(0xc8, 0x10, 0x2e);

	private static final Color INK = new Color(0x1f, 0x29, 0x33);

	private static final Color MUTED = new Color(0x61, 0x6e, 0x7c);

	private static final String FONT = "fonts/DroidSansFallbackFull.ttf";

	private final QrCodes qrCodes;

	private final MessageSource messages;

	private volatile Font baseFont;

	SharePoster(QrCodes qrCodes, MessageSource messages) {
		this.qrCodes = qrCodes;
		this.messages = messages;
	}

	/** What the poster shows; {@code insurer}, {@code fromPrice} and {@code note} may be null. */
	record Content(String productName, String insurer, BigDecimal fromPrice, String note, String memberName, String link) {
	}

	byte[] png(Content content, Locale locale) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			draw(g, content, locale);
		}
		finally {
			g.dispose();
		}
		return QrCodes.png(image);
	}

	private void draw(Graphics2D g, Content content, Locale locale) {
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(BRAND);
		g.fillRect(0, 0, WIDTH, 150);
		g.setColor(Color.WHITE);
		fonts(Font.BOLD, 44).draw(g, message("share.poster.brand", locale), MARGIN, 96);

		int y = 240;
		g.setColor(INK);
		y = paragraph(g, content.productName(), fonts(Font.BOLD, 46), y, 3, 62);
		if (content.insurer() != null) {
			g.setColor(MUTED);
			y = paragraph(g, content.insurer(), fonts(Font.PLAIN, 30), y + 10, 1, 44);
		}
		if (content.fromPrice() != null) {
			g.setColor(BRAND);
			y = paragraph(g, message("share.poster.fromPrice", locale, content.fromPrice().toPlainString()),
					fonts(Font.BOLD, 56), y + 30, 1, 70);
		}
		if (content.note() != null && !content.note().isBlank()) {
			g.setColor(INK);
			y = paragraph(g, "“" + content.note().strip() + "”", fonts(Font.PLAIN, 28), y + 20, 2, 40);
		}

		int qrSize = 440;
		int qrTop = Math.max(y + 40, 700);
		qrTop = Math.min(qrTop, HEIGHT - qrSize - 170);
		g.drawImage(this.qrCodes.image(content.link(), qrSize), (WIDTH - qrSize) / 2, qrTop, null);

		g.setColor(MUTED);
		centered(g, message("share.poster.scan", locale), fonts(Font.PLAIN, 28), qrTop + qrSize + 50);
		g.setColor(INK);
		centered(g, message("share.poster.sharedBy", locale, content.memberName()), fonts(Font.BOLD, 32),
				qrTop + qrSize + 105);
	}

	/** Draws {@code text} wrapped to the poster width, at most {@code maxLines}; returns the next baseline. */
	private static int paragraph(Graphics2D g, String text, MixedFont font, int baseline, int maxLines, int lineHeight) {
		for (String line : wrap(text, font.widths(g), WIDTH - 2 * MARGIN, maxLines)) {
			font.draw(g, line, MARGIN, baseline);
			baseline += lineHeight;
		}
		return baseline;
	}

	private static void centered(Graphics2D g, String text, MixedFont font, int baseline) {
		String line = wrap(text, font.widths(g), WIDTH - 2 * MARGIN, 1).get(0);
		font.draw(g, line, (WIDTH - font.widths(g).applyAsInt(line)) / 2, baseline);
	}

	/**
	 * Breaks by character (Chinese has no spaces; a Latin word may break too), the last line
	 * ending in "…" when the text does not fit.
	 */
	static List<String> wrap(String text, ToIntFunction<String> width, int maxWidth, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int[] codePoints = text.strip().codePoints().toArray();
		for (int codePoint : codePoints) {
			String character = new String(Character.toChars(codePoint));
			if (width.applyAsInt(line + character) > maxWidth && line.length() > 0) {
				if (lines.size() == maxLines - 1) {
					lines.add(ellipsis(line.toString(), width, maxWidth));
					return lines;
				}
				lines.add(line.toString());
				line = new StringBuilder(character);
			}
			else {
				line.append(character);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	private static String ellipsis(String line, ToIntFunction<String> width, int maxWidth) {
		String shortened = line;
		while (!shortened.isEmpty() && width.applyAsInt(shortened + "…") > maxWidth) {
			shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1));
		}
		return shortened + "…";
	}

	/**
	 * The shipped CJK font has no Latin letters, digits or "¥": those characters are drawn in the
	 * JDK's logical sans-serif font, everything else in the CJK font, run by run.
	 */
	record MixedFont(Font cjk, Font latin) {

		void draw(Graphics2D g, String text, int x, int baseline) {
			int position = x;
			for (Run run : runs(text)) {
				g.setFont(run.font());
				g.drawString(run.text(), position, baseline);
				position += g.getFontMetrics().stringWidth(run.text());
			}
		}

		ToIntFunction<String> widths(Graphics2D g) {
			return text -> runs(text).stream().mapToInt(run -> g.getFontMetrics(run.font()).stringWidth(run.text())).sum();
		}

		List<Run> runs(String text) {
			List<Run> runs = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			Font currentFont = null;
			for (int codePoint : text.codePoints().toArray()) {
				Font font = this.cjk.canDisplay(codePoint) && !Character.isWhitespace(codePoint) ? this.cjk : this.latin;
				if (font != currentFont && current.length() > 0) {
					runs.add(new Run(current.toString(), currentFont));
					current.setLength(0);
				}
				currentFont = font;
				current.appendCodePoint(codePoint);
			}
			if (current.length() > 0) {
				runs.add(new Run(current.toString(), currentFont));
			}
			return runs;
		}

	}

	record Run(String text, Font font) {
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private MixedFont fonts(int style, float size) {
		return new MixedFont(baseFont().deriveFont(style, size), new Font(Font.SANS_SERIF, style, Math.round(size)));
	}

	private Font baseFont() {
		Font font = this.baseFont;
		if (font == null) {
			try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
				font = Font.createFont(Font.TRUETYPE_FONT, in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (FontFormatException ex) {
				throw new IllegalStateException("The shipped font " + FONT + " cannot be read", ex);
			}
			this.baseFont = font;
		}
		return font;
	}

}
