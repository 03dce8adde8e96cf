package com.baolink.partner.aigoubao;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.baolink.infrastructure.config.ChinaTime;

/**
 * AiGouBao answers that say our own configuration is wrong (2000 signature, 2009 decryption, 5000
 * access token), kept in the database so staff see them on {@code /admin} on every node (as
 * {@code @aigoubaoConfigurationFaults.open()}) with what to check, until a later AiGouBao call
 * succeeds. Recording never breaks the call it observes.
 */
@Component("aigoubaoConfigurationFaults")
public class AigoubaoConfigurationFaults {

	static final String PARTNER = "AIGOUBAO";

	/** A success clears an open fault; between checks successes are not written to the database. */
	static final Duration RESOLVE_CHECK_EVERY = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(AigoubaoConfigurationFaults.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile boolean faultSeen = true;

	private volatile Instant lastResolveCheck = Instant.EPOCH;

	AigoubaoConfigurationFaults(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Observes the outcome of one call ({@code code}: the partner's code, or a local outcome). */
	void observed(String endpoint, String code) {
		AigoubaoCode known = AigoubaoCode.of(code);
		try {
			if (known.configurationFault()) {
				fault(endpoint, code);
			}
			else if (known == AigoubaoCode.SUCCESS) {
				succeeded();
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not record the AiGouBao configuration state: {}", ex.getMessage());
		}
	}

	private void fault(String endpoint, String code) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				INSERT INTO partner_config_fault (partner, code, endpoint, first_at, last_at, occurrences, resolved_at)
				VALUES (:partner, :code, :endpoint, :now, :now, 1, NULL)
				ON DUPLICATE KEY UPDATE
				  first_at = IF(resolved_at IS NULL, first_at, VALUES(first_at)),
				  occurrences = IF(resolved_at IS NULL, occurrences + 1, 1),
				  code = VALUES(code), endpoint = VALUES(endpoint), last_at = VALUES(last_at), resolved_at = NULL""")
			.param("partner", PARTNER)
			.param("code", code)
			.param("endpoint", endpoint.length() <= 100 ? endpoint : endpoint.substring(0, 100))
			.param("now", now)
			.update();
		this.faultSeen = true;
	}

	private void succeeded() {
		Instant now = this.clock.instant();
		if (!this.faultSeen && now.isBefore(this.lastResolveCheck.plus(RESOLVE_CHECK_EVERY))) {
			return;
		}
		this.lastResolveCheck = now;
		this.faultSeen = false;
		this.jdbc.sql("UPDATE partner_config_fault SET resolved_at = ? WHERE partner = ? AND resolved_at IS NULL")
			.params(Timestamp.from(now), PARTNER)
			.update();
	}

	/** The fault staff must look at, if any. */
	public Optional<Fault> open() {
		return this.jdbc.sql("""
				SELECT code, endpoint, first_at, last_at, occurrences FROM partner_config_fault
				WHERE partner = ? AND resolved_at IS NULL""")
			.param(PARTNER)
			.query((rs, n) -> new Fault(rs.getString("code"), rs.getString("endpoint"),
					LocalDateTime.ofInstant(rs.getTimestamp("first_at").toInstant(), ChinaTime.ZONE),
					LocalDateTime.ofInstant(rs.getTimestamp("last_at").toInstant(), ChinaTime.ZONE),
					rs.getInt("occurrences")))
			.optional();
	}

	/** {@code checkKey}: the message key saying what to check for this code. */
	public record Fault(String code, String endpoint, LocalDateTime since, LocalDateTime last, int occurrences) {

		public String checkKey() {
			return "admin.configFault.check." + this.code;
		}

	}

}
