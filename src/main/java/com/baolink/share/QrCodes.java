package com.baolink.share;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.stereotype.Component;

/**
 * QR codes of share links (ZXing): error correction M, a quiet zone of four modules as the standard
 * asks. Two sizes only, so a request cannot ask for an arbitrarily large image: a phone screen
 * (480 px) and print (1200 px, about 10 cm at 300 dpi).
 */
@Component
class QrCodes {

	enum Size {

		SCREEN(480), PRINT(1200);

		private final int pixels;

		Size(int pixels) {
			this.pixels = pixels;
		}

		int pixels() {
			return this.pixels;
		}

		static Size of(String name) {
			return "print".equalsIgnoreCase(name) ? PRINT : SCREEN;
		}

	}

	BufferedImage image(String text, int pixels) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
			return MatrixToImageWriter.toBufferedImage(matrix);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", ex);
		}
	}

	byte[] png(String text, Size size) {
		return png(image(text, size.pixels()));
	}

	static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
