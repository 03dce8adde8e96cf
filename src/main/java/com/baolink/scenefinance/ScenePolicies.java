package com.baolink.scenefinance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.baolink.scenefinance.IssuingRequest;

/** The {@code scene_policy} table. */
@Repository
class ScenePolicies {

	private static final String COLUMNS = """
			id, identifier, content_hash, policy_no, product_code, insure_id, applicant_name, insured_name,
			amount, premium, currency, effect_time, expire_time, download_token, created_at""";

	private final JdbcClient jdbc;

	private final SceneRequestProtection protection;

	ScenePolicies(JdbcClient jdbc, SceneRequestProtection protection) {
		this.jdbc = jdbc;
		this.protection = protection;
	}

	/** @throws org.springframework.dao.DuplicateKeyException when identifier, policy number or token exists */
	void insert(IssuingRequest request, String policyNo, String downloadToken, byte[] pdf, Instant createdAt) {
		this.jdbc.sql("""
				INSERT INTO scene_policy (identifier, content_hash, policy_no, product_code, insure_id, applicant_name,
				    insured_name, amount, premium, premium_of_cny, currency, currency_rate, insure_time, effect_time,
				    expire_time, raw_request, pdf, download_token, created_at, applicant_license_hash, insured_license_hash)
				VALUES (:identifier, :hash, :policyNo, :productCode, :insureId, :applicant, :insured, :amount, :premium,
				    :premiumOfCny, :currency, :rate, :insureTime, :effectTime, :expireTime, :raw, :pdf, :token, :createdAt,
				    :applicantLicense, :insuredLicense)""")
			.param("identifier", request.identifier())
			.param("hash", request.contentHash())
			.param("policyNo", policyNo)
			.param("productCode", request.productCode())
			.param("insureId", request.insureId())
			.param("applicant", request.applicantName())
			.param("insured", request.insuredName())
			.param("amount", request.amount())
			.param("premium", request.premium())
			.param("premiumOfCny", request.premiumOfCny())
			.param("currency", request.currency())
			.param("rate", request.currencyRate())
			.param("insureTime", request.insureTime())
			.param("effectTime", request.effectTime())
			.param("expireTime", request.expireTime())
			.param("raw", this.protection.protect(request.rawJson()))
			.param("applicantLicense", this.protection.licenseHash(request.rawJson(), "applicantPersonalInfo"))
			.param("insuredLicense", this.protection.licenseHash(request.rawJson(), "insuredPersonalInfo"))
			.param("pdf", pdf)
			.param("token", downloadToken)
			.param("createdAt", Timestamp.from(createdAt))
			.update();
	}

	Optional<ScenePolicy> findByIdentifier(String identifier) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM scene_policy WHERE identifier = :identifier")
			.param("identifier", identifier)
			.query(ScenePolicies::policy)
			.optional();
	}

	/** Policies whose applicant or insured person has this ID number (keyed-hash equality, newest first). */
	List<ScenePolicy> findByPersonLicenseNo(String licenseNo) {
		String hash = this.protection.hash(licenseNo);
		if (hash == null) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM scene_policy WHERE applicant_license_hash = :hash OR insured_license_hash = :hash
				ORDER BY created_at DESC, id DESC LIMIT 100""")
			.param("hash", hash)
			.query(ScenePolicies::policy)
			.list();
	}

	Optional<ScenePolicy> findByDownloadToken(String token) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM scene_policy WHERE download_token = :token")
			.param("token", token)
			.query(ScenePolicies::policy)
			.optional();
	}

	Optional<byte[]> pdf(long id) {
		return this.jdbc.sql("SELECT pdf FROM scene_policy WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getBytes("pdf"))
			.optional();
	}

	long count(String where, MapSqlParameterSource params) {
		return this.jdbc.sql("SELECT COUNT(*) FROM scene_policy" + where).paramSource(params).query(Long.class).single();
	}

	List<ScenePolicy> page(String where, MapSqlParameterSource params, int limit, int offset) {
		params.addValue("limit", limit).addValue("offset", offset);
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM scene_policy" + where
					+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.paramSource(params)
			.query(ScenePolicies::policy)
			.list();
	}

	private static ScenePolicy policy(ResultSet rs, int row) throws SQLException {
		return new ScenePolicy(rs.getLong("id"), rs.getString("identifier"), rs.getString("content_hash"),
				rs.getString("policy_no"), rs.getString("product_code"), rs.getString("insure_id"),
				rs.getString("applicant_name"), rs.getString("insured_name"), rs.getBigDecimal("amount"),
				rs.getBigDecimal("premium"), rs.getString("currency"),
				rs.getTimestamp("effect_time").toLocalDateTime(), rs.getTimestamp("expire_time").toLocalDateTime(),
				rs.getString("download_token"), rs.getTimestamp("created_at").toInstant());
	}

}
