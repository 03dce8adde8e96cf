package com.baolink.inbox;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.baolink.partner.aigoubao.AigoubaoCallbackParser;
import com.baolink.partner.aigoubao.AigoubaoCallbackParser.AigoubaoCallback;
import com.baolink.partner.aigoubao.AigoubaoCallbackParser.Authenticity;
import com.baolink.partner.aigoubao.AigoubaoCallbackParser.MalformedCallbackException;

/**
 * The notify URLs given to AiGouBao in every pre-order. Store first, then acknowledge: the partner
 * gets {@code 0000} only once the callback is durably written (a duplicate is acknowledged and
 * only counted); when the database cannot take it the answer is 503 so the partner retries.
 * Processing happens afterwards ({@link InboxProcessor}). Answers use the partner's shape
 * {@code {"code","message"}} <b>(assumed)</b>, in the partner's language.
 */
@RestController
class AigoubaoCallbackController {

	private static final Logger log = LoggerFactory.getLogger(AigoubaoCallbackController.class);

	/** Larger bodies are refused without being read: real callbacks are a few hundred bytes. */
	static final int MAX_BODY_BYTES = 64 * 1024;

	private final AigoubaoCallbackParser parser;

	private final CallbackInbox inbox;

	private final CallbackMetrics metrics;

	AigoubaoCallbackController(AigoubaoCallbackParser parser, CallbackInbox inbox, CallbackMetrics metrics) {
		this.parser = parser;
		this.inbox = inbox;
		this.metrics = metrics;
	}

	@PostMapping("/callbacks/aigoubao/{kind:deliver|surrender|refund}")
	ResponseEntity<Answer> receive(@PathVariable String kind, HttpServletRequest request) throws IOException {
		CallbackKind callbackKind = CallbackKind.valueOf(kind.toUpperCase(Locale.ROOT));
		String body = InboundRequest.bodyUpTo(request, MAX_BODY_BYTES);
		if (body == null) {
			this.metrics.count(InboxSources.AIGOUBAO, callbackKind, null, "too_large");
			return answer(HttpStatus.BAD_REQUEST, Answer.MALFORMED);
		}
		AigoubaoCallback callback;
		try {
			callback = this.parser.parse(body);
		}
		catch (MalformedCallbackException ex) {
			recordRejected(callbackKind, body, request, ex.getMessage());
			this.metrics.count(InboxSources.AIGOUBAO, callbackKind, SignatureVerdict.PLAIN_UNVERIFIED, "malformed");
			return answer(HttpStatus.BAD_REQUEST, Answer.MALFORMED);
		}
		return store(callbackKind, callback, body, request);
	}

	private ResponseEntity<Answer> store(CallbackKind kind, AigoubaoCallback callback, String body,
			HttpServletRequest request) {
		SignatureVerdict verdict = SignatureVerdict.valueOf(callback.authenticity().name());
		boolean signatureInvalid = callback.authenticity() == Authenticity.SIGNED_INVALID;
		NewCallback row = new NewCallback(InboxSources.AIGOUBAO, kind,
				NewCallback.dedupeKey(InboxSources.AIGOUBAO, kind, verdict, callback.canonicalPayload()), body,
				InboundRequest.keptHeaders(request), request.getRemoteAddr(), verdict, callback.tempOrderCode(),
				signatureInvalid ? CallbackStatus.REJECTED : CallbackStatus.RECEIVED,
				signatureInvalid ? "signature invalid" : null);
		CallbackInbox.Recorded recorded;
		try {
			recorded = this.inbox.record(row);
		}
		catch (DataAccessException | TransactionException ex) {
			log.error("Could not store an AiGouBao {} callback; not acknowledged so the partner retries", kind, ex);
			this.metrics.count(InboxSources.AIGOUBAO, kind, verdict, "unavailable");
			return answer(HttpStatus.SERVICE_UNAVAILABLE, Answer.UNAVAILABLE);
		}
		if (signatureInvalid) {
			log.warn("AiGouBao {} callback {} has a bad signature: recorded, not processed", kind, recorded.id());
			this.metrics.count(InboxSources.AIGOUBAO, kind, verdict, "signature_invalid");
			return answer(HttpStatus.UNAUTHORIZED, Answer.BAD_SIGNATURE);
		}
		this.metrics.count(InboxSources.AIGOUBAO, kind, verdict, recorded.duplicate() ? "duplicate" : "accepted");
		return answer(HttpStatus.OK, Answer.OK);
	}

	/** Best effort: a malformed body is refused whether or not it can be recorded. */
	private void recordRejected(CallbackKind kind, String body, HttpServletRequest request, String reason) {
		SignatureVerdict verdict = SignatureVerdict.PLAIN_UNVERIFIED;
		try {
			this.inbox.record(new NewCallback(InboxSources.AIGOUBAO, kind,
					NewCallback.dedupeKey(InboxSources.AIGOUBAO, kind, verdict, "REJECTED\n" + body), body,
					InboundRequest.keptHeaders(request), request.getRemoteAddr(), verdict, null, CallbackStatus.REJECTED, reason));
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Could not record a malformed AiGouBao {} callback: {}", kind, ex.toString());
		}
	}

	private static ResponseEntity<Answer> answer(HttpStatus status, Answer answer) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(answer);
	}

	/** The acknowledgement shape AiGouBao expects <b>(assumed)</b>. */
	record Answer(String code, String message) {

		static final Answer OK = new Answer("0000", "成功");

		static final Answer MALFORMED = new Answer("9999", "报文格式错误");

		static final Answer BAD_SIGNATURE = new Answer("2000", "签名错误");

		static final Answer UNAVAILABLE = new Answer("9999", "系统繁忙，请稍后重试");

	}

}
