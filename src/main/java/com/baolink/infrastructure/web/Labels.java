package com.baolink.infrastructure.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words instead of stored codes on screens: {@code ${@labels.of('admin.partner.', row.source)}}
 * shows the label of message {@code admin.partner.AIGOUBAO} in the viewer's language. A code
 * without a label (a value a partner added later) is shown as it is rather than as a broken key.
 */
@Component("labels")
public class Labels {

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	public String of(String prefix, Object code) {
		if (code == null) {
			return "—";
		}
		String value = code instanceof Enum<?> e ? e.name() : code.toString();
		return this.messages.getMessage(prefix + value, null, value, LocaleContextHolder.getLocale());
	}

}
