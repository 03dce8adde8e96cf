package com.baolink.scenefinance;

import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves e-policies at {@code /qimen/policies/{token}.pdf}: public (the platform and its users
 * follow the link without a portal session) but only by the random, unguessable token.
 */
@Controller
class ScenePolicyFileController {

	static final String PATH_PREFIX = "/qimen/policies/";

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final ScenePolicies policies;

	ScenePolicyFileController(ScenePolicies policies) {
		this.policies = policies;
	}

	@GetMapping(PATH_PREFIX + "{token}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String token) {
		if (!TOKEN.matcher(token).matches()) {
			return ResponseEntity.notFound().build();
		}
		return this.policies.findByDownloadToken(token)
			.flatMap(policy -> this.policies.pdf(policy.id()).map(pdf -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header("X-Content-Type-Options", "nosniff")
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename(policy.policyNo() + ".pdf").build().toString())
				.cacheControl(CacheControl.noStore())
				.body(pdf)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
