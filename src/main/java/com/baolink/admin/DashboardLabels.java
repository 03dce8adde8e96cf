package com.baolink.admin;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Chart labels in the viewer's language (the request's locale). */
@Component
class DashboardLabels {

	private final MessageSource messages;

	DashboardLabels(MessageSource messages) {
		this.messages = messages;
	}

	String get(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
