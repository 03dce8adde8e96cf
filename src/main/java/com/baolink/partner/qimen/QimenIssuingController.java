package com.baolink.partner.qimen;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;

import com.baolink.infrastructure.web.BoundedBody;
import com.baolink.scenefinance.ScenePolicyIssuer;
import com.baolink.scenefinance.ScenePolicyIssuer.IdentifierConflictException;
import com.baolink.scenefinance.ScenePolicyIssuer.IssuedPolicy;

/**
 * {@code POST /qimen/policy/issuing}: the platform asks the portal, as insurance institution, to
 * issue a policy. System parameters come in the query string, the business request is the raw JSON
 * body (at most {@value #MAX_BODY_BYTES} bytes). Authenticated by signature, not by session.
 */
@Controller
class QimenIssuingController {

	static final String PATH = "/qimen/policy/issuing";

	static final int MAX_BODY_BYTES = 64 * 1024;

	private static final Logger log = LoggerFactory.getLogger(QimenIssuingController.class);

	private final QimenProperties properties;

	private final QimenRequestVerifier verifier;

	private final ScenePolicyIssuer issuer;

	QimenIssuingController(QimenProperties properties, QimenRequestVerifier verifier, ScenePolicyIssuer issuer) {
		this.properties = properties;
		this.verifier = verifier;
		this.issuer = issuer;
	}

	@PostMapping(PATH)
	ResponseEntity<QimenAnswer> issue(HttpServletRequest request) throws IOException {
		if (!this.properties.enabled()) {
			return ResponseEntity.notFound().build();
		}
		byte[] body = BoundedBody.read(request, MAX_BODY_BYTES);
		if (body == null) {
			return answer(HttpStatus.PAYLOAD_TOO_LARGE,
					QimenAnswer.failure(QimenAnswer.REQUEST_TOO_LARGE, "body larger than " + MAX_BODY_BYTES + " bytes"));
		}
		QimenQuery query;
		try {
			query = QimenQuery.parse(request.getQueryString());
		}
		catch (IllegalArgumentException ex) {
			return answer(HttpStatus.OK, QimenAnswer.illegalRequest());
		}
		QimenAnswer refusal = this.verifier.refusal(query, body).orElse(null);
		return answer(HttpStatus.OK, refusal != null ? refusal : issue(body));
	}

	private QimenAnswer issue(byte[] body) {
		try {
			IssuedPolicy issued = this.issuer.issue(IssuingRequestParser.parse(body));
			return QimenAnswer.issued(issued.policyNo(), issued.policyFileUrl());
		}
		catch (InvalidIssuingRequestException ex) {
			return QimenAnswer.failure(QimenAnswer.INVALID_PARAMETER, ex.getMessage());
		}
		catch (IdentifierConflictException ex) {
			return QimenAnswer.failure(QimenAnswer.IDENTIFIER_CONFLICT,
					"identifier already used for a request with other content");
		}
	}

	/**
	 * The platform gets an answer in its own shape even when we fail; issuing is transactional and
	 * idempotent on {@code identifier}, so its retry is safe.
	 */
	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<QimenAnswer> failed(RuntimeException ex) {
		log.error("Scene-finance issuing failed", ex);
		return answer(HttpStatus.SERVICE_UNAVAILABLE,
				QimenAnswer.failure(QimenAnswer.SYSTEM_ERROR, "temporarily unable to issue, please retry"));
	}

	private static ResponseEntity<QimenAnswer> answer(HttpStatus status, QimenAnswer answer) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(answer);
	}

}
