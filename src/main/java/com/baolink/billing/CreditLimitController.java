package com.baolink.billing;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.baolink.audit.AuditAction;
import com.baolink.audit.AuditTrail;

/**
 * Staff set a member's credit limit from the member's page (card {@code billing/credit-limit}).
 * An empty field clears it (no limit: every credit approval needs an override). A wrong value is
 * sent back to the page with its message and the value as typed.
 */
@Controller
class CreditLimitController {

	private final CreditLimits limits;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	CreditLimitController(CreditLimits limits, AuditTrail audit, JdbcClient jdbc) {
		this.limits = limits;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@PostMapping("/admin/members/{id}/credit-limit")
	String setLimit(@PathVariable long id, @RequestParam(required = false) String creditLimit,
			RedirectAttributes redirect) {
		if (!memberExists(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String back = "redirect:/admin/members/" + id + "#member-credit-limit";
		Optional<String> problem = problem(creditLimit);
		if (problem.isPresent()) {
			redirect.addFlashAttribute("creditLimitError", problem.get());
			redirect.addFlashAttribute("creditLimitValue", creditLimit);
			return back;
		}
		BigDecimal before = this.limits.standing(id).limit();
		BigDecimal limit = parse(creditLimit);
		this.limits.setLimit(id, limit);
		this.audit.record(AuditAction.CREDIT_LIMIT_CHANGED, id, null, limitField(before), limitField(limit));
		redirect.addFlashAttribute("creditLimitSaved", true);
		return back;
	}

	private static Map<String, String> limitField(BigDecimal limit) {
		return Collections.singletonMap("creditLimit", limit == null ? null : limit.toPlainString());
	}

	/** The message key of what is wrong with the typed limit, if anything. */
	static Optional<String> problem(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		BigDecimal value;
		try {
			value = new BigDecimal(typed.strip());
		}
		catch (NumberFormatException ex) {
			return Optional.of("billing.creditLimit.error.number");
		}
		if (value.signum() < 0) {
			return Optional.of("billing.creditLimit.error.negative");
		}
		if (value.stripTrailingZeros().scale() > 2) {
			return Optional.of("billing.creditLimit.error.scale");
		}
		if (value.compareTo(CreditLimits.MAX_LIMIT) > 0) {
			return Optional.of("billing.creditLimit.error.tooLarge");
		}
		return Optional.empty();
	}

	static BigDecimal parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		BigDecimal value = new BigDecimal(typed.strip());
		return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
	}

	private boolean memberExists(long id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM member WHERE id = :id").param("id", id).query(Long.class).single() > 0;
	}

}
