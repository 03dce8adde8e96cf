package com.baolink.partner.qimen;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.baolink.infrastructure.config.ChinaTime;

/**
 * Checks a qimen request's system parameters: the expected {@code method}, our {@code app_key},
 * the md5 {@code sign} over query and body, then a timestamp (China time) within
 * {@value #MAX_SKEW_MINUTES} minutes of now. Returns the refusal to answer, empty when it passes.
 */
@Component
public class QimenRequestVerifier {

	public static final String METHOD = "qimen.alibaba.finance.insurance.policy.issuing";

	static final int MAX_SKEW_MINUTES = 5;

	private final QimenProperties properties;

	private final Clock clock;

	QimenRequestVerifier(QimenProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	public Optional<QimenAnswer> refusal(QimenQuery query, byte[] body) {
		if (!METHOD.equals(query.get("method")) || !this.properties.appKey().equals(query.get("app_key"))
				|| !"md5".equalsIgnoreCase(String.valueOf(query.get("sign_method")))
				|| !QimenSigner.matches(this.properties.secret(), query.params(), body, query.get(QimenSigner.SIGN))) {
			return Optional.of(QimenAnswer.illegalRequest());
		}
		if (!fresh(query.get("timestamp"))) {
			return Optional.of(QimenAnswer.failure(QimenAnswer.TIMESTAMP_EXPIRED,
					"timestamp must be yyyy-MM-dd HH:mm:ss (GMT+8) within " + MAX_SKEW_MINUTES + " minutes of now"));
		}
		return Optional.empty();
	}

	private boolean fresh(String timestamp) {
		if (timestamp == null) {
			return false;
		}
		try {
			LocalDateTime sent = LocalDateTime.parse(timestamp, IssuingRequestParser.TIME);
			LocalDateTime now = LocalDateTime.now(this.clock.withZone(ChinaTime.ZONE));
			return Duration.between(sent, now).abs().compareTo(Duration.ofMinutes(MAX_SKEW_MINUTES)) <= 0;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
