package com.baolink.inbox;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.baolink.partner.xiebao.XiebaoAcknowledgement;
import com.baolink.partner.xiebao.XiebaoNotification;
import com.baolink.partner.xiebao.XiebaoNotificationVerifier;
import com.baolink.partner.xiebao.XiebaoVerification;
import com.baolink.partner.xiebao.XiebaoVerification.Verified;

/**
 * The notify URL given to Xiebao. Store first, then acknowledge: {@code {"state":true}} only once
 * the notification is durably written (a duplicate is acknowledged and counted); when the database
 * cannot take it the answer is 503 and Xiebao retries. Applying happens afterwards
 * ({@link InboxProcessor}). Answers:
 * <ul>
 * <li>200 {@code {"state":true}}: stored (also a duplicate, and a notifyType the portal does not use);</li>
 * <li>401 {@code {"state":false,…}}: bad signature, or signed for another partner account (recorded as REJECTED);</li>
 * <li>400: not a notification (malformed JSON, missing fields; recorded as REJECTED when possible);</li>
 * <li>413: body larger than {@link XiebaoNotificationVerifier#MAX_BODY_CHARS}, refused unread;</li>
 * <li>404: the Xiebao channel is not configured here; 503: storage unavailable.</li>
 * </ul>
 */
@RestController
class XiebaoCallbackController {

	private static final Logger log = LoggerFactory.getLogger(XiebaoCallbackController.class);

	/** A character takes at most 3 UTF-8 bytes (4 for a pair of surrogates, i.e. 2 chars). */
	static final int MAX_BODY_BYTES = XiebaoNotificationVerifier.MAX_BODY_CHARS * 3;

	private final XiebaoNotificationVerifier verifier;

	private final CallbackInbox inbox;

	private final CallbackMetrics metrics;

	XiebaoCallbackController(XiebaoNotificationVerifier verifier, CallbackInbox inbox, CallbackMetrics metrics) {
		this.verifier = verifier;
		this.inbox = inbox;
		this.metrics = metrics;
	}

	@PostMapping("/callbacks/xiebao")
	ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
		String body = readBounded(request);
		if (body == null) {
			this.metrics.count(InboxSources.XIEBAO, CallbackKind.XB_UNKNOWN, null, "too_large");
			return answer(HttpStatus.PAYLOAD_TOO_LARGE, XiebaoAcknowledgement.failure("body too large"));
		}
		XiebaoVerification verification = this.verifier.verify(body);
		if (verification instanceof Verified verified) {
			return store(verified.notification(), body, request);
		}
		if (verification instanceof XiebaoVerification.NotConfigured) {
			return answer(HttpStatus.NOT_FOUND, XiebaoAcknowledgement.failure("channel not configured"));
		}
		if (verification instanceof XiebaoVerification.Malformed malformed) {
			recordRejected(body, request, SignatureVerdict.PLAIN_UNVERIFIED, "malformed: " + malformed.reason());
			this.metrics.count(InboxSources.XIEBAO, CallbackKind.XB_UNKNOWN, SignatureVerdict.PLAIN_UNVERIFIED, "malformed");
			return answer(HttpStatus.BAD_REQUEST, XiebaoAcknowledgement.failure("malformed notification"));
		}
		boolean badSign = verification instanceof XiebaoVerification.BadSignature;
		String reason = badSign ? "signature invalid" : "wrong partnerId";
		recordRejected(body, request, SignatureVerdict.SIGNED_INVALID, reason);
		log.warn("Xiebao notification refused: {}", reason);
		this.metrics.count(InboxSources.XIEBAO, CallbackKind.XB_UNKNOWN, SignatureVerdict.SIGNED_INVALID,
				badSign ? "signature_invalid" : "wrong_partner");
		return answer(HttpStatus.UNAUTHORIZED, XiebaoAcknowledgement.failure(badSign ? "sign error" : "unknown partnerId"));
	}

	private ResponseEntity<String> store(XiebaoNotification notification, String body, HttpServletRequest request) {
		CallbackKind kind = CallbackKind.ofXiebao(notification.notifyType());
		SignatureVerdict verdict = SignatureVerdict.SIGNED_VALID;
		String canonical = notification.insureNum() + "\n" + notification.notifyType() + "\n" + notification;
		NewCallback row = new NewCallback(InboxSources.XIEBAO, kind,
				NewCallback.dedupeKey(InboxSources.XIEBAO, kind, verdict, canonical), body, InboundRequest.keptHeaders(request),
				request.getRemoteAddr(), verdict, truncate(notification.insureNum(), 64), CallbackStatus.RECEIVED, null);
		CallbackInbox.Recorded recorded;
		try {
			recorded = this.inbox.record(row);
		}
		catch (DataAccessException | TransactionException ex) {
			log.error("Could not store a Xiebao {} notification; not acknowledged so Xiebao retries", kind, ex);
			this.metrics.count(InboxSources.XIEBAO, kind, verdict, "unavailable");
			return answer(HttpStatus.SERVICE_UNAVAILABLE, XiebaoAcknowledgement.failure("busy, retry later"));
		}
		this.metrics.count(InboxSources.XIEBAO, kind, verdict, recorded.duplicate() ? "duplicate" : "accepted");
		return answer(HttpStatus.OK, XiebaoAcknowledgement.SUCCESS);
	}

	/** Best effort: a refused body is refused whether or not it can be recorded. */
	private void recordRejected(String body, HttpServletRequest request, SignatureVerdict verdict, String reason) {
		try {
			this.inbox.record(new NewCallback(InboxSources.XIEBAO, CallbackKind.XB_UNKNOWN,
					NewCallback.dedupeKey(InboxSources.XIEBAO, CallbackKind.XB_UNKNOWN, verdict, "REJECTED\n" + body),
					body, InboundRequest.keptHeaders(request), request.getRemoteAddr(), verdict, null, CallbackStatus.REJECTED, reason));
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Could not record a refused Xiebao notification: {}", ex.toString());
		}
	}

	/** The body as text, or null when it is too large (refused without reading it all). */
	private static String readBounded(HttpServletRequest request) throws IOException {
		String body = InboundRequest.bodyUpTo(request, MAX_BODY_BYTES);
		return body == null || body.length() > XiebaoNotificationVerifier.MAX_BODY_CHARS ? null : body;
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private static ResponseEntity<String> answer(HttpStatus status, String json) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json);
	}

}
