package com.baolink.share;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads a QR code back with ZXing, the library that drew it. */
final class QrDecoding {

	private QrDecoding() {
	}

	/**
	 * The text of the QR code in {@code image}. ZXing's detector can miss the finder patterns of a
	 * perfectly clean synthetic image, so it is asked the way a phone scanner would (hybrid
	 * binarizer, try harder), then as a pure barcode, then with the global binarizer.
	 */
	static String decode(BufferedImage image) throws Exception {
		var source = new BufferedImageLuminanceSource(image);
		List<Map<DecodeHintType, Object>> hints = List.of(Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE),
				Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
		NotFoundException last = null;
		for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
				new BinaryBitmap(new com.google.zxing.common.GlobalHistogramBinarizer(source)))) {
			for (Map<DecodeHintType, Object> hint : hints) {
				try {
					return new QRCodeReader().decode(bitmap, hint).getText();
				}
				catch (NotFoundException ex) {
					last = ex;
				}
			}
		}
		throw new AssertionError("No QR code found in the image", last);
	}

}
