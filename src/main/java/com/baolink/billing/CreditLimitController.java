package com.baolink.billing;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.baolink.member.PortalUser;

/**
 * Staff set a member's credit limit from the member's page (card {@code billing/credit-limit}).
 * An empty field clears it (no limit: every credit approval needs an override). A wrong value is
 * sent back to the page with its message and the value as typed.
 */
@Controller
class CreditLimitController {

	private final CreditLimits limits;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	CreditLimitController(CreditLimits limits, ApplicationEventPublisher events, JdbcClient jdbc) {
		this.limits = limits;
		this.events = events;
		this.jdbc = jdbc;
	}

	@PostMapping("/admin/members/{id}/credit-limit")
	String setLimit(@PathVariable long id, @RequestParam(required = false) String creditLimit,
			@AuthenticationPrincipal PortalUser staff, RedirectAttributes redirect) {
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
		// The one place a limit change is reported (the audit log listens).
		this.events.publishEvent(new CreditLimitChanged(id, before, limit, staff.getUsername()));
		redirect.addFlashAttribute("creditLimitSaved", true);
		return back;
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
