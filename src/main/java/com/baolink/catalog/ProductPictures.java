package com.baolink.catalog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Pictures staff uploaded for products, one per product, kept in the database (all nodes serve them). */
@Repository
public class ProductPictures {

	private final JdbcClient jdbc;

	private final Products products;

	private final Clock clock;

	ProductPictures(JdbcClient jdbc, Products products, Clock clock) {
		this.jdbc = jdbc;
		this.products = products;
		this.clock = clock;
	}

	/** Stores {@code picture} as the product's picture (replacing any before) and returns the product. */
	@Transactional
	public Product store(Product product, ProductPicture picture) {
		String hash = sha256(picture.content());
		this.jdbc.sql("DELETE FROM product_picture WHERE product = ?").param(product.getId()).update();
		this.jdbc.sql("""
				INSERT INTO product_picture (product, content_type, content, sha256, uploaded_at)
				VALUES (:product, :type, :content, :hash, :at)""")
			.param("product", product.getId())
			.param("type", picture.type().mediaType())
			.param("content", picture.content())
			.param("hash", hash)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		product.pictureUploaded(hash);
		return this.products.save(product);
	}

	@Transactional
	public Product remove(Product product) {
		this.jdbc.sql("DELETE FROM product_picture WHERE product = ?").param(product.getId()).update();
		product.pictureUploaded(null);
		return this.products.save(product);
	}

	public Optional<Stored> find(long productId) {
		return this.jdbc.sql("SELECT content_type, content, sha256 FROM product_picture WHERE product = ?")
			.param(productId)
			.query((rs, n) -> new Stored(rs.getString("content_type"), rs.getBytes("content"), rs.getString("sha256")))
			.optional();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record Stored(String contentType, byte[] content, String sha256) {
	}

}
