package com.baolink.admin;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import com.baolink.engine.EngineOverview;

/**
 * The staff dashboard ({@code /admin}, where staff land after login): counter tiles, and the charts
 * of a date range (default the last 30 days), each printed as a table (the page needs no
 * JavaScript) and drawn by {@code js/admin-dashboard.js} from the same numbers served as JSON at
 * {@code /admin/dashboard/<chart>.json?from=&to=}.
 */
@Controller
class DashboardController {

	static final String VIEW_HOME = "admin/home";

	private final DashboardCharts charts;

	private final AdminDashboardQuery tiles;

	private final EngineOverview engine;

	private final MessageSource messages;

	private final Clock clock;

	DashboardController(DashboardCharts charts, AdminDashboardQuery tiles, EngineOverview engine,
			MessageSource messages, Clock clock) {
		this.charts = charts;
		this.tiles = tiles;
		this.engine = engine;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("range")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("from", "to");
	}

	@GetMapping("/admin")
	String home(@ModelAttribute("range") DashboardRangeForm form, BindingResult result, Model model) {
		DashboardRange range = form.validate(result, this.clock);
		DashboardRange shown = range != null ? range : DashboardRange.lastDays(this.clock, DashboardRange.DEFAULT_DAYS);
		model.addAttribute("shown", shown);
		model.addAttribute("charts", this.charts.all(shown));
		model.addAttribute("maxDays", DashboardRange.MAX_DAYS);
		model.addAttribute("callbackHours", CallbacksPerHourQuery.HOURS);
		model.addAttribute("dashboard", this.tiles.load());
		model.addAttribute("callbackWindowHours", AdminDashboardQuery.CALLBACK_WINDOW.toHours());
		model.addAttribute("overdueMinutes", AdminDashboardQuery.OVERDUE_AFTER.toMinutes());
		model.addAttribute("taskStats", this.engine.stats());
		return VIEW_HOME;
	}

	/** One chart as JSON; a wrong range is a 400 with the field messages. */
	@GetMapping("/admin/dashboard/{chart}.json")
	@ResponseBody
	ResponseEntity<?> chart(@PathVariable String chart, @ModelAttribute("range") DashboardRangeForm form,
			BindingResult result) {
		if (!DashboardCharts.IDS.contains(chart)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		DashboardRange range = form.validate(result, this.clock);
		if (range == null) {
			Map<String, String> errors = new LinkedHashMap<>();
			result.getFieldErrors()
				.forEach(error -> errors.putIfAbsent(error.getField(),
						this.messages.getMessage(error, LocaleContextHolder.getLocale())));
			return ResponseEntity.badRequest().body(Map.of("errors", errors));
		}
		return ResponseEntity.ok(this.charts.chart(chart, range).orElseThrow());
	}

}
