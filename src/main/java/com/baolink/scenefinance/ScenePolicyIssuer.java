package com.baolink.scenefinance;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import com.baolink.infrastructure.web.PublicUrls;
import com.baolink.scenefinance.IssuingRequest;

/**
 * Issues a scene-finance policy, idempotent on the platform's {@code identifier}: the same
 * identifier with the same content gets the policy already issued; with other content it is a
 * conflict and nothing changes. Concurrent duplicates meet at the unique identifier: the loser
 * reads the winner's policy.
 */
@Service
public class ScenePolicyIssuer {

	private static final Logger log = LoggerFactory.getLogger(ScenePolicyIssuer.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final int ATTEMPTS = 3;

	private final ScenePolicies policies;

	private final EPolicyRenderer renderer;

	private final PublicUrls urls;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ScenePolicyIssuer(ScenePolicies policies, EPolicyRenderer renderer, PublicUrls urls, Clock clock) {
		this.policies = policies;
		this.renderer = renderer;
		this.urls = urls;
		this.clock = clock;
	}

	/** @throws IdentifierConflictException when the identifier was issued for other content */
	public IssuedPolicy issue(IssuingRequest request) {
		Optional<IssuedPolicy> earlier = existing(request);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			String policyNo = policyNumber();
			String token = downloadToken();
			byte[] pdf = this.renderer.render(request, policyNo);
			try {
				this.policies.insert(request, policyNo, token, pdf, this.clock.instant());
				log.info("Scene-finance policy {} issued for identifier {}", policyNo, request.identifier());
				return new IssuedPolicy(policyNo, fileUrl(token));
			}
			catch (DuplicateKeyException ex) {
				earlier = existing(request);
				if (earlier.isPresent()) {
					return earlier.get();
				}
				// not the identifier: a policy number (or token) collided, draw again
			}
		}
		throw new IllegalStateException("no free policy number after " + ATTEMPTS + " attempts");
	}

	private Optional<IssuedPolicy> existing(IssuingRequest request) {
		return this.policies.findByIdentifier(request.identifier()).map(policy -> {
			if (!policy.contentHash().equals(request.contentHash())) {
				throw new IdentifierConflictException(request.identifier());
			}
			return new IssuedPolicy(policy.policyNo(), fileUrl(policy.downloadToken()));
		});
	}

	/** {@code SF} + issuing day (China) + 10 random digits. */
	private String policyNumber() {
		long digits = Math.floorMod(this.random.nextLong(), 10_000_000_000L);
		return "SF" + LocalDate.now(this.clock).format(DAY) + String.format("%010d", digits);
	}

	private String downloadToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	String fileUrl(String downloadToken) {
		return this.urls.absolute(ScenePolicyFileController.PATH_PREFIX + downloadToken + ".pdf");
	}

	/** The policy number and e-policy link returned to the platform. */
	public record IssuedPolicy(String policyNo, String policyFileUrl) {
	}

	/** The identifier is already issued for a request with other content. */
	public static class IdentifierConflictException extends RuntimeException {

		IdentifierConflictException(String identifier) {
			super("identifier " + identifier + " was issued for other content", null, false, false);
		}

	}

}
