package com.baolink.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents in the database, content in {@value #CHUNK_SIZE}-byte chunks. Saving is idempotent:
 * when another node stored the same (order, kind, policy code) first, its row wins.
 */
@Repository
class StoredDocuments {

	static final int CHUNK_SIZE = 1024 * 1024;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	StoredDocuments(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	Optional<StoredDocument> find(long orderId, DocumentKind kind, String policyCode) {
		return this.jdbc.sql("""
				SELECT id, order_id, kind, policy_code, size, sha256, content_type, chunk_count, fetched_at
				FROM stored_document WHERE order_id = ? AND kind = ? AND policy_code = ?""")
			.params(orderId, kind.name(), policyCode)
			.query((rs, row) -> new StoredDocument(rs.getLong("id"), rs.getLong("order_id"),
					DocumentKind.valueOf(rs.getString("kind")), rs.getString("policy_code"), rs.getLong("size"),
					rs.getString("sha256"), rs.getString("content_type"), rs.getInt("chunk_count"),
					rs.getTimestamp("fetched_at").toInstant()))
			.optional();
	}

	StoredDocument save(long orderId, DocumentKind kind, String policyCode, String sourceUrlHash,
			FetchedDocument document, Instant now) {
		try {
			this.transactions.executeWithoutResult(status -> insert(orderId, kind, policyCode, sourceUrlHash, document, now));
		}
		catch (DuplicateKeyException ex) {
			// stored concurrently by another request or node: same document, keep theirs
		}
		return find(orderId, kind, policyCode).orElseThrow();
	}

	private void insert(long orderId, DocumentKind kind, String policyCode, String sourceUrlHash,
			FetchedDocument document, Instant now) {
		byte[] content = document.content();
		int chunks = Math.max(1, (content.length + CHUNK_SIZE - 1) / CHUNK_SIZE);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO stored_document (order_id, kind, policy_code, source_url_hash, size, sha256, content_type,
				    chunk_count, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(orderId, kind.name(), policyCode, sourceUrlHash, content.length, Sha256.hex(content),
					document.contentType(), chunks, Timestamp.from(now))
			.update(key, "id");
		long id = key.getKey().longValue();
		for (int seq = 0; seq < chunks; seq++) {
			byte[] chunk = Arrays.copyOfRange(content, seq * CHUNK_SIZE, Math.min(content.length, (seq + 1) * CHUNK_SIZE));
			this.jdbc.sql("INSERT INTO stored_document_chunk (document_id, seq, data) VALUES (?, ?, ?)")
				.params(id, seq, chunk)
				.update();
		}
	}

	/** Writes the content to {@code out}, one chunk in memory at a time. */
	void copyContent(StoredDocument document, OutputStream out) {
		for (int seq = 0; seq < document.chunkCount(); seq++) {
			byte[] chunk = this.jdbc.sql("SELECT data FROM stored_document_chunk WHERE document_id = ? AND seq = ?")
				.params(document.id(), seq)
				.query((rs, row) -> rs.getBytes(1))
				.single();
			try {
				out.write(chunk);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
