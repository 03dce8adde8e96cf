package com.baolink.sandbox.aigoubao;

import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.baolink.partner.aigoubao.AigoubaoApi;

/**
 * The simulated AiGouBao gateway: {@code POST /sandbox/aigoubao} + each path of the document.
 * Every answer is HTTP 200 with {@code {"code","message","data"}}, as the partner's.
 */
@RestController
@Profile("sandbox")
class SandboxApiController {

	private static final Logger log = LoggerFactory.getLogger(SandboxApiController.class);

	private static final String BASE = SandboxLinks.BASE;

	private final EnvelopeVerifier verifier;

	private final AccountEndpoints accounts;

	private final OrderEndpoints orders;

	SandboxApiController(EnvelopeVerifier verifier, AccountEndpoints accounts, OrderEndpoints orders) {
		this.verifier = verifier;
		this.accounts = accounts;
		this.orders = orders;
	}

	@PostMapping(path = BASE + AigoubaoApi.PATH_REGISTER, produces = MediaType.APPLICATION_JSON_VALUE)
	String register(@RequestBody(required = false) String body) {
		return handle(body, this.accounts::register);
	}

	@PostMapping(path = BASE + AigoubaoApi.PATH_APPLY_INVOICE, produces = MediaType.APPLICATION_JSON_VALUE)
	String applyInvoice(@RequestBody(required = false) String body) {
		return handle(body, this.accounts::applyInvoice);
	}

	@PostMapping(path = BASE + AigoubaoApi.PATH_INVOICE_URL, produces = MediaType.APPLICATION_JSON_VALUE)
	String invoiceUrl(@RequestBody(required = false) String body) {
		return handle(body, this.accounts::invoiceUrls);
	}

	@PostMapping(path = BASE + AigoubaoApi.PATH_PRODUCT_DETAIL, produces = MediaType.APPLICATION_JSON_VALUE)
	String productDetail(@RequestBody(required = false) String body) {
		return handle(body, this.accounts::productDetail);
	}

	@PostMapping(path = BASE + AigoubaoApi.PATH_ADD_TEMP, produces = MediaType.APPLICATION_JSON_VALUE)
	String addTemp(@RequestBody(required = false) String body) {
		return handle(body, this.orders::addTemp);
	}

	@PostMapping(path = BASE + AigoubaoApi.PATH_POLICY_URL, produces = MediaType.APPLICATION_JSON_VALUE)
	String policyUrl(@RequestBody(required = false) String body) {
		return handle(body, this.orders::policyUrls);
	}

	@PostMapping(path = BASE + AigoubaoApi.PATH_OUT_NOTIFY, produces = MediaType.APPLICATION_JSON_VALUE)
	String outNotify(@RequestBody(required = false) String body) {
		return handle(body, this.orders::outNotify);
	}

	@PostMapping(path = BASE + AigoubaoApi.PATH_ORDER_LIST_URL, produces = MediaType.APPLICATION_JSON_VALUE)
	String orderListUrl(@RequestBody(required = false) String body) {
		return handle(body, this.orders::orderListUrl);
	}

	@PostMapping(path = BASE + AigoubaoApi.PATH_SURRENDER_BY_POLICY, produces = MediaType.APPLICATION_JSON_VALUE)
	String surrenderByPolicy(@RequestBody(required = false) String body) {
		return handle(body, this.orders::surrenderByPolicyCodes);
	}

	@PostMapping(path = BASE + AigoubaoApi.PATH_SURRENDER_BY_ORDER, produces = MediaType.APPLICATION_JSON_VALUE)
	String surrenderByOrder(@RequestBody(required = false) String body) {
		return handle(body, this.orders::surrenderByOrderCode);
	}

	@PostMapping(path = BASE + AigoubaoApi.PATH_ORDER_DETAIL, produces = MediaType.APPLICATION_JSON_VALUE)
	String orderDetail(@RequestBody(required = false) String body) {
		return handle(body, this.orders::orderDetail);
	}

	private String handle(String body, Function<Params, Object> endpoint) {
		try {
			Object data = endpoint.apply(this.verifier.verify(body));
			return SandboxJson.answer("0000", "成功", data);
		}
		catch (SandboxRefusal refusal) {
			return SandboxJson.answer(refusal.code(), refusal.getMessage(), null);
		}
		catch (RuntimeException ex) {
			log.warn("Sandbox AiGouBao: unexpected failure", ex);
			return SandboxJson.answer(SandboxRefusal.FAILURE, "失败", null);
		}
	}

}
