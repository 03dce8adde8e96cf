package com.baolink.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * An uploaded product picture, accepted only when its bytes are a PNG, JPEG or WebP image (the
 * declared content type and file name are ignored) and at most {@link #MAX_BYTES}.
 */
public record ProductPicture(Type type, byte[] content) {

	public static final int MAX_BYTES = 1024 * 1024;

	public enum Type {

		PNG("image/png"), JPEG("image/jpeg"), WEBP("image/webp");

		private final String mediaType;

		Type(String mediaType) {
			this.mediaType = mediaType;
		}

		public String mediaType() {
			return this.mediaType;
		}

	}

	/** Why an upload was refused (message key {@code products.picture.error.<name>}). */
	public enum Problem {

		EMPTY, TOO_LARGE, NOT_AN_IMAGE

	}

	/** Reads at most {@link #MAX_BYTES} + 1 bytes, so an oversized stream is never read in full. */
	public static Result read(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BYTES + 1);
		if (bytes.length == 0) {
			return new Result(null, Problem.EMPTY);
		}
		if (bytes.length > MAX_BYTES) {
			return new Result(null, Problem.TOO_LARGE);
		}
		return sniff(bytes).map(type -> new Result(new ProductPicture(type, bytes), null))
			.orElseGet(() -> new Result(null, Problem.NOT_AN_IMAGE));
	}

	static Optional<Type> sniff(byte[] b) {
		if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(Type.PNG);
		}
		if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(Type.JPEG);
		}
		if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of(Type.WEBP);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, int offset, int... expected) {
		if (bytes.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ProductPicture picture && picture.type == this.type
				&& Arrays.equals(picture.content, this.content);
	}

	@Override
	public int hashCode() {
		return 31 * this.type.hashCode() + Arrays.hashCode(this.content);
	}

	@Override
	public String toString() {
		return "ProductPicture[" + this.type + ", " + this.content.length + " bytes]";
	}

	/** Either a picture or the reason there is none. */
	public record Result(ProductPicture picture, Problem problem) {
	}

}
