package com.baolink.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductPictureTests {

	@Test
	void recognisesPngJpegAndWebpByTheirBytes() throws IOException {
		assertThat(read(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1 }).picture().type())
			.isEqualTo(ProductPicture.Type.PNG);
		assertThat(read(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }).picture().type())
			.isEqualTo(ProductPicture.Type.JPEG);
		assertThat(read(new byte[] { 'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P', 'V', 'P' }).picture().type())
			.isEqualTo(ProductPicture.Type.WEBP);
	}

	@Test
	void refusesSvgHtmlGifAndRiffThatIsNotWebp() throws IOException {
		assertThat(read("<svg onload=alert(1)>".getBytes()).problem()).isEqualTo(ProductPicture.Problem.NOT_AN_IMAGE);
		assertThat(read("GIF89a....".getBytes()).problem()).isEqualTo(ProductPicture.Problem.NOT_AN_IMAGE);
		assertThat(read(new byte[] { 'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E' }).problem())
			.isEqualTo(ProductPicture.Problem.NOT_AN_IMAGE);
		assertThat(read(new byte[] { (byte) 0x89, 'P', 'N' }).problem()).isEqualTo(ProductPicture.Problem.NOT_AN_IMAGE);
	}

	@Test
	void emptyAndOversizedAreRefusedWithoutReadingEverything() throws IOException {
		assertThat(read(new byte[0]).problem()).isEqualTo(ProductPicture.Problem.EMPTY);
		byte[] big = new byte[ProductPicture.MAX_BYTES * 3];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		ByteArrayInputStream in = new ByteArrayInputStream(big);
		assertThat(ProductPicture.read(in).problem()).isEqualTo(ProductPicture.Problem.TOO_LARGE);
		assertThat(in.available()).isEqualTo(big.length - ProductPicture.MAX_BYTES - 1);
	}

	private static ProductPicture.Result read(byte[] bytes) throws IOException {
		return ProductPicture.read(new ByteArrayInputStream(bytes));
	}

}
