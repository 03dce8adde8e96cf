package com.baolink.share;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

import com.baolink.catalog.CatalogSearch;
import com.baolink.catalog.Product;
import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.member.AigoubaoRegistration;
import com.baolink.catalog.Channel;
import com.baolink.order.validation.PurchaseFormValidator;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoException;
import com.baolink.partner.xiebao.XiebaoLinks;

/**
 * Creating a member's share link: an enabled product, optionally one of its plans, an optional note
 * (at most 200 characters) and an expiry date (default in 30 days, at most a year; the link works
 * through that whole day, China time). An AiGouBao link needs the member registered with AiGouBao,
 * so registration (7.1) happens now, while the member is there to see a failure — never later on a
 * customer's behalf.
 */
@Service
class ShareLinkCreation {

	private static final Logger log = LoggerFactory.getLogger(ShareLinkCreation.class);

	static final int NOTE_MAX = 200;

	private final ShareLinks links;

	private final CatalogSearch catalog;

	private final AigoubaoRegistration registration;

	private final XiebaoLinks xiebaoLinks;

	private final ShareProperties properties;

	private final Clock clock;

	ShareLinkCreation(ShareLinks links, CatalogSearch catalog, AigoubaoRegistration registration,
			XiebaoLinks xiebaoLinks, ShareProperties properties, Clock clock) {
		this.links = links;
		this.catalog = catalog;
		this.registration = registration;
		this.xiebaoLinks = xiebaoLinks;
		this.properties = properties;
		this.clock = clock;
	}

	/** A form with the default expiry filled in (and the product, when one is given). */
	ShareLinkFormData newForm(Long productId) {
		ShareLinkFormData form = new ShareLinkFormData();
		form.setProductId(productId == null ? null : String.valueOf(productId));
		form.setExpiresOn(today().plusDays(this.properties.defaultValidityDays()).toString());
		return form;
	}

	/** Validates and creates; empty (with errors on {@code errors}) when the form is not acceptable. */
	Optional<ShareLink> create(long memberId, ShareLinkFormData form, Errors errors) {
		Optional<Product> product = product(form.getProductId());
		if (product.isEmpty()) {
			errors.rejectValue("productId", "share.validation.product");
		}
		String plan = blankToNull(form.getPlan());
		if (plan != null && product.isPresent() && product.get().plan(plan).isEmpty()) {
			errors.rejectValue("plan", "validation.plan.unknown");
		}
		String note = blankToNull(form.getNote());
		if (note != null && note.length() > NOTE_MAX) {
			errors.rejectValue("note", "share.validation.note", new Object[] { NOTE_MAX }, null);
		}
		LocalDate lastDay = lastDay(form.getExpiresOn(), errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		if (!channelReady(memberId, product.get(), errors)) {
			return Optional.empty();
		}
		ShareLink link = this.links.insert(ShareTokens.next(), memberId, product.get().getId(), plan, note,
				this.clock.instant(), lastDay.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());
		log.info("Member {} shares product {} as link {}", memberId, product.get().getId(), link.id());
		return Optional.of(link);
	}

	private boolean channelReady(long memberId, Product product, Errors errors) {
		if (product.getChannel() == Channel.XIEBAO) {
			if (!this.xiebaoLinks.isEnabled()) {
				errors.rejectValue("productId", "share.validation.product");
				return false;
			}
			return true;
		}
		try {
			this.registration.ensureRegistered(memberId);
			return true;
		}
		catch (AigoubaoException | PartnerUnavailableException ex) {
			log.warn("Share link of member {}: AiGouBao registration failed: {}", memberId, ex.getMessage());
			errors.reject("share.error.registration");
			return false;
		}
	}

	private LocalDate lastDay(String text, Errors errors) {
		LocalDate today = today();
		if (text == null || text.isBlank()) {
			return today.plusDays(this.properties.defaultValidityDays());
		}
		Optional<LocalDate> date = PurchaseFormValidator.parseDate(text.strip());
		if (date.isEmpty()) {
			errors.rejectValue("expiresOn", "validation.date");
			return null;
		}
		if (date.get().isBefore(today)) {
			errors.rejectValue("expiresOn", "share.validation.expiresOn.past");
		}
		else if (date.get().isAfter(today.plusDays(this.properties.maxValidityDays()))) {
			errors.rejectValue("expiresOn", "share.validation.expiresOn.tooLate",
					new Object[] { this.properties.maxValidityDays() }, null);
		}
		return date.get();
	}

	private Optional<Product> product(String id) {
		if (id == null || !id.strip().matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return this.catalog.enabledProduct(Long.parseLong(id.strip()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ChinaTime.ZONE));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
