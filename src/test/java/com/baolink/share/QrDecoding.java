package com.baolink.share;

import java.awt.image.BufferedImage;
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

	static String decode(BufferedImage image) throws Exception {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
		}
		catch (NotFoundException ex) {
			throw new AssertionError("No QR code found in the image", ex);
		}
	}

}
