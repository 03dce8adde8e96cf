package com.baolink.sandbox.xiebao;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import com.baolink.infrastructure.config.ChinaTime;

/**
 * Applications made on the simulated Xiebao pages. The application number ({@code insureNum}) is
 * all digits like the document's example {@code 20190226020146} (date + sequence), so it can be
 * sent as an int in the endorsement notification as the document types it there.
 */
@Repository
@Profile("sandbox")
class SandboxXiebaoApplications {

	enum Status {
		ISSUED, ABNORMAL, SURRENDERED, REISSUED
	}

	record Application(String insureNum, String partnerId, String subPartnerId, String partnerUniqKey,
			String caseCode, int platform, String applicantName, String applicantIdMasked, String insuredNames,
			LocalDate startDate, LocalDate endDate, long priceFen, String policyNum, Status status,
			String reissuedFrom, String scenario, LocalDateTime createdAt) {

		List<String> insureds() {
			return Arrays.asList(this.insuredNames.split(","));
		}

		Instant createdInstant() {
			return this.createdAt.atZone(ChinaTime.ZONE).toInstant();
		}

	}

	private static final String COLUMNS = "insure_num, partner_id, sub_partner_id, partner_uniq_key, case_code, platform, "
			+ "applicant_name, applicant_id_masked, insured_names, start_date, end_date, price_fen, policy_num, status, "
			+ "reissued_from, scenario, created_at";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final JdbcClient jdbc;

	SandboxXiebaoApplications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new application and gives it its number; {@code insureNum} of the argument is ignored. */
	Application create(Application draft) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO sbx_xb_application (partner_id, sub_partner_id, partner_uniq_key, case_code, platform, "
				+ "applicant_name, applicant_id_masked, insured_names, start_date, end_date, price_fen, status, reissued_from, "
				+ "scenario, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(draft.partnerId(), draft.subPartnerId(), draft.partnerUniqKey(), draft.caseCode(), draft.platform(),
					draft.applicantName(), draft.applicantIdMasked(), draft.insuredNames(), draft.startDate(),
					draft.endDate(), draft.priceFen(), draft.status().name(), draft.reissuedFrom(), draft.scenario(),
					draft.createdAt())
			.update(keys);
		long id = keys.getKey().longValue();
		String insureNum = draft.createdAt().format(DAY) + String.format("%06d", id);
		String policyNum = "PXB" + insureNum;
		this.jdbc.sql("UPDATE sbx_xb_application SET insure_num = ?, policy_num = ? WHERE id = ?")
			.params(insureNum, policyNum, id)
			.update();
		return find(insureNum).orElseThrow();
	}

	Optional<Application> find(String insureNum) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM sbx_xb_application WHERE insure_num = ?")
			.param(insureNum)
			.query(Application.class)
			.optional();
	}

	List<Application> recent(int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM sbx_xb_application ORDER BY id DESC LIMIT ?")
			.param(limit)
			.query(Application.class)
			.list();
	}

	void setStatus(String insureNum, Status status) {
		this.jdbc.sql("UPDATE sbx_xb_application SET status = ? WHERE insure_num = ?")
			.params(status.name(), insureNum)
			.update();
	}

}
